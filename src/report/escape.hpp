#pragma once
// Escaping for every output format: article text is data and must never become markup.
#include <ostream>
#include <string>
#include <string_view>

namespace mizan::report {

// Tab, newline, carriage return and backslash as \t \n \r \\; other control characters as \xHH.
std::string tsv_escape(std::string_view s);
// A JSON string literal, quotes included.
std::string json_string(std::string_view s);
void append_json_string(std::string& out, std::string_view s);
// The same written straight to a stream (`out << json(text)`), with no string made for each value.
struct Json {
  std::string_view text;
};
inline Json json(std::string_view s) { return Json{s}; }
std::ostream& operator<<(std::ostream& out, Json j);
// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. Text
// that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe; a
// plain number is left as it is.
std::string csv_field(std::string_view s);
// A TSV cell for a spreadsheet: tsv_escape, and the same guard against formulas.
std::string sheet_tsv(std::string_view s);
// & < > " ' as entities.
std::string html_escape(std::string_view s);
// Markdown inline text: characters with meaning in Markdown and HTML backslash-escaped, newlines
// as spaces, control characters dropped.
std::string md_escape(std::string_view s);

}  // namespace mizan::report
