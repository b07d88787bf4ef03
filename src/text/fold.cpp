#include "text/fold.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include "text/icu_check.hpp"
#include "text/utf8.hpp"

namespace mizan {

namespace {

const icu::Normalizer2& nfkc() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode ec = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(ec);
    check_icu(ec, "loading ICU's NFKC normaliser");
    return n;
  }();
  return *instance;
}

// What one code point folds to: kDrop, or a replacement code point (itself when unchanged).
constexpr char32_t kDrop = 0xFFFFFFFF;

inline char32_t fold_code_point(char32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c == '\t' || c == '\v' || c == '\f') return ' ';
    return c;
  }
  if (c >= 0x064B && c <= 0x065F) return kDrop;  // tashkeel
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  if (c >= 0x0610 && c <= 0x061A) return kDrop;  // Quranic annotation signs
  if (c >= 0x06D6 && c <= 0x06ED) return kDrop;
  switch (c) {
    case 0x0640: case 0x0670:  // tatweel, superscript alef
    case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2060: case 0x2066: case 0x2067: case 0x2068: case 0x2069:
    case 0xFEFF: case 0x061C: case 0x00AD:
      return kDrop;
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
      return 0x0627;  // alef forms
    case 0x0624: return 0x0648;  // waw with hamza
    case 0x0626: case 0x0649: case 0x06CC: return 0x064A;  // yeh forms
    case 0x0629: return 0x0647;  // teh marbuta, for matching
    case 0x06A9: return 0x0643;  // keheh
    case 0x066B: return '.';     // Arabic decimal separator
    case 0x066C: return ',';     // Arabic thousands separator
    case 0x060C: return ',';     // Arabic comma
    case 0x061B: return ';';
    case 0x061F: return '?';
    case 0x066A: return '%';
    case 0x06D4: return '.';
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return '"';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    case 0x00A0: case 0x202F: case 0x205F: case 0x3000: return ' ';
    case 0x2028: case 0x2029: case 0x0085: return '\n';
    default:
      if (c >= 0x2000 && c <= 0x200A) return ' ';
      return c;
  }
}

// Folds `src`, whose byte i stands for original byte map[i] (identity when map is null). No code
// point folds to a longer encoding, so the output is written in place into buffers of src's size.
void arabic_fold(std::string_view src, const std::uint32_t* map, std::uint32_t original_size,
                 FoldedText& out) {
  out.text.resize(src.size());
  out.to_original.resize(src.size() + 1);
  char* text = out.text.data();
  std::uint32_t* to = out.to_original.data();
  std::size_t n = 0;
  auto emit = [&](char32_t f, std::uint32_t orig) {
    if (f == kDrop) return;
    if (f < 0x80) {
      text[n] = static_cast<char>(f);
      to[n++] = orig;
      return;
    }
    char bytes[4];
    std::size_t len;
    if (f < 0x800) {
      bytes[0] = static_cast<char>(0xC0 | (f >> 6));
      bytes[1] = static_cast<char>(0x80 | (f & 0x3F));
      len = 2;
    } else if (f < 0x10000) {
      bytes[0] = static_cast<char>(0xE0 | (f >> 12));
      bytes[1] = static_cast<char>(0x80 | ((f >> 6) & 0x3F));
      bytes[2] = static_cast<char>(0x80 | (f & 0x3F));
      len = 3;
    } else {
      bytes[0] = static_cast<char>(0xF0 | (f >> 18));
      bytes[1] = static_cast<char>(0x80 | ((f >> 12) & 0x3F));
      bytes[2] = static_cast<char>(0x80 | ((f >> 6) & 0x3F));
      bytes[3] = static_cast<char>(0x80 | (f & 0x3F));
      len = 4;
    }
    for (std::size_t k = 0; k < len; ++k) {
      text[n] = bytes[k];
      to[n++] = orig;
    }
  };
  const std::size_t size = src.size();
  std::size_t i = 0;
  while (i < size) {
    const std::size_t at = i;
    const auto b = static_cast<unsigned char>(src[i]);
    const std::uint32_t orig = map ? map[at] : static_cast<std::uint32_t>(at);
    if (b < 0x80) {  // ASCII
      ++i;
      emit(fold_code_point(b), orig);
      continue;
    }
    if ((b & 0xE0) == 0xC0 && i + 1 < size) {  // two bytes: all of Arabic
      const auto b1 = static_cast<unsigned char>(src[i + 1]);
      const char32_t cp = (static_cast<char32_t>(b & 0x1F) << 6) | (b1 & 0x3F);
      if ((b1 & 0xC0) == 0x80 && cp >= 0x80) {
        i += 2;
        emit(fold_code_point(cp), orig);
        continue;
      }
    }
    char32_t cp = utf8::decode(src, i);
    if (cp == 0xFFFD && i == at + 1) cp = ' ';  // invalid byte: a space, never a crash
    emit(fold_code_point(cp), orig);
  }
  to[n] = original_size;
  out.text.resize(n);
  out.to_original.resize(n + 1);
}

}  // namespace

void fold_into(std::string_view original, FoldedText& out) {
  const auto size = static_cast<std::uint32_t>(original.size());
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2& n = nfkc();
  const icu::StringPiece piece(original.data(), static_cast<int32_t>(original.size()));
  if (n.isNormalizedUTF8(piece, ec) && U_SUCCESS(ec)) {
    arabic_fold(original, nullptr, size, out);
    return;
  }
  // Not NFKC (presentation forms, ligatures, compatibility digits...): normalise, keeping edits so
  // every normalised byte still points into the original.
  ec = U_ZERO_ERROR;
  std::string normalized;
  normalized.reserve(original.size());
  icu::StringByteSink<std::string> sink(&normalized);
  icu::Edits edits;
  n.normalizeUTF8(0, piece, sink, &edits, ec);
  check_icu(ec, "NFKC normalisation");
  std::vector<std::uint32_t> map(normalized.size() + 1, size);
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(ec)) {
    const auto src = static_cast<std::uint32_t>(it.sourceIndex());
    const auto dst = static_cast<std::size_t>(it.destinationIndex());
    if (!it.hasChange()) {
      for (int32_t k = 0; k < it.oldLength(); ++k) map[dst + k] = src + k;
    } else {
      for (int32_t k = 0; k < it.newLength(); ++k) map[dst + k] = src;
    }
  }
  check_icu(ec, "reading NFKC edits");
  arabic_fold(normalized, map.data(), size, out);
}

FoldedText fold(std::string_view original) {
  FoldedText out;
  fold_into(original, out);
  return out;
}

std::string fold_word(std::string_view s) {
  FoldedText f;
  fold_into(s, f);
  return std::move(f.text);
}

}  // namespace mizan
