#pragma once
// The correctness run: what the comparator said about a generated corpus, against its planted truth.
#include <cstddef>
#include <string>
#include <vector>

#include "compare/compare.hpp"
#include "corpus_gen.hpp"

namespace mizan::bench {

struct PlantedResult {
  std::size_t conflicts_planted = 0, conflicts_found = 0, conflicts_unplanted = 0;
  std::size_t breakdowns_planted = 0, breakdowns_right = 0, inconsistent_planted = 0, inconsistent_unplanted = 0;
  std::size_t agree_planted = 0, agree_found = 0;
  std::size_t evolve_planted = 0, evolve_found = 0;  // steps of evolving counts seen to change
  std::vector<std::string> problems;  // the first few misses and unplanted verdicts, in words

  // Every planted conflict and inconsistency found, and none that was not planted.
  bool ok() const {
    return conflicts_found == conflicts_planted && conflicts_unplanted == 0 && breakdowns_right == breakdowns_planted &&
           inconsistent_unplanted == 0;
  }
  std::string summary() const;  // one line
};

// `truth` is every row of truth.tsv for the documents that were compared.
PlantedResult check_planted(const compare::Comparison& comparison, const std::vector<TruthRow>& truth);

}  // namespace mizan::bench
