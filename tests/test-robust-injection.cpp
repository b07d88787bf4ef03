// Injection: outlet names, file names and article text with quotes, ';', '<script>' and control
// characters are stored byte for byte and shown verbatim, escaped for each format.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#include "ingest/json.hpp"
#include "report/escape.hpp"
#include "test_util.hpp"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

// Quotes one shell word, whatever bytes it holds.
std::string sh(const std::string& s) {
  std::string out = "'";
  for (const char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

const std::string kOutlet = "O'Reilly\"; DROP TABLE documents; -- <script>alert(1)</script> \x01\x1b[31m|#*_";
const std::string kFile = "x'; DELETE FROM claims; -- <script>\x01\tb\"c.txt";
const std::string kText =
    "قال المتحدث \"الرسمي\" إن 5 جنود أصيبوا في إدلب '); DROP TABLE claims; -- <script>alert(1)</script> \x07\x1b[2J.\n";

std::string column(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
  std::string out;
  if (sqlite3_step(st) == SQLITE_ROW)
    out.assign(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), sqlite3_column_bytes(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

}  // namespace

TEST_CASE("robust: hostile outlet, file name and text are stored and shown verbatim") {
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  const std::string file = dir / kFile;
  test::write(file, kText);
  const auto r = test::run_mizan("ingest --quiet --db " + sh(db) + " --date 2021-07-02 --outlet " + sh(kOutlet) + " " + sh(file));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);

  // Stored byte for byte, and the tables are all still there.
  CHECK(column(db, "SELECT outlet FROM documents") == kOutlet);
  CHECK(column(db, "SELECT name FROM documents") == kFile);
  CHECK(column(db, "SELECT text FROM documents") == kText);
  CHECK(column(db, "SELECT count(*) FROM claims WHERE excerpt = '5 جنود'") == "1");

  // JSON: every line of the listing parses back to the same strings.
  const auto j = test::run_mizan("claims --format json --db " + sh(db));
  REQUIRE(j.exit_code == 0);
  std::string line = j.out.substr(j.out.find('{'));  // the first claim's object, on its own line
  line = line.substr(0, line.find('\n'));
  if (line.back() == ',') line.pop_back();
  std::string error;
  const auto fields = ingest::parse_json_object(line, error);
  INFO(error);
  REQUIRE(fields);
  CHECK(fields->at("doc") == kFile);
  CHECK(fields->at("outlet") == kOutlet);
  CHECK(fields->at("sentence_text") == kText.substr(0, kText.size() - 1));
  for (const char c : j.out) CHECK((static_cast<unsigned char>(c) >= 0x20 || c == '\n'));

  // TSV: one line per claim, thirteen columns (the outlet among them), control characters written as escapes.
  const auto t = test::run_mizan("claims --db " + sh(db));
  REQUIRE(t.exit_code == 0);
  CHECK(t.out.find(report::tsv_escape(kFile) + "\t") == t.out.find('\n') + 1);
  const auto lines = std::count(t.out.begin(), t.out.end(), '\n');
  CHECK(lines >= 2);
  CHECK(std::count(t.out.begin(), t.out.end(), '\t') == 12 * lines);
  CHECK(t.out.find("\\x01\\tb\"c.txt") != std::string::npos);
  for (const char c : t.out) CHECK((static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t'));

  // --doc finds it by its exact name, quotes and all.
  const auto d = test::run_mizan("claims --db " + sh(db) + " --doc " + sh(kFile));
  CHECK(d.out == t.out);
}

TEST_CASE("robust: the report escapes hostile outlets, names and quotes in HTML and Markdown") {
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  const std::string file = dir / kFile;
  test::write(file, kText);
  test::write(dir / "other.txt", "قال المتحدث إن 50 جنديا أصيبوا في إدلب.\n");
  REQUIRE(test::run_mizan("ingest --quiet --db " + sh(db) + " --date 2021-07-02 --outlet " + sh(kOutlet) + " " + sh(file))
              .exit_code == 0);
  REQUIRE(test::run_mizan("ingest --quiet --db " + sh(db) + " --date 2021-07-02 --outlet الوطن " + sh(dir / "other.txt"))
              .exit_code == 0);
  const auto r = test::run_mizan("report --db " + sh(db) + " --out " + sh(dir / "reports"));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string html = test::read(dir / "reports/index.html");
  REQUIRE(html.find("جنود أصيبوا") != std::string::npos);  // the conflict is in the report
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find('\x1b') == std::string::npos);
  CHECK(html.find('\x01') == std::string::npos);
  const std::string md = test::read(dir / "reports/consistency.md");
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find('\x1b') == std::string::npos);
  const std::string json = test::read(dir / "reports/consistency.json");
  CHECK(json.find(report::json_string(kOutlet)) != std::string::npos);
}
