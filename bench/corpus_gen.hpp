#pragma once
// A synthetic Arabic news corpus with planted truth, for the benchmarks and the correctness run at
// scale. Articles are made of real sentence patterns (seeds and tests/data/news) around planted
// stories: a count about one subject (counted class, actor, place) on one day, reported by several
// outlets that agree or conflict, a count that evolves over months, and breakdowns whose parts do
// or do not sum to their total. The same options give the same bytes.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mizan::bench {

struct GenOptions {
  std::uint64_t seed = 1;
  std::uint64_t target_bytes = 1u << 20;  // stop once this much JSONL has been made
  std::uint64_t max_docs = 0;             // or after this many articles (0: no limit)
  std::uint64_t shard_bytes = 4u << 20;   // write_corpus starts a new corpus-NNNN.jsonl past this
  int articles_per_day = 120;
  int start_year = 2003;
  // How many of the story mentions become each kind of story, in percent; the rest agree.
  int conflict_pct = 20, evolve_pct = 15, breakdown_pct = 25;
  // write_corpus: this many further articles go to DIR/holdout/, one per file, for `mizan check`.
  std::uint64_t holdout = 0;
};

// What the comparator must conclude about a story.
enum class Expect : std::uint8_t { agree, conflict, evolves, sums, does_not_sum };
const char* to_string(Expect e);

// One planted claim of one article, a line of truth.tsv.
struct TruthRow {
  std::uint32_t story = 0;
  Expect expect = Expect::agree;
  std::string doc;        // the article's JSONL id
  std::string outlet;
  std::string published;  // ISO day
  std::string time;       // ISO day the claim holds
  std::string subject;    // the subject key the extractor is expected to give it
  std::int64_t value = 0;
  std::string qualifier;  // exact, about, at_least
  std::string side;       // conflict: A or B; evolves: the step (1, 2, ...); else -
  std::string role;       // claim, total or part
  std::string text;       // the quantity as written
};

struct GenStats {
  std::uint64_t articles = 0, bytes = 0, planted_claims = 0, text_bytes = 0;
  std::uint64_t stories[5] = {0, 0, 0, 0, 0};  // by Expect, counting stories with a mention made
  std::uint64_t conflict_pairs = 0;            // planted pairs of documents that must conflict
};

class CorpusGenerator {
 public:
  explicit CorpusGenerator(const GenOptions& options);
  ~CorpusGenerator();
  // The next article as one JSONL line (with its newline) and its planted claims; false once the
  // options' size or article count is reached.
  bool next(std::string& jsonl_line, std::vector<TruthRow>& truth);
  const GenStats& stats() const;
  // Lets `more` articles past the options' limit come out of next().
  void extend(std::uint64_t more);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Writes DIR/corpus-NNNN.jsonl, DIR/truth.tsv and DIR/meta.tsv (options and counts), and the
// holdout articles as DIR/holdout/probe-NNN.jsonl with DIR/holdout/truth.tsv.
GenStats write_corpus(const GenOptions& options, const std::string& dir);

std::string truth_header();  // with its newline
std::string to_tsv(const TruthRow& r);
// Reads truth.tsv; throws mizan::Error naming the line.
std::vector<TruthRow> read_truth(const std::string& path);
bool parse_truth_line(const std::string& line, TruthRow& out);

// How a count is written; exposed for the tests.
enum class NumberForm : std::uint8_t { digits, grouped, arabic_indic, arabic_indic_grouped, persian, multiplier, words };
// The number as Arabic news writes it; empty when `form` cannot write `value` (multiplier needs a
// round number, words stop below a million).
std::string render_number(std::int64_t value, NumberForm form, bool feminine);

// "2.5G", "200M", "64k", "1000": bytes.
std::uint64_t parse_size(const std::string& text);

}  // namespace mizan::bench
