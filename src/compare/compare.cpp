#include "compare/compare.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <unordered_set>
#include <tuple>

#include "grammar/lexicon.hpp"
#include "model/pair_hash.hpp"
#include "model/ranks.hpp"
#include "model/word_ids.hpp"
#include "text/fold.hpp"

namespace mizan::compare {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

constexpr std::string_view kRelations[] = {"conflict", "possible_conflict", "inconsistent", "evolves", "agree", "consistent"};
constexpr std::string_view kChecks[] = {"values", "event", "breakdown", "exchange", "series_order"};
constexpr std::string_view kCheckVerdicts[] = {"agree", "conflict", "evolves", "new", "inconsistent", "possible_conflict"};

std::string doc_key(const StoredClaim& s) { return std::to_string(s.document_id) + '\x1f' + s.document; }

bool same_document(const StoredClaim& a, const StoredClaim& b) {
  return a.document_id == b.document_id && a.document == b.document;
}

DateRange when(const StoredClaim& s) { return claim_time(s); }

// `check`: how many of a group's stored claims an article's claim is walked past either way, and how
// many of one document's it is paired with (see compare_claims).
constexpr std::size_t kCheckReach = 1024;
constexpr std::size_t kCheckPerDocument = 4;

// Dates of a series more than this many days apart are of different occurrences (rounds are weeks apart).
constexpr int kSameOccurrenceDays = 7;

DateRange date_of(const Claim& c) {
  return {static_cast<std::int32_t>(c.lo), static_cast<std::int32_t>(c.hi), Precision::day};
}

std::string describe_days(int days) {
  if (days < 0) return "time unknown";
  if (days == 0) return "same time";
  if (days == 1) return "1 day apart";
  return std::to_string(days) + " days apart";
}

std::string describe_point(double v, Kind kind) {
  if (kind == Kind::date) {
    const auto d = static_cast<std::int32_t>(std::floor(v));
    return to_iso(DateRange{d, d, Precision::day});
  }
  return format_number(v);
}

std::string describe_interval_of(const Interval& i, Kind kind) {
  if (i.lo == -kInf && i.hi == kInf) return "any value";
  if (i.hi == kInf) return "≥ " + describe_point(i.lo, kind);
  if (i.lo == -kInf) return "≤ " + describe_point(i.hi, kind);
  if (i.lo == i.hi) return describe_point(i.lo, kind);
  return describe_point(i.lo, kind) + "–" + describe_point(i.hi, kind);
}

std::string series_name(const Claim& c) {
  std::string s = c.counted;
  if (!c.event.empty()) s += " of " + c.event;
  return s;
}

// The exchange a side belongs to, when its document numbers it ("العملية الخامسة"): an ordinal of
// the same sentence, else of the sentence before. Empty when the exchange is not numbered.
std::map<std::size_t, std::string> exchange_ids(const std::vector<StoredClaim>& claims) {
  std::map<std::string, std::vector<std::size_t>> by_doc;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i].claim;
    if (c.role == Role::side_a || c.role == Role::side_b || c.kind == Kind::ordinal)
      by_doc[doc_key(claims[i])].push_back(i);
  }
  std::map<std::size_t, std::string> out;
  for (const auto& [doc, idx] : by_doc) {
    for (const std::size_t i : idx) {
      const Claim& side = claims[i].claim;
      if (side.role != Role::side_a && side.role != Role::side_b) continue;
      const Claim* best = nullptr;
      for (const std::size_t j : idx) {
        const Claim& o = claims[j].claim;
        if (o.kind != Kind::ordinal || o.sentence > side.sentence || o.sentence + 1 < side.sentence) continue;
        if (!best || o.sentence > best->sentence) best = &o;
      }
      if (best) out[i] = best->subject_key + "#" + format_number(best->lo);
    }
  }
  return out;
}

// Shared words around two numbers worth this much (a word beside at most about a third of the story's
// claims of that kind, or several commoner ones) support the two being about one thing.
constexpr double kContextSupport = 1.0;
// ... and words worth three times that (a name and more) say it even when one side leaves out what
// it counts.
constexpr double kStrongContext = 3.0 * kContextSupport;

// What two claims' frames say of whether they are about the same thing. `same` is false when a
// slot known on both sides differs (another place, another event type, another actor): different
// things, never compared. A slot known on one side only is missing: neutral, but no support.
struct SlotMatch {
  bool same = true;
  bool story = false;  // both claims' documents report one event
  int matched = 0;
  int missing = 0;
  bool counted_missing = false;  // one side counts only "people" or nothing known
  double context = 0;    // how much the words around the two numbers share
  bool crowded = false;  // either document states several values of this kind and class
  bool same_participant = false;  // both name whose share it is, and it is the same one
  // Two readings of a scale close enough to be one thing's (a goal's minute given as 81 and 82):
  // what they read is said by the values, whatever words each document shares.
  bool one_reading = false;
  std::string text;  // "matched: ...; missing: ...; differs: ..."
};

// A class of things, not people (grammar/lexicon/thing_classes.tsv).
bool thing_class(const std::string& counted) {
  return lexicon::column_values("thing_classes", lexicon::kForms).count(fold_word(counted)) != 0;
}

// A class of figures that may be someone's: a candidate's votes or share of the vote
// (grammar/lexicon/participant_classes.tsv), or a share class (the `for` column of percent_heads.tsv).
bool someones_class(const std::string& counted) {
  return lexicon::column_values("participant_classes", lexicon::kForms).count(counted) != 0 ||
         lexicon::column_values("percent_heads", 1).count(counted) != 0;
}

SlotMatch match_slots(const StoredClaim& a, const Frame& fa, const StoredClaim& b, const Frame& fb, bool describe = true) {
  SlotMatch m;
  std::string matched, missing, differs;
  // The one-line text is made only when it is wanted (pairing candidates needs the decision alone).
  auto add = [describe](std::string& list, auto&& item) {
    if (describe) list += (list.empty() ? "" : ", ") + std::string(item());
  };
  if (fa.story >= 0 && fa.story == fb.story) add(matched, [&] { return "story"; }), m.story = true;
  // What is counted: the same class, or a generic one (people, cases, an unknown noun) on a side.
  const std::string& ka = a.claim.counted;
  const std::string& kb = b.claim.counted;
  bool both_generic = false;
  auto counted_pair = [&] { return "counted " + (ka.empty() ? std::string("?") : ka) + " / " + (kb.empty() ? std::string("?") : kb); };
  if (ka == kb && !fa.counted_generic) {
    add(matched, [&] { return "counted " + ka; }), ++m.matched;
  } else if ((ka == "people" && thing_class(kb)) || (kb == "people" && thing_class(ka))) {
    // People are no villages or flights (grammar/lexicon/thing_classes.tsv).
    add(differs, [&] { return "counted " + ka + " / " + kb; });
    m.same = false;
  } else if (fa.counted_generic && fb.counted_generic) {
    // Neither says what it counts beyond people or cases (or nothing): known only if the words
    // around the numbers name the same thing (below).
    both_generic = true;
  } else if (fa.counted_generic || fb.counted_generic || (fa.counted_person && fb.counted_outcome) ||
             (fa.counted_outcome && fb.counted_person)) {
    if (ka != kb) {
      add(missing, counted_pair);
      ++m.missing;
      m.counted_missing = true;
    }
  } else {
    add(differs, [&] { return "counted " + ka + " / " + kb; });
    m.same = false;
  }
  // Two readings of a scale further apart than one thing's readings are of two things (the minutes
  // of two goals): grammar/lexicon/class_spreads.tsv.
  if (ka == kb) {
    static const std::map<std::string, double> spreads = [] {
      std::map<std::string, double> out;
      for (const lexicon::Row& r : lexicon::rows("class_spreads")) out.emplace(r.form, std::atof(std::string(r.field(0)).c_str()));
      return out;
    }();
    if (const auto it = spreads.find(ka); it != spreads.end()) {
      if (std::fabs((a.claim.lo + a.claim.hi) / 2 - (b.claim.lo + b.claim.hi) / 2) > it->second)
        add(differs, [&] { return ka + " too far apart for one"; }), m.same = false;
      else
        m.one_reading = true;
    }
  }
  // One period's new count and a running total are two quantities ("188 إصابة جديدة" beside "إجمالي
  // الإصابات 15936").
  if (fa.per_period != fb.per_period) add(differs, [&] { return std::string("a period's count / a running total"); }), m.same = false;
  // Places: the same place, or one inside the other.
  if (fa.places.empty() || fb.places.empty()) {
    if (!fa.places.empty() || !fb.places.empty()) add(missing, [&] { return "place on one side"; }), ++m.missing;
  } else if (places_compatible(fa.places, fb.places)) {
    add(matched, [&] { return "place " + (fa.places.size() <= fb.places.size() ? fa.places.front() : fb.places.front()); });
    ++m.matched;
  } else if (fa.event_in_parts && fb.event_in_parts && m.story) {
    // An event carried out in parts moves people between two places (released from Gaza, arrived
    // in Israel; flown from Marib to Sanaa): two reports of one batch may each name another end.
    add(missing, [&] { return "ends " + fa.places.front() + " / " + fb.places.front(); });
    ++m.missing;
  } else {
    add(differs, [&] { return "place " + fa.places.front() + " / " + fb.places.front(); });
    m.same = false;
  }
  // Nationalities: 41 Jordanians and 600 Egyptians are two counts; 41 and 60 Jordanians may be one.
  if (!fa.nationality.empty() && !fb.nationality.empty()) {
    if (fa.nationality == fb.nationality) add(matched, [&] { return "nationality " + fa.nationality; }), ++m.matched;
    else add(differs, [&] { return "nationality " + fa.nationality + " / " + fb.nationality; }), m.same = false;
  } else if (!fa.nationality.empty() || !fb.nationality.empty()) {
    add(missing, [&] { return "nationality on one side"; }), ++m.missing;
  }
  // Whose share: the same candidate named on both sides, or two others.
  if (!fa.participants.empty() && !fb.participants.empty()) {
    std::vector<std::string> both;
    std::set_intersection(fa.participants.begin(), fa.participants.end(), fb.participants.begin(), fb.participants.end(),
                          std::back_inserter(both));
    if (!both.empty()) add(matched, [&] { return "whose: " + both.front(); }), ++m.matched, m.same_participant = true;
    else add(differs, [&] { return "whose: " + fa.participants.front() + " / " + fb.participants.front(); }), m.same = false;
  } else if (fa.participants.empty() != fb.participants.empty()) {
    // Someone's share is no percentage of a class that is no one's: Tebboune's 84.30% is not the
    // 48.03% turnout (a class neither of grammar/lexicon/participant_classes.tsv nor a share class
    // of percent_heads.tsv).
    const Claim& other = fa.participants.empty() ? a.claim : b.claim;
    if (other.kind == Kind::percent && !other.counted.empty() && !someones_class(other.counted))
      add(differs, [&] { return "someone's share / " + other.counted; }), m.same = false;
  }
  // What two sums are of: a budget's revenue and its spending are two quantities.
  if (!fa.sum_of.empty() && !fb.sum_of.empty()) {
    if (fa.sum_of == fb.sum_of) add(matched, [&] { return "sum of " + fa.sum_of; }), ++m.matched;
    else add(differs, [&] { return "sum of " + fa.sum_of + " / " + fb.sum_of; }), m.same = false;
  } else if (!fa.sum_of.empty() || !fb.sum_of.empty()) {
    add(missing, [&] { return "what the sum is of on one side"; });
  }
  const std::string& xa = a.claim.actor;
  const std::string& xb = b.claim.actor;
  if (!xa.empty() && !xb.empty()) {
    if (xa == xb) add(matched, [&] { return "actor " + xa; }), ++m.matched;
    else add(differs, [&] { return "actor " + xa + " / " + xb; }), m.same = false;
  } else if (!xa.empty() || !xb.empty()) {
    add(missing, [&] { return "actor on one side"; }), ++m.missing;
  }
  if (!fa.event_type.empty() && !fb.event_type.empty()) {
    // Within a story the event is one whatever a sentence calls it (a dam's "explosion" in a flood).
    if (fa.event_type != fb.event_type && !m.story) add(differs, [&] { return "event " + fa.event_type + " / " + fb.event_type; }), m.same = false;
    else if (fa.event_type != fb.event_type) add(missing, [&] { return "event named " + fa.event_type + " / " + fb.event_type; });
    else if (m.story) add(matched, [&] { return "event " + fa.event_type; });  // the story's event: no support of its own
    else if (fa.event_in_sentence && fb.event_in_sentence) add(matched, [&] { return "event " + fa.event_type; }), ++m.matched;
    else add(matched, [&] { return "event " + fa.event_type + " (from the article)"; });
  } else if (!fa.event_type.empty() || !fb.event_type.empty()) {
    add(missing, [&] { return "event on one side"; });
  }
  // The words around the two numbers: what they share, when either document counts several things
  // of this class.
  m.context = shared_context(fa, fb);
  m.crowded = fa.crowded || fb.crowded;
  if (both_generic && m.context < kStrongContext) {
    add(missing, counted_pair);
    ++m.missing;
    m.counted_missing = true;
  }
  if (m.context >= kContextSupport) {
    add(matched, [&] {
      // The first three shared words in alphabetical order.
      std::vector<std::string_view> shared;
      auto i = fa.context.begin(), j = fb.context.begin();
      while (i != fa.context.end() && j != fb.context.end()) {
        if (i->first < j->first) ++i;
        else if (j->first < i->first) ++j;
        else shared.push_back(context_word(i->first)), ++i, ++j;
      }
      std::sort(shared.begin(), shared.end());
      std::string words;
      for (std::size_t k = 0; k < shared.size() && k < 3; ++k) (words += k ? " " : "") += shared[k];
      return "context (" + words + ")";
    });
    ++m.matched;
  } else if (m.crowded) {
    add(missing, [&] { return "shared context (either document counts several " + a.claim.counted + ")"; });
  }
  if (!matched.empty()) m.text += "matched: " + matched;
  if (!missing.empty()) m.text += (m.text.empty() ? "" : "; ") + std::string("missing: ") + missing;
  if (!differs.empty()) m.text += (m.text.empty() ? "" : "; ") + std::string("differs: ") + differs;
  return m;
}

// Whether words between two figures set one source's against another's (grammar/lexicon/dispute_markers.tsv).
bool dispute_between(std::string_view between) {
  static const std::vector<std::string> markers = [] {
    std::vector<std::string> out;
    for (const lexicon::Row& r : lexicon::rows("dispute_markers")) out.push_back(" " + r.form + " ");
    return out;
  }();
  const std::string folded = " " + fold_word(between) + " ";
  return std::any_of(markers.begin(), markers.end(), [&](const std::string& m) { return folded.find(m) != std::string::npos; });
}

// The place of a value's last significant digit: 904000 → 1000, 46 → 1, 48.03 → 0.01.
double last_digit_unit(double v) {
  v = std::fabs(v);
  if (v == 0 || !std::isfinite(v)) return 1;  // an open bound has no last digit
  double unit = 1e-6;
  for (double u = std::pow(10.0, std::floor(std::log10(v))); u >= 1e-6; u /= 10)
    if (std::fabs(v / u - std::round(v / u)) < 1e-9 * std::max(1.0, v / u)) {
      unit = u;
      break;
    }
  return unit;
}

// A rounded figure stands for what rounds or cuts short to it: an exact value given to fewer digits
// than the other ("904 ألف صوت" beside 904642, "46%" beside 46.10%) spans its last digit either way,
// when it has at least two significant digits (100 or 4000 stay themselves); so does a whole
// percentage beside another (39% and 38%).
void widen_rounded(const Claim& c, Interval& i, const Claim& other) {
  if (c.kind == Kind::date || c.qualifier != Qualifier::exact || c.lo != c.hi) return;
  const double unit = last_digit_unit(c.lo), other_unit = last_digit_unit((other.lo + other.hi) / 2);
  // Two whole percentages may each be one share rounded and cut short (38.6% given as 39% and as
  // 38%): each spans its last digit too.
  const bool whole_shares = c.kind == Kind::percent && other.kind == Kind::percent && unit >= 1 && unit == other_unit;
  if ((unit <= other_unit && !whole_shares) || std::fabs(c.lo) / unit < 10) return;
  // Rounded (half a unit either side) or cut short ("822 ألف" for 822606: up to a unit above).
  i.lo -= unit / 2;
  i.hi += unit;
}

// How many units of its last significant digit an exact figure is (632 → 632, 10100 → 101, 94.65 →
// 9465); 0 for a date, a bound, a range or zero.
double significant(const Claim& c) {
  if (c.kind == Kind::date || c.qualifier != Qualifier::exact || c.lo != c.hi || c.lo == 0) return 0;
  return std::fabs(c.lo) / last_digit_unit(c.lo);
}

// A figure of three or more significant digits (632, 10100, 94.65), stated as such: two reports
// that both give it are rarely giving two different things.
bool distinctive(const Claim& c) { return significant(c) >= 100; }

// The two claims' values as compared: widened by the tolerance, each rounded figure by its last digit.
std::pair<Interval, Interval> compared_intervals(const Claim& a, const Claim& b, const Options& o) {
  Interval ia = effective_interval(a, o.tolerance), ib = effective_interval(b, o.tolerance);
  widen_rounded(a, ia, b);
  widen_rounded(b, ib, a);
  return {ia, ib};
}

// Two reports' headline tolls further apart than this (the smaller under a tenth of the larger, as
// a share of the larger) are of different scopes, not one toll at two stages.
constexpr double kHeadlineSpread = 0.9;

// A bound and a figure within this share of it ("أكثر من 70" and 78) may be one quantity said twice.
constexpr double kNearBound = 0.5;

// How many times the larger of two value intervals is the smaller (1 when either is open or zero).
constexpr double kConflictRatio = 2.0;
// One candidate's share given by two reports: the provisional and the final result, or a slip, differ
// by up to a few times (2.16% and 6.14%, 1.97% and 7.37% where a report swapped two candidates);
// further apart, one of the two figures was misread (a decimal written backwards, "7ر35").
constexpr double kNamedShareRatio = 4.0;
double far_apart(const Interval& a, const Interval& b) {
  const double lo = std::min(a.hi, b.hi), hi = std::max(a.lo, b.lo);
  if (!(lo > 0) || !std::isfinite(hi) || !std::isfinite(lo)) return 1;
  return hi / lo;
}

// A time known to the day (or to two days: a report dated by its weekday may be the next day's
// edition), not borrowed from the story. A span of more (an undated report that names the day the
// earthquake struck: written that day or after) leaves its place among the day's counts open.
bool time_certain(const Frame& f) {
  return f.time.known() && !f.time_borrowed && f.time.precision == Precision::day && f.time.hi - f.time.lo <= 1;
}

// A story's dates lent to an undated claim place it when they span at most this many days.
constexpr int kBorrowedDays = 7;

// What the alignment of two documents knows of a pair beyond its frames.
struct PairFacts {
  // The two reports give one bulletin (one of its toll figures alike in both): its figures are of
  // one hour, not stages of a running count.
  bool one_bulletin = false;
  // One side's own report sets the other side's figure against it (`242 ... بينما ذكرت قناة ... 232`):
  // the two are one quantity.
  bool disputed = false;
};

// Two claims whose frames say they may be about the same thing: agree, conflict, possible
// conflict or evolve.
Verdict judge_framed(const StoredClaim& a, const Frame& fa, const StoredClaim& b, const Frame& fb, const Options& o,
                     const PairFacts& facts = {}) {
  const bool one_bulletin = facts.one_bulletin;
  Verdict v;
  if (same_document(a, b)) return v;
  const Claim& ca = a.claim;
  const Claim& cb = b.claim;
  const SlotMatch m = match_slots(a, fa, b, fb);
  if (!m.same) {
    v.slots = m.text;  // no reason: not about the same thing, and why
    return v;
  }
  v.subject = comparison_key(ca);
  v.slots = m.text;
  v.strength = m.matched + (m.story ? 1 : 0) - m.missing;
  const int apart = days_apart(fa.time, fb.time);
  const std::string when_text =
      apart < 0 ? "time unknown" : describe_days(apart) + (fa.time_borrowed || fb.time_borrowed ? " (a date borrowed from the story)" : "");
  if (ca.kind == Kind::ordinal) {
    v.check = Check::event;
    v.relation = Relation::agree;
    v.reason = describe_value(ca) + " in both: the same event; " + when_text;
    return v;
  }
  const auto [ia, ib] = compared_intervals(ca, cb, o);
  const std::string head = describe_value(ca) + " vs " + describe_value(cb) + ": ";
  const std::string intervals = "intervals " + describe_interval_of(ia, ca.kind) + " and " +
                                describe_interval_of(ib, cb.kind);
  if (ia.overlaps(ib)) {
    // A toll counted on two days known to the day, given as "at least" one figure and then as "at
    // least" another ("ما لا يقل عن 820" on the 9th, "أكثر من ألفي قتيل" on the 10th): the count moved.
    const bool tolls = fa.event_class == EventClass::toll && fb.event_class == EventClass::toll && ca.kind == Kind::count;
    const bool bounded = ca.qualifier == Qualifier::at_least && cb.qualifier == Qualifier::at_least;
    const bool moved = std::fabs(ca.lo - cb.lo) > o.tolerance * std::max(std::fabs(ca.lo), std::fabs(cb.lo));
    // So has a toll given as "at least" two figures more than twice apart, or the larger said to have
    // risen ("أكثر من 1200 قتيل" on the first day, "تتجاوز 15 ألف قتيل" days later), whatever is
    // known of the days.
    const Frame& larger = ca.lo > cb.lo ? fa : fb;
    const bool left_behind = std::max(ca.lo, cb.lo) > kConflictRatio * std::min(ca.lo, cb.lo) || larger.toll_stage;
    if (tolls && bounded && moved && apart >= 0 && ((apart > 0 && time_certain(fa) && time_certain(fb)) || left_behind)) {
      v.relation = Relation::evolves;
      v.reason = head + intervals + " overlap, but the count given on each day differs; " + when_text + ": the number changed";
      return v;
    }
    // A toll given as "at least" one figure and another's figure more than twice it, or said to have
    // risen to it, or given as of an hour ("ما لا يقل عن 296" early on the 9th, "2122 وفاة" on the
    // 10th): the bound was a count of an earlier hour, not the same figure.
    const bool one_bound = (ca.qualifier == Qualifier::at_least) != (cb.qualifier == Qualifier::at_least);
    if (tolls && one_bound && moved && apart >= 0) {
      const Claim& bound = ca.qualifier == Qualifier::at_least ? ca : cb;
      const Claim& figure = ca.qualifier == Qualifier::at_least ? cb : ca;
      const Frame& fig_frame = ca.qualifier == Qualifier::at_least ? fb : fa;
      const bool beyond = figure.lo > bound.lo * kConflictRatio;
      if (figure.lo > bound.lo && (beyond || fig_frame.toll_stage || fig_frame.as_of_hour)) {
        v.relation = Relation::evolves;
        v.reason = head + intervals + " overlap, but one is a bound the other's count left behind; " + when_text + ": the number changed";
        return v;
      }
    }
    v.relation = Relation::agree;
    v.reason = head + intervals + " overlap; " + when_text;
    return v;
  }
  // A claim whose time cannot be bounded never conflicts and never evolves.
  if (apart < 0) return {};
  // Two measures of one event (a distance, a magnitude) may be of two things: never more than possible.
  if (fa.counted_measure || fb.counted_measure) {
    v.relation = Relation::possible_conflict;
    v.reason = head + intervals + " do not overlap; " + when_text + ": measures, perhaps of two things";
    return v;
  }
  if (ca.kind == Kind::date) {
    if (apart > o.window_days || days_apart(date_of(ca), date_of(cb)) > kSameOccurrenceDays) return {};
    // The days of an event carried out in parts (an exchange's batches) may each be one part's.
    const bool in_parts = fa.event_in_parts && fb.event_in_parts;
    // An event has several days (an election's vote abroad, its results, its runoff): two of them
    // conflict only when the words around them say they are the same day's.
    v.relation = !in_parts && m.context >= kStrongContext && (m.matched > 0 || (m.story && m.missing == 0)) ? Relation::conflict : Relation::possible_conflict;
    v.reason = "dates " + describe_value(ca) + " and " + describe_value(cb) +
               " do not overlap: a stated date must contain the date others give; said " + when_text;
    return v;
  }
  const bool certain = time_certain(fa) && time_certain(fb);
  const bool one_off = fa.event_class == EventClass::one_off && fb.event_class == EventClass::one_off;
  // Two one-off events told further apart than the window are two occurrences (this year's budget
  // and last year's), whatever their words share.
  if (one_off && apart > o.window_days) return {};
  const bool toll = fa.event_class == EventClass::toll && fb.event_class == EventClass::toll;
  if (!one_off && apart > 0 && ((toll && certain && !one_bulletin) || apart > o.window_days)) {
    // A toll on different days, or a standing figure (fighters in a province) further apart than
    // the window: the number changed. Standing figures within the window are estimates of one time.
    v.relation = Relation::evolves;
    v.reason = head + intervals + " do not overlap; " + when_text + ": the number changed";
    return v;
  }
  // A toll more than twice another of the same day, or of a day known only within the story's
  // days: counts of different hours or days (a toll rises as the dead are found); near figures may
  // be one count disputed.
  const double ratio = far_apart(ia, ib);
  // ... unless one is spread over several provinces and the other is not (the season's rains in ten
  // states beside a dam's burst): tolls of two scopes, not one toll at two stages.
  if (toll && ratio > kConflictRatio && fa.spread != fb.spread) return {};
  // ... nor two of different classes one of which counts neither people nor what befell them (the
  // houses destroyed beside "tens of thousands", a landing gear's "737-800" beside six crew, a
  // thousand soldiers sent beside two dead): far apart, they are two quantities, not one at two stages.
  auto of_people = [](const Frame& f) { return f.counted_generic || f.counted_person || f.counted_outcome; };
  if (toll && ratio > kConflictRatio && ca.counted != cb.counted && !(of_people(fa) && of_people(fb))) return {};
  // ... nor one toll of one nationality and one of none (5 Tunisian pilgrims beside 1,301 pilgrims, 47
  // Syrians beside the 104 rescued): a part beside the whole, not one toll at two stages.
  if (toll && ratio > kConflictRatio && fa.nationality.empty() != fb.nationality.empty()) return {};
  if (toll && ratio > kConflictRatio) {
    v.relation = Relation::evolves;
    v.reason = head + intervals + " do not overlap; " + when_text +
               (certain ? ": a toll more than twice the other on the same day, counts of different hours"
                        : ": the toll's day is uncertain and the figures are far apart, counts of different days");
    return v;
  }
  // Two periods' new counts are two quantities, unless both are of one day known to the day.
  if (fa.per_period && fb.per_period && !(certain && apart == 0)) return {};
  // Near figures whose only time is a story of more than a week (two daily bulletins of a
  // months-long epidemic) cannot be placed against each other: two running totals of a toll that
  // differ are of different days; anything else is left unjudged.
  for (const Frame* f : {&fa, &fb})
    if (f->time_borrowed && f->time.hi - f->time.lo > kBorrowedDays) {
      if (!toll) return {};
      v.relation = Relation::evolves;
      v.reason = head + intervals + " do not overlap; " + when_text + ": running totals of a story of months, of different days";
      return v;
    }
  // Two figures either of which is given as of an hour of the day ("إلى حدود الساعة العاشرة مساءً"):
  // stages of a running count, of different hours.
  if ((fa.as_of_hour || fb.as_of_hour) && apart <= 1 && !one_bulletin) {
    v.relation = Relation::evolves;
    v.reason = head + intervals + " do not overlap; " + when_text + ": a running count given as of an hour, figures of different hours";
    return v;
  }
  // Two tolls of one day either of which its sentence gives as a count that rose ("ارتفعت الحصيلة
  // إلى 136", "ليرتفع عدد القتلى إلى 2012"): counts of different hours.
  if (toll && (fa.toll_stage || fb.toll_stage) && !one_bulletin) {
    v.relation = Relation::evolves;
    v.reason = head + intervals + " do not overlap; " + when_text + ": a count said to have risen, figures of different hours";
    return v;
  }
  // One occurrence (a one-off event of the story, or the same day): a conflict when the frames
  // support it, else a possible one. Strong: what is counted is known on both sides, and a slot known on both sides matched (a place,
  // an actor, the words around the numbers), or the two are of one story and neither leaves out what
  // the other names; a document that counts several things of the class needs the words to match.
  const bool supported = !m.crowded || m.context >= kContextSupport || m.one_reading;
  // What is counted may be left unsaid on one side when the words around the numbers share much
  // (a candidate's name and more: "تحصل زمال" beside "زمال ... نسبة").
  const bool strong = facts.disputed || ((!m.counted_missing || m.context >= kStrongContext) &&
                                         (m.matched > 0 || (m.story && m.missing == 0)) && supported && (one_off || certain));
  // Reports that disagree about one figure are mostly within a factor of two of each other (81% of
  // the conflicts annotated in tests/data/stories); figures further apart are more often two
  // different quantities of one story (a day's batch and the total) than one disputed figure.
  // A one-off event told over several days (an exchange in batches, a truce's daily releases):
  // figures of different days are of different batches.
  // Two reports that name the same part (the second phase, the truce's second day) tell one batch,
  // whatever day each is dated; two that name different parts, two batches.
  const bool same_part = fa.part > 0 && fa.part == fb.part;
  if (one_off && fa.part > 0 && fb.part > 0 && fa.part != fb.part) return {};
  // Two figures of an event in parts that neither names the same part nor dates to one day known to
  // the day may be of two batches. On two days each known to the day they are: not compared. Of a
  // day known only roughly, near figures may be one batch's disputed (14 and 13 hostages freed, 42
  // and 39 prisoners): a possible conflict; figures more than twice apart are two batches' (10 Thais
  // freed on the truce's first day, 4 on its second): not set against each other.
  const bool other_day = one_off && fa.event_in_parts && fb.event_in_parts && !same_part && (apart > 0 || !certain);
  if (other_day && ((certain && apart > 0) || ratio > kConflictRatio)) return {};
  // Someone's share is no part of another share: two percentages of a class that is a share of
  // someone (the `for` column of grammar/lexicon/percent_heads.tsv: a vote share) whose words name
  // one thing (a candidate's name and more) are one quantity however far apart ("بـ2.16 بالمئة"
  // provisional, "يوسف أوشيش على نسبة 6.14 بالمائة" final). A turnout of the day is not: abroad,
  // at one o'clock and at the close it is three figures.
  // So are two percentages that name the same someone nearest before both numbers (the candidate)
  // when neither says it is of something else: a share left unnamed is that someone's share.
  // (The column is empty for most rows: an unnamed class is no share class.)
  auto share_class = [](const std::string& k) { return !k.empty() && lexicon::column_values("percent_heads", 1).count(k) != 0; };
  const bool class_share = ca.counted == cb.counted && share_class(ca.counted);
  const bool unnamed_share = (ca.counted.empty() || share_class(ca.counted)) && (cb.counted.empty() || share_class(cb.counted)) &&
                             (ca.counted.empty() || cb.counted.empty() || ca.counted == cb.counted);
  const bool named_share = !fa.participant.empty() && fa.participant == fb.participant && unnamed_share;
  const bool one_share = ca.kind == Kind::percent && m.context >= kStrongContext &&
                         (class_share || (named_share && ratio <= kNamedShareRatio));
  // So are one candidate's votes: a count of a class that is someone's (the participants a figure
  // of grammar/lexicon/participant_classes.tsv is given), the same one named nearest before both
  // ("حساني شريف ... 178797 صوت" provisional, "حساني شريف على 904642 صوتا" final).
  const bool ones_votes = ca.kind == Kind::count && cb.kind == Kind::count && ca.counted == cb.counted && !ca.counted.empty() &&
                          !fa.participant.empty() && fa.participant == fb.participant && m.context >= kStrongContext;
  v.relation = strong && !other_day && (ratio <= kConflictRatio || one_share || ones_votes) ? Relation::conflict : Relation::possible_conflict;
  v.reason = head + intervals + " do not overlap; " + when_text +
             (one_off ? ": one " + fa.event_type + ", two figures" : "") +
             (one_bulletin && toll ? ": one bulletin, its figures of one hour (the reports give another of them alike)" : "") +
             (facts.disputed ? "; a report that gives both sets one against the other" : "");
  if (v.relation == Relation::possible_conflict) {
    // Why only possible: the first of the reasons that hold.
    v.reason += "; possible only: ";
    if (m.counted_missing && m.context < kStrongContext) v.reason += "what is counted is known on one side only";
    else if (!(m.matched > 0 || (m.story && m.missing == 0))) v.reason += "no slot known on both sides matched";
    else if (!supported) v.reason += "several figures of the kind in a document, and no words shared";
    else if (!(one_off || certain)) v.reason += "the day of either figure is not known to the day";
    else if (other_day) v.reason += "an event carried out in parts, figures of different or uncertain days";
    else v.reason += "one figure more than twice the other, perhaps two quantities";
  }
  return v;
}

Verdict judge(const StoredClaim& a, const StoredClaim& b, const Options& o, const std::string* exchange_a,
              const std::string* exchange_b) {
  Verdict v;
  if (same_document(a, b) || !comparable(a.claim) || !comparable(b.claim)) return v;
  const Claim& ca = a.claim;
  const Claim& cb = b.claim;
  v.subject = comparison_key(ca);
  const int apart = days_apart(when(a), when(b));
  if (ca.kind == Kind::ordinal) {
    // The same value of the same series names the same event.
    v.check = Check::event;
    v.relation = Relation::agree;
    v.reason = describe_value(ca) + " in both: the same event; " + describe_days(apart);
    return v;
  }
  // Two numbered exchanges are compared side by side in check_exchanges.
  if (exchange_a && exchange_b) return {};
  const Interval ia = effective_interval(ca, o.tolerance);
  const Interval ib = effective_interval(cb, o.tolerance);
  const std::string head = describe_value(ca) + " vs " + describe_value(cb) + ": ";
  const std::string intervals = "intervals " + describe_interval_of(ia, ca.kind) + " and " +
                                describe_interval_of(ib, cb.kind);
  if (ia.overlaps(ib)) {
    v.relation = Relation::agree;
    v.reason = head + intervals + " overlap; " + describe_days(apart);
    return v;
  }
  if (ca.kind == Kind::date) {
    // Two dates of one occurrence are said near each other and name days near each other; the
    // last round's date and the next one's, or dates said years apart, are different occurrences.
    if (apart > o.window_days || days_apart(date_of(ca), date_of(cb)) > kSameOccurrenceDays) return {};
    v.relation = Relation::conflict;
    v.reason = "dates " + describe_value(ca) + " and " + describe_value(cb) +
               " do not overlap: a stated date must contain the date others give; said " + describe_days(apart);
    return v;
  }
  if (apart > o.window_days) {
    v.relation = Relation::evolves;
    v.reason = head + intervals + " do not overlap; " + describe_days(apart) + " (window " +
               std::to_string(o.window_days) + " days): the number changed";
    return v;
  }
  v.relation = Relation::conflict;
  v.reason = head + intervals + " do not overlap; " + describe_days(apart);
  return v;
}

// A breakdown's parts must sum to its total (inside one document).
void check_breakdowns(const std::vector<StoredClaim>& claims, const Options& o, std::vector<Verdict>& out) {
  std::map<std::pair<std::string, std::int32_t>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i].claim;
    if (c.group >= 0 && (c.role == Role::total || c.role == Role::partial_total || c.role == Role::part))
      groups[{doc_key(claims[i]), c.group}].push_back(i);
  }
  for (const auto& [key, idx] : groups) {
    std::vector<std::size_t> totals, parts;
    for (const std::size_t i : idx) (claims[i].claim.role == Role::part ? parts : totals).push_back(i);
    if (totals.empty() || parts.empty()) continue;
    std::sort(parts.begin(), parts.end(), [&](std::size_t x, std::size_t y) {
      return std::tie(claims[x].claim.claim_span.begin, claims[x].id) < std::tie(claims[y].claim.claim_span.begin, claims[y].id);
    });
    for (const std::size_t t : totals) {
      const Claim& total = claims[t].claim;
      Interval sum{0, 0};
      std::string terms;
      for (const std::size_t p : parts) {
        const Interval ip = effective_interval(claims[p].claim, o.tolerance);
        sum.lo += ip.lo;
        sum.hi += ip.hi;
        if (!terms.empty()) terms += "+";
        terms += describe_value(claims[p].claim);
      }
      const Interval it = effective_interval(total, o.tolerance);
      Verdict v;
      v.check = Check::breakdown;
      v.subject = total.subject_key;
      v.claims.push_back(t);
      v.claims.insert(v.claims.end(), parts.begin(), parts.end());
      const std::string sum_text = describe_interval_of(sum, total.kind);
      if (it.overlaps(sum)) {
        v.relation = Relation::consistent;
        const bool plain = sum.lo == sum.hi && describe_value(total) == sum_text;
        v.reason = "breakdown: " + describe_value(total) + " = " + terms + (plain ? "" : " (sum " + sum_text + ")");
      } else if (total.role == Role::partial_total && sum.hi < it.lo) {
        // Parts said to be only some of their total may sum to less.
        v.relation = Relation::consistent;
        v.reason = "breakdown: " + terms + " (sum " + sum_text + ") are some of " + describe_value(total);
      } else {
        v.relation = Relation::inconsistent;
        v.reason = "breakdown: the parts " + terms + " sum to " + sum_text + ", not the stated total " +
                   describe_value(total);
      }
      out.push_back(std::move(v));
    }
  }
}

// "ordinal|operation|||astana#5" -> "exchange (operation 5 of astana)".
std::string exchange_name(const std::string& id) {
  std::vector<std::string> f;
  std::size_t start = 0;
  while (true) {
    const std::size_t bar = id.find('|', start);
    f.push_back(id.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  const std::size_t hash = f.back().find('#');
  const std::string number = hash == std::string::npos ? "" : f.back().substr(hash + 1);
  const std::string event = f.back().substr(0, hash);
  std::string name = "exchange (" + (f.size() > 1 ? f[1] : std::string()) + " " + number;
  if (!event.empty()) name += " of " + event;
  return name + ")";
}

// The same numbered exchange ("العملية الخامسة") in two documents: each side must have the same
// count in both, whenever they were reported. Sides are matched by what they count.
void check_exchanges(const std::vector<StoredClaim>& claims, const std::map<std::size_t, std::string>& exchanges,
                     const Options& o, std::vector<Verdict>& out) {
  // exchange id -> document -> its sides
  std::map<std::string, std::map<std::string, std::vector<std::size_t>>> reports;
  for (const auto& [i, id] : exchanges) reports[id][doc_key(claims[i])].push_back(i);
  for (const auto& [id, docs] : reports) {
    // As for subjects: a much-reported exchange is compared report by report with its neighbours.
    const std::size_t reach = docs.size() > o.max_pairwise_group ? o.neighbours : docs.size();
    for (auto a = docs.begin(); a != docs.end(); ++a) {
      std::size_t steps = 0;
      for (auto b = std::next(a); b != docs.end() && steps++ < reach; ++b) {
        for (const std::size_t i : a->second) {
          for (const std::size_t j : b->second) {
            // The earlier report first.
            const std::int32_t ti = when(claims[i]).lo, tj = when(claims[j]).lo;
            const bool j_first = std::tie(tj, claims[j].document) < std::tie(ti, claims[i].document);
            const std::size_t first = j_first ? j : i, second = j_first ? i : j;
            const Claim& ca = claims[first].claim;
            const Claim& cb = claims[second].claim;
            if (ca.counted != cb.counted || ca.counted.empty()) continue;
            const Interval ia = effective_interval(ca, o.tolerance), ib = effective_interval(cb, o.tolerance);
            Verdict v;
            v.check = Check::exchange;
            v.subject = id;
            v.claims = {first, second};
            const std::string what = exchange_name(id) + ", " + ca.counted + ": " +
                                     describe_value(ca) + " vs " + describe_value(cb);
            if (ia.overlaps(ib)) {
              v.relation = Relation::agree;
              v.reason = "the same " + what;
            } else {
              v.relation = Relation::conflict;
              v.reason = "the same " + what + ": reported with other counts";
            }
            out.push_back(std::move(v));
            break;  // one side of b per side of a
          }
        }
      }
    }
  }
}

// Ordinals of a series must grow with their dates: round 6 is first mentioned before round 7.
// first[value] is the earliest-dated claim naming that value.
void check_series_order(const std::vector<StoredClaim>& claims, const std::map<std::string, std::map<double, std::size_t>>& series,
                        std::vector<Verdict>& out) {
  // How many values of each series each document names: one that names a single round tells of that
  // round; one that names several recounts the series.
  std::map<std::pair<std::string, std::string>, std::set<double>> named;
  for (const StoredClaim& c : claims)
    if (c.claim.kind == Kind::ordinal) named[{c.claim.subject_key, doc_key(c)}].insert(c.claim.lo);
  auto tells_one = [&](const std::string& key, const StoredClaim& c) { return named[{key, doc_key(c)}].size() == 1; };
  for (const auto& [key, first] : series) {
    // Two rounds of a series first told on the same day, each by a document that names only it: rounds
    // are weeks apart, so the two reports disagree on which round that day was.
    const std::pair<const double, std::size_t>* previous = nullptr;
    for (const auto& entry : first) {
      if (previous && entry.first == previous->first + 1) {
        const StoredClaim& lower = claims[previous->second];
        const StoredClaim& higher = claims[entry.second];
        const DateRange tl = when(lower), th = when(higher);
        if (tl.precision == Precision::day && th.precision == Precision::day && tl == th && !same_document(lower, higher) &&
            tells_one(key, lower) && tells_one(key, higher)) {
          Verdict v;
          v.relation = Relation::conflict;
          v.check = Check::series_order;
          v.subject = key;
          v.claims = {previous->second, entry.second};
          v.reason = "series order: " + describe_value(higher.claim) + " and " + describe_value(lower.claim) +
                     " both said to be under way on " + to_iso(th) + ": one day cannot be both rounds";
          out.push_back(std::move(v));
        }
      }
      previous = &entry;
    }
    const StoredClaim* latest_lower = nullptr;  // the lower value first mentioned latest so far
    std::size_t latest_index = 0;
    for (const auto& [value, i] : first) {
      const DateRange t = when(claims[i]);
      if (latest_lower && when(*latest_lower).lo > t.hi) {
        const StoredClaim& lower = *latest_lower;
        Verdict v;
        v.relation = Relation::inconsistent;
        v.check = Check::series_order;
        v.subject = key;
        v.claims = {latest_index, i};
        v.reason = "series order: " + describe_value(claims[i].claim) + " on " + to_iso(t) + " comes before " +
                   describe_value(lower.claim) + ", first said on " + to_iso(when(lower)) +
                   ": a series' numbers must grow with its dates";
        out.push_back(std::move(v));
      }
      if (!latest_lower || when(*latest_lower).lo < t.lo) {
        latest_lower = &claims[i];
        latest_index = i;
      }
    }
  }
}

}  // namespace

std::string_view to_string(Relation r) { return kRelations[static_cast<int>(r)]; }
std::string_view to_string(Check c) { return kChecks[static_cast<int>(c)]; }
std::string_view to_string(CheckVerdict v) { return kCheckVerdicts[static_cast<int>(v)]; }

Interval effective_interval(const Claim& c, double tolerance) {
  Interval i{std::min(c.lo, c.hi), std::max(c.lo, c.hi)};
  switch (c.qualifier) {
    case Qualifier::about:
      if (c.kind == Kind::date) {
        const double days = std::ceil((i.hi - i.lo + 1) * tolerance);
        i.lo -= days;
        i.hi += days;
      } else {
        i.lo -= std::fabs(i.lo) * tolerance;
        i.hi += std::fabs(i.hi) * tolerance;
      }
      break;
    case Qualifier::at_least: i.hi = kInf; break;
    case Qualifier::at_most: i.lo = c.kind == Kind::date ? -kInf : std::min(0.0, i.lo); break;
    default: break;
  }
  if (c.kind == Kind::date) i.hi += 0.999;  // a day is the whole day: [lo, hi+1)
  return i;
}

bool comparable(const Claim& c) {
  if (c.kind == Kind::reference || c.qualifier == Qualifier::identifier) return false;
  if (c.counted.empty()) return false;
  // A duration or a sum of money names only its unit; it needs someone, somewhere or some event.
  if ((c.kind == Kind::duration || c.kind == Kind::money || c.kind == Kind::percent) && c.actor.empty() &&
      c.location.empty() && c.event.empty())
    return false;
  return true;
}

std::string comparison_key(const Claim& c) {
  if (c.kind == Kind::ordinal) return c.subject_key + "#" + format_number(c.lo);
  return c.subject_key;
}

std::string describe_value(const Claim& c) {
  switch (c.kind) {
    case Kind::ordinal: return series_name(c) + " " + format_number(c.lo);
    case Kind::date: return to_iso(c.date_value.known() ? c.date_value : DateRange{static_cast<std::int32_t>(c.lo), static_cast<std::int32_t>(c.hi), Precision::day});
    default: break;
  }
  const std::string v = c.lo == c.hi ? format_number(c.lo) : format_number(c.lo) + "–" + format_number(c.hi);
  switch (c.qualifier) {
    case Qualifier::about: return "نحو " + v;
    case Qualifier::at_least: return "أكثر من " + v;
    case Qualifier::at_most: return "أقل من " + v;
    case Qualifier::vague: return c.excerpt.empty() ? v : c.excerpt + " (" + v + ")";
    default: return v;
  }
}

DateRange claim_time(const StoredClaim& s) {
  if (s.claim.kind == Kind::date && s.published.known()) return s.published;
  return s.claim.time.known() ? s.claim.time : s.published;
}

std::string describe_interval(const Interval& i) { return describe_interval_of(i, Kind::count); }

int days_apart(const DateRange& a, const DateRange& b) {
  if (!a.known() || !b.known()) return -1;
  if (a.hi < b.lo) return b.lo - a.hi;
  if (b.hi < a.lo) return a.lo - b.hi;
  return 0;
}

Verdict judge_frames(const StoredClaim& a, const Frame& fa, const StoredClaim& b, const Frame& fb, const Options& options) {
  return judge_framed(a, fa, b, fb, options);
}

Verdict judge_pair(const StoredClaim& a, const StoredClaim& b, const Options& options) {
  return judge(a, b, options, nullptr, nullptr);
}

std::size_t Comparison::count(Relation r) const {
  return static_cast<std::size_t>(
      std::count_if(verdicts.begin(), verdicts.end(), [r](const Verdict& v) { return v.relation == r && !v.set_aside(); }));
}

std::size_t Comparison::set_aside() const {
  return static_cast<std::size_t>(std::count_if(verdicts.begin(), verdicts.end(), [](const Verdict& v) { return v.set_aside(); }));
}

std::string verdict_group(const Verdict& v, const std::vector<StoredClaim>& claims) {
  std::vector<std::string> docs;
  for (const std::size_t i : v.claims) docs.push_back(claims[i].document);
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  std::string out = std::string(to_string(v.check)) + '\x1f' + std::string(to_string(v.relation)) + '\x1f' + v.subject;
  for (const std::string& d : docs) out += '\x1f' + d;
  return out;
}

std::string verdict_id(const Verdict& v, const std::vector<StoredClaim>& claims) {
  std::vector<std::string> parts;
  for (const std::size_t i : v.claims) {
    const StoredClaim& s = claims[i];
    parts.push_back(s.document + '\x1f' + std::to_string(s.claim.number_span.begin) + '-' +
                    std::to_string(s.claim.number_span.end) + '\x1f' + std::string(to_string(s.claim.kind)));
  }
  std::sort(parts.begin(), parts.end());
  // FNV-1a, 64 bits: fixed by its definition, so ids written down today still name their verdicts.
  std::uint64_t h = 14695981039346656037ull;
  auto mix = [&](std::string_view bytes) {
    for (const char c : bytes) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    h ^= 0x1e;  // a separator no part holds
    h *= 1099511628211ull;
  };
  mix(to_string(v.check));
  for (const std::string& p : parts) mix(p);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// With frames, claims are compared within their story: kind, counted class and story (an ordinal
// or date of a named series keeps its series key, which names the occurrence wherever it is told).
// A claim of a document that shares its story with no other is compared with nothing.
std::string framed_key(const Claim& c, const Frame& f) {
  if ((c.kind == Kind::ordinal || c.kind == Kind::date) && !c.event.empty()) return comparison_key(c);
  if (f.story < 0) return {};
  // What is counted is a slot of the pair's decision (a generic "people" may be deaths), not a key.
  std::string k(to_string(c.kind));
  k += "||story ";
  k += std::to_string(f.story);
  if (c.kind == Kind::ordinal) k += "#" + format_number(c.lo);
  return k;
}

Comparison compare_claims(std::vector<StoredClaim> claims, const Options& options, std::vector<Frame> frames) {
  Comparison out;
  out.options = options;
  out.claims = std::move(claims);
  const std::vector<StoredClaim>& cs = out.claims;
  const bool framed = frames.size() == cs.size() && !cs.empty();
  // The groups a claim is compared in: with frames, its story (kind, class, story) and, for a
  // standing figure whose sentence ties it to no event, its subject when that names a place or an
  // actor ("fighters of جبهة النصرة in إدلب" across stories and years); without frames, its
  // subject key. A claim may be in two groups; a pair is judged once.
  std::vector<std::string> keys;
  std::vector<std::size_t> key_claim;
  std::vector<bool> story_key;  // the group is a story's claims of one kind and class
  // In a story, a percentage or a sum of money has its event: the story's.
  auto can_compare = [&](std::size_t i) {
    const Claim& c = cs[i].claim;
    if (!framed || comparable(c)) return comparable(c);
    // ... and so has a count of four or more significant digits that names nothing counted
    // ("وعددها 9 ملايين و461 ألفا"): another report's same figure is rarely another thing.
    return frames[i].story >= 0 && c.kind != Kind::reference && c.qualifier != Qualifier::identifier &&
           (c.kind == Kind::percent || (c.kind == Kind::money && !c.counted.empty()) ||
            (c.kind == Kind::count && significant(c) >= 1000));
  };
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const Claim& c = cs[i].claim;
    if (!can_compare(i)) continue;
    if (!framed) {
      keys.push_back(comparison_key(c));
      key_claim.push_back(i);
      story_key.push_back(false);
      continue;
    }
    if (std::string k = framed_key(c, frames[i]); !k.empty()) {
      story_key.push_back(k.find("|story ") != std::string::npos);
      keys.push_back(std::move(k));
      key_claim.push_back(i);
    }
    const bool standing = c.kind != Kind::ordinal && c.kind != Kind::date && !frames[i].event_in_sentence;
    if (standing && (!c.actor.empty() || !c.location.empty())) {
      keys.push_back("subject " + c.subject_key);
      key_claim.push_back(i);
      story_key.push_back(false);
    }
  }
  auto time_of = [&](std::size_t i) { return framed ? frames[i].time : when(cs[i]); };
  // The pair's verdict: on its frames when there are frames, else on its subject key alone.
  // Two documents of a story that state one figure of a toll exactly (the same 2421 injured) report
  // one bulletin: their other figures of it are of one hour, not stages of a running count. Set for
  // the pair of documents the alignment is at.
  bool one_bulletin = false;
  auto decide = [&](std::size_t i, std::size_t j, const std::string* ei, const std::string* ej, bool disputed) {
    if (!framed) return judge(cs[i], cs[j], options, ei, ej);
    if (ei && ej) return Verdict{};  // two numbered exchanges: compared side by side in check_exchanges
    return judge_framed(cs[i], frames[i], cs[j], frames[j], options, PairFacts{one_bulletin, disputed});
  };
  // Groups in order of key, then time, document and claim: sorted by the ranks of the keys and of
  // the document names (integers), not by comparing the strings again at every step.
  const std::vector<std::uint32_t> key_rank = string_ranks(keys.size(), [&](std::size_t x) { return std::string_view(keys[x]); });
  const std::vector<std::uint32_t> document_rank = string_ranks(cs.size(), [&](std::size_t i) { return std::string_view(cs[i].document); });
  std::vector<std::size_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const std::size_t a = key_claim[x], b = key_claim[y];
    const std::int32_t ta = time_of(a).lo, tb = time_of(b).lo;
    return std::tie(key_rank[x], ta, document_rank[a], cs[a].document_id, cs[a].id, a) <
           std::tie(key_rank[y], tb, document_rank[b], cs[b].document_id, cs[b].id, b);
  });
  const std::map<std::size_t, std::string> exchanges = exchange_ids(cs);
  auto exchange_of = [&](std::size_t i) -> const std::string* {
    const auto it = exchanges.find(i);
    return it == exchanges.end() ? nullptr : &it->second;
  };

  std::map<std::string, std::map<double, std::size_t>> series;  // ordinal series -> value -> first claim
  // One verdict per subject, pair of documents, relation and check; further pairs are counted.
  // (A document is its id and the rank of its name, as doc_key() gives it, without the strings.)
  using DocId = std::pair<std::int64_t, std::uint32_t>;
  struct SeenKey {
    std::string subject;
    DocId a, b;
    Relation relation;
    Check check;
    bool operator==(const SeenKey& o) const {
      return a == o.a && b == o.b && relation == o.relation && check == o.check && subject == o.subject;
    }
  };
  struct SeenHash {
    std::size_t operator()(const SeenKey& k) const {
      const PairHash h;
      return std::hash<std::string>()(k.subject) ^ h(k.a) * 31 ^ h(k.b) * 1009 ^
             (static_cast<std::size_t>(k.relation) << 8 | static_cast<std::size_t>(k.check));
    }
  };
  std::unordered_map<SeenKey, std::size_t, SeenHash> seen;
  std::unordered_set<std::pair<std::size_t, std::size_t>, PairHash> judged;  // a pair met in two groups is judged once
  // The pairs a story group's alignment found agreeing or conflicting, for what follows from them.
  std::vector<std::tuple<std::size_t, std::size_t, Relation>> aligned;
  // `only`: record the pair only if that is its verdict (else leave it unjudged).
  // `disputed`: i's own report sets another source's figure against it, one the other report gives
  // too (PairFacts).
  auto record = [&](std::size_t i, std::size_t j, std::optional<Relation> only = std::nullopt, bool disputed = false) {
    if (same_document(cs[i], cs[j])) return;  // never a verdict, whichever judge (and not worth remembering)
    const std::pair<std::size_t, std::size_t> pair{std::min(i, j), std::max(i, j)};
    if (judged.count(pair)) return;
    Verdict v = decide(i, j, exchange_of(i), exchange_of(j), disputed);
    if (only && v.relation != *only) return;
    judged.insert(pair);
    if (v.reason.empty()) return;
    if (v.relation == Relation::agree || v.relation == Relation::conflict) aligned.emplace_back(i, j, v.relation);
    if (options.one_verdict_per_document_pair) {
      const DocId da{cs[i].document_id, document_rank[i]}, db{cs[j].document_id, document_rank[j]};
      SeenKey key{v.subject, std::min(da, db), std::max(da, db), v.relation, v.check};
      if (const auto it = seen.find(key); it != seen.end()) {
        Verdict& first = out.verdicts[it->second];
        ++first.more_pairs;
        if (first.more.size() < Verdict::kMoreKept) first.more.emplace_back(i, j);
        return;
      }
      seen.emplace(std::move(key), out.verdicts.size());
    }
    v.claims = {i, j};
    out.verdicts.push_back(std::move(v));
  };
  // A story's claims of one kind and class, document against document: each claim is paired with at
  // most one claim of the other document, the one whose words around the number it shares most
  // (then the nearest value), so that a document's several counts of detainees or votes are each
  // compared with their counterpart, not with all the others.
  auto align_story_group = [&](std::size_t from, std::size_t to) {
    aligned.clear();  // pairs recorded in other groups are not this one's
    std::vector<std::pair<std::string, std::vector<std::size_t>>> docs;  // in time order of first claim
    std::map<std::string, std::size_t> doc_index;
    for (std::size_t x = from; x < to; ++x) {
      const std::size_t i = key_claim[order[x]];
      const std::string dk = doc_key(cs[i]);
      auto [it, fresh] = doc_index.emplace(dk, docs.size());
      if (fresh) docs.push_back({dk, {}});
      docs[it->second].second.push_back(i);
    }
    struct Candidate {
      double context;
      int fit;  // the same counted class and the same place (2 each) beat a generic class or a place inside another
      int same_value;  // the two figures agree and are near: one quantity said twice is likelier than two that differ
      bool overlap;    // the two figures agree (a bound with any figure beyond it)
      double closeness;
      std::size_t i, j;
    };
    // How well two claims' counted classes and places fit, beyond being compatible.
    auto fit_of = [&](std::size_t i, std::size_t j) {
      const Frame& fa = frames[i];
      const Frame& fb = frames[j];
      int fit = 0;
      if (cs[i].claim.counted == cs[j].claim.counted) fit += 2;
      if (!fa.places.empty() && !fb.places.empty() && fa.places.front() == fb.places.front()) fit += 2;
      else if (fa.places.empty() && fb.places.empty()) fit += 1;
      if (!fa.nationality.empty() && fa.nationality == fb.nationality) fit += 2;
      if (fa.part > 0 && fa.part == fb.part) fit += 2;  // the same batch of an event in parts
      return fit;
    };
    // The nationalities each document gives figures of: a figure of one nationality is not another
    // document's figure without one when that document gives that nationality's apart (its 26
    // foreigners are not its whole toll of 155).
    std::vector<std::set<std::string>> nationalities(docs.size());
    for (std::size_t d = 0; d < docs.size(); ++d)
      for (const std::size_t k : docs[d].second)
        if (!frames[k].nationality.empty()) nationalities[d].insert(frames[k].nationality);
    // The other mentions of the same figure in each document: claims of one class whose values agree,
    // one of them of three or more significant digits. Each document's claims are swept in order of
    // value, a few neighbours each (a document that states one figure a thousand times costs no more
    // than a few per mention).
    std::map<std::size_t, std::vector<std::size_t>> twins;
    constexpr std::size_t kTwinReach = 16;
    for (const auto& [dk, in_doc] : docs) {
      std::vector<std::pair<Interval, std::size_t>> loose;  // widened by the last digit's unit either way
      for (const std::size_t i : in_doc) {
        Interval v = effective_interval(cs[i].claim, options.tolerance);
        if (!std::isfinite(v.lo) || !std::isfinite(v.hi)) continue;
        const double unit = last_digit_unit((cs[i].claim.lo + cs[i].claim.hi) / 2);
        loose.push_back({{v.lo - unit, v.hi + unit}, i});
      }
      std::sort(loose.begin(), loose.end(), [&](const auto& a, const auto& b) {
        return std::tie(cs[a.second].claim.counted, a.first.lo, a.second) < std::tie(cs[b.second].claim.counted, b.first.lo, b.second);
      });
      for (std::size_t x = 0; x < loose.size(); ++x)
        for (std::size_t y = x + 1; y < loose.size() && y <= x + kTwinReach; ++y) {
          const std::size_t i = loose[x].second, j = loose[y].second;
          if (cs[i].claim.counted != cs[j].claim.counted || loose[y].first.lo > loose[x].first.hi) break;
          if (!distinctive(cs[i].claim) && !distinctive(cs[j].claim)) continue;
          const auto [vi, vj] = compared_intervals(cs[i].claim, cs[j].claim, options);
          if (!vi.overlaps(vj)) continue;
          twins[i].push_back(j);
          twins[j].push_back(i);
        }
    }
    // Figures a report sets against each other in one sentence (`242 شخصًا، بينما ذكرت قناة ... 232
    // شخصًا`: grammar/lexicon/dispute_markers.tsv): exact, near (within a tenth), of one class.
    std::map<std::size_t, std::size_t> dispute;
    for (const auto& [dk, in_doc] : docs) {
      std::vector<std::size_t> by_place(in_doc);
      std::sort(by_place.begin(), by_place.end(), [&](std::size_t x, std::size_t y) { return cs[x].claim.claim_span.begin < cs[y].claim.claim_span.begin; });
      for (std::size_t k = 0; k + 1 < by_place.size(); ++k) {
        const StoredClaim& x = cs[by_place[k]];
        const StoredClaim& y = cs[by_place[k + 1]];
        if (x.sentence_span.begin != y.sentence_span.begin || x.claim.counted != y.claim.counted) continue;
        if (x.claim.qualifier != Qualifier::exact || y.claim.qualifier != Qualifier::exact || x.claim.lo == y.claim.lo) continue;
        if (std::fabs(x.claim.lo - y.claim.lo) > 0.1 * std::max(std::fabs(x.claim.lo), std::fabs(y.claim.lo))) continue;
        const std::uint32_t from = x.claim.claim_span.end, to = y.claim.number_span.begin;
        if (to <= from || from < x.sentence_span.begin) continue;
        if (!dispute_between(x.sentence_text.substr(from - x.sentence_span.begin, to - from))) continue;
        dispute[by_place[k]] = by_place[k + 1];
        dispute[by_place[k + 1]] = by_place[k];
      }
    }
    // Each report's headline tolls: its largest count of a class at each place it gives counts of,
    // and of those with no place, not a part of a breakdown nor one period's new count.
    auto place_of = [&](std::size_t i) { return frames[i].places.empty() ? std::string() : frames[i].places.front(); };
    std::set<std::size_t> headline;
    std::map<std::tuple<std::string, std::string, std::string>, double> headline_keys;  // document, class, place -> value
    for (const auto& [dk, in_doc] : docs) {
      std::map<std::pair<std::string, std::string>, std::size_t> largest;  // class, place -> claim
      for (const std::size_t i : in_doc) {
        const Claim& c = cs[i].claim;
        if (c.kind != Kind::count || c.role == Role::part || frames[i].per_period || frames[i].counted_generic) continue;
        auto [it, fresh] = largest.emplace(std::make_pair(c.counted, place_of(i)), i);
        if (!fresh && cs[it->second].claim.lo < c.lo) it->second = i;
      }
      for (const auto& [key, i] : largest) {
        headline.insert(i);
        headline_keys.emplace(std::make_tuple(dk, key.first, key.second), cs[i].claim.lo);
      }
    }
    // Whether two headlines are of one scope: the same place, or one unplaced that is at least its own
    // report's headline of the other's place (a report's largest toll is its whole toll: Morocco's
    // unplaced 632 beside its "more than 600" in Morocco; government-held Syria's 371 dead is not the
    // 700 of a report that gives all of Syria's 1,389 beside them).
    auto same_scope = [&](std::size_t i, std::size_t j) {
      const std::string pi = place_of(i), pj = place_of(j);
      if (pi == pj) return true;
      if (!pi.empty() && !pj.empty()) return false;
      const std::size_t unplaced = pi.empty() ? i : j;
      const auto own = headline_keys.find({doc_key(cs[unplaced]), cs[unplaced].claim.counted, pi.empty() ? pj : pi});
      return own == headline_keys.end() || own->second <= cs[unplaced].claim.lo;
    };
    // `check`: the article's document against each other document of the story.
    auto is_article = [&](std::size_t d) { return options.focus > 0 && docs[d].second.front() < options.focus; };
    for (std::size_t d = 0; d < docs.size(); ++d) {
      for (std::size_t e = d + 1; e < docs.size() && (options.focus > 0 || e <= d + options.neighbours); ++e) {
        if (options.focus > 0 && !is_article(d) && !is_article(e)) continue;
        std::vector<Candidate> cands;
        const std::size_t pair_aligned = aligned.size();  // what this pair of documents records is aligned's from here
        const std::set<std::string>& nat_d = nationalities[d];
        const std::set<std::string>& nat_e = nationalities[e];
        for (const std::size_t i : docs[d].second)
          for (const std::size_t j : docs[e].second) {
            if ((!frames[i].nationality.empty() && frames[j].nationality.empty() && nat_e.count(frames[i].nationality)) ||
                (!frames[j].nationality.empty() && frames[i].nationality.empty() && nat_d.count(frames[j].nationality)))
              continue;
            const SlotMatch m = match_slots(cs[i], frames[i], cs[j], frames[j], /*describe=*/false);
            if (!m.same) continue;
            const double a = (cs[i].claim.lo + cs[i].claim.hi) / 2, b = (cs[j].claim.lo + cs[j].claim.hi) / 2;
            const double closeness = -std::fabs(a - b) / std::max({std::fabs(a), std::fabs(b), 1e-9});
            const auto [vi, vj] = compared_intervals(cs[i].claim, cs[j].claim, options);
            // A bound ("أكثر من 1200") fits every larger figure: one quantity said twice only when
            // the figures are near.
            const bool bounded = std::isfinite(vi.lo) && std::isfinite(vi.hi) && std::isfinite(vj.lo) && std::isfinite(vj.hi);
            const bool near = bounded || std::fabs(a - b) <= kNearBound * std::min(std::fabs(a), std::fabs(b));
            cands.push_back({m.context, fit_of(i, j), near && vi.overlaps(vj), vi.overlaps(vj), closeness, i, j});
          }
        one_bulletin = std::any_of(cands.begin(), cands.end(), [&](const Candidate& c) {
          const Claim& x = cs[c.i].claim;
          const Claim& y = cs[c.j].claim;
          return frames[c.i].event_class == EventClass::toll && x.kind == Kind::count && x.counted == y.counted &&
                 x.qualifier == Qualifier::exact && y.qualifier == Qualifier::exact && x.lo == y.lo && x.hi == y.hi &&
                 significant(x) >= 1000 && !frames[c.i].counted_generic;
        });
        std::sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) {
          return std::tie(y.same_value, y.fit, y.context, y.closeness, x.i, x.j) < std::tie(x.same_value, x.fit, x.context, x.closeness, y.i, y.j);
        });
        std::set<std::size_t> used;
        // A figure a document states twice (39702451, then "39 مليونًا و702 ألف صوت") is one figure:
        // once one of its mentions is paired, the others are not paired again with another figure.
        auto use = [&](std::size_t x) {
          used.insert(x);
          if (const auto t = twins.find(x); t != twins.end()) used.insert(t->second.begin(), t->second.end());
        };
        for (const Candidate& c : cands) {
          if (used.count(c.i) || used.count(c.j)) continue;
          // A document with several counts of the class pairs one only with a claim whose words it
          // shares, or that counts the same class at the same place.
          // ... or that states the very same figure (30 dead in one, 30 people dead in the other): the
          // figure said again is its own support, before another of the class takes either.
          const bool said_again = c.same_value && cs[c.i].claim.lo == cs[c.j].claim.lo && cs[c.i].claim.hi == cs[c.j].claim.hi;
          if (!said_again && c.context < kContextSupport && c.fit < 3 && (frames[c.i].crowded || frames[c.j].crowded)) continue;
          use(c.i);
          use(c.j);
          record(c.i, c.j);
        }
        // Then, of the claims left, a figure said again in the other report is its own support.
        for (const Candidate& c : cands) {
          if (!c.overlap || used.count(c.i) || used.count(c.j)) continue;
          used.insert(c.i);
          used.insert(c.j);
          record(c.i, c.j);
        }
        // And a figure the other report states too agrees with it, whatever else each was paired
        // with, when their words or their class and place match, or when the figures are near and
        // their words share something ("وعددهم 242 شخصًا" beside "أكثر من 240 شخصا قتلوا").
        for (const Candidate& c : cands)
          if (c.overlap && (c.context >= kContextSupport || c.fit >= 3 || (distinctive(cs[c.i].claim) && distinctive(cs[c.j].claim)) ||
                            (c.same_value && c.context > 0)))
            record(c.i, c.j);
        // A report that gives two values of one candidate's figure (the provisional count and the
        // final: "178797 صوت" and "904 الاف صوت" for one candidate) beside a report that gives one:
        // the one agrees with one of the two and is set against the other. The claims the pairing
        // above found agreeing, each with its partner in the other report:
        std::multimap<std::size_t, std::size_t> agreed_with;
        for (std::size_t k = pair_aligned; k < aligned.size(); ++k)
          if (const auto& [x, y, r] = aligned[k]; r == Relation::agree) agreed_with.emplace(x, y), agreed_with.emplace(y, x);
        // Whether `left` is its report's other value of one candidate's figure `partner`, of the same
        // report, gives (the same name nearest before both, the same class, values apart).
        auto second_value = [&](std::size_t left, std::size_t partner) {
          const Claim& l = cs[left].claim;
          const Claim& p = cs[partner].claim;
          const Frame& fl = frames[left];
          if (l.kind != p.kind || l.counted != p.counted || fl.participant.empty() || fl.participant != frames[partner].participant) return false;
          const auto [vl, vp] = compared_intervals(l, p, options);
          return !vl.overlaps(vp);
        };
        for (const Candidate& c : cands) {
          bool second = false;
          for (auto [it, end] = agreed_with.equal_range(c.j); !second && it != end; ++it) second = it->second != c.i && second_value(c.i, it->second);
          for (auto [it, end] = agreed_with.equal_range(c.i); !second && it != end; ++it) second = it->second != c.j && second_value(c.j, it->second);
          if (second) record(c.i, c.j);
        }
        // Likewise a toll whose class and place match, and whose words share something or whose two
        // reports are each known to the day, or a figure given as of an hour whose words or class
        // and place match, when the verdict is that the count moved (another day, another hour, or
        // more than twice the other).
        for (const Candidate& c : cands) {
          if (c.overlap) continue;
          const bool dated = time_certain(frames[c.i]) && time_certain(frames[c.j]);
          const bool toll = (c.context > 0 || dated) && c.fit >= 3 && frames[c.i].event_class == EventClass::toll;
          const bool hourly = (frames[c.i].as_of_hour || frames[c.j].as_of_hour) && (c.context >= kContextSupport || c.fit >= 3);
          if (toll || hourly) record(c.i, c.j, Relation::evolves);
        }
        // And a figure a report sets against another source's disputes the other report's same figure.
        for (const Candidate& c : cands) {
          const Claim& x = cs[c.i].claim;
          const Claim& y = cs[c.j].claim;
          if (x.kind != Kind::count || x.lo != y.lo || x.hi != y.hi) continue;
          if (const auto it = dispute.find(c.i); it != dispute.end()) record(it->second, c.j, Relation::conflict, /*disputed=*/true);
          if (const auto it = dispute.find(c.j); it != dispute.end()) record(c.i, it->second, Relation::conflict, /*disputed=*/true);
        }
        // And each report's headline toll of a class at a place (its largest count of the dead, of
        // the injured, there) evolves from the other's of the same scope when the count moved: one
        // event's toll told at two stages ("أولياً مقتل 296 شخصا", then "إلى 632 وفاة", then "2022
        // وفاة"), though each report also gives the provinces' tolls and their words share nothing.
        // Not when the sentences name two kinds of event (the season's rains beside a dam's
        // collapse), nor figures more than ten times apart (the world's toll beside a country's).
        for (const Candidate& c : cands) {
          if (!headline.count(c.i) || !headline.count(c.j) || frames[c.i].event_class != EventClass::toll) continue;
          if (!same_scope(c.i, c.j)) continue;
          const Frame& fi = frames[c.i];
          const Frame& fj = frames[c.j];
          if (fi.event_in_sentence && fj.event_in_sentence && fi.event_type != fj.event_type) continue;
          if (-c.closeness > kHeadlineSpread) continue;
          record(c.i, c.j, Relation::evolves);
        }
        one_bulletin = false;
      }
    }
    // A figure several reports agree on is one statement of one quantity: a report that conflicts
    // with one of them, where the words around both numbers say it is the same thing, conflicts with
    // each of them whose words it shares (94.65% for the winner in two reports, 84.30% in two: four
    // conflicts, not one). Agreements tie only figures of three or more significant digits (two
    // reports of "46%" may be two things); clusters larger than a pairwise group are left alone.
    std::map<std::size_t, std::size_t> parent;
    auto root = [&](std::size_t x) {
      for (auto it = parent.find(x); it != parent.end() && it->second != x; it = parent.find(x)) x = it->second;
      return x;
    };
    std::set<std::pair<std::size_t, std::size_t>> seeds;
    for (const auto& [i, j, r] : aligned) {
      if (r == Relation::conflict) {
        if (match_slots(cs[i], frames[i], cs[j], frames[j], /*describe=*/false).context >= kStrongContext) seeds.emplace(i, j);
      } else if (distinctive(cs[i].claim) && distinctive(cs[j].claim)) {
        parent.emplace(i, i);
        parent.emplace(j, j);
        parent[root(i)] = root(j);
      }
    }
    aligned.clear();
    if (seeds.empty()) return;
    std::map<std::size_t, std::vector<std::size_t>> members;
    for (const auto& entry : parent) members[root(entry.first)].push_back(entry.first);
    auto cluster = [&](std::size_t x) {
      const auto it = members.find(root(x));
      return it == members.end() ? std::vector<std::size_t>{x} : it->second;
    };
    std::set<std::pair<std::size_t, std::size_t>> spread;  // pairs of clusters, each spread once
    for (const auto& [i, j] : seeds) {
      if (!spread.emplace(std::min(root(i), root(j)), std::max(root(i), root(j))).second) continue;
      const std::vector<std::size_t> ci = cluster(i), cj = cluster(j);
      if (ci.size() > options.max_pairwise_group || cj.size() > options.max_pairwise_group) continue;
      for (const std::size_t a : ci)
        for (const std::size_t b : cj)
          if (!same_document(cs[a], cs[b]) &&
              match_slots(cs[a], frames[a], cs[b], frames[b], /*describe=*/false).context >= kContextSupport)
            record(a, b, Relation::conflict);
    }
  };
  std::size_t begin = 0;
  while (begin < order.size()) {
    std::size_t end = begin + 1;
    while (end < order.size() && keys[order[end]] == keys[order[begin]]) ++end;
    ++out.subjects;
    const std::size_t n = end - begin;
    const std::size_t reach = n > options.max_pairwise_group ? options.neighbours : n;
    if (framed && story_key[order[begin]]) {
      align_story_group(begin, end);
      begin = end;
      continue;
    }
    // In a standing figure's subject group, two claims of one story were paired (or not) by the
    // story's alignment.
    const bool subject_group = framed && keys[order[begin]].rfind("subject ", 0) == 0;
    auto record_subject = [&](std::size_t i, std::size_t j) {
      if (subject_group && frames[i].story >= 0 && frames[i].story == frames[j].story) return;
      record(i, j);
    };
    // For `check`: where the group's stored claims are (the walk below skips the article's own, so
    // that an article of many claims of one subject costs no more per claim).
    std::vector<std::size_t> stored_at;
    if (options.focus > 0)
      for (std::size_t y = begin; y < end; ++y)
        if (key_claim[order[y]] >= options.focus) stored_at.push_back(y);
    for (std::size_t x = begin; x < end; ++x) {
      const std::size_t i = key_claim[order[x]];
      if (cs[i].claim.kind == Kind::ordinal && when(cs[i]).known()) {
        auto& first = series[cs[i].claim.subject_key];
        const auto it = first.find(cs[i].claim.lo);
        if (it == first.end() || when(cs[it->second]).lo > when(cs[i]).lo) first[cs[i].claim.lo] = i;
      }
      if (options.focus > 0) {
        if (i >= options.focus) continue;
        // The article's claim against its group's stored claims: those within the window, and the
        // nearest beyond it either way. Bounded per claim: at most kCheckReach stored claims looked
        // at either way, and kCheckPerDocument of them paired from any one document (a stored
        // report that repeats one figure thousands of times is compared a few times, not each).
        std::vector<std::pair<std::int64_t, std::size_t>> per_document;  // document id, pairs so far
        auto pair_with = [&](std::size_t y) {
          const std::size_t j = key_claim[order[y]];
          auto it = std::find_if(per_document.begin(), per_document.end(), [&](const auto& d) { return d.first == cs[j].document_id; });
          if (it == per_document.end()) it = per_document.insert(per_document.end(), {cs[j].document_id, 0});
          if (++it->second > kCheckPerDocument) return;
          if (x < y) record_subject(i, j);
          else record_subject(j, i);
        };
        const auto at = std::lower_bound(stored_at.begin(), stored_at.end(), x);
        std::size_t walked = 0;
        for (auto y = at; y != stored_at.end() && walked < kCheckReach; ++y, ++walked) {
          const bool beyond = days_apart(time_of(i), time_of(key_claim[order[*y]])) > options.window_days;
          pair_with(*y);
          if (beyond) break;
        }
        per_document.clear();
        walked = 0;
        for (auto y = at; y != stored_at.begin() && walked < kCheckReach; ++walked) {
          --y;
          const bool beyond = days_apart(time_of(i), time_of(key_claim[order[*y]])) > options.window_days;
          pair_with(*y);
          if (beyond) break;
        }
        continue;
      }
      // A sliding window over time: the claims within the window (up to `reach` of them), then
      // the first claim of another document beyond it, where a change would show.
      std::size_t within = 0;
      for (std::size_t y = x + 1; y < end; ++y) {
        const std::size_t j = key_claim[order[y]];
        const bool beyond = days_apart(time_of(i), time_of(j)) > options.window_days;
        if (!beyond && ++within > reach) break;
        if (beyond && same_document(cs[i], cs[j])) continue;
        record_subject(i, j);
        if (beyond) break;
      }
    }
    begin = end;
  }
  if (framed) out.frames = std::move(frames);
  check_breakdowns(cs, options, out.verdicts);
  check_exchanges(cs, exchanges, options, out.verdicts);
  check_series_order(cs, series, out.verdicts);

  // Stable order for reports: by relation, subject, then the documents and claims involved.
  std::stable_sort(out.verdicts.begin(), out.verdicts.end(), [&](const Verdict& a, const Verdict& b) {
    if (a.relation != b.relation) return a.relation < b.relation;
    if (a.strength != b.strength) return a.strength > b.strength;  // the strongest conflicts first
    if (a.subject != b.subject) return a.subject < b.subject;
    if (a.check != b.check) return a.check < b.check;
    const std::size_t n = std::min(a.claims.size(), b.claims.size());
    for (std::size_t k = 0; k < n; ++k) {
      const StoredClaim& x = cs[a.claims[k]];
      const StoredClaim& y = cs[b.claims[k]];
      if (x.document != y.document) return x.document < y.document;
      if (x.id != y.id) return x.id < y.id;
      if (a.claims[k] != b.claims[k]) return a.claims[k] < b.claims[k];
    }
    return a.claims.size() < b.claims.size();
  });

  for (Verdict& v : out.verdicts) {
    v.id = verdict_id(v, cs);
    if (options.reviews)
      if (const auto it = options.reviews->find(v.id); it != options.reviews->end()) v.review = &it->second;
    if (!v.review && options.group_reviews && !options.group_reviews->empty())
      if (const auto it = options.group_reviews->find(verdict_group(v, cs)); it != options.group_reviews->end())
        v.review = &it->second;
  }

  // The outlet table (verdicts a review set aside not counted).
  std::map<std::string, OutletRow> rows;
  std::map<std::string, std::set<std::string>> docs;
  for (const StoredClaim& s : cs) {
    OutletRow& r = rows[s.outlet];
    r.outlet = s.outlet;
    ++r.claims;
    docs[s.outlet].insert(doc_key(s));
  }
  for (const Verdict& v : out.verdicts) {
    if (v.set_aside()) continue;
    std::set<std::string> outlets;
    for (const std::size_t i : v.claims) outlets.insert(cs[i].outlet);
    for (const std::string& name : outlets) {
      OutletRow& r = rows[name];
      switch (v.relation) {
        case Relation::agree: ++r.agree; break;
        case Relation::conflict: ++r.conflict; break;
        case Relation::possible_conflict: ++r.possible_conflict; break;
        case Relation::evolves: ++r.evolves; break;
        case Relation::inconsistent: ++r.inconsistent; break;
        case Relation::consistent: break;
      }
    }
  }
  for (auto& [name, r] : rows) {
    r.documents = static_cast<std::int64_t>(docs[name].size());
    out.outlets.push_back(r);
  }
  return out;
}

bool ArticleCheck::failed() const {
  return std::any_of(rows.begin(), rows.end(), [](const ClaimCheck& r) {
    return r.verdict == CheckVerdict::conflict || r.verdict == CheckVerdict::inconsistent;
  });
}

ArticleCheck check_article(std::vector<StoredClaim> article, std::vector<StoredClaim> known, const Options& options,
                           std::vector<Frame> frames) {
  ArticleCheck out;
  out.article_claims = article.size();
  std::vector<StoredClaim> all = std::move(article);
  // A known claim of the article's own document (already stored) is not evidence about it.
  std::vector<Frame> all_frames;
  const bool framed = frames.size() == out.article_claims + known.size();
  for (std::size_t i = 0; framed && i < out.article_claims; ++i) all_frames.push_back(std::move(frames[i]));
  for (std::size_t k = 0; k < known.size(); ++k) {
    const bool own = out.article_claims > 0 && known[k].document == all.front().document &&
                     known[k].outlet == all.front().outlet && known[k].published == all.front().published;
    if (own) continue;
    all.push_back(std::move(known[k]));
    if (framed) all_frames.push_back(std::move(frames[out.article_claims + k]));
  }
  Options per_claim = options;
  per_claim.one_verdict_per_document_pair = false;
  per_claim.focus = out.article_claims;
  out.comparison = compare_claims(std::move(all), per_claim, std::move(all_frames));
  const Comparison& c = out.comparison;
  out.rows.resize(out.article_claims);
  for (std::size_t i = 0; i < out.article_claims; ++i) out.rows[i].claim = i;
  // The worst verdict decides: inconsistent, conflict, agree, evolves; nothing to compare with is new.
  auto rank = [](CheckVerdict v) {
    switch (v) {
      case CheckVerdict::inconsistent: return 5;
      case CheckVerdict::conflict: return 4;
      case CheckVerdict::possible_conflict: return 3;
      case CheckVerdict::agree: return 2;  // agreeing with its time says more than differing from the past
      case CheckVerdict::evolves: return 1;
      case CheckVerdict::fresh: return 0;
    }
    return 0;
  };
  for (std::size_t vi = 0; vi < c.verdicts.size(); ++vi) {
    const Verdict& v = c.verdicts[vi];
    CheckVerdict cv = CheckVerdict::agree;
    switch (v.relation) {
      case Relation::agree: cv = CheckVerdict::agree; break;
      case Relation::conflict: cv = CheckVerdict::conflict; break;
      case Relation::possible_conflict: cv = CheckVerdict::possible_conflict; break;
      case Relation::evolves: cv = CheckVerdict::evolves; break;
      case Relation::inconsistent: cv = CheckVerdict::inconsistent; break;
      case Relation::consistent: continue;
    }
    // A verdict a person reviewed as false is shown, but decides nothing.
    if (v.set_aside()) cv = CheckVerdict::fresh;
    for (const std::size_t i : v.claims) {
      if (i >= out.article_claims) continue;
      ClaimCheck& row = out.rows[i];
      // The same reason against several claims of one document is said once.
      const bool said = std::any_of(row.verdicts.begin(), row.verdicts.end(),
                                    [&](std::size_t k) { return c.verdicts[k].reason == v.reason; });
      if (!said) row.verdicts.push_back(vi);
      if (rank(cv) > rank(row.verdict)) row.verdict = cv;
      for (const std::size_t j : v.claims)
        if (j >= out.article_claims && std::find(row.compared_with.begin(), row.compared_with.end(), j) == row.compared_with.end())
          row.compared_with.push_back(j);
    }
  }
  return out;
}

}  // namespace mizan::compare
