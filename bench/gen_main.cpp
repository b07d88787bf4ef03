// mizan-gen: writes a synthetic Arabic news corpus with planted truth (see corpus_gen.hpp).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "corpus_gen.hpp"
#include "model/error.hpp"

namespace {

constexpr const char* kHelp = R"(usage: mizan-gen [options] OUT_DIR

Writes a synthetic corpus of Arabic news articles into OUT_DIR: corpus-NNNN.jsonl (one article a
line: id, outlet, published, url, title, text), truth.tsv (every planted claim: its story, what the
comparator must conclude - agree, conflict, evolves, sums, does_not_sum - its document, subject key,
day and value) and meta.tsv (the options and counts). The same options give the same bytes.

options:
  --size SIZE        stop after this much JSONL: 1M, 200M, 2G (default 1M)
  --docs N           stop after N articles instead
  --seed N           (default 1)
  --shard-size SIZE  start a new corpus file past this size (default 4M)
  --per-day N        articles per publication day (default 120)
  -h, --help         this help
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace mizan::bench;
  try {
    GenOptions o;
    std::string out;
    std::vector<std::string> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
      const std::string& a = args[i];
      auto value = [&]() -> std::string {
        if (i + 1 >= args.size()) throw mizan::Error(a + " needs a value");
        return args[++i];
      };
      if (a == "-h" || a == "--help") {
        std::cout << kHelp;
        return 0;
      } else if (a == "--size") {
        o.target_bytes = parse_size(value());
      } else if (a == "--docs") {
        o.max_docs = std::stoull(value());
      } else if (a == "--seed") {
        o.seed = std::stoull(value());
      } else if (a == "--shard-size") {
        o.shard_bytes = parse_size(value());
      } else if (a == "--per-day") {
        o.articles_per_day = std::max(1, std::stoi(value()));
      } else if (!a.empty() && a[0] == '-') {
        throw mizan::Error("unknown option " + a + " (see --help)");
      } else if (out.empty()) {
        out = a;
      } else {
        throw mizan::Error("one OUT_DIR only");
      }
    }
    if (out.empty()) throw mizan::Error("OUT_DIR is missing (see --help)");
    const auto t0 = std::chrono::steady_clock::now();
    const GenStats s = write_corpus(o, out);
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf(
        "mizan-gen: %llu articles, %.1f MB JSONL (%.1f MB of text) in %s; %llu planted claims; stories: %llu agree, "
        "%llu conflict (%llu document pairs), %llu evolve, %llu breakdowns that sum, %llu that do not; %.1f s\n",
        static_cast<unsigned long long>(s.articles), s.bytes / 1e6, s.text_bytes / 1e6, out.c_str(),
        static_cast<unsigned long long>(s.planted_claims), static_cast<unsigned long long>(s.stories[0]),
        static_cast<unsigned long long>(s.stories[1]), static_cast<unsigned long long>(s.conflict_pairs),
        static_cast<unsigned long long>(s.stories[2]), static_cast<unsigned long long>(s.stories[3]),
        static_cast<unsigned long long>(s.stories[4]), secs);
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "mizan-gen: " << e.what() << "\n";
    return 2;
  }
}
