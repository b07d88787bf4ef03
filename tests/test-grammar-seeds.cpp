// Golden files of `mizan numbers` on the seed articles: every number, date and ordinal of each seed
// with its kind and value, read against the seed's publication date (corpus/seeds/manifest.tsv).
// A grammar change that moves any of them shows here as a diff. To accept a change after reading it:
//   MIZAN_UPDATE_GOLDEN=1 ./build/tests/mizan_tests -tc="grammar: seed*"
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>
#include <string>

#include "extract/extract.hpp"
#include "model/date.hpp"
#include "test_util.hpp"

namespace {

// What `mizan numbers --date D < file` prints.
std::string numbers_listing(const std::string& text, const mizan::DateRange& reference) {
  std::ostringstream out;
  std::istringstream in(text);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    for (const auto& h : mizan::extract::numbers_in(line, reference))
      out << n << '\t' << h.kind << '\t' << line.substr(h.span.begin, h.span.size()) << '\t' << h.value << '\n';
  }
  return out.str();
}

}  // namespace

TEST_CASE("grammar: seed articles list every number with its kind and value (golden files)") {
  using mizan::test::read;
  using mizan::test::source_path;
  const std::string manifest = read(source_path("corpus/seeds/manifest.tsv"));
  std::istringstream rows(manifest);
  std::string row;
  int seeds = 0;
  while (std::getline(rows, row)) {
    const auto tab1 = row.find('\t'), tab2 = row.find('\t', tab1 + 1), tab3 = row.find('\t', tab2 + 1);
    if (tab2 == std::string::npos || row.rfind("file\t", 0) == 0) continue;
    const std::string file = row.substr(0, tab1);
    const std::string published = row.substr(tab2 + 1, tab3 - tab2 - 1);
    CAPTURE(file);
    const auto reference = mizan::parse_iso(published);
    REQUIRE(reference.has_value());
    const std::string got = numbers_listing(read(source_path("corpus/seeds/" + file)), *reference);
    const std::string golden_path = source_path("tests/conformance/seeds/" + file.substr(0, file.size() - 4) + ".numbers.tsv");
    if (std::getenv("MIZAN_UPDATE_GOLDEN")) mizan::test::write(golden_path, got);
    const std::string expected = read(golden_path);
    CHECK(got == expected);
    ++seeds;
  }
  CHECK(seeds == 5);
}
