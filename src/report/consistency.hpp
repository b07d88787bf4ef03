#pragma once
// The consistency report: index.html for people, consistency.md for a diff, consistency.json for
// programs. Pure functions of a Comparison: no clock, no paths, stable order, so the same database
// gives the same bytes.
#include <cstdint>
#include <ostream>
#include <string>

#include "compare/compare.hpp"

namespace mizan::report {

// The language of the page and the Markdown: Arabic (the reasons told in Arabic, values isolated)
// or English (the comparator's own words). consistency.json carries both.
enum class Lang { ar, en };

// What the database holds, for the summary (documents without claims count too), and the
// language the report is written in.
struct Summary {
  std::int64_t documents = 0, outlets = 0, claims = 0;
  Lang lang = Lang::ar;
};

void write_consistency_html(std::ostream& out, const compare::Comparison& c, const Summary& s);
void write_consistency_markdown(std::ostream& out, const compare::Comparison& c, const Summary& s);
void write_consistency_json(std::ostream& out, const compare::Comparison& c, const Summary& s);

// The verdicts as one table for a spreadsheet, a header then one row per verdict (reviewed as false
// included, its review saying so): id relation strength story subject, then for each of its first two
// claims doc outlet published value excerpt url, then more_claims reason reason_ar review review_note.
// `csv`: RFC 4180 CSV, else TSV. Cells a spreadsheet would run as formulas are written as text.
void write_verdicts_table(std::ostream& out, const compare::Comparison& c, bool csv);

// A claim's sentence with its number marked, each piece escaped by `escape`:
// before + open + number + close + after.
std::string highlighted_sentence(const StoredClaim& s, std::string (*escape)(std::string_view), const std::string& open,
                                 const std::string& close);
// Where the claim's number sits in its sentence, as byte offsets into sentence_text; {0, 0} when
// the spans do not fit.
Span number_in_sentence(const StoredClaim& s);

// An inline SVG timeline of one subject's values by date: labelled axes with round ticks, a mark per
// claim (outlets told apart by colour and shape) with its value beside it when there are few, and a
// legend of the outlets with a point, in the order they first give a figure.
std::string timeline_svg(const compare::Comparison& c, const std::vector<std::size_t>& claims, Lang lang = Lang::ar);

}  // namespace mizan::report
