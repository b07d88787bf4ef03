#pragma once
// Sentences with ICU's sentence BreakIterator, over folded UTF-8, as byte spans of that text.
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace mizan {

// Spans of `folded` (whitespace trimmed, empty sentences dropped). Appends to `out`.
void split_sentences(std::string_view folded, std::vector<Span>& out);

}  // namespace mizan
