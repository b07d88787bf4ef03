// The consistency report and `mizan check` on the seed corpus and the fixtures of tests/data/compare/.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "compare/compare.hpp"
#include "ingest/json.hpp"
#include "report/consistency.hpp"
#include "report/escape.hpp"
#include "store/claim_store.hpp"
#include "test_util.hpp"

using namespace mizan;
using compare::Relation;
using mizan::test::run_mizan;
using mizan::test::source_path;
using mizan::test::TempDir;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

// Ingests the seeds (with their manifest) and any extra files into a fresh database.
std::string seed_db(const TempDir& dir, const std::string& extra = "") {
  const std::string db = dir / "claims.db";
  const auto r = run_mizan("ingest --quiet --db " + q(db) + " --manifest " + q(source_path("corpus/seeds/manifest.tsv")) + " " +
                           q(source_path("corpus/seeds")) + (extra.empty() ? "" : " " + extra));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return db;
}

compare::Comparison compare_db(const std::string& db) {
  store::ClaimStore store(db, /*read_only=*/true);
  return compare::compare_claims(store.claims_by_subject());
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

std::string fixture(const std::string& name) { return q(source_path("tests/data/compare/" + name)); }

}  // namespace

TEST_CASE("report: on the seeds, Astana 7 in the two SANA articles agrees") {
  TempDir dir;
  const auto c = compare_db(seed_db(dir));
  const auto it = std::find_if(c.verdicts.begin(), c.verdicts.end(), [&](const compare::Verdict& v) {
    if (v.relation != Relation::agree || v.check != compare::Check::event) return false;
    std::vector<std::string> docs;
    for (const std::size_t i : v.claims) docs.push_back(c.claims[i].document.substr(0, 3));
    return c.claims[v.claims[0]].claim.lo == 7 && std::is_permutation(docs.begin(), docs.end(), std::vector<std::string>{"001", "004"}.begin());
  });
  CHECK(it != c.verdicts.end());
}

TEST_CASE("report: on the seeds, the 41 violations equal the sum of their parts") {
  TempDir dir;
  const auto c = compare_db(seed_db(dir));
  const auto it = std::find_if(c.verdicts.begin(), c.verdicts.end(),
                               [](const compare::Verdict& v) { return v.check == compare::Check::breakdown; });
  REQUIRE(it != c.verdicts.end());
  CHECK(it->relation == Relation::consistent);
  CHECK(it->reason == "breakdown: 41 = 15+16+7+3");
  CHECK(c.count(Relation::inconsistent) == 0);
}

TEST_CASE("report: on the seeds, no conflict between rounds 6, 7, 11 or between a count and an identifier") {
  TempDir dir;
  const auto c = compare_db(seed_db(dir));
  for (const compare::Verdict& v : c.verdicts) {
    CAPTURE(v.reason);
    std::vector<Kind> kinds;
    for (const std::size_t i : v.claims) kinds.push_back(c.claims[i].claim.kind);
    // A verdict never rests on claims of different kinds, and never on an identifier.
    if (v.check != compare::Check::breakdown && v.check != compare::Check::exchange)
      CHECK(std::all_of(kinds.begin(), kinds.end(), [&](Kind k) { return k == kinds.front(); }));
    CHECK(std::none_of(kinds.begin(), kinds.end(), [](Kind k) { return k == Kind::reference; }));
    if (v.relation == Relation::conflict || v.relation == Relation::inconsistent || v.relation == Relation::evolves)
      CHECK(std::none_of(kinds.begin(), kinds.end(), [](Kind k) { return k == Kind::ordinal; }));
    if (kinds.front() == Kind::ordinal)  // only equal rounds are compared
      for (const std::size_t i : v.claims) CHECK(c.claims[i].claim.lo == c.claims[v.claims.front()].claim.lo);
  }
}

TEST_CASE("report: reports/ is up to date with the bundled corpus (regenerate: see the message)") {
  TempDir dir;
  const std::string db = seed_db(dir);
  const auto r = run_mizan("report --db " + q(db) + " --out " + q(dir / "reports"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  for (const std::string name : {"index.html", "consistency.md", "consistency.json"}) {
    CAPTURE(name);
    const bool same = mizan::test::read(source_path("reports/" + name)) == mizan::test::read(dir / ("reports/" + name));
    CHECK_MESSAGE(same,
                  "reports/ is out of date; regenerate it with: rm -f /tmp/seeds.db && ./build/mizan ingest --db /tmp/seeds.db "
                  "--manifest corpus/seeds/manifest.tsv corpus/seeds && ./build/mizan report --db /tmp/seeds.db --out reports");
  }
}

TEST_CASE("report: the same database gives the same bytes, run after run") {
  TempDir dir;
  const std::string db = seed_db(dir, fixture("nusra_10k.txt") + " " + fixture("nusra_later.txt"));
  REQUIRE(run_mizan("report --db " + q(db) + " --out " + q(dir / "a")).exit_code == 0);
  REQUIRE(run_mizan("report --db " + q(db) + " --out " + q(dir / "b")).exit_code == 0);
  for (const char* name : {"index.html", "consistency.md", "consistency.json"}) {
    CAPTURE(name);
    const std::string a = mizan::test::read(dir / (std::string("a/") + name));
    CHECK(!a.empty());
    CHECK(a == mizan::test::read(dir / (std::string("b/") + name)));
  }
}

TEST_CASE("report: conflicts come first with both quotes, evolutions with a timeline, all article text escaped") {
  TempDir dir;
  const std::string db = seed_db(dir, fixture("nusra_10k.txt") + " " + fixture("nusra_later.txt") + " " + fixture("hostile_script.txt"));
  const auto r = run_mizan("report --db " + q(db) + " --out " + q(dir / "r"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(has(r.out, "conflicts"));
  const std::string html = mizan::test::read(dir / "r/index.html");
  CHECK(has(html, "<html dir=\"rtl\" lang=\"ar\">"));
  // One script, the page's own filters; the article's <script> is text.
  CHECK(html.find("<script") == html.find("<script id=\"mizan-filters\">"));
  CHECK(html.find("<script", html.find("<script") + 1) == std::string::npos);
  CHECK_FALSE(has(html, "<img"));
  CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(has(html, "&lt;b&gt;موقع&lt;/b&gt; &amp; شركاه"));
  CHECK_FALSE(has(html, "<link"));  // self-contained: nothing to fetch
  CHECK_FALSE(has(html, "src=\""));
  // Conflicts before agreements; the 10k conflict quotes both sentences with the numbers marked.
  const auto conflicts = html.find("id=\"conflicts\""), agreements = html.find("id=\"agreements\"");
  REQUIRE(conflicts != std::string::npos);
  REQUIRE(agreements != std::string::npos);
  CHECK(conflicts < agreements);
  const std::string section = html.substr(conflicts, agreements - conflicts);
  CHECK(has(section, "نحو <mark>15 ألف</mark> إرهابي"));
  CHECK(has(section, "إن نحو <mark>10 آلاف</mark> مسلح"));
  // The reason in Arabic, each value isolated for bidirectional text, numbers as a reader writes them.
  CHECK(has(section, "<bdi>نحو 15,000</bdi> مقابل <bdi>نحو 10,000</bdi>: المجالان <bdi>13,500–16,500</bdi> و"
                     "<bdi>9,000–11,000</bdi> لا يتداخلان؛ بفارق يوم واحد"));
  CHECK(has(section, "هوى الشام · <bdi dir=\"ltr\">2018-11-28</bdi> · <bdi>لافرنتييف</bdi>"));
  CHECK_FALSE(has(section, "intervals"));
  // Four months later the number evolved: a timeline.
  const std::string evolutions = html.substr(html.find("id=\"evolutions\""));
  CHECK(has(evolutions, "<svg"));
  CHECK(has(evolutions, "تغيّر الرقم"));
  // --lang en: the comparator's own words, left to right.
  REQUIRE(run_mizan("report --lang en --db " + q(db) + " --out " + q(dir / "en")).exit_code == 0);
  const std::string en = mizan::test::read(dir / "en/index.html");
  CHECK(has(en, "<html dir=\"ltr\" lang=\"en\">"));
  CHECK(has(en, "intervals 13500–16500 and 9000–11000 do not overlap; 1 day apart"));
  CHECK(has(mizan::test::read(dir / "en/consistency.md"), "\n## Conflicts ("));

  const std::string md = mizan::test::read(dir / "r/consistency.md");
  CHECK(has(md, "\\<script\\>alert(1)\\</script\\>"));
  CHECK(has(md, "إن نحو **10 آلاف** مسلح"));
  const std::string json = mizan::test::read(dir / "r/consistency.json");
  std::string error;
  const auto object = ingest::parse_json_object(json, error);
  REQUIRE_MESSAGE(object.has_value(), error);
  CHECK(object->at("format") == "mizan-consistency");
  CHECK(object->at("version") == "2");
  CHECK(has(json, "<script>alert(1)</script>"));  // JSON carries the text as it is, as a string
}

TEST_CASE("report: a highlight that does not fit its sentence quotes the sentence unmarked") {
  StoredClaim s;
  s.sentence_text = "a < b";
  s.sentence_span = {10, 15};
  s.claim.number_span = {14, 20};
  CHECK(report::highlighted_sentence(s, report::html_escape, "<mark>", "</mark>") == "a &lt; b");
  s.claim.number_span = {14, 15};
  CHECK(report::highlighted_sentence(s, report::html_escape, "<mark>", "</mark>") == "a &lt; <mark>b</mark>");
}

TEST_CASE("check: an article with about 10 thousand Nusra fighters in Idlib a day after seed 000 conflicts with it") {
  TempDir dir;
  const std::string db = seed_db(dir);
  auto r = run_mizan("check --db " + q(db) + " " + fixture("nusra_10k.txt"));
  CHECK(r.exit_code == 1);
  CHECK(has(r.out, "conflict"));
  CHECK(has(r.out, "000_a4a15d0eee9caaff.txt (هوى الشام, 2018-11-28)"));
  CHECK(has(r.out, "نحو 15000 vs نحو 10000: intervals 13500–16500 and 9000–11000 do not overlap; 1 day apart"));
  r = run_mizan("check --db " + q(db) + " --format tsv " + fixture("nusra_10k.txt"));
  CHECK(r.exit_code == 1);
  CHECK(r.out ==
        "verdict\tkind\tvalue\tqualifier\tsubject\texcerpt\tcompared_with\n"
        "conflict\tcount\t10000\tabout\tcount|fighters|جبهة النصرة|إدلب|\tنحو 10 آلاف مسلح من جبهة النصرة\t"
        "000_a4a15d0eee9caaff.txt (هوى الشام, 2018-11-28)\n");
  r = run_mizan("check --db " + q(db) + " --format json " + fixture("nusra_10k.txt"));
  CHECK(r.exit_code == 1);
  CHECK(has(r.out, "\"verdict\": \"conflict\""));
  CHECK(has(r.out, "\"doc\": \"000_a4a15d0eee9caaff.txt\""));
  // With a wider tolerance, 15000 and 10000 can be the same number.
  r = run_mizan("check --db " + q(db) + " --tolerance 25% --format tsv " + fixture("nusra_10k.txt"));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "\nagree\t"));
  // Four months later it is a change, not a conflict.
  r = run_mizan("check --db " + q(db) + " --format tsv " + fixture("nusra_later.txt"));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "\nevolves\t"));
  // Nothing was stored.
  store::ClaimStore store(db, true);
  CHECK(store.stats().documents == 5);
}

TEST_CASE("check: agreeing, new and identifier claims exit 0") {
  TempDir dir;
  const std::string db = seed_db(dir);
  auto r = run_mizan("check --db " + q(db) + " --format tsv " + fixture("nusra_14k.txt"));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "\nagree\tcount\t14000\tabout\t"));
  mizan::test::write(dir / "new.txt", "published: 2021-01-05\n\nأصيب 3 جنود في حلب. وأكد البيان على قرار مجلس الأمن 2254.\n");
  r = run_mizan("check --db " + q(db) + " --format tsv " + q(dir / "new.txt"));
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "\nnew\tcount\t3\t"));
  CHECK(has(r.out, "\nnew\treference\t2254\tidentifier\t"));
  CHECK_FALSE(has(r.out, "004_"));
  CHECK(r.err.empty());
  // Article text never reaches the terminal as control characters.
  mizan::test::write(dir / "esc.txt", "outlet: evil\x1b[2J\npublished: 2018-11-28\n\nيوجد في إدلب نحو 15 ألف مسلح من جبهة النصرة.\n");
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " " + q(dir / "esc.txt")).exit_code == 0);
  r = run_mizan("check --db " + q(db) + " " + fixture("nusra_10k.txt"));
  CHECK(r.exit_code == 1);
  CHECK(has(r.out, "esc.txt (evil\\x1b[2J, 2018-11-28)"));
  CHECK_FALSE(has(r.out, "\x1b"));
  // Without a date, the tool says what that means.
  mizan::test::write(dir / "undated.txt", "أصيب 3 جنود في حلب.\n");
  r = run_mizan("check --db " + q(db) + " " + q(dir / "undated.txt"));
  CHECK(r.exit_code == 0);
  CHECK(has(r.err, "no publication date (give --date)"));
}

TEST_CASE("check: an exchange reported with other counts, a breakdown that does not sum, a round before its time") {
  TempDir dir;
  const std::string db = seed_db(dir);
  auto r = run_mizan("check --db " + q(db) + " --format tsv " + fixture("exchange_other.txt"));
  CHECK(r.exit_code == 1);
  CHECK(has(r.out, "\nconflict\tcount\t7\texact\t"));
  CHECK(has(r.out, "002_557d863690ff85e5.txt (الوطن, 2021-07)"));
  r = run_mizan("check --db " + q(db) + " " + fixture("exchange_other.txt"));
  CHECK(has(r.out, "the same exchange (operation 5 of astana), soldiers: 5 vs 7: reported with other counts"));

  r = run_mizan("check --db " + q(db) + " " + fixture("breakdown_wrong.txt"));
  CHECK(r.exit_code == 1);
  CHECK(has(r.out, "breakdown: the parts 15+16+7+3 sum to 41, not the stated total 45"));
  r = run_mizan("check --db " + q(db) + " --format tsv " + fixture("breakdown_wrong.txt"));
  CHECK(has(r.out, "\ninconsistent\tcount\t45\t"));

  r = run_mizan("check --db " + q(db) + " " + fixture("round_early.txt"));
  CHECK(r.exit_code == 1);
  CHECK(has(r.out, "inconsistent"));
  CHECK(has(r.out, "series order: round of astana 11 on 2016-05-10 comes before"));
}

TEST_CASE("check: --store stores the article after checking it; checking it again compares it with the others only") {
  TempDir dir;
  const std::string db = seed_db(dir);
  auto r = run_mizan("check --store --db " + q(db) + " " + fixture("nusra_10k.txt"));
  CHECK(r.exit_code == 1);
  CHECK(has(r.out, "stored nusra_10k.txt"));
  {
    store::ClaimStore store(db, true);
    CHECK(store.stats().documents == 6);
  }
  r = run_mizan("check --db " + q(db) + " --format tsv " + fixture("nusra_10k.txt"));
  CHECK(r.exit_code == 1);
  CHECK_FALSE(has(r.out, "nusra_10k.txt ("));
}

TEST_CASE("report/check: help, usage mistakes and a missing database") {
  for (const char* cmd : {"report", "check"}) {
    CAPTURE(cmd);
    auto r = run_mizan(std::string(cmd) + " --help");
    CHECK(r.exit_code == 0);
    CHECK(has(r.out, std::string("usage: mizan ") + cmd));
    CHECK(has(r.out, "--tolerance"));
    CHECK(has(r.out, "--window"));
  }
  TempDir dir;
  auto r = run_mizan("report --db " + q(dir / "none.db") + " --out " + q(dir / "r"));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "no such database"));
  mizan::test::write(dir / "file", "x");
  r = run_mizan("report --db " + q(seed_db(dir)) + " --out " + q(dir / "file/sub"));
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "cannot create the directory"));
  r = run_mizan("report --tolerance lots");
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "--tolerance"));
  r = run_mizan("report --window 1.5");
  CHECK(r.exit_code == 2);
  r = run_mizan("check");
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "exactly one FILE"));
  r = run_mizan("check --format xml " + fixture("nusra_10k.txt"));
  CHECK(r.exit_code == 2);
  r = run_mizan("check --db " + q(dir / "none.db") + " " + fixture("nusra_10k.txt"));
  CHECK(r.exit_code == 2);
  r = run_mizan("check --db " + q(dir / "none.db") + " " + q(dir / "missing.txt"));
  CHECK(r.exit_code == 2);
}

TEST_CASE("report: every reason and slot line over the real corpora is told in Arabic, values isolated") {
  // The seeds, tests/data/news and tests/data/stories: every shape of reason the comparator writes on
  // real news. What is left in Latin letters must be inside an isolated value (a document name).
  TempDir dir;
  const std::string db = dir / "c.db";
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " --manifest " + q(source_path("corpus/seeds/manifest.tsv")) + " " +
                    q(source_path("corpus/seeds")) + " " + q(source_path("tests/data/news")) + " " +
                    q(source_path("tests/data/stories"))).exit_code == 0);
  REQUIRE(run_mizan("report --db " + q(db) + " --out " + q(dir / "r")).exit_code == 0);
  const std::string json = mizan::test::read(dir / "r/consistency.json");
  std::size_t reasons = 0;
  for (const std::string key : {"\"reason_ar\": \"", "\"slots_ar\": \""}) {
    for (std::size_t at = json.find(key); at != std::string::npos; at = json.find(key, at + 1)) {
      // The string, up to its closing quote (JSON escapes a quote within it).
      std::size_t end = at + key.size();
      while (end < json.size() && json[end] != '"') end += json[end] == '\\' ? 2 : 1;
      const std::string text = json.substr(at + key.size(), end - at - key.size());
      if (key[1] == 'r') {
        ++reasons;
        CHECK(!text.empty());
      }
      // Outside the isolated values (U+2068 ... U+2069), no Latin letter.
      std::string bare;
      bool isolated = false;
      for (std::size_t k = 0; k < text.size(); ++k) {
        if (text.compare(k, 3, "\u2068") == 0) isolated = true, k += 2;
        else if (text.compare(k, 3, "\u2069") == 0) isolated = false, k += 2;
        else if (!isolated) bare += text[k];
      }
      CAPTURE(text);
      CHECK(std::none_of(bare.begin(), bare.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }));
    }
  }
  CHECK(reasons > 1000);
  // Numbers as a reader writes them: no widened bound with a fraction past a thousand ("39935.7").
  for (std::size_t at = json.find("\"reason_ar\": \""); at != std::string::npos; at = json.find("\"reason_ar\": \"", at + 1)) {
    const std::string text = json.substr(at, json.find("\", \"", at) - at);
    for (std::size_t k = 4; k + 1 < text.size(); ++k)
      if (text[k] == '.' && std::isdigit(static_cast<unsigned char>(text[k + 1])))
        CHECK_FALSE((std::isdigit(static_cast<unsigned char>(text[k - 1])) && std::isdigit(static_cast<unsigned char>(text[k - 2])) &&
                     std::isdigit(static_cast<unsigned char>(text[k - 3])) && std::isdigit(static_cast<unsigned char>(text[k - 4]))));
  }
}

TEST_CASE("report: --format csv and tsv give every verdict as one row for a spreadsheet, formulas written as text") {
  TempDir dir;
  const std::string db = dir / "c.db";
  // Two reports of the Air India crash (tests/data/stories), one filed under a hostile outlet name.
  const std::string a = source_path("tests/data/stories/crash-airindia-2025_01.txt");
  const std::string b = source_path("tests/data/stories/crash-airindia-2025_05.txt");
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " --outlet '=HYPERLINK(\"http://x\",\"y\")' " + q(a)).exit_code == 0);
  REQUIRE(run_mizan("ingest --quiet --db " + q(db) + " " + q(b)).exit_code == 0);
  REQUIRE(run_mizan("report --db " + q(db) + " --out " + q(dir / "r")).exit_code == 0);
  const std::string json = mizan::test::read(dir / "r/consistency.json");
  auto r = run_mizan("report --db " + q(db) + " --out " + q(dir / "r") + " --format csv");
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.out, "written to " + (dir / "r/verdicts.csv")));
  const std::string csv = mizan::test::read(dir / "r/verdicts.csv");
  CHECK(csv.rfind("id,relation,strength,story,subject,doc_a,outlet_a,published_a,value_a,excerpt_a,url_a,", 0) == 0);
  // Each verdict of the report is a row, with its id first.
  std::size_t verdicts = 0;
  for (std::size_t at = json.find("{\"id\": \""); at != std::string::npos; at = json.find("{\"id\": \"", at + 1)) {
    const std::string id = json.substr(at + 8, 16);
    CHECK(has(csv, "\r\n" + id + ","));
    ++verdicts;
  }
  CHECK(verdicts >= 2);
  CHECK(std::count(csv.begin(), csv.end(), '\n') == static_cast<long>(verdicts) + 1);
  CHECK(has(csv, ",crash-airindia-2025_01.txt,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","));  // text, not a formula
  CHECK(has(csv, "232 vs 242"));
  CHECK(has(csv, "⁨232⁩ مقابل ⁨242⁩"));
  r = run_mizan("report --db " + q(db) + " --out " + q(dir / "r") + " --format tsv");
  REQUIRE(r.exit_code == 0);
  const auto rows = mizan::test::tsv_rows(mizan::test::read(dir / "r/verdicts.tsv"));
  REQUIRE(rows.size() == verdicts + 1);
  for (const auto& row : rows) CHECK(row.size() == rows.front().size());
  CHECK(run_mizan("report --db " + q(db) + " --out " + q(dir / "r") + " --format xls").exit_code == 2);
}

// JSON strings: quotes, backslashes and control characters escaped, everything else (Arabic,
// DEL aside) copied as it is, at the start, in the middle and at the end of a string.
TEST_CASE("report: JSON strings escape what JSON needs and copy the rest") {
  CHECK(report::json_string("") == "\"\"");
  CHECK(report::json_string("إدلب") == "\"إدلب\"");
  CHECK(report::json_string("\"قال\" a\\b") == "\"\\\"قال\\\" a\\\\b\"");
  CHECK(report::json_string("x\ny\rz\t") == "\"x\\ny\\rz\\t\"");
  CHECK(report::json_string(std::string("\x01" "a\x7f" "b\x1f", 5)) == "\"\\u0001a\\u007fb\\u001f\"");
  CHECK(report::json_string("\"") == "\"\\\"\"");
}
