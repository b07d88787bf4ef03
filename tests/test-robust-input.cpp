// Bad input: every kind is named on stderr with its file and problem, skipped, and changes nothing
// stored; the rest of the input is stored. Run through the mizan binary, as a user would.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "ingest/reader.hpp"
#include "model/error.hpp"
#include "text/segment.hpp"
#include "test_db.hpp"
#include "test_util.hpp"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

const std::string kArticle = "قال المتحدث إن 5 جنود أصيبوا في إدلب أمس.\n";

std::string q(const std::string& s) { return "'" + s + "'"; }

// Every stored row, for "nothing changed" checks.
std::string dump(const std::string& db_path) {
  return test::query(db_path, "SELECT id, name, sha256, outlet, published_lo, text FROM documents ORDER BY id") +
         test::query(db_path, "SELECT document_id, idx, begin_byte, end_byte FROM sentences ORDER BY document_id, idx") +
         test::query(db_path, "SELECT id, document_id, kind, value_lo, excerpt FROM claims ORDER BY id");
}

struct BadFile {
  const char* name;
  std::string bytes;
  const char* says;  // what stderr says about it, after its path
};

std::vector<BadFile> bad_files() {
  return {
      {"invalid-utf8.txt", "سورية \xc3\x28 دمشق", "invalid UTF-8 at byte 11"},
      {"binary.txt", std::string("PK\x03\x04\0\0\x14\0binary", 14), "binary file (contains NUL bytes)"},
      {"empty.txt", "", "empty file"},
      {"blank.txt", " \n\t\r\n  \n", "no text (only whitespace)"},
      {"utf16.txt", std::string("\xff\xfe\x42\x06\x2a\x06\x44\x06 \0\x35\0", 12), "UTF-16 text (byte-order mark); convert it to UTF-8"},
      {"utf16be.txt", std::string("\xfe\xff\x06\x42\x06\x2a", 6), "UTF-16 text"},
      {"bad-date.txt", "published: 2019-13-45\n\n" + kArticle, "'2019-13-45' is not a date"},
      {"header-only.txt", "outlet: سانا\npublished: 2020-01-01\n\n\n", "no text after the header"},
  };
}

}  // namespace

TEST_CASE("robust: each kind of bad file is named with its problem, skipped, and nothing stored changes") {
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  test::write(dir / "good.txt", kArticle);
  REQUIRE(test::run_mizan("ingest --quiet --db " + q(db) + " " + q(dir / "good.txt")).exit_code == 0);
  const std::string before = dump(db);
  fs::create_directories(dir.path / "bad");
  for (const BadFile& f : bad_files()) test::write(dir / ("bad/" + std::string(f.name)), f.bytes);

  // Alone, and all at once through the directory: the same message for each.
  for (const BadFile& f : bad_files()) {
    const std::string name = f.name;
    CAPTURE(name);
    const auto r = test::run_mizan("ingest --db " + q(db) + " " + q(dir / ("bad/" + std::string(f.name))));
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(dir / ("bad/" + std::string(f.name))) != std::string::npos);
    CHECK(r.err.find(f.says) != std::string::npos);
    CHECK(r.err.find("skipped") != std::string::npos);
    CHECK(r.out.find("1 skipped") != std::string::npos);
  }
  const auto all = test::run_mizan("ingest --db " + q(db) + " " + q(dir / "bad"));
  CHECK(all.exit_code == 2);
  for (const BadFile& f : bad_files()) {
    const std::string name = f.name;
    CAPTURE(name);
    CHECK(all.err.find(dir / ("bad/" + std::string(f.name))) != std::string::npos);
  }
  CHECK(all.out.find(std::to_string(bad_files().size()) + " skipped") != std::string::npos);
  CHECK(dump(db) == before);

  // Mixed with good files, the good ones are stored and the exit code still says something was not.
  test::write(dir / "bad/zz-good.txt", "أعلنت الوزارة مقتل 12 مدنيا.\n");
  const auto mixed = test::run_mizan("ingest --quiet --db " + q(db) + " " + q(dir / "bad"));
  CHECK(mixed.exit_code == 2);
  CHECK(mixed.out.find("1 new document") != std::string::npos);
}

TEST_CASE("robust: a JSONL line that is not JSON is named and skipped; the other lines are stored") {
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  test::write(dir / "feed.jsonl",
              "{\"id\": \"a\", \"text\": \"قتل 5 أشخاص في حلب\", \"published\": \"2020-01-02\"}\n"
              "{\"id\": \"b\", \"text\": \"قتل 6 أشخاص\"\n"                       // truncated
              "<html>not json</html>\n"                                            // not JSON at all
              "{\"id\": \"c\", \"text\": \"قتل 7 أشخاص\", \"published\": \"soon\"}\n"  // a date that is not a date
              "{\"id\": \"d\", \"text\": \"a\\u0000b\"}\n"                          // NUL through an escape
              "[1, 2, 3]\n"
              "{\"id\": \"e\", \"text\": \"قتل 8 أشخاص\"}\n");
  const auto r = test::run_mizan("ingest --quiet --db " + q(db) + " " + q(dir / "feed.jsonl"));
  CHECK(r.exit_code == 2);
  for (int line : {2, 3, 4, 5, 6}) {
    CAPTURE(line);
    CHECK(r.err.find(dir / "feed.jsonl" + ":" + std::to_string(line) + ": ") != std::string::npos);
  }
  CHECK(r.err.find("'soon' is not a date") != std::string::npos);
  CHECK(r.err.find("binary") != std::string::npos);
  CHECK(r.out.find("2 new documents") != std::string::npos);
  const auto c = test::run_mizan("claims --db " + q(db));
  CHECK(c.out.find("\t5\t") != std::string::npos);
  CHECK(c.out.find("\t8\t") != std::string::npos);
}

TEST_CASE("robust: HTML is read without its markup, with a note") {
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  test::write(dir / "page.txt",
              "<!DOCTYPE html><html><head><title>x</title><script>var n = 999;</script><style>p{}</style></head>"
              "<body><p>قال المتحدث إن 5 جنود أصيبوا في إدلب.</p><div>&lt;b&gt; و&amp;</div></body></html>\n");
  const auto r = test::run_mizan("ingest --db " + q(db) + " " + q(dir / "page.txt"));
  CHECK(r.exit_code == 0);
  CHECK(r.err.find(dir / "page.txt" + ": HTML; markup removed") != std::string::npos);
  const auto c = test::run_mizan("claims --db " + q(db));
  CHECK(c.out.find("5 جنود") != std::string::npos);
  CHECK(c.out.find("999") == std::string::npos);
}

TEST_CASE("robust: text in another language is stored without claims and without an error") {
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  test::write(dir / "en.txt", "The ministry said 15 soldiers were killed and 3,000 people fled on 5 July 2021.\n");
  test::write(dir / "ru.txt", "Министерство сообщило, что 15 солдат погибли и 3000 человек бежали 5 июля 2021 года.\n");
  test::write(dir / "zh.txt", "据报道，2021年7月5日有15名士兵死亡，3000人逃离。\n");
  const auto r = test::run_mizan("ingest --db " + q(db) + " " + q(dir.path.string()));
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("3 new documents") != std::string::npos);
  CHECK(r.out.find("0 claims") != std::string::npos);
  CHECK(r.err.find(dir / "en.txt" + ": not Arabic text; stored without claims") != std::string::npos);
  const auto e = test::run_mizan("extract " + q(dir / "ru.txt"));
  CHECK(e.exit_code == 0);
  CHECK(e.out.find("\n") == e.out.size() - 1);  // the header line only
  // Arabic with English names and a URL in it is Arabic.
  CHECK(ingest::is_arabic_text("قال المتحدث باسم Human Rights Watch في https://www.hrw.org إن 5 جنود أصيبوا."));
  CHECK_FALSE(ingest::is_arabic_text("12345 67 ... !!!"));
}

TEST_CASE("robust: a manifest row for a missing file is warned about; a bad date in a row skips only its file") {
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  test::write(dir / "a.txt", kArticle);
  test::write(dir / "b.txt", "أعلنت الوزارة مقتل 12 مدنيا.\n");
  test::write(dir / "m.tsv", "file\toutlet\tpublished\na.txt\tسانا\t2021-07-02\nmissing.txt\tالوطن\t2021-07-03\n"
                             "b.txt\tالحرة\tyesterday\n");
  const auto r = test::run_mizan("ingest --db " + q(db) + " --manifest " + q(dir / "m.tsv") + " " + q(dir / "a.txt") +
                                 " " + q(dir / "b.txt"));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("warning: " + (dir / "m.tsv") + ": row for 'missing.txt' names no file among the inputs") !=
        std::string::npos);
  CHECK(r.err.find(dir / "b.txt") != std::string::npos);
  CHECK(r.err.find("'yesterday' is not a date") != std::string::npos);
  CHECK(r.out.find("1 new document, 0 already known, 1 skipped") != std::string::npos);
}

TEST_CASE("robust: missing paths are reported and the rest is stored; a flag date that is no date is refused") {
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  test::write(dir / "a.txt", kArticle);
  auto r = test::run_mizan("ingest --quiet --db " + q(db) + " " + q(dir / "nope.txt") + " " + q(dir / "a.txt"));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(dir / "nope.txt" + ": no such file or directory") != std::string::npos);
  CHECK(r.out.find("1 new document") != std::string::npos);
  r = test::run_mizan("ingest --db " + q(db) + " --date 2021-02-30 " + q(dir / "a.txt"));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--date: '2021-02-30' is not a date") != std::string::npos);
}

TEST_CASE("robust: a directory loop through a symlink is walked once") {
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  fs::create_directories(dir.path / "in/sub");
  test::write(dir / "in/a.txt", kArticle);
  test::write(dir / "in/sub/b.txt", "أعلنت الوزارة مقتل 12 مدنيا.\n");
  fs::create_directory_symlink(dir.path / "in", dir.path / "in/sub/loop");
  fs::create_directory_symlink(dir.path / "in/sub", dir.path / "in/sub/self");
  const auto r = test::run_mizan("ingest --quiet --db " + q(db) + " " + q(dir / "in"));
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("2 new documents, 0 already known") != std::string::npos);
}

TEST_CASE("robust: sentences without punctuation are cut, so one huge line costs linear time") {
  std::string line;
  while (line.size() < 100000) line += "قتل نحو 15 ألف مسلح في إدلب وأصيب ثلاثة جنود ";
  std::vector<Span> spans;
  split_sentences(line, spans);
  REQUIRE(spans.size() > 10);
  for (const Span& s : spans) {
    CHECK(s.size() <= kMaxSentenceBytes);
    CHECK(line[s.begin] != ' ');
  }
  // No text is lost between the pieces but spaces.
  for (std::size_t i = 1; i < spans.size(); ++i)
    CHECK(line.substr(spans[i - 1].end, spans[i].begin - spans[i - 1].end).find_first_not_of(' ') == std::string::npos);
  // A single word longer than the limit is cut at a character boundary.
  std::string word;
  while (word.size() < 3 * kMaxSentenceBytes) word += "ب";
  spans.clear();
  split_sentences(word, spans);
  REQUIRE(spans.size() >= 3);
  for (const Span& s : spans) CHECK((static_cast<unsigned char>(word[s.begin]) & 0xC0) != 0x80);
}

TEST_CASE("robust: a 100 MB article on one line is stored, in bounded time" * doctest::skip()) {
  // Run on its own by tests/ctest-robust.cmake (robust-100mb), which sets MIZAN_BIG_MB lower for
  // sanitizer builds.
  const char* env = std::getenv("MIZAN_BIG_MB");
  const std::size_t mb = env ? std::strtoul(env, nullptr, 10) : 100;
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  // Real news prose, its paragraphs joined onto one line: what a scraper that drops newlines makes.
  std::string prose;
  for (const auto& entry : fs::directory_iterator(test::source_path("tests/data/news"))) {
    if (entry.path().extension() != ".txt") continue;
    std::string t = test::read(entry.path().string());
    const std::size_t body = t.find("\n\n");
    t = t.substr(body == std::string::npos ? 0 : body + 2);
    for (char& c : t)
      if (c == '\n' || c == '\r') c = ' ';
    prose += t + " ";
  }
  REQUIRE(prose.size() > 10000);
  const std::string path = dir / "one-line.txt";
  {
    std::ofstream out(path, std::ios::binary);
    for (std::size_t written = 0; written < mb << 20; written += prose.size()) out << prose;
  }
  const auto start = std::chrono::steady_clock::now();
  const auto r = test::run_mizan("ingest --quiet --db " + q(db) + " " + q(path));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  MESSAGE(mb << " MB on one line: ingested in " << seconds << " s; " << r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("1 new document") != std::string::npos);
  // The same file again is known by its bytes.
  const auto again = test::run_mizan("ingest --quiet --db " + q(db) + " " + q(path));
  CHECK(again.out.find("1 already known") != std::string::npos);
}

TEST_CASE("robust: a one-line article dense with claims is reported, listed and checked at a cost per claim" * doctest::skip()) {
  // Run on its own by tests/ctest-robust.cmake (robust-dense-line). The case of a user's report that
  // never finished: one article on one line, a claim every 40 bytes. Sized by its claims, not by a
  // clock: cutting each claim's sentence out of the whole text (claims x document size), a copy of
  // the sentence per claim (claims x 8 KiB), or checking each of the article's claims against all
  // the others of its subject (claims squared) each take minutes or gigabytes here; work per claim
  // takes seconds. Outside the sanitizer builds, report and claims run within an address space a
  // copy of the sentence per claim would not fit in (MIZAN_DENSE_LIMIT_KIB; 0: no limit).
  const char* n_env = std::getenv("MIZAN_DENSE_CLAIMS");
  const char* limit_env = std::getenv("MIZAN_DENSE_LIMIT_KIB");
  const std::size_t n = n_env ? std::strtoul(n_env, nullptr, 10) : 100000;
  const std::size_t limit_kib = limit_env ? std::strtoul(limit_env, nullptr, 10) : 0;
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  const std::string path = dir / "dense.txt";
  {
    std::ofstream out(path, std::ios::binary);
    for (std::size_t i = 0; i < n; ++i) out << "نحو 15 ألف مسلح في إدلب ";
  }
  const auto ingest = test::run_mizan("ingest --quiet --db " + q(db) + " " + q(path));
  REQUIRE(ingest.exit_code == 0);
  const std::string within = limit_kib ? "ulimit -v " + std::to_string(limit_kib) + "; " : "";
  auto run = [&](const std::string& args) { return test::run_mizan_in_shell(within, args); };

  const auto claims = run("claims --db " + q(db));
  CHECK(claims.exit_code == 0);
  CHECK(claims.err == "");
  const std::size_t rows = static_cast<std::size_t>(std::count(claims.out.begin(), claims.out.end(), '\n')) - 1;
  CHECK(rows >= n);  // each phrase is a claim (a cut at a sentence's 8 KiB limit may split one into two)
  CHECK(rows < n + n / 100);

  const auto report = run("report --db " + q(db) + " --out " + q(dir / "r"));
  CHECK(report.exit_code == 0);
  CHECK(report.err == "");
  CHECK(test::read(dir / "r/consistency.json").find("\"claims\": " + std::to_string(rows) + ",") != std::string::npos);

  // On a terminal (util-linux's script gives it one), a report that runs past a second shows its
  // stage on a progress line (its start and its end, outside the line, take well under half a
  // second); one that ends sooner shows none.
  const std::string tty_log = dir / "tty.log";
  const std::string tty = "script -q -e -c \"'" + std::string(MIZAN_BINARY) + "' report --db '" + db + "' --out '" +
                          (dir / "r2") + "'\" '" + tty_log + "' >/dev/null 2>&1";
  const auto started = std::chrono::steady_clock::now();
  REQUIRE(std::system(tty.c_str()) == 0);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const std::string shown = test::read(tty_log);
  MESSAGE("report of " << rows << " claims on a terminal: " << seconds << " s"
                        << std::string(shown.find("mizan report: ") != std::string::npos ? ", with a progress line" : ""));
#if !defined(__SANITIZE_ADDRESS__)  // (under AddressSanitizer, the leak scan at exit adds time outside the line)
  if (seconds > 1.5) CHECK(shown.find("mizan report: ") != std::string::npos);
#endif
  if (seconds < 0.9) CHECK(shown.find("mizan report: ") == std::string::npos);
  CHECK(shown.find("report: 1 document, ") != std::string::npos);

  // The same article checked against the store that holds it: every claim agrees with its copy.
  const auto check = test::run_mizan("check --db " + q(db) + " --date 2024-01-01 " + q(path));
  CHECK(check.exit_code == 0);
  CHECK(check.out.substr(0, check.out.find('\n')).find(std::to_string(rows) + " claims") != std::string::npos);
  CHECK(check.out.find("conflict") == std::string::npos);
  std::size_t agree = 0;
  for (std::size_t at = check.out.find("\nagree\t"); at != std::string::npos; at = check.out.find("\nagree\t", at + 1)) ++agree;
  CHECK(agree >= rows * 99 / 100);
}

TEST_CASE("robust: numbers too large for a day, month or year are read without undefined behaviour") {
  // Found by UBSan: a day/month pair cast its numbers to int before checking them. The sanitizer
  // builds (MIZAN_SANITIZE, MIZAN_FUZZ) abort on such a cast; the others check the result.
  for (const std::string line : {"قتل في 123456789012/04 شخص", "في 04/123456789012", "يوم 99999999999999999999 من يوليو",
                                 "عام 1e308", "الجولة 340282366920938463463374607431768211456", "في 31/12/99999999999"}) {
    CAPTURE(line);
    const auto r = test::run_mizan("numbers --date 2021-07-02", line + "\n");
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
  }
}

TEST_CASE("robust: a database error in the middle of an ingest stops it cleanly; what was stored stays whole") {
  test::TempDir dir;
  const std::string db = dir / "claims.db";
  fs::create_directories(dir.path / "in");
  for (int i = 0; i < 40; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "%02d.txt", i);
    test::write(dir / ("in/" + std::string(name)), "أصيب " + std::to_string(i + 2) + " جنود في إدلب.\n");
  }
  REQUIRE(test::run_mizan("ingest --quiet --db " + q(db) + " " + q(dir / "in/00.txt")).exit_code == 0);
  // A trigger makes storing the 20th file fail, as a full disk would, while workers are busy.
  test::exec(db, "CREATE TRIGGER boom BEFORE INSERT ON documents WHEN NEW.name = '20.txt' "
                 "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
  const auto r = test::run_mizan("ingest --jobs 2 --db " + q(db) + " " + q(dir / "in"));
  CHECK(r.exit_code == 2);  // not a crash
  CHECK(r.err.find("disk on fire") != std::string::npos);
  CHECK(r.err.find("stopped after 19 new documents") != std::string::npos);
  CHECK(dump(db).find("20.txt") == std::string::npos);
  CHECK(dump(db).find("19.txt") != std::string::npos);
}
