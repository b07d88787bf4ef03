#pragma once
// Extract: a document's sentences and claims. Folds, splits sentences, runs the quantity grammar,
// then gives each quantity its claim: what is counted, whose, where, when, said by whom, and the
// links of breakdowns and exchanges. A pure function of the document.
#include <string>
#include <string_view>
#include <vector>

#include "model/claim.hpp"
#include "model/document.hpp"

namespace mizan::extract {

struct Extraction {
  std::vector<Sentence> sentences;
  std::vector<Claim> claims;
};

Extraction extract(const Document& doc);

// The outlet an article names itself ("المصدر: وكالة سانا" → سانا), or "".
std::string outlet_from_text(std::string_view text);

// Every quantity in one line, for `mizan numbers`: kind (number, vague, ordinal, percent, money,
// duration, date, reference, time), the original text matched and its value.
struct NumberHit {
  std::string kind;
  Span span;
  std::string value;
};
std::vector<NumberHit> numbers_in(std::string_view text, const DateRange& reference);

// The subject key claims are grouped by: kind|counted|actor|location|event.
std::string subject_key(const Claim& c);

}  // namespace mizan::extract
