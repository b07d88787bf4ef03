#include "planted.hpp"

#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

namespace mizan::bench {

namespace {

using PairKey = std::tuple<std::string, std::string, std::string>;  // subject, document, document

PairKey pair_key(const std::string& subject, const std::string& a, const std::string& b) {
  return a < b ? PairKey{subject, a, b} : PairKey{subject, b, a};
}

constexpr std::size_t kMaxProblems = 20;

void note(PlantedResult& r, std::string what) {
  if (r.problems.size() < kMaxProblems) r.problems.push_back(std::move(what));
}

std::string describe(const compare::Comparison& c, const compare::Verdict& v) {
  std::string out = std::string(compare::to_string(v.relation)) + " " + v.subject + ":";
  for (const std::size_t i : v.claims) out += " " + c.claims[i].document + "=" + format_value(c.claims[i].claim);
  return out + " (" + v.reason + ")";
}

}  // namespace

std::string PlantedResult::summary() const {
  return "conflicts " + std::to_string(conflicts_found) + "/" + std::to_string(conflicts_planted) + " found, " +
         std::to_string(conflicts_unplanted) + " unplanted; breakdowns " + std::to_string(breakdowns_right) + "/" +
         std::to_string(breakdowns_planted) + " judged as planted (" + std::to_string(inconsistent_planted) +
         " do not sum), " + std::to_string(inconsistent_unplanted) + " unplanted inconsistencies; agreeing pairs " +
         std::to_string(agree_found) + "/" + std::to_string(agree_planted) + ", evolutions " +
         std::to_string(evolve_found) + "/" + std::to_string(evolve_planted) + " steps found; " +
         (ok() ? "PASS" : "FAIL");
}

PlantedResult check_planted(const compare::Comparison& c, const std::vector<TruthRow>& truth) {
  PlantedResult r;
  // The pairs of documents each story plants, by what the comparator must say of them.
  std::map<std::uint32_t, std::vector<const TruthRow*>> stories;
  std::map<std::pair<std::string, std::string>, Expect> breakdowns;  // (document, subject of its total)
  for (const TruthRow& t : truth) {
    if (t.role == "claim") stories[t.story].push_back(&t);
    if (t.role == "total") breakdowns[{t.doc, t.subject}] = t.expect;
  }
  std::set<PairKey> conflicts, agreements;
  // An evolving count must be seen to change from each step to the next: some pair of documents
  // of consecutive steps judged "evolves" (the comparator need not pair every report of a step).
  std::map<PairKey, std::pair<std::uint32_t, int>> evolutions;  // pair -> (story, earlier step)
  std::set<std::pair<std::uint32_t, int>> steps;
  for (const auto& [id, rows] : stories)
    for (std::size_t i = 0; i < rows.size(); ++i)
      for (std::size_t j = i + 1; j < rows.size(); ++j) {
        const TruthRow& a = *rows[i];
        const TruthRow& b = *rows[j];
        if (a.doc == b.doc) continue;
        const PairKey k = pair_key(a.subject, a.doc, b.doc);
        if (a.expect == Expect::conflict && a.side != b.side) conflicts.insert(k);
        else if (a.expect == Expect::evolves && a.side != b.side) {
          const int sa = std::stoi(a.side), sb = std::stoi(b.side);
          if (std::abs(sa - sb) != 1) continue;
          evolutions[k] = {id, std::min(sa, sb)};
          steps.insert({id, std::min(sa, sb)});
        } else {
          agreements.insert(k);
        }
      }
  r.conflicts_planted = conflicts.size();
  r.agree_planted = agreements.size();
  r.evolve_planted = steps.size();
  r.breakdowns_planted = breakdowns.size();
  for (const auto& [key, expect] : breakdowns) r.inconsistent_planted += expect == Expect::does_not_sum;

  std::set<PairKey> found_conflicts, found_agreements;
  std::set<std::pair<std::uint32_t, int>> found_steps;
  std::map<std::pair<std::string, std::string>, compare::Relation> judged_breakdowns;
  for (const compare::Verdict& v : c.verdicts) {
    if (v.check == compare::Check::breakdown) {
      const StoredClaim& total = c.claims[v.claims.front()];
      const auto key = std::make_pair(total.document, total.claim.subject_key);
      judged_breakdowns[key] = v.relation;
      const auto it = breakdowns.find(key);
      if (v.relation == compare::Relation::inconsistent && (it == breakdowns.end() || it->second != Expect::does_not_sum)) {
        ++r.inconsistent_unplanted;
        note(r, "unplanted " + describe(c, v));
      }
      continue;
    }
    if (v.relation == compare::Relation::inconsistent) {
      ++r.inconsistent_unplanted;
      note(r, "unplanted " + describe(c, v));
      continue;
    }
    if (v.claims.size() != 2) continue;
    const PairKey k = pair_key(v.subject, c.claims[v.claims[0]].document, c.claims[v.claims[1]].document);
    switch (v.relation) {
      case compare::Relation::conflict:
        if (conflicts.count(k)) {
          found_conflicts.insert(k);
        } else {
          ++r.conflicts_unplanted;
          note(r, "unplanted " + describe(c, v));
        }
        break;
      case compare::Relation::agree:
        if (agreements.count(k)) found_agreements.insert(k);
        break;
      case compare::Relation::evolves:
        if (const auto it = evolutions.find(k); it != evolutions.end()) found_steps.insert(it->second);
        break;
      default:
        break;
    }
  }
  r.conflicts_found = found_conflicts.size();
  r.agree_found = found_agreements.size();
  r.evolve_found = found_steps.size();
  for (const PairKey& k : conflicts)
    if (!found_conflicts.count(k))
      note(r, "planted conflict not found: " + std::get<0>(k) + " between " + std::get<1>(k) + " and " + std::get<2>(k));
  for (const auto& [k, step] : evolutions)
    if (!found_steps.count(step) && !std::get<1>(k).empty()) {
      note(r, "planted evolution not found: story " + std::to_string(step.first) + " " + std::get<0>(k) + " from step " +
                  std::to_string(step.second) + ", e.g. between " + std::get<1>(k) + " and " + std::get<2>(k));
      found_steps.insert(step);  // noted once
    }
  for (const PairKey& k : agreements)
    if (!found_agreements.count(k))
      note(r, "planted agreement not found: " + std::get<0>(k) + " between " + std::get<1>(k) + " and " + std::get<2>(k));
  for (const auto& [key, expect] : breakdowns) {
    const auto it = judged_breakdowns.find(key);
    const compare::Relation want =
        expect == Expect::does_not_sum ? compare::Relation::inconsistent : compare::Relation::consistent;
    if (it != judged_breakdowns.end() && it->second == want) {
      ++r.breakdowns_right;
    } else {
      note(r, "planted breakdown " + key.second + " of " + key.first + " (" + to_string(expect) + ") " +
                  (it == judged_breakdowns.end() ? "not checked" : "judged " + std::string(compare::to_string(it->second))));
    }
  }
  return r;
}

}  // namespace mizan::bench
