#include <iostream>
#include <string>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "extract/extract.hpp"
#include "ingest/reader.hpp"
#include "report/escape.hpp"
#include "text/utf8.hpp"

namespace mizan::cli {

namespace {
constexpr const char* kHelp = R"(usage: mizan numbers [options] < lines.txt

Reads one text per line on stdin and prints every number, ordinal, date, duration, percentage,
amount of money, identifier and time of day it recognises, one per output line:
  line<TAB>kind<TAB>matched text<TAB>value
kind is number, vague, ordinal, percent, money, duration, date, reference or time; value is a
number, a range lo..hi, "N UNIT" for money and durations, or an ISO date or date range.

options:
  --date YYYY-MM-DD    the reference for relative expressions (أمس، الشهر الماضي); without it
                       they have no value
  --format tsv         the only format (default)
  -h, --help           this help
)";
}  // namespace

int run_numbers(const Argv& argv) {
  const Args args("numbers", argv, {"date", "format"}, {});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  if (args.get_or("format", "tsv") != "tsv") throw UsageError("--format is tsv");
  DateRange reference;
  if (auto d = args.get("date")) reference = ingest::parse_date_arg(*d, "--date");
  std::string line;
  std::size_t n = 0;
  while (std::getline(std::cin, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (utf8::first_invalid(line) != std::string::npos) {
      std::cerr << "mizan: stdin:" << n << ": invalid UTF-8; line skipped\n";
      continue;
    }
    for (const extract::NumberHit& h : extract::numbers_in(line, reference)) {
      std::cout << n << '\t' << h.kind << '\t' << report::tsv_escape(line.substr(h.span.begin, h.span.size()))
                << '\t' << h.value << '\n';
    }
  }
  return 0;
}

}  // namespace mizan::cli
