// Documents as the user names, lists, corrects and deletes them: mizan ingest's names, mizan docs,
// mizan forget, and the small things around them (numbers FILE, check on another language, folders
// of HTML, counts that say what they count).
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "store/claim_store.hpp"
#include "test_util.hpp"

using mizan::test::run_mizan;
using mizan::test::TempDir;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The database is whole after a change: PRAGMA integrity_check and no claim without its document.
void check_consistent(const std::string& db) {
  mizan::store::ClaimStore store(db, /*read_only=*/true);
  CHECK(store.integrity_check() == "ok");
  std::int64_t listed = 0;
  for (const auto& d : store.documents()) listed += d.claims;
  CHECK(listed == store.stats().claims);
}

// The rows of `mizan docs`, by name.
std::map<std::string, std::vector<std::string>> docs(const std::string& db) {
  const auto r = run_mizan("docs --db " + q(db));
  REQUIRE(r.exit_code == 0);
  std::map<std::string, std::vector<std::string>> out;
  const auto rows = mizan::test::tsv_rows(r.out);
  REQUIRE(!rows.empty());
  CHECK(rows[0] == std::vector<std::string>{"name", "outlet", "published", "claims", "path", "url", "ingested"});
  for (std::size_t k = 1; k < rows.size(); ++k) out[rows[k][0]] = rows[k];
  return out;
}

}  // namespace

TEST_CASE("docs: two 022.txt from two folders are two documents; a file changed since it was stored is refused") {
  TempDir dir;
  const std::string db = dir / "c.db";
  std::filesystem::create_directories(dir / "a");
  std::filesystem::create_directories(dir / "b");
  mizan::test::write(dir / "a/022.txt", mizan::test::read(mizan::test::source_path("tests/data/news/003.txt")));
  mizan::test::write(dir / "b/022.txt", mizan::test::read(mizan::test::source_path("tests/data/news/008.txt")));
  auto r = run_mizan("ingest --db " + q(db) + " " + q(dir / "a") + " " + q(dir / "b"));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "2 new documents"));
  CHECK(has(r.err, "stored as '" + (dir / "b/022.txt") + "': the name '022.txt' is taken by another text"));
  auto listed = docs(db);
  REQUIRE(listed.size() == 2);
  CHECK(listed.count("022.txt"));
  CHECK(listed.count(dir / "b/022.txt"));
  CHECK(listed["022.txt"][4] == dir / "a/022.txt");  // where it came from
  // Each name lists its own claims.
  const auto a = run_mizan("claims --db " + q(db) + " --doc 022.txt");
  const auto b = run_mizan("claims --db " + q(db) + " --doc " + q(dir / "b/022.txt"));
  CHECK(has(a.out, "الإكوادور"));
  CHECK(!has(b.out, "الإكوادور"));
  check_consistent(db);

  // The same bytes again: known, whatever folder. Changed bytes at the same path: refused, named.
  r = run_mizan("ingest --db " + q(db) + " " + q(dir / "a"));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "0 new documents, 1 already known"));
  mizan::test::write(dir / "a/022.txt", mizan::test::read(mizan::test::source_path("tests/data/news/016.txt")));
  r = run_mizan("ingest --db " + q(db) + " " + q(dir / "a"));
  CHECK(r.exit_code == 2);
  CHECK(has(r.out, "0 new documents, 0 already known, 1 skipped"));
  CHECK(has(r.err, "022.txt: not stored: changed since it was stored as '022.txt'"));
  CHECK(has(r.err, "'mizan forget 022.txt' first"));
  CHECK(docs(db).size() == 2);

  // Forgotten, it can be stored anew; the other 022.txt is untouched.
  const std::string before_b = run_mizan("claims --db " + q(db) + " --doc " + q(dir / "b/022.txt")).out;
  r = run_mizan("forget --db " + q(db) + " 022.txt");
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "forget: 022.txt ("));
  check_consistent(db);
  CHECK(docs(db).size() == 1);
  CHECK(run_mizan("claims --db " + q(db) + " --doc " + q(dir / "b/022.txt")).out == before_b);
  r = run_mizan("ingest --db " + q(db) + " " + q(dir / "a"));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "1 new document,"));
  check_consistent(db);

  r = run_mizan("forget --db " + q(db) + " nosuch.txt");
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "no document named 'nosuch.txt'"));
}

TEST_CASE("docs: --set-outlet and --set-date correct a document, and its claims' times move with the date") {
  TempDir dir;
  const std::string db = dir / "c.db";
  // 003.txt names no date ("published: unknown"); it says "اليوم الأحد" and "مساء أمس السبت".
  const std::string file = mizan::test::source_path("tests/data/news/003.txt");
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " " + q(file)).exit_code == 0);
  const auto before = mizan::test::tsv_rows(run_mizan("claims --db " + q(db) + " --doc 003.txt").out);
  REQUIRE(before.size() > 2);
  for (std::size_t k = 1; k < before.size(); ++k) CHECK(before[k][7].empty());  // no time without a date

  auto r = run_mizan("docs --db " + q(db) + " --set-outlet " + q("سكاي نيوز عربية") + " --set-date 2020-05-10 003.txt");
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "003.txt: outlet سكاي نيوز عربية, published 2020-05-10"));
  check_consistent(db);
  const auto after = mizan::test::tsv_rows(run_mizan("claims --db " + q(db) + " --doc 003.txt").out);
  REQUIRE(after.size() == before.size());
  bool saturday = false;
  for (std::size_t k = 1; k < after.size(); ++k) {
    CHECK(after[k][10] == "سكاي نيوز عربية");  // outlet
    CHECK(after[k][11] == "2020-05-10");       // published
    if (after[k][9] == "6.9 درجة") saturday = after[k][7] == "2020-05-09";  // "مساء أمس السبت"
  }
  CHECK(saturday);
  CHECK(docs(db)["003.txt"][1] == "سكاي نيوز عربية");

  // Back to no date: the times go with it.
  REQUIRE(run_mizan("docs --db " + q(db) + " --set-date unknown 003.txt").exit_code == 0);
  const auto undated = mizan::test::tsv_rows(run_mizan("claims --db " + q(db) + " --doc 003.txt").out);
  for (std::size_t k = 1; k < undated.size(); ++k) CHECK(undated[k][7].empty());
  check_consistent(db);

  r = run_mizan("docs --db " + q(db) + " --set-date 2020-05-10 nosuch.txt");
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "no document named 'nosuch.txt'"));
  r = run_mizan("docs --db " + q(db) + " --set-date 2020-13-10 003.txt");
  CHECK(r.exit_code == 2);
}

TEST_CASE("docs: a JSONL id used twice is named and refused; two stdin texts are two documents, --name names one") {
  TempDir dir;
  const std::string db = dir / "c.db";
  mizan::test::write(dir / "feed.jsonl",
                     "{\"id\": \"n1\", \"text\": \"قتل 5 جنود في حلب.\"}\n{\"id\": \"n1\", \"text\": \"قتل 7 جنود في إدلب.\"}\n");
  auto r = run_mizan("ingest --db " + q(db) + " --date 2020-01-01 " + q(dir / "feed.jsonl"));
  CHECK(r.exit_code == 2);
  CHECK(has(r.out, "1 new document, 0 already known, 1 skipped; 1 claim stored"));
  CHECK(has(r.err, "feed.jsonl (id n1): not stored: the name 'n1' is taken by another text"));

  r = run_mizan("ingest --db " + q(db) + " --date 2020-01-01 -", "قتل 9 جنود في حماة.\n");
  CHECK(r.exit_code == 0);
  r = run_mizan("ingest --db " + q(db) + " --date 2020-01-01 -", "قتل 11 جنديا في حمص.\n");
  CHECK(r.exit_code == 0);
  r = run_mizan("ingest --db " + q(db) + " --date 2020-01-01 --name hama-report -", "قتل 13 جنديا في حماة.\n");
  CHECK(r.exit_code == 0);
  auto listed = docs(db);
  CHECK(listed.size() == 4);
  CHECK(listed.count("hama-report"));
  std::size_t stdin_docs = 0;
  for (const auto& [name, row] : listed) stdin_docs += name.rfind("stdin-", 0) == 0;
  CHECK(stdin_docs == 2);
  r = run_mizan("ingest --db " + q(db) + " --name hama-report -", "قتل 15 جنديا في حماة.\n");
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "stdin: not stored: the name 'hama-report' is taken"));
  r = run_mizan("ingest --db " + q(db) + " --name x " + q(dir / "feed.jsonl"));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "--name names the document read from stdin"));
}

TEST_CASE("docs: claims --doc with no such document is an error; the claims TSV has outlet, published and url") {
  TempDir dir;
  const std::string db = dir / "c.db";
  const std::string file = mizan::test::source_path("tests/data/news/003.txt");
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " --date 2020-05-10 " + q(file)).exit_code == 0);
  auto r = run_mizan("claims --db " + q(db) + " --doc nosuch.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(has(r.err, "no document named 'nosuch.txt'"));
  r = run_mizan("claims --db " + q(db));
  const auto rows = mizan::test::tsv_rows(r.out);
  REQUIRE(rows.size() > 1);
  CHECK(rows[0].back() == "url");
  CHECK(rows[1][10] == "الفجر");
  CHECK(rows[1][11] == "2020-05-10");
  CHECK(rows[1][12] == "https://elfagr.org/4645320");
}

TEST_CASE("docs: numbers reads the FILEs it is given; check refuses an article that is not Arabic") {
  TempDir dir;
  mizan::test::write(dir / "a.txt", "قتل ١٥ شخصا أمس\nلا أرقام هنا\n");
  auto r = run_mizan("numbers --date 2021-07-02 " + q(dir / "a.txt"));  // stdin is empty: the file is read
  CHECK(r.exit_code == 0);
  CHECK(r.out == "1\tnumber\t١٥\t15\n1\tdate\tأمس\t2021-07-01\n");
  r = run_mizan("numbers " + q(dir / "a.txt") + " " + q(dir / "missing.txt"));
  CHECK(r.exit_code == 2);
  CHECK(has(r.out, dir / "a.txt" + ":1\tnumber\t١٥\t15\n"));
  CHECK(has(r.err, "missing.txt: no such file"));

  const std::string db = dir / "c.db";
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " --date 2020-05-10 " +
                    q(mizan::test::source_path("tests/data/news/003.txt"))).exit_code == 0);
  mizan::test::write(dir / "en.txt",
                     "An earthquake of magnitude 6.9 struck the coast of Ecuador on Saturday evening, and the death "
                     "toll rose to 13, media reported on Sunday.\n");
  r = run_mizan("check --db " + q(db) + " " + q(dir / "en.txt"));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "en.txt: not Arabic text; nothing to check"));
}

TEST_CASE("docs: a folder's HTML pages are read and other files are counted; counts say what they count") {
  TempDir dir;
  std::filesystem::create_directories(dir / "pages");
  mizan::test::write(dir / "pages/a.html",
                     "<html><body><p>أفادت وسائل إعلامية بارتفاع عدد قتلى الزلزال الذي ضرب الإكوادور إلى 13 شخصًا.</p></body></html>");
  mizan::test::write(dir / "pages/notes.pdf", "%PDF-1.4");
  mizan::test::write(dir / "pages/list.csv", "a,b\n");
  const std::string db = dir / "c.db";
  auto r = run_mizan("ingest --db " + q(db) + " " + q(dir / "pages"));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "1 new document, 0 already known, 0 skipped; 1 claim stored"));
  CHECK(has(r.out, "; 1 new document without a publication date"));
  CHECK(has(r.err, "pages: 2 files passed over, not .txt, .jsonl or .html (1 .csv, 1 .pdf)"));
  CHECK(has(r.err, "a.html: HTML; markup removed"));
  r = run_mizan("ingest --quiet --db " + q(db) + " " + q(dir / "pages"));
  CHECK(!has(r.err, "passed over"));

  mizan::test::write(dir / "feed.jsonl", "{\"id\": \"x\", \"text\": \"قتل 5 جنود.\"}\n{broken\n{\"id\": \"y\"}\n");
  r = run_mizan("ingest --db " + q(db) + " --date 2020-01-01 " + q(dir / "feed.jsonl"));
  CHECK(r.exit_code == 2);
  CHECK(has(r.out, "1 new document, 0 already known, 2 skipped; 1 claim stored"));
}

TEST_CASE("docs: every command takes --quiet; check --quiet leaves out its notes") {
  for (const char* cmd : {"ingest", "claims", "extract", "numbers", "report", "check", "docs", "forget", "review"}) {
    CAPTURE(cmd);
    const auto r = run_mizan(std::string(cmd) + " --quiet --help");
    CHECK(r.exit_code == 0);
  }
  TempDir dir;
  const std::string db = dir / "c.db";
  const std::string file = mizan::test::source_path("tests/data/news/003.txt");  // undated
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " " + q(mizan::test::source_path("tests/data/news/008.txt"))).exit_code == 0);
  auto r = run_mizan("check --db " + q(db) + " " + q(file));
  CHECK(has(r.err, "no publication date"));
  r = run_mizan("check --quiet --db " + q(db) + " " + q(file));
  CHECK(r.err.empty());
  CHECK(has(r.out, "claims"));
}

TEST_CASE("docs: report's progress line shows on a terminal only past a second, and never with --quiet") {
  // util-linux's script gives mizan a terminal. The report of two articles takes far less than a
  // second: the terminal sees the summary and no progress line.
  TempDir dir;
  const std::string db = dir / "c.db";
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " " + q(mizan::test::source_path("tests/data/news/008.txt"))).exit_code == 0);
  const std::string log = dir / "tty.log";
  const std::string cmd = "script -q -e -c \"'" + std::string(MIZAN_BINARY) + "' report --db '" + db + "' --out '" +
                          (dir / "r") + "'\" '" + log + "' >/dev/null 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  const std::string seen = mizan::test::read(log);
  CHECK(has(seen, "report: 1 document, "));
  CHECK(!has(seen, "mizan report: "));
}
