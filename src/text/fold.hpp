#pragma once
// Folding: the text the grammar reads. NFKC, then the Arabic fold (tashkeel and tatweel dropped,
// alef/hamza/yeh/teh-marbuta forms unified, both Arabic digit sets to ASCII, Arabic punctuation and
// curly quotes to ASCII). Every folded byte remembers the original byte it came from.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace mizan {

struct FoldedText {
  std::string text;
  // to_original[i] is the original offset of the character that produced folded byte i;
  // to_original[text.size()] is the original size, so [b, e) maps to [to_original[b], to_original[e]).
  std::vector<std::uint32_t> to_original;

  Span original(std::size_t begin, std::size_t end) const {
    return {to_original[begin], to_original[end]};
  }
};

// Folds `original` (UTF-8; invalid bytes are read as spaces, never a crash).
FoldedText fold(std::string_view original);
// Folds into `out`, reusing its buffers (the hot path: no allocation once they are large enough).
void fold_into(std::string_view original, FoldedText& out);
// The fold alone, without an offset map: for lexicon words and lookups.
std::string fold_word(std::string_view s);

// True for a byte that belongs to a word of folded text (letters of any script and ASCII digits).
inline bool is_word_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace mizan
