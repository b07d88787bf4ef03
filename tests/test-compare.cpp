// The comparator on claims built here: every verdict, and the cases that must not get it.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <random>

#include "compare/compare.hpp"

using namespace mizan;
using compare::Check;
using compare::Relation;

namespace {

// A claim of a document published (and holding) on an ISO day, as the store gives it back.
StoredClaim claim(const std::string& doc, const std::string& date, Kind kind, double lo, double hi, Qualifier q,
                  const std::string& counted, const std::string& actor = "", const std::string& location = "",
                  const std::string& event = "") {
  static std::int64_t next_id = 1;
  StoredClaim s;
  s.id = next_id++;
  s.document = doc;
  s.document_id = static_cast<std::int64_t>(std::hash<std::string>{}(doc) % 100000) + 1;
  s.outlet = "outlet of " + doc;
  s.published = *parse_iso(date);
  Claim& c = s.claim;
  c.kind = kind;
  c.lo = lo;
  c.hi = hi;
  c.qualifier = q;
  c.counted = counted;
  c.actor = actor;
  c.location = location;
  c.event = event;
  c.time = s.published;
  if (kind == Kind::date) c.date_value = {static_cast<std::int32_t>(lo), static_cast<std::int32_t>(hi), Precision::day};
  const bool event_only = (kind == Kind::ordinal || kind == Kind::date) && !event.empty();
  c.subject_key = std::string(to_string(kind)) + "|" + counted + "|" + (event_only ? "" : actor) + "|" +
                  (event_only ? "" : location) + "|" + event;
  c.excerpt = format_number(lo);
  s.sentence_text = "قال المصدر إن العدد " + format_number(lo) + ".";
  return s;
}

StoredClaim fighters(const std::string& doc, const std::string& date, double v, Qualifier q = Qualifier::exact) {
  return claim(doc, date, Kind::count, v, v, q, "fighters", "جبهة النصرة", "إدلب");
}

StoredClaim round_of_astana(const std::string& doc, const std::string& date, double n) {
  return claim(doc, date, Kind::ordinal, n, n, Qualifier::exact, "round", "", "أستانا", "astana");
}

double day(int y, int m, int d) { return days_from_civil(y, m, d); }

// The relation two claims get, or "none" when nothing is said about them.
std::string pair_relation(const StoredClaim& a, const StoredClaim& b, compare::Options o = {}) {
  const compare::Comparison c = compare::compare_claims({a, b}, o);
  std::string out;
  for (const compare::Verdict& v : c.verdicts) out += (out.empty() ? "" : ",") + std::string(to_string(v.relation));
  return out.empty() ? "none" : out;
}

}  // namespace

TEST_CASE("compare: effective intervals — about widens by the tolerance, at_least/at_most open") {
  const Claim about = fighters("a", "2018-11-28", 15000, Qualifier::about).claim;
  auto i = compare::effective_interval(about, 0.10);
  CHECK(i.lo == doctest::Approx(13500));
  CHECK(i.hi == doctest::Approx(16500));
  i = compare::effective_interval(fighters("a", "2018-11-28", 40, Qualifier::at_least).claim, 0.10);
  CHECK(i.lo == 40);
  CHECK(std::isinf(i.hi));
  i = compare::effective_interval(fighters("a", "2018-11-28", 40, Qualifier::at_most).claim, 0.10);
  CHECK(i.lo == 0);
  CHECK(i.hi == 40);
  i = compare::effective_interval(fighters("a", "2018-11-28", 40).claim, 0.10);
  CHECK(i.lo == 40);
  CHECK(i.hi == 40);
}

TEST_CASE("compare: agree and conflict by interval overlap, at the tolerance's boundary") {
  struct Case {
    double a;
    Qualifier qa;
    double b;
    Qualifier qb;
    double tolerance;
    const char* expected;
  };
  const Case cases[] = {
      {15000, Qualifier::about, 15000, Qualifier::exact, 0.10, "agree"},
      {15000, Qualifier::about, 10000, Qualifier::about, 0.10, "conflict"},  // 13500–16500 vs 9000–11000
      {10000, Qualifier::about, 11000, Qualifier::exact, 0.10, "agree"},     // the boundary is inside
      {10000, Qualifier::about, 11001, Qualifier::exact, 0.10, "conflict"},  // just past it
      {10000, Qualifier::about, 12000, Qualifier::exact, 0.10, "conflict"},
      {10000, Qualifier::about, 12000, Qualifier::exact, 0.20, "agree"},     // --tolerance 20%
      {10000, Qualifier::exact, 10001, Qualifier::exact, 0.10, "conflict"},  // exact numbers do not widen
      {40, Qualifier::at_least, 1000, Qualifier::exact, 0.10, "agree"},      // open upward
      {40, Qualifier::at_least, 30, Qualifier::exact, 0.10, "conflict"},
      {100, Qualifier::at_most, 50, Qualifier::exact, 0.10, "agree"},        // open downward
      {100, Qualifier::at_most, 150, Qualifier::exact, 0.10, "conflict"},
      {40, Qualifier::at_least, 100, Qualifier::at_most, 0.10, "agree"},
      {10, Qualifier::range, 15, Qualifier::range, 0.10, "agree"},  // lo..hi set below
  };
  for (const Case& k : cases) {
    CAPTURE(k.a);
    CAPTURE(k.b);
    CAPTURE(k.tolerance);
    StoredClaim a = fighters("a.txt", "2018-11-28", k.a, k.qa);
    StoredClaim b = fighters("b.txt", "2018-11-29", k.b, k.qb);
    if (k.qa == Qualifier::range) {
      a.claim.hi = 12;
      b.claim.lo = 12;
    }
    compare::Options o;
    o.tolerance = k.tolerance;
    CHECK(pair_relation(a, b, o) == k.expected);
  }
}

TEST_CASE("compare: the reason says the values, the intervals and the time apart") {
  const auto c = compare::compare_claims(
      {fighters("000.txt", "2018-11-28", 15000, Qualifier::about), fighters("new.txt", "2018-11-29", 10000, Qualifier::about)});
  REQUIRE(c.verdicts.size() == 1);
  CHECK(c.verdicts[0].relation == Relation::conflict);
  CHECK(c.verdicts[0].reason == "نحو 15000 vs نحو 10000: intervals 13500–16500 and 9000–11000 do not overlap; 1 day apart");
  CHECK(c.verdicts[0].claims.size() == 2);
}

TEST_CASE("compare: standing quantities further apart than the window evolve; within it they conflict") {
  const StoredClaim a = fighters("a.txt", "2018-11-01", 15000, Qualifier::about);
  CHECK(pair_relation(a, fighters("b.txt", "2018-12-01", 10000)) == "conflict");  // 30 days: the window
  CHECK(pair_relation(a, fighters("b.txt", "2018-12-02", 10000)) == "evolves");   // 31 days
  compare::Options o;
  o.window_days = 60;
  CHECK(pair_relation(a, fighters("b.txt", "2018-12-02", 10000), o) == "conflict");
  // Agreeing values agree whenever they were said.
  CHECK(pair_relation(a, fighters("b.txt", "2019-06-01", 15500)) == "agree");
  // A month-precise time overlaps every day of its month.
  StoredClaim m = fighters("m.txt", "2018-11", 10000);
  CHECK(pair_relation(a, m) == "conflict");
  const auto c = compare::compare_claims({a, fighters("b.txt", "2019-03-15", 10000)});
  REQUIRE(c.verdicts.size() == 1);
  CHECK(c.verdicts[0].reason.find("134 days apart (window 30 days)") != std::string::npos);
}

TEST_CASE("compare: vague quantities compare by their interval") {
  auto thousands = [](const std::string& doc, const std::string& date) {
    return claim(doc, date, Kind::vague, 2000, 9999, Qualifier::vague, "fighters", "جبهة النصرة", "إدلب");
  };
  CHECK(pair_relation(thousands("a.txt", "2018-11-28"), fighters("b.txt", "2018-11-28", 5000)) == "none");  // kinds differ
  CHECK(pair_relation(thousands("a.txt", "2018-11-28"), thousands("b.txt", "2018-11-28")) == "agree");
  StoredClaim dozens = claim("b.txt", "2018-11-28", Kind::vague, 20, 99, Qualifier::vague, "fighters", "جبهة النصرة", "إدلب");
  CHECK(pair_relation(thousands("a.txt", "2018-11-28"), dozens) == "conflict");
  // "الآلاف" of nothing named is about nothing in particular.
  StoredClaim bare_a = claim("a.txt", "2018-11-28", Kind::vague, 2000, 9999, Qualifier::vague, "");
  StoredClaim bare_b = claim("b.txt", "2018-11-28", Kind::vague, 20, 99, Qualifier::vague, "");
  CHECK(pair_relation(bare_a, bare_b) == "none");
}

TEST_CASE("compare: identifiers and claims with nothing counted are never compared") {
  const StoredClaim r2254 = claim("a.txt", "2017-10-31", Kind::reference, 2254, 2254, Qualifier::identifier, "resolution");
  const StoredClaim r2118 = claim("b.txt", "2017-10-31", Kind::reference, 2118, 2118, Qualifier::identifier, "resolution");
  CHECK_FALSE(compare::comparable(r2254.claim));
  CHECK(pair_relation(r2254, r2118) == "none");
  CHECK(pair_relation(r2254, claim("b.txt", "2017-10-31", Kind::count, 2254, 2254, Qualifier::exact, "resolution")) == "none");
  CHECK(pair_relation(claim("a.txt", "2017-10-31", Kind::count, 3, 3, Qualifier::exact, ""),
                      claim("b.txt", "2017-10-31", Kind::count, 5, 5, Qualifier::exact, "")) == "none");
  // A duration names only its unit: "يومين" here and "ثلاثة أيام" there need not be about one thing.
  CHECK(pair_relation(claim("a.txt", "2017-10-31", Kind::duration, 2, 2, Qualifier::exact, "day"),
                      claim("b.txt", "2017-10-31", Kind::duration, 3, 3, Qualifier::exact, "day")) == "none");
  CHECK(pair_relation(claim("a.txt", "2017-10-31", Kind::duration, 2, 2, Qualifier::exact, "day", "", "", "astana"),
                      claim("b.txt", "2017-10-31", Kind::duration, 3, 3, Qualifier::exact, "day", "", "", "astana")) == "conflict");
}

TEST_CASE("compare: claims of one document are not compared with each other") {
  CHECK(pair_relation(fighters("a.txt", "2018-11-28", 15000), fighters("a.txt", "2018-11-28", 10000)) == "none");
}

TEST_CASE("compare: an ordinal names its event — round 7 and round 6 never conflict, round 7 twice agrees") {
  CHECK(pair_relation(round_of_astana("001.txt", "2017-10-30", 7), round_of_astana("004.txt", "2017-10-31", 7)) == "agree");
  CHECK(pair_relation(round_of_astana("001.txt", "2017-10-30", 7), round_of_astana("003.txt", "2017-09-14", 6)) == "none");
  const auto c = compare::compare_claims({round_of_astana("003.txt", "2017-09-14", 6), round_of_astana("001.txt", "2017-10-30", 7),
                                          round_of_astana("004.txt", "2017-10-31", 7), round_of_astana("000.txt", "2018-11-28", 11),
                                          round_of_astana("004.txt", "2017-10-31", 6)});
  CHECK(c.count(Relation::conflict) == 0);
  CHECK(c.count(Relation::inconsistent) == 0);
  CHECK(c.count(Relation::agree) == 2);  // 7 in 001 and 004; 6 in 003 and 004
  for (const auto& v : c.verdicts) CHECK(v.check == Check::event);
}

TEST_CASE("compare: a round number that contradicts the date is inconsistent") {
  const auto c = compare::compare_claims({round_of_astana("003.txt", "2017-09-14", 6), round_of_astana("001.txt", "2017-10-30", 7),
                                          round_of_astana("early.txt", "2016-05-10", 11)});
  REQUIRE(c.count(Relation::inconsistent) == 1);
  const compare::Verdict& v = c.verdicts.front();
  CHECK(v.relation == Relation::inconsistent);
  CHECK(v.check == Check::series_order);
  CHECK(v.reason.find("round of astana 11 on 2016-05-10") != std::string::npos);
  REQUIRE(v.claims.size() == 2);
  CHECK(c.claims[v.claims[1]].document == "early.txt");
  // In order, a retrospective mention of an earlier round is fine.
  const auto ok = compare::compare_claims({round_of_astana("003.txt", "2017-09-14", 6), round_of_astana("001.txt", "2017-10-30", 7),
                                           round_of_astana("late.txt", "2018-11-28", 6), round_of_astana("000.txt", "2018-11-28", 11)});
  CHECK(ok.count(Relation::inconsistent) == 0);
}

TEST_CASE("compare: a breakdown's parts must sum to its total") {
  auto breakdown = [](const std::string& doc, double total, std::vector<double> parts) {
    std::vector<StoredClaim> out;
    StoredClaim t = claim(doc, "2021-07", Kind::count, total, total, Qualifier::exact, "violations", "المسلحون", "إدلب");
    t.claim.group = 1;
    t.claim.role = Role::total;
    out.push_back(t);
    std::uint32_t at = 10;
    for (const double p : parts) {
      StoredClaim s = claim(doc, "2021-07", Kind::count, p, p, Qualifier::exact, "shelling", "جبهة النصرة", "إدلب");
      s.claim.group = 1;
      s.claim.role = Role::part;
      s.claim.claim_span = {at, at + 2};
      at += 10;
      out.push_back(s);
    }
    return out;
  };
  auto c = compare::compare_claims(breakdown("002.txt", 41, {15, 16, 7, 3}));
  REQUIRE(c.verdicts.size() == 1);
  CHECK(c.verdicts[0].relation == Relation::consistent);
  CHECK(c.verdicts[0].check == Check::breakdown);
  CHECK(c.verdicts[0].reason == "breakdown: 41 = 15+16+7+3");
  CHECK(c.verdicts[0].claims.size() == 5);
  c = compare::compare_claims(breakdown("bad.txt", 45, {15, 16, 7, 3}));
  REQUIRE(c.verdicts.size() == 1);
  CHECK(c.verdicts[0].relation == Relation::inconsistent);
  CHECK(c.verdicts[0].reason == "breakdown: the parts 15+16+7+3 sum to 41, not the stated total 45");
  // "about 40" covers 41 at 10%.
  auto about = breakdown("about.txt", 40, {15, 16, 7, 3});
  about[0].claim.qualifier = Qualifier::about;
  CHECK(compare::compare_claims(about).verdicts.at(0).relation == Relation::consistent);
}

TEST_CASE("compare: the same numbered exchange reported with other counts conflicts, whenever reported") {
  auto exchange = [](const std::string& doc, const std::string& date, double ordinal, double soldiers, double fighters_) {
    StoredClaim n = claim(doc, date, Kind::ordinal, ordinal, ordinal, Qualifier::exact, "operation", "", "", "astana");
    StoredClaim a = claim(doc, date, Kind::count, soldiers, soldiers, Qualifier::exact, "soldiers", "المسلحون");
    StoredClaim b = claim(doc, date, Kind::count, fighters_, fighters_, Qualifier::exact, "fighters", "الجيش السوري");
    a.claim.group = b.claim.group = 0;
    a.claim.role = Role::side_a;
    b.claim.role = Role::side_b;
    n.claim.sentence = a.claim.sentence = b.claim.sentence = 3;
    return std::vector<StoredClaim>{n, a, b};
  };
  auto both = [](std::vector<StoredClaim> x, const std::vector<StoredClaim>& y) {
    x.insert(x.end(), y.begin(), y.end());
    return compare::compare_claims(x);
  };
  auto c = both(exchange("002.txt", "2021-07-02", 5, 5, 5), exchange("other.txt", "2021-09-20", 5, 7, 5));
  CHECK(c.count(Relation::conflict) == 1);
  const auto conflict = std::find_if(c.verdicts.begin(), c.verdicts.end(), [](const auto& v) { return v.relation == Relation::conflict; });
  REQUIRE(conflict != c.verdicts.end());
  CHECK(conflict->check == Check::exchange);
  CHECK(conflict->reason == "the same exchange (operation 5 of astana), soldiers: 5 vs 7: reported with other counts");
  // The same counts agree; the sixth exchange is another event.
  c = both(exchange("002.txt", "2021-07-02", 5, 5, 5), exchange("other.txt", "2021-07-03", 5, 5, 5));
  CHECK(c.count(Relation::conflict) == 0);
  c = both(exchange("002.txt", "2021-07-02", 5, 5, 5), exchange("other.txt", "2021-07-03", 6, 7, 9));
  CHECK(c.count(Relation::conflict) == 0);
  CHECK(c.count(Relation::evolves) == 0);
}

TEST_CASE("compare: a stated date range must contain the date others give") {
  auto round_date = [](const std::string& doc, const std::string& published, double lo, double hi) {
    return claim(doc, published, Kind::date, lo, hi, lo == hi ? Qualifier::exact : Qualifier::range, "round", "", "", "astana");
  };
  const StoredClaim range = round_date("002.txt", "2021-07-02", day(2021, 7, 7), day(2021, 7, 8));
  CHECK(pair_relation(range, round_date("b.txt", "2021-07-05", day(2021, 7, 8), day(2021, 7, 8))) == "agree");
  CHECK(pair_relation(range, round_date("b.txt", "2021-07-05", day(2021, 7, 10), day(2021, 7, 10))) == "conflict");
  // The last round's date and the next one's, said a month apart, are different rounds.
  CHECK(pair_relation(round_date("a.txt", "2021-06-10", day(2021, 6, 4), day(2021, 6, 5)), range) == "none");
  CHECK(pair_relation(range, round_date("b.txt", "2021-07-05", day(2021, 7, 16), day(2021, 7, 16))) == "none");
  // Said years apart, the dates of a series are of different rounds.
  CHECK(pair_relation(range, round_date("004.txt", "2017-10-31", day(2017, 12, 1), day(2017, 12, 31))) == "none");
  const auto c = compare::compare_claims({range, round_date("b.txt", "2021-07-05", day(2021, 7, 10), day(2021, 7, 10))});
  REQUIRE(c.verdicts.size() == 1);
  CHECK(c.verdicts[0].reason ==
        "dates 2021-07-07..2021-07-08 and 2021-07-10 do not overlap: a stated date must contain the date others give; said 3 days "
        "apart");
}

TEST_CASE("compare: verdicts do not depend on the order of the input, and pairs of documents collapse") {
  std::vector<StoredClaim> claims = {fighters("a.txt", "2018-11-28", 15000, Qualifier::about), fighters("b.txt", "2018-11-29", 10000),
                                     fighters("b.txt", "2018-11-29", 9000), fighters("c.txt", "2018-11-30", 15500),
                                     round_of_astana("a.txt", "2017-10-30", 7), round_of_astana("c.txt", "2017-10-31", 7)};
  const auto reference = compare::compare_claims(claims);
  auto signature = [](const compare::Comparison& c) {
    std::string s;
    for (const auto& v : c.verdicts) {
      s += std::string(to_string(v.relation)) + ":" + v.reason + ":" + std::to_string(v.more_pairs);
      for (const std::size_t i : v.claims) s += ":" + std::to_string(c.claims[i].id);
      s += "\n";
    }
    return s;
  };
  // a–b conflict twice (10000 and 9000): one verdict, one more pair.
  CHECK(reference.count(Relation::conflict) == 2);  // a–b, b–c
  std::mt19937 rng(5);
  for (int k = 0; k < 5; ++k) {
    std::shuffle(claims.begin(), claims.end(), rng);
    CHECK(signature(compare::compare_claims(claims)) == signature(reference));
  }
}

TEST_CASE("compare: a large subject is compared with near neighbours only, never all pairs") {
  std::vector<StoredClaim> claims;
  for (int i = 0; i < 20000; ++i)
    claims.push_back(fighters("d" + std::to_string(i % 500) + ".txt", "2018-11-" + std::to_string(10 + i % 15), 10000 + (i % 7) * 1000));
  const auto start = std::chrono::steady_clock::now();
  const auto c = compare::compare_claims(claims);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(c.subjects == 1);
  CHECK(seconds < 30.0);  // about 0.1 s in Release; all 200 million pairs would take minutes
  std::size_t pairs = 0;
  for (const auto& v : c.verdicts) pairs += 1 + v.more_pairs;
  CHECK(pairs <= 20000 * compare::Options{}.neighbours);
}

TEST_CASE("compare: check_article gives each claim of a new article its verdict") {
  std::vector<StoredClaim> known = {fighters("000.txt", "2018-11-28", 15000, Qualifier::about), round_of_astana("001.txt", "2017-10-30", 7)};
  std::vector<StoredClaim> article = {fighters("new.txt", "2018-11-29", 10000, Qualifier::about),
                                      round_of_astana("new.txt", "2018-11-29", 7),
                                      claim("new.txt", "2018-11-29", Kind::reference, 2254, 2254, Qualifier::identifier, "resolution"),
                                      claim("new.txt", "2018-11-29", Kind::count, 3, 3, Qualifier::exact, "soldiers", "", "حلب")};
  for (auto& s : article) s.document_id = 0;
  const auto r = compare::check_article(article, known);
  REQUIRE(r.rows.size() == 4);
  CHECK(r.rows[0].verdict == compare::CheckVerdict::conflict);
  REQUIRE(r.rows[0].compared_with.size() == 1);
  CHECK(r.comparison.claims[r.rows[0].compared_with[0]].document == "000.txt");
  CHECK(r.rows[1].verdict == compare::CheckVerdict::agree);
  CHECK(r.rows[2].verdict == compare::CheckVerdict::fresh);
  CHECK(r.rows[3].verdict == compare::CheckVerdict::fresh);
  CHECK(r.failed());
  CHECK(to_string(compare::CheckVerdict::fresh) == "new");
  // Two claims of the article against one stored claim: each gets its own verdict.
  article = {fighters("new.txt", "2018-11-29", 10000), fighters("new.txt", "2018-11-29", 15000)};
  const auto r2 = compare::check_article(article, known);
  CHECK(r2.rows[0].verdict == compare::CheckVerdict::conflict);
  CHECK(r2.rows[1].verdict == compare::CheckVerdict::agree);
  CHECK_FALSE(compare::check_article({fighters("new.txt", "2018-11-29", 15000)}, known).failed());
}

TEST_CASE("compare: check_article compares the article with its whole subject, however large") {
  std::vector<StoredClaim> known;
  for (int i = 0; i < 300; ++i)
    known.push_back(fighters("k" + std::to_string(i) + ".txt", "2018-11-" + std::to_string(10 + i % 19), 15000, Qualifier::about));
  known.push_back(fighters("old.txt", "2018-06-01", 10000));
  std::vector<StoredClaim> article = {fighters("new.txt", "2018-11-29", 10000)};
  article[0].document_id = 0;
  const auto r = compare::check_article(article, known);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].verdict == compare::CheckVerdict::conflict);
  CHECK(r.rows[0].compared_with.size() == 301);  // all 300 within the window, and the one before it
  // Agreeing with its time outranks differing from the past.
  article = {fighters("new.txt", "2018-11-29", 15000)};
  article[0].document_id = 0;
  CHECK(compare::check_article(article, known).rows[0].verdict == compare::CheckVerdict::agree);
}
