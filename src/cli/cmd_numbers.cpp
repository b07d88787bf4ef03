#include <filesystem>
#include <fstream>
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
constexpr const char* kHelp = R"(usage: mizan numbers [options] [FILE...]

Reads one text per line from each FILE (or stdin, when no FILE or FILE is -) and prints every
number, ordinal, date, duration, percentage, amount of money, identifier and time of day it
recognises, one per output line:
  line<TAB>kind<TAB>matched text<TAB>value
line is the line's number (FILE:LINE when more than one FILE is given); kind is number, vague,
ordinal, percent, money, duration, date, reference or time; value is a number, a range lo..hi,
"N UNIT" for money and durations, or an ISO date or date range.

options:
  --date YYYY-MM-DD    the reference for relative expressions (أمس، الشهر الماضي); without it
                       they have no value
  --format tsv         the only format (default)
  -h, --help           this help

exit codes: 0 read; 2 a FILE could not be read (the others are).
)";

// Each line of `in`, its numbers to stdout; a line that is no UTF-8 is named on stderr and skipped.
void numbers_of(std::istream& in, const std::string& where, const std::string& prefix, const DateRange& reference) {
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (utf8::first_invalid(line) != std::string::npos) {
      std::cerr << "mizan: " << where << ":" << n << ": invalid UTF-8; line skipped\n";
      continue;
    }
    for (const extract::NumberHit& h : extract::numbers_in(line, reference)) {
      std::cout << prefix << n << '\t' << h.kind << '\t' << report::tsv_escape(line.substr(h.span.begin, h.span.size()))
                << '\t' << h.value << '\n';
    }
  }
}

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
  std::vector<std::string> files = args.positional();
  if (files.empty()) files.push_back("-");
  int rc = 0;
  for (const std::string& f : files) {
    const std::string prefix = files.size() > 1 ? report::tsv_escape(f) + ":" : "";
    if (f == "-") {
      numbers_of(std::cin, "stdin", prefix, reference);
      continue;
    }
    std::ifstream in(f, std::ios::binary);
    if (!in || std::filesystem::is_directory(f)) {
      std::cerr << "mizan: " << f << ": " << (std::filesystem::exists(f) ? "cannot read it" : "no such file") << "\n";
      rc = 2;
      continue;
    }
    numbers_of(in, f, prefix, reference);
  }
  return rc;
}

}  // namespace mizan::cli
