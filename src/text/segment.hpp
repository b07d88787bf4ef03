#pragma once
// Sentences with ICU's sentence BreakIterator, over folded UTF-8, as byte spans of that text.
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace mizan {

// Text with no sentence punctuation (a page scraped onto one line) would be one "sentence" of
// megabytes, and finding claims looks at pairs of words in a sentence: longer runs are cut at spaces.
constexpr std::uint32_t kMaxSentenceBytes = 8192;

// Spans of `folded` (whitespace trimmed, empty sentences dropped, none longer than
// kMaxSentenceBytes). Appends to `out`.
void split_sentences(std::string_view folded, std::vector<Span>& out);

}  // namespace mizan
