#include <doctest/doctest.h>

#include <sqlite3.h>

#include <algorithm>
#include <map>

#include "cli/commands.hpp"
#include "ingest/reader.hpp"
#include "ingest/sha256.hpp"
#include "model/error.hpp"
#include "model/ranks.hpp"
#include "store/claim_store.hpp"
#include "test_db.hpp"
#include "test_util.hpp"

using namespace mizan;

namespace {
cli::Extracted sample(const std::string& text, const std::string& name = "a.txt") {
  Document d;
  d.name = name;
  d.path = name;
  d.text = text;
  d.outlet = "سانا";
  d.published = DateRange::day(2021, 7, 2);
  d.sha256 = sha256_hex(text);
  return cli::extract_document(std::move(d));
}
}  // namespace

TEST_CASE("store: a document, its sentences and claims round-trip through :memory:") {
  store::ClaimStore db(":memory:");
  CHECK(db.schema_version() == store::ClaimStore::kSchemaVersion);
  const auto e = sample("قال المتحدث إن نحو 15 ألف مسلح في إدلب. وأصيب 3 جنود.");
  REQUIRE(e.claims.size() == 2);
  CHECK(db.add(e.doc, e.sentences, e.claims));
  const auto claims = db.claims();
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].claim.lo == 15000);
  CHECK(claims[0].claim.qualifier == Qualifier::about);
  CHECK(claims[0].claim.counted == "fighters");
  CHECK(claims[0].claim.location == "إدلب");
  CHECK(claims[0].outlet == "سانا");
  CHECK(to_iso(claims[0].published) == "2021-07-02");
  // Spans point into the original text: the number as written, the sentence quoted whole.
  const Span n = claims[0].claim.number_span;
  CHECK(e.doc.text.substr(n.begin, n.size()) == "15 ألف");
  CHECK(claims[0].sentence_text == "قال المتحدث إن نحو 15 ألف مسلح في إدلب.");
  CHECK(claims[1].claim.counted == "soldiers");
  CHECK(db.stats().documents == 1);
  CHECK(db.integrity_check() == "ok");
}

TEST_CASE("store: the claims of one sentence share one copy of it, read back in any order") {
  // A sentence may be 8 KiB and hold hundreds of claims: a copy each made a report of one dense
  // article take gigabytes.
  store::ClaimStore db(":memory:");
  const auto e = sample("أصيب 3 جنود وقتل 5 مدنيين و7 مسلحين في إدلب. وأصيب 4 جنود في حماة.");
  REQUIRE(e.claims.size() == 4);
  CHECK(db.add(e.doc, e.sentences, e.claims));
  for (const auto& claims : {db.claims(), db.claims_by_subject()}) {
    REQUIRE(claims.size() == 4);
    std::map<std::uint32_t, const char*> text_of;  // sentence -> where its text is held
    for (const StoredClaim& c : claims) {
      const std::string_view text = c.sentence_text;
      CHECK(text == e.doc.text.substr(c.sentence_span.begin, c.sentence_span.size()));
      const auto [at, fresh] = text_of.emplace(c.claim.sentence, text.data());
      if (!fresh) CHECK(at->second == text.data());
    }
    CHECK(text_of.size() == 2);
    CHECK(text_of[0] != text_of[1]);
  }
}

TEST_CASE("store: ingesting the same bytes again is a no-op") {
  store::ClaimStore db(":memory:");
  const auto e = sample("أصيب 3 جنود.");
  CHECK(db.add(e.doc, e.sentences, e.claims));
  CHECK(db.has_document(e.doc.sha256));
  CHECK_FALSE(db.add(e.doc, e.sentences, e.claims));
  CHECK(db.stats().documents == 1);
  CHECK(db.stats().claims == 1);
  // Other bytes are another document.
  const auto f = sample("أصيب 4 جنود.", "b.txt");
  CHECK(db.add(f.doc, f.sentences, f.claims));
  CHECK(db.stats().documents == 2);
}

TEST_CASE("store: quotes, semicolons and markup are stored verbatim") {
  store::ClaimStore db(":memory:");
  auto e = sample("أصيب 3 جنود '); DROP TABLE claims; -- <script>alert(1)</script>.", "x'; DROP.txt");
  e.doc.outlet = "O'Reilly; <b>";
  CHECK(db.add(e.doc, e.sentences, e.claims));
  const auto docs = db.documents();
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].outlet == "O'Reilly; <b>");
  CHECK(docs[0].name == "x'; DROP.txt");
  CHECK(db.claims()[0].sentence_text.find("DROP TABLE claims") != std::string::npos);
}

TEST_CASE("store: a database from a newer mizan is refused; a missing one is not created read-only") {
  test::TempDir dir;
  const std::string path = dir / "c.db";
  {
    sqlite3* raw = nullptr;
    sqlite3_open(path.c_str(), &raw);
    sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
  }
  CHECK_THROWS_WITH_AS(store::ClaimStore{path}, doctest::Contains("newer mizan"), DbError);
  CHECK_THROWS_WITH_AS(store::ClaimStore(dir / "none.db", true), doctest::Contains("no such database"), DbError);
}

TEST_CASE("store: a batch commits its documents together; one that fails is rolled back alone") {
  test::TempDir dir;
  const std::string path = dir / "claims.db";
  const auto a = sample("أصيب 3 جنود.", "a.txt"), b = sample("أصيب 4 جنود.", "b.txt"), c = sample("أصيب 5 جنود.", "c.txt");
  {
    // Closed with the batch open: nothing of it is kept.
    store::ClaimStore db(path);
    db.begin_batch();
    CHECK(db.in_batch());
    CHECK(db.add(a.doc, a.sentences, a.claims));
    CHECK(db.has_document(a.doc.sha256));  // seen inside the batch
  }
  test::exec(path, "CREATE TRIGGER boom AFTER INSERT ON claims WHEN (SELECT name FROM documents WHERE "
                   "id = NEW.document_id) = 'b.txt' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
  {
    store::ClaimStore db(path);
    CHECK(db.stats().documents == 0);
    db.begin_batch();
    CHECK(db.add(a.doc, a.sentences, a.claims));
    CHECK_FALSE(db.add(a.doc, a.sentences, a.claims));  // the same bytes twice in one batch
    // Storing b fails (a trigger stands for a full disk) after its document row is written: b is
    // rolled back whole, the batch goes on.
    CHECK_THROWS(db.add(b.doc, b.sentences, b.claims));
    CHECK(db.add(c.doc, c.sentences, c.claims));
    db.commit_batch();
    CHECK_FALSE(db.in_batch());
  }
  store::ClaimStore db(path, true);
  CHECK(db.stats().documents == 2);
  CHECK(db.stats().claims == 2);
  CHECK_FALSE(db.has_document(b.doc.sha256));
  CHECK(db.integrity_check() == "ok");
}

TEST_CASE("store: reads under one snapshot see one state of the store, whatever another process stores meanwhile") {
  // What a report reads (profiles, then claims) and what a check reads come from one read
  // transaction: a document stored by an ingest running beside it is in all of it or in none.
  test::TempDir dir;
  const std::string path = dir / "claims.db";
  const auto a = sample("أصيب 3 جنود.", "a.txt"), b = sample("أصيب 4 جنود.", "b.txt");
  {
    store::ClaimStore w(path);
    REQUIRE(w.add(a.doc, a.sentences, a.claims));
  }
  store::ClaimStore reader(path, true);
  store::ClaimStore writer(path);
  {
    const store::ClaimStore::ReadSnapshot snapshot(reader);
    CHECK(reader.stats().documents == 1);
    CHECK(writer.add(b.doc, b.sentences, b.claims));  // the write-ahead log lets it write beside the reader
    CHECK(reader.stats().documents == 1);
    CHECK_FALSE(reader.has_document(b.doc.sha256));
  }
  CHECK(reader.stats().documents == 2);
  CHECK(reader.has_document(b.doc.sha256));
}

TEST_CASE("store: a document's profile is stored with it and read back whole; one stored without has none") {
  store::ClaimStore db(":memory:");
  Document d;
  d.name = "p.txt";
  d.sha256 = "p";
  d.text = "ارتفعت حصيلة ضحايا زلزال تركيا وسوريا إلى 2316 قتيلا يوم الاثنين.";
  d.published = DateRange::day(2023, 2, 6);
  const cli::Extracted e = cli::extract_document(d);
  REQUIRE(e.profile.known);
  CHECK(e.profile.event_type == "earthquake");
  CHECK(!e.profile.words.empty());
  REQUIRE(db.add(e.doc, e.sentences, e.claims, &e.profile));
  Document other = d;
  other.name = "q.txt";
  other.sha256 = "q";
  REQUIRE(db.add(other, {}, {}));
  std::map<std::string, DocumentProfile> read;
  db.each_document_profile([&](std::int64_t id, const DateRange& published, const DocumentProfile& p) {
    CHECK(published == d.published);
    read[id == 1 ? "p" : "q"] = p;
  });
  REQUIRE(read.size() == 2);
  CHECK(read["p"].known);
  CHECK(read["p"].event_type == e.profile.event_type);
  CHECK(read["p"].country == e.profile.country);
  CHECK(read["p"].countries == e.profile.countries);
  CHECK(read["p"].weekdays == e.profile.weekdays);
  CHECK(read["p"].words == e.profile.words);
  CHECK_FALSE(read["q"].known);
}

// `check` reads of a subject only the claims within the comparator's window of the article's
// claims and the nearest beyond either way, not the subject's whole history: a store that has told
// one standing figure every ten days for four years costs a check what a store of a few months
// does, and the verdicts are the ones the whole history gives (the comparator pairs no claim
// further than the nearest beyond the window).
TEST_CASE("store: a check reads a subject's claims near the article's, not its whole history") {
  store::ClaimStore db(":memory:");
  const std::int32_t start = DateRange::day(2019, 1, 1).lo;
  for (int k = 0; k < 150; ++k) {
    const std::string text = "قال المرصد إن نحو " + std::to_string(10000 + 100 * k) + " مسلح يتمركزون في إدلب.";
    cli::Extracted e = sample(text, "d" + std::to_string(k) + ".txt");
    e.doc.published = DateRange{start + 10 * k, start + 10 * k, Precision::day};
    e = cli::extract_document(std::move(e.doc));
    REQUIRE(e.claims.size() == 1);
    REQUIRE(db.add(e.doc, e.sentences, e.claims, &e.profile));
  }
  const std::string key = db.claims().front().claim.subject_key;
  REQUIRE(db.claims_with_subject(key).size() == 150);
  // Day 700 is document 70's: the window of 30 days either way holds documents 67 to 73, and
  // eight more are read either way.
  const std::vector<StoredClaim> near = db.claims_with_subject_near(key, start + 700 - 30, start + 700 + 30, 8);
  REQUIRE(near.size() == 7 + 16);
  CHECK(to_iso(near.front().published) == to_iso(DateRange{start + 590, start + 590, Precision::day}));
  CHECK(to_iso(near.back().published) == to_iso(DateRange{start + 810, start + 810, Precision::day}));
  for (std::size_t k = 1; k < near.size(); ++k) CHECK(near[k - 1].claim.time.lo <= near[k].claim.time.lo);

  // The article says document 70's figure on its day: it agrees with it, and is compared with no
  // claim of the subject from years before or after.
  cli::Extracted article = sample("قال المرصد إن نحو 17000 مسلح يتمركزون في إدلب.", "article.txt");
  article.doc.published = DateRange{start + 700, start + 700, Precision::day};
  article = cli::extract_document(std::move(article.doc));
  const compare::ArticleCheck r = cli::check_against_store(db, article, compare::Options{});
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].verdict == compare::CheckVerdict::agree);
  CHECK(r.comparison.claims.size() - r.article_claims <= near.size());
  for (std::size_t k = r.article_claims; k < r.comparison.claims.size(); ++k)
    CHECK(std::abs(r.comparison.claims[k].published.lo - (start + 700)) <= 110);
}

// `check` takes, of the claims of the article's kind and class, the first `limit` within days of it
// in the order of subject key, time (unknown first), document name and id: read by a seek per
// subject rather than a scan of the class, and the same claims as that order over all of them.
TEST_CASE("store: the claims of a class near a day are the first in subject and time order") {
  store::ClaimStore db(":memory:");
  const std::int32_t start = DateRange::day(2020, 3, 1).lo;
  const char* places[] = {"إدلب", "حلب", "حماة", "درعا", "اللاذقية"};
  for (int k = 0; k < 60; ++k) {
    const std::string text = "قال المرصد إن " + std::to_string(100 + k) + " مسلحا قتلوا في " + places[k % 5] +
                             (k % 7 == 0 ? "." : " أمس.");
    cli::Extracted e = sample(text, "n" + std::to_string(k) + ".txt");
    e.doc.published = DateRange{start + 5 * k, start + 5 * k, Precision::day};
    e = cli::extract_document(std::move(e.doc));
    REQUIRE(e.claims.size() == 1);
    REQUIRE(db.add(e.doc, e.sentences, e.claims, &e.profile));
  }
  const std::vector<StoredClaim> all = db.claims();
  const std::string prefix = "count|" + all.front().claim.counted + "|";
  for (const std::size_t limit : {3u, 8u, 100u}) {
    const std::int32_t lo = start + 40, hi = start + 120;
    std::vector<StoredClaim> expected;
    for (const StoredClaim& s : all)
      if (s.claim.subject_key.rfind(prefix, 0) == 0 && (!s.claim.time.known() || (s.claim.time.lo >= lo && s.claim.time.lo <= hi)))
        expected.push_back(s);
    std::sort(expected.begin(), expected.end(), [](const StoredClaim& a, const StoredClaim& b) {
      if (a.claim.subject_key != b.claim.subject_key) return a.claim.subject_key < b.claim.subject_key;
      if (a.claim.time.known() != b.claim.time.known()) return !a.claim.time.known();
      if (a.claim.time.lo != b.claim.time.lo) return a.claim.time.lo < b.claim.time.lo;
      if (a.document != b.document) return a.document < b.document;
      return a.id < b.id;
    });
    if (expected.size() > limit) expected.resize(limit);
    const std::vector<StoredClaim> got = db.claims_with_subject_prefix(prefix, lo, hi, limit);
    CAPTURE(limit);
    REQUIRE(got.size() == expected.size());
    for (std::size_t k = 0; k < got.size(); ++k) CHECK(got[k].id == expected[k].id);
  }
  CHECK(db.claims_with_subject_prefix("count|nothing-counted|", start, start + 1000, 10).empty());
}

// Claims are put in subject order by ranks of their strings and one move each: the ranks order as
// the strings do (bytes, as std::string compares: a Latin key before an Arabic one), and the moves
// put every element where the order says, through cycles of any length.
TEST_CASE("store: ranks of strings sort as the strings, and an order is applied in place") {
  const std::vector<std::string> texts = {"count|deaths||حلب|", "count|deaths||إدلب|", "count|deaths||حلب|", "", "count|deaths|||",
                                          "percent|turnout|||", "count|deaths||إدلب|"};
  const std::vector<std::uint32_t> rank = string_ranks(texts.size(), [&](std::size_t i) { return std::string_view(texts[i]); });
  for (std::size_t a = 0; a < texts.size(); ++a)
    for (std::size_t b = 0; b < texts.size(); ++b) {
      CAPTURE(a);
      CAPTURE(b);
      CHECK((rank[a] < rank[b]) == (texts[a] < texts[b]));
      CHECK((rank[a] == rank[b]) == (texts[a] == texts[b]));
    }
  std::vector<std::string> v = {"a", "b", "c", "d", "e", "f"};
  apply_order(v, {2, 0, 1, 5, 3, 4});  // two cycles of three
  CHECK(v == std::vector<std::string>{"c", "a", "b", "f", "d", "e"});
  std::vector<std::string> w = {"x", "y"};
  apply_order(w, {0, 1});
  CHECK(w == std::vector<std::string>{"x", "y"});
}
