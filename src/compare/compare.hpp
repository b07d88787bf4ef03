#pragma once
// The comparator: pure functions from stored claims to verdicts. Claims are grouped by what they
// are about (one sort, then one pass over each group), never compared all against all.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/claim.hpp"
#include "model/frame.hpp"

namespace mizan::compare {

// A person's reading of a verdict (mizan review): status is confirmed, false or unsure.
struct Review {
  std::string status, note, by, at;
};

struct Options {
  double tolerance = 0.10;  // how far an "about" (نحو) widens its value, as a fraction
  int window_days = 30;     // standing quantities further apart than this evolve instead of conflicting
  // Groups larger than this compare each claim with its nearest neighbours in time only.
  std::size_t max_pairwise_group = 64;
  std::size_t neighbours = 16;
  // Reports keep one verdict per subject, pair of documents and relation (counting the other
  // pairs); `check` needs every pair, to give each claim of the article its own verdict.
  bool one_verdict_per_document_pair = true;
  // For `check`: when non-zero, only pairs with one of the claims [0, focus) are judged, and each of
  // those is compared with every claim of its group within the window (and the nearest beyond it on
  // either side), whatever the group's size.
  std::size_t focus = 0;
  // Reviews by verdict id, and by verdict group (verdict_group) for the pairs a reviewed verdict
  // stood for: a verdict reviewed `false` is set apart (not counted, not in the outlet table, never
  // failing `check`); any review is shown beside its verdict.
  const std::map<std::string, Review>* reviews = nullptr;
  const std::map<std::string, Review>* group_reviews = nullptr;
};

// possible_conflict: values that do not overlap, about what may be the same thing (a weaker match, or
// a time known only roughly); shown apart, never counted as a conflict, never failing `check`.
enum class Relation : std::uint8_t { conflict, possible_conflict, inconsistent, evolves, agree, consistent };
// What a verdict is about: two values of one subject, one event named by an ordinal, a breakdown's
// sum, the two sides of an exchange, or the order of a series' ordinals in time.
enum class Check : std::uint8_t { values, event, breakdown, exchange, series_order };

std::string_view to_string(Relation r);
std::string_view to_string(Check c);

// A value interval after its qualifier: "about" widens it, at_least/at_most open it.
struct Interval {
  double lo = 0, hi = 0;
  // Within a part in a billion: "1.172 تريليون" and "1172 مليار" are one value, whatever the
  // floating point makes of each.
  bool overlaps(const Interval& o) const {
    const auto slack = [](double a, double b) { return 1e-9 * std::max(std::fabs(a), std::fabs(b)); };
    return lo <= o.hi + slack(lo, o.hi) && o.lo <= hi + slack(o.lo, hi);
  }
};
Interval effective_interval(const Claim& c, double tolerance);

// Whether a claim can be compared at all: identifiers never are, and neither is a claim whose
// subject names nothing counted (nothing says two such claims are about the same thing).
bool comparable(const Claim& c);
// The key claims are grouped by: the subject key; for an ordinal of a named series, the series and
// its value (round 7 of Astana is one event wherever it was held, round 6 another).
std::string comparison_key(const Claim& c);

// "نحو 15000", "أكثر من 40", "10–15", "2021-07-07..2021-07-08", "الجولة 7".
std::string describe_value(const Claim& c);
// "13500–16500", "≥ 40".
std::string describe_interval(const Interval& i);
// When a claim holds: its own time, else its document's date; a date claim (whose time is its
// value) is placed at its document's date, when it was said.
DateRange claim_time(const StoredClaim& s);
// Days between two date ranges; 0 when they overlap, -1 when either is unknown.
int days_apart(const DateRange& a, const DateRange& b);

struct Verdict {
  Relation relation = Relation::agree;
  Check check = Check::values;
  std::string subject;  // the comparison key
  std::string reason;   // one line a person can read
  // Which slots of the two claims' frames matched, were missing on a side, or differed (empty
  // without frames): "matched: story, place إدلب; missing: event on one side".
  std::string slots;
  int strength = 0;     // how many slots matched: conflicts are ordered by it, strongest first
  std::vector<std::size_t> claims;  // indices into Comparison::claims: the claims it rests on
  std::size_t more_pairs = 0;       // further claim pairs of the same documents with the same verdict
  // The first kMoreKept of those pairs (indices into Comparison::claims), for a reader to open.
  static constexpr std::size_t kMoreKept = 20;
  std::vector<std::pair<std::size_t, std::size_t>> more;
  // Stable across runs: the same claims (document names and number spans) and check give the same
  // id, whatever else the database holds (verdict_id).
  std::string id;
  // The review a person gave it, if any: one of Options::reviews or group_reviews (which outlive the
  // comparison), not a copy per verdict.
  const Review* review = nullptr;
  // Reviewed as false: listed apart, not counted.
  bool set_aside() const { return review && review->status == "false"; }
};

struct OutletRow {
  std::string outlet;
  std::int64_t documents = 0, claims = 0, agree = 0, conflict = 0, possible_conflict = 0, evolves = 0, inconsistent = 0;
};

struct Comparison {
  Options options;
  std::vector<StoredClaim> claims;
  std::vector<Verdict> verdicts;  // conflicts, inconsistencies, evolutions, agreements, consistent checks
  std::vector<OutletRow> outlets;  // by outlet name
  std::size_t subjects = 0;        // comparison groups with comparable claims
  std::vector<Frame> frames;       // one per claim when the match stage framed them, else empty
  std::vector<Story> stories;      // the stories of the frames (set by whoever made them)
  // Verdicts of a relation, those set aside by a review not counted.
  std::size_t count(Relation r) const;
  std::size_t set_aside() const;  // verdicts reviewed as false
};

// A verdict's id: 16 hex digits of a hash of its check and its claims' document names and number
// spans (in a fixed order), the same in every run over the same documents.
std::string verdict_id(const Verdict& v, const std::vector<StoredClaim>& claims);
// The group a report's verdict stands for: its check, subject, relation and the names of its claims'
// documents. The report gives one verdict per group (counting the other pairs); `check` each pair.
std::string verdict_group(const Verdict& v, const std::vector<StoredClaim>& claims);

// Decides two claims of one comparison group (a no later than b). Empty reason: nothing to say
// (same document, or not comparable).
Verdict judge_pair(const StoredClaim& a, const StoredClaim& b, const Options& options);

// Decides two claims on their frames, as the report does once they are aligned in their story.
// Empty reason: not about the same thing (a slot known on both sides differs) or nothing to say.
Verdict judge_frames(const StoredClaim& a, const Frame& fa, const StoredClaim& b, const Frame& fb, const Options& options);

// Every verdict over a set of claims (any order; they are sorted here). With frames (one per claim,
// from the match stage), claims are compared only within a story and each pair is decided on its
// frames; without, claims of the same subject key are compared.
Comparison compare_claims(std::vector<StoredClaim> claims, const Options& options = {},
                          std::vector<Frame> frames = {});

// `mizan check`: the verdict on each claim of one new article against the known claims.
enum class CheckVerdict : std::uint8_t { agree, conflict, evolves, fresh, inconsistent, possible_conflict };
std::string_view to_string(CheckVerdict v);

struct ClaimCheck {
  std::size_t claim = 0;  // index into ArticleCheck::comparison.claims
  CheckVerdict verdict = CheckVerdict::fresh;
  std::vector<std::size_t> compared_with;  // indices of known claims, in comparison order
  std::vector<std::size_t> verdicts;       // indices into comparison.verdicts that decided it
};

struct ArticleCheck {
  Comparison comparison;           // article claims first, then the known ones
  std::size_t article_claims = 0;  // comparison.claims[0 .. article_claims) are the article's
  std::vector<ClaimCheck> rows;    // one per article claim, in article order
  bool failed() const;             // any conflict or inconsistency
};

ArticleCheck check_article(std::vector<StoredClaim> article, std::vector<StoredClaim> known,
                           const Options& options = {}, std::vector<Frame> frames = {});

}  // namespace mizan::compare
