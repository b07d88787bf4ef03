// mizan review on real multi-outlet coverage (tests/data/stories: the Air India crash of 2025-06-12):
// a verdict's id is stable, a review is kept across re-ingests and report runs, and a verdict reviewed
// as false is listed apart and counted nowhere.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "test_util.hpp"

using mizan::test::run_mizan;
using mizan::test::TempDir;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Copies the story's articles into DIR.
void copy_story(const std::string& dir, const std::vector<std::string>& numbers) {
  std::filesystem::create_directories(dir);
  for (const std::string& n : numbers) {
    const std::string name = "crash-airindia-2025_0" + n + ".txt";
    std::filesystem::copy_file(mizan::test::source_path("tests/data/stories/" + name), dir + "/" + name);
  }
}

// The id of the verdict of consistency.json (one verdict per line) of `relation` whose reason begins
// with `reason`.
std::string id_of(const std::string& json, const std::string& relation, const std::string& reason) {
  std::size_t start = 0;
  while (start < json.size()) {
    const std::size_t end = std::min(json.find('\n', start), json.size());
    const std::string line = json.substr(start, end - start);
    start = end + 1;
    const std::string head = "{\"id\": \"";
    if (line.find(head) == std::string::npos || !has(line, "\"relation\": \"" + relation + "\"") ||
        !has(line, "\"reason\": \"" + reason))
      continue;
    return line.substr(line.find(head) + head.size(), 16);
  }
  return {};
}

std::string summary_number(const std::string& json, const std::string& field) {
  const std::string key = "\"" + field + "\": ";
  const std::size_t at = json.find(key);
  if (at == std::string::npos) return {};
  std::size_t end = at + key.size();
  while (end < json.size() && json[end] >= '0' && json[end] <= '9') ++end;
  return json.substr(at + key.size(), end - at - key.size());
}

}  // namespace

TEST_CASE("review: a conflict marked false is listed apart and not counted, and the review outlives re-ingest") {
  TempDir dir;
  const std::string db = dir / "c.db", in = dir / "air", out = dir / "reports";
  copy_story(in, {"1", "2", "3", "4", "5", "6", "7", "8"});
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " " + q(in)).exit_code == 0);
  REQUIRE(run_mizan("report --db " + q(db) + " --out " + q(out)).exit_code == 0);
  const std::string before = mizan::test::read(out + "/consistency.json");
  // CNN News18's 220 passengers (beside 12 crew) against the airline's 241 dead of 242 aboard: the
  // annotators read these as two different counts; the report calls it a conflict.
  const std::string id = id_of(before, "conflict", "220 vs 241");
  REQUIRE(id.size() == 16);
  const int conflicts = std::stoi(summary_number(before, "conflicts"));
  REQUIRE(conflicts >= 1);

  // Every run gives the verdict the same id.
  REQUIRE(run_mizan("report --db " + q(db) + " --out " + q(out)).exit_code == 0);
  CHECK(id_of(mizan::test::read(out + "/consistency.json"), "conflict", "220 vs 241") == id);

  auto r = run_mizan("review --db " + q(db) + " " + id + " --as false --by analyst --note " +
                     q("220 passengers besides 12 crew; 241 of 242 aboard died: two counts"));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "review: " + id + " (conflict) recorded as false"));
  r = run_mizan("review --db " + q(db) + " ffffffffffffffff --as false");
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "no verdict with id 'ffffffffffffffff'"));
  r = run_mizan("review --db " + q(db) + " " + id + " --as wrong");
  CHECK(r.exit_code == 2);

  auto reported = [&] {
    REQUIRE(run_mizan("report --db " + q(db) + " --out " + q(out)).exit_code == 0);
    const std::string json = mizan::test::read(out + "/consistency.json");
    CHECK(summary_number(json, "conflicts") == std::to_string(conflicts - 1));
    CHECK(summary_number(json, "set_aside") == "1");
    CHECK(has(json, "\"id\": \"" + id + "\", \"relation\": \"conflict\""));
    CHECK(has(json, "\"review\": {\"status\": \"false\", \"note\": \"220 passengers besides 12 crew; 241 of 242 aboard died: two counts\", \"by\": \"analyst\""));
    const std::string md = mizan::test::read(out + "/consistency.md");
    CHECK(has(md, "## تناقضات (" + std::to_string(conflicts - 1) + ")"));
    const auto apart = md.find("## أحكام راجعها قارئ فوجدها خاطئة (لا تُحتسب) (1)");
    CHECK(apart != std::string::npos);
    CHECK(md.find("`" + id + "`") > apart);  // listed there, not among the conflicts
    const std::string html = mizan::test::read(out + "/index.html");
    CHECK(has(html, "<section id=\"set-aside\">"));
    CHECK(has(html, "مراجعة: خاطئ — <bdi>analyst</bdi>"));
  };
  reported();

  // The review is kept when the same files are ingested again, and when a document is forgotten and
  // stored anew.
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " " + q(in)).exit_code == 0);
  reported();
  REQUIRE(run_mizan("forget --quiet --db " + q(db) + " crash-airindia-2025_01.txt").exit_code == 0);
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " " + q(in)).exit_code == 0);
  reported();

  r = run_mizan("review --db " + q(db) + " --list");
  CHECK(r.exit_code == 0);
  const auto rows = mizan::test::tsv_rows(r.out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == std::vector<std::string>{"id", "status", "relation", "by", "at", "note", "summary"});
  CHECK(rows[1][0] == id);
  CHECK(rows[1][1] == "false");
  CHECK(rows[1][2] == "conflict");
  CHECK(has(rows[1][6], "crash-airindia-2025_01.txt «220»"));

  // Confirmed instead: counted again.
  REQUIRE(run_mizan("review --db " + q(db) + " " + id + " --as confirmed").exit_code == 0);
  REQUIRE(run_mizan("report --db " + q(db) + " --out " + q(out)).exit_code == 0);
  CHECK(summary_number(mizan::test::read(out + "/consistency.json"), "conflicts") == std::to_string(conflicts));
}

TEST_CASE("review: check does not fail on a conflict reviewed as false") {
  TempDir dir;
  const std::string db = dir / "c.db", in = dir / "air";
  // CNN News18's total of 232 aboard against the police's 242: a real conflict, here marked false
  // to see check follow the review.
  copy_story(in, {"1", "5"});
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " " + q(in)).exit_code == 0);
  const std::string article = in + "/crash-airindia-2025_01.txt";
  auto r = run_mizan("check --db " + q(db) + " " + q(article));
  CHECK(r.exit_code == 1);
  REQUIRE(run_mizan("report --db " + q(db) + " --out " + q(dir / "reports")).exit_code == 0);
  const std::string id = id_of(mizan::test::read(dir / "reports/consistency.json"), "conflict", "232 vs 242");
  REQUIRE(id.size() == 16);
  CHECK(has(r.out, "[" + id + "]"));  // check names the same verdict by the same id
  REQUIRE(run_mizan("review --db " + q(db) + " " + id + " --as false").exit_code == 0);
  r = run_mizan("check --db " + q(db) + " " + q(article));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "[" + id + ", reviewed false: not counted]"));
  CHECK(!has(r.out, "\nconflict\t"));
}
