#include "text/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/localpointer.h>
#include <unicode/utext.h>

#include <memory>

#include "text/icu_check.hpp"

namespace mizan {

namespace {

// One sentence iterator per thread: creating one loads rules, far too slow to do per document.
icu::BreakIterator& sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode ec = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> p(
        icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), ec));
    check_icu(ec, "creating ICU's sentence iterator");
    return p;
  }();
  return *it;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

void push_trimmed(std::string_view text, std::uint32_t b, std::uint32_t e, std::vector<Span>& out) {
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  while (e - b > kMaxSentenceBytes) {
    // Cut at the last space of the piece, else (one huge word) at a character boundary.
    std::uint32_t at = b + kMaxSentenceBytes;
    while (at > b + kMaxSentenceBytes / 2 && !is_space(text[at])) --at;
    if (!is_space(text[at])) {
      at = b + kMaxSentenceBytes;
      while (at > b + 1 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    }
    std::uint32_t piece_end = at;
    while (piece_end > b && is_space(text[piece_end - 1])) --piece_end;
    if (b < piece_end) out.push_back({b, piece_end});
    b = at;
    while (b < e && is_space(text[b])) ++b;
  }
  if (b < e) out.push_back({b, e});
}

}  // namespace

void split_sentences(std::string_view folded, std::vector<Span>& out) {
  if (folded.empty()) return;
  UErrorCode ec = U_ZERO_ERROR;
  icu::LocalUTextPointer ut(utext_openUTF8(nullptr, folded.data(),
                                           static_cast<int64_t>(folded.size()), &ec));
  check_icu(ec, "opening text for sentence splitting");
  icu::BreakIterator& it = sentence_iterator();
  it.setText(ut.getAlias(), ec);
  check_icu(ec, "setting text for sentence splitting");
  // With a UTF-8 UText, boundaries are UTF-8 byte offsets.
  std::int32_t start = it.first();
  for (std::int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next())
    push_trimmed(folded, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), out);
}

}  // namespace mizan
