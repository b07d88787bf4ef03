#include "compare/compare.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

namespace mizan::compare {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

constexpr std::string_view kRelations[] = {"conflict", "inconsistent", "evolves", "agree", "consistent"};
constexpr std::string_view kChecks[] = {"values", "event", "breakdown", "exchange", "series_order"};
constexpr std::string_view kCheckVerdicts[] = {"agree", "conflict", "evolves", "new", "inconsistent"};

std::string doc_key(const StoredClaim& s) { return std::to_string(s.document_id) + '\x1f' + s.document; }

bool same_document(const StoredClaim& a, const StoredClaim& b) {
  return a.document_id == b.document_id && a.document == b.document;
}

DateRange when(const StoredClaim& s) { return claim_time(s); }

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
    if (c.group >= 0 && (c.role == Role::total || c.role == Role::part))
      groups[{doc_key(claims[i]), c.group}].push_back(i);
  }
  for (const auto& [key, idx] : groups) {
    std::vector<std::size_t> totals, parts;
    for (const std::size_t i : idx) (claims[i].claim.role == Role::total ? totals : parts).push_back(i);
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
  for (const auto& [key, first] : series) {
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

std::vector<std::size_t> sorted_claim_order(const std::vector<StoredClaim>& claims, const std::vector<std::string>& keys) {
  std::vector<std::size_t> order(claims.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const DateRange tx = when(claims[x]), ty = when(claims[y]);
    return std::tie(keys[x], tx.lo, claims[x].document, claims[x].document_id, claims[x].id, x) <
           std::tie(keys[y], ty.lo, claims[y].document, claims[y].document_id, claims[y].id, y);
  });
  return order;
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

Verdict judge_pair(const StoredClaim& a, const StoredClaim& b, const Options& options) {
  return judge(a, b, options, nullptr, nullptr);
}

std::size_t Comparison::count(Relation r) const {
  return static_cast<std::size_t>(std::count_if(verdicts.begin(), verdicts.end(), [r](const Verdict& v) { return v.relation == r; }));
}

Comparison compare_claims(std::vector<StoredClaim> claims, const Options& options) {
  Comparison out;
  out.options = options;
  out.claims = std::move(claims);
  const std::vector<StoredClaim>& cs = out.claims;
  std::vector<std::string> keys(cs.size());
  for (std::size_t i = 0; i < cs.size(); ++i) keys[i] = comparable(cs[i].claim) ? comparison_key(cs[i].claim) : std::string();
  const std::vector<std::size_t> order = sorted_claim_order(cs, keys);
  const std::map<std::size_t, std::string> exchanges = exchange_ids(cs);
  auto exchange_of = [&](std::size_t i) -> const std::string* {
    const auto it = exchanges.find(i);
    return it == exchanges.end() ? nullptr : &it->second;
  };

  std::map<std::string, std::map<double, std::size_t>> series;  // ordinal series -> value -> first claim
  // One verdict per subject, pair of documents, relation and check; further pairs are counted.
  std::map<std::tuple<std::string, std::string, std::string, Relation, Check>, std::size_t> seen;
  auto record = [&](Verdict v, std::size_t i, std::size_t j) {
    if (v.reason.empty()) return;
    std::string da = doc_key(cs[i]), db = doc_key(cs[j]);
    if (db < da) std::swap(da, db);
    auto key = std::make_tuple(keys[i], std::move(da), std::move(db), v.relation, v.check);
    if (const auto it = seen.find(key); options.one_verdict_per_document_pair && it != seen.end()) {
      ++out.verdicts[it->second].more_pairs;
      return;
    }
    v.claims = {i, j};
    seen.emplace(std::move(key), out.verdicts.size());
    out.verdicts.push_back(std::move(v));
  };
  std::size_t begin = 0;
  while (begin < order.size()) {
    std::size_t end = begin + 1;
    while (end < order.size() && keys[order[end]] == keys[order[begin]]) ++end;
    if (keys[order[begin]].empty()) {
      begin = end;
      continue;
    }
    ++out.subjects;
    const std::size_t n = end - begin;
    const std::size_t reach = n > options.max_pairwise_group ? options.neighbours : n;
    for (std::size_t x = begin; x < end; ++x) {
      const std::size_t i = order[x];
      if (cs[i].claim.kind == Kind::ordinal && when(cs[i]).known()) {
        auto& first = series[cs[i].claim.subject_key];
        const auto it = first.find(cs[i].claim.lo);
        if (it == first.end() || when(cs[it->second]).lo > when(cs[i]).lo) first[cs[i].claim.lo] = i;
      }
      if (options.focus > 0) {
        if (i >= options.focus) continue;
        // The article's claim against its whole group: within the window, and the nearest beyond.
        auto pair_with = [&](std::size_t y) {
          const std::size_t j = order[y];
          if (j < options.focus) return;  // two claims of the article
          record(x < y ? judge(cs[i], cs[j], options, exchange_of(i), exchange_of(j))
                       : judge(cs[j], cs[i], options, exchange_of(j), exchange_of(i)),
                 x < y ? i : j, x < y ? j : i);
        };
        for (std::size_t y = x + 1; y < end; ++y) {
          const bool beyond = days_apart(when(cs[i]), when(cs[order[y]])) > options.window_days;
          if (beyond && same_document(cs[i], cs[order[y]])) continue;
          pair_with(y);
          if (beyond) break;
        }
        for (std::size_t y = x; y-- > begin;) {
          const bool beyond = days_apart(when(cs[i]), when(cs[order[y]])) > options.window_days;
          if (beyond && same_document(cs[i], cs[order[y]])) continue;
          pair_with(y);
          if (beyond) break;
        }
        continue;
      }
      // A sliding window over time: the claims within the window (up to `reach` of them), then
      // the first claim of another document beyond it, where a change would show.
      std::size_t within = 0;
      for (std::size_t y = x + 1; y < end; ++y) {
        const std::size_t j = order[y];
        const bool beyond = days_apart(when(cs[i]), when(cs[j])) > options.window_days;
        if (!beyond && ++within > reach) break;
        if (beyond && same_document(cs[i], cs[j])) continue;
        record(judge(cs[i], cs[j], options, exchange_of(i), exchange_of(j)), i, j);
        if (beyond) break;
      }
    }
    begin = end;
  }
  check_breakdowns(cs, options, out.verdicts);
  check_exchanges(cs, exchanges, options, out.verdicts);
  check_series_order(cs, series, out.verdicts);

  // Stable order for reports: by relation, subject, then the documents and claims involved.
  std::stable_sort(out.verdicts.begin(), out.verdicts.end(), [&](const Verdict& a, const Verdict& b) {
    if (a.relation != b.relation) return a.relation < b.relation;
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

  // The outlet table.
  std::map<std::string, OutletRow> rows;
  std::map<std::string, std::set<std::string>> docs;
  for (const StoredClaim& s : cs) {
    OutletRow& r = rows[s.outlet];
    r.outlet = s.outlet;
    ++r.claims;
    docs[s.outlet].insert(doc_key(s));
  }
  for (const Verdict& v : out.verdicts) {
    std::set<std::string> outlets;
    for (const std::size_t i : v.claims) outlets.insert(cs[i].outlet);
    for (const std::string& name : outlets) {
      OutletRow& r = rows[name];
      switch (v.relation) {
        case Relation::agree: ++r.agree; break;
        case Relation::conflict: ++r.conflict; break;
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

ArticleCheck check_article(std::vector<StoredClaim> article, std::vector<StoredClaim> known, const Options& options) {
  ArticleCheck out;
  out.article_claims = article.size();
  std::vector<StoredClaim> all = std::move(article);
  // A known claim of the article's own document (already stored) is not evidence about it.
  for (StoredClaim& k : known) {
    const bool own = out.article_claims > 0 && k.document == all.front().document && k.outlet == all.front().outlet &&
                     k.published == all.front().published;
    if (!own) all.push_back(std::move(k));
  }
  Options per_claim = options;
  per_claim.one_verdict_per_document_pair = false;
  per_claim.focus = out.article_claims;
  out.comparison = compare_claims(std::move(all), per_claim);
  const Comparison& c = out.comparison;
  out.rows.resize(out.article_claims);
  for (std::size_t i = 0; i < out.article_claims; ++i) out.rows[i].claim = i;
  // The worst verdict decides: inconsistent, conflict, agree, evolves; nothing to compare with is new.
  auto rank = [](CheckVerdict v) {
    switch (v) {
      case CheckVerdict::inconsistent: return 4;
      case CheckVerdict::conflict: return 3;
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
      case Relation::evolves: cv = CheckVerdict::evolves; break;
      case Relation::inconsistent: cv = CheckVerdict::inconsistent; break;
      case Relation::consistent: continue;
    }
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
