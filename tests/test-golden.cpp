// Golden files: the full claim list of each seed article, every field included, in
// tests/data/seeds/golden/<article>.claims.tsv. A change to extraction shows here as a diff to
// review; MIZAN_UPDATE_GOLDEN=1 build/tests/mizan_tests -tc='golden*' rewrites them.
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

#include "cli/commands.hpp"
#include "ingest/reader.hpp"
#include "report/escape.hpp"
#include "test_util.hpp"

using namespace mizan;

namespace {

// One line per claim with every field, the number as written and the excerpt.
std::string golden_lines(const cli::Extracted& e) {
  std::ostringstream out;
  out << "kind\tvalue\tqualifier\tcounted\tactor\tlocation\tevent\ttime\tsaid_by\tgroup\trole\tsubject\tnumber\t"
         "number_span\texcerpt\n";
  for (const Claim& c : e.claims) {
    out << to_string(c.kind) << '\t' << format_value(c) << '\t' << to_string(c.qualifier) << '\t' << c.counted << '\t'
        << c.actor << '\t' << c.location << '\t' << c.event << '\t' << to_iso(c.time) << '\t' << c.said_by << '\t'
        << c.group << '\t' << to_string(c.role) << '\t' << c.subject_key << '\t'
        << report::tsv_escape(e.doc.text.substr(c.number_span.begin, c.number_span.size())) << '\t'
        << c.number_span.begin << ".." << c.number_span.end << '\t' << report::tsv_escape(c.excerpt) << '\n';
  }
  return out.str();
}

// Text as the golden file has it, line by line: a difference stops at its first line.
void same_lines(const std::string& now, const std::string& golden) {
  std::istringstream a(now), b(golden);
  std::string got, want;
  for (int line = 1;; ++line) {
    const bool more_got = static_cast<bool>(std::getline(a, got));
    const bool more_want = static_cast<bool>(std::getline(b, want));
    if (!more_got && !more_want) break;
    CAPTURE(line);
    REQUIRE(got == want);
  }
}

}  // namespace

TEST_CASE("golden: the full claim list of each seed article") {
  const bool update = std::getenv("MIZAN_UPDATE_GOLDEN") != nullptr;
  const ingest::Manifest manifest = ingest::Manifest::load(test::source_path("corpus/seeds/manifest.tsv"));
  REQUIRE(manifest.size() == 5);
  for (const auto& [file, entry] : manifest.entries()) {
    const std::string path = test::source_path("corpus/seeds/" + file);
    std::vector<std::string> problems;
    auto docs = ingest::read_documents(path, ingest::read_file(path), &manifest, {}, problems);
    REQUIRE(docs.size() == 1);
    const cli::Extracted e = cli::extract_document(std::move(docs[0]));
    const std::string golden = test::source_path("tests/data/seeds/golden/" + file + ".claims.tsv");
    const std::string now = golden_lines(e);
    if (update) test::write(golden, now);
    CAPTURE(golden);
    same_lines(now, test::read(golden));  // the first claim that differs
  }
}

TEST_CASE("golden: the report over the seeds and the news, byte for byte") {
  // What a change to speed must leave alone: consistency.json, .md and index.html of the seeds (with
  // their manifest) and tests/data/news, stored by one ingest on one thread, in
  // tests/data/golden-report/. A change to judgement or to the pages shows here as a diff to
  // review; MIZAN_UPDATE_GOLDEN=1 rewrites them.
  const bool update = std::getenv("MIZAN_UPDATE_GOLDEN") != nullptr;
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  const auto ingest = test::run_mizan("ingest --quiet --jobs 1 --db '" + db + "' --manifest '" +
                                      test::source_path("corpus/seeds/manifest.tsv") + "' '" +
                                      test::source_path("corpus/seeds") + "' '" + test::source_path("tests/data/news") + "'");
  REQUIRE(ingest.exit_code == 0);
  const auto report = test::run_mizan("report --db '" + db + "' --out '" + (dir / "r") + "'");
  REQUIRE(report.exit_code == 0);
  for (const std::string name : {"consistency.json", "consistency.md", "index.html"}) {
    const std::string golden = test::source_path("tests/data/golden-report/" + name);
    const std::string now = test::read(dir / ("r/" + name));
    if (update) test::write(golden, now);
    CAPTURE(golden);
    const std::string want = test::read(golden);
    same_lines(now, want);
    CHECK(now == want);  // and the bytes (line ends, the last newline)
  }
}
