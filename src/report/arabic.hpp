#pragma once
// The report in its reader's language: the comparator's reasons and slot lines (written in English,
// the stable text consistency.json keeps) told in Arabic, with values isolated for bidirectional
// text and numbers written as a reader writes them; Arabic labels for classes, events and kinds
// (grammar/lexicon/labels_ar.tsv).
#include <string>
#include <string_view>

#include "model/claim.hpp"

namespace mizan::report {

// How a value is set into running text: escaped and isolated (HTML <bdi>, Markdown U+2068..U+2069).
struct Voice {
  std::string (*escape)(std::string_view);
  std::string open, close;  // around each value
  std::string isolate(std::string_view value) const { return open + escape(value) + close; }
};

// "15000" → "15,000", "39935.7" → "39,936", "48.25" → "48.25": thousands grouped from five digits
// (from four with `group_thousands`, beside a larger number), digits past what a reader needs
// rounded off. Anything that is not a plain number is returned as it is.
std::string reader_number(std::string_view number, bool group_thousands = false);

// The Arabic label of a class, event type, kind, check or relation code ("deaths" → "قتلى"); a code
// with no label is returned as it is (classes named by an Arabic word are their own label).
std::string label_ar(std::string_view code);

// "count|deaths||سورية|" → "عدد · قتلى · سورية".
std::string subject_ar(std::string_view key);

// A verdict's reason in Arabic, values isolated; `kind` writes percentages with ٪.
std::string reason_ar(std::string_view reason, Kind kind, const Voice& voice);

// "matched: story, counted deaths; missing: place on one side" → "تطابق: القصة، المعدود قتلى؛ ناقص: ...".
std::string slots_ar(std::string_view slots, const Voice& voice);

}  // namespace mizan::report
