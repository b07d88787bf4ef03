// mizan-bench: the benchmarks of issue 6, one line of figures each, and the planted-truth run at
// scale. Corpora come from the generator (corpus_gen.hpp) and are kept in the work directory, so a
// second run measures without generating again.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "compare/compare.hpp"
#include "corpus_gen.hpp"
#include "ingest/reader.hpp"
#include "model/error.hpp"
#include "planted.hpp"
#include "store/claim_store.hpp"
#include "grammar/scan.hpp"
#include "text/fold.hpp"
#include "text/segment.hpp"

extern char** environ;

namespace fs = std::filesystem;
using namespace mizan;
using namespace mizan::bench;

namespace {

constexpr const char* kHelp = R"(usage: mizan-bench [options] COMMAND...

Benchmarks of mizan on generated Arabic news (see mizan-gen); each prints one line of figures.
Times are medians of several runs (--runs); other work on the machine makes them noisy.

commands:
  extract   fold, segment, parse and build claims, no database: MB/s and claims/s on one core
  uconv     ICU's own normaliser (uconv -x any-nfkc) on the same text, and mizan/uconv
  numbers   mizan numbers (the quantity grammar alone) on generated and on real news: MB/s
  ingest    mizan ingest into a new database with 1 and 2 threads: MB/s, documents/s, claims/s
  report    mizan report on 10k, 100k and 1M stored claims: time, peak memory, growth
  check     mizan check of one article against 10k, 100k and 1M stored claims
  oneline   one 16 MB article on one line (420k claims): ingest, report, claims, check
  planted   ingest a >= 200 MB corpus, compare, and check against its planted truth
  all       all of the above, in that order

options:
  --work DIR       where corpora and databases are kept (default: work/ beside this program)
  --size SIZE      corpus of extract, uconv, numbers and ingest (default 64M)
  --planted SIZE   JSONL of the planted run (default 220M: over 200 MB of article text)
  --claims LIST    stored claims for report and check (default 10k,100k,1M)
  --runs N         runs per figure (default 5; report and ingest take min(N, 3))
  --mizan PATH     the mizan program (default: the one built beside this)
  -h, --help       this help
)";

struct Config {
  fs::path work;
  std::uint64_t size = 64ull << 20;
  std::uint64_t planted = 220ull << 20;  // JSONL; a little over 200 MB of article text
  std::vector<std::uint64_t> claims = {10000, 100000, 1000000};
  int runs = 5;
  std::string mizan = MIZAN_BINARY;
};

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// CPU time of this thread: what the work cost, whatever else the machine runs.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// A figure beside its target: "(target >= 30 MB/s: met)".
std::string target(const std::string& what, bool met) { return "(target " + what + ": " + (met ? "met" : "missed") + ")"; }

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// 1234567 -> "1.23M", 12000 -> "12k"
std::string count(double n) {
  if (n >= 1e6) return fixed(n / 1e6, n >= 1e7 ? 1 : 2) + "M";
  if (n >= 1e4) return fixed(n / 1e3, 0) + "k";
  return fixed(n, 0);
}

std::string mib(double kib) {
  if (kib >= 1024 * 1024) return fixed(kib / 1024 / 1024, 2) + " GiB";
  return fixed(kib / 1024, 0) + " MiB";
}

std::string size_name(std::uint64_t bytes) {
  if (bytes >= (1ull << 30) && bytes % (1ull << 30) == 0) return std::to_string(bytes >> 30) + "G";
  if (bytes >= (1ull << 20) && bytes % (1ull << 20) == 0) return std::to_string(bytes >> 20) + "M";
  return std::to_string(bytes);
}

struct Run {
  double seconds = 0;
  double cpu_seconds = 0;  // user + system, all threads
  double max_rss_kib = 0;
  int exit_code = -1;
  std::string out;  // what it printed on stdout
};

// Runs a program, its stdout kept and its stderr in WORK/last-stderr.txt; wall time and peak memory.
// With stdin_path, the program reads that file on its standard input.
Run run(const Config& cfg, const std::vector<std::string>& argv, const std::string& stdin_path = {}) {
  const std::string out_path = (cfg.work / "last-stdout.txt").string();
  const std::string err_path = (cfg.work / "last-stderr.txt").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (!stdin_path.empty()) posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, stdin_path.c_str(), O_RDONLY, 0);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const auto t0 = std::chrono::steady_clock::now();
  const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw Error("cannot run " + argv[0] + ": " + std::strerror(rc));
  int status = 0;
  rusage ru{};
  wait4(pid, &status, 0, &ru);
  Run r;
  r.seconds = seconds_since(t0);
  r.max_rss_kib = static_cast<double>(ru.ru_maxrss);
  r.cpu_seconds = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                  static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::ifstream in(out_path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  r.out = ss.str();
  return r;
}

Run run_ok(const Config& cfg, const std::vector<std::string>& argv, std::initializer_list<int> ok = {0},
           const std::string& stdin_path = {}) {
  Run r = run(cfg, argv, stdin_path);
  if (std::find(ok.begin(), ok.end(), r.exit_code) == ok.end()) {
    std::ifstream in(cfg.work / "last-stderr.txt");
    std::string first;
    std::getline(in, first);
    std::string cmd;
    for (const std::string& a : argv) cmd += (cmd.empty() ? "" : " ") + a;
    throw Error(cmd + ": exit code " + std::to_string(r.exit_code) + (first.empty() ? "" : ": " + first));
  }
  return r;
}

std::map<std::string, std::string> read_meta(const fs::path& dir) {
  std::map<std::string, std::string> m;
  std::ifstream in(dir / "meta.tsv");
  std::string line;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    if (tab != std::string::npos) m[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return m;
}

// A generated corpus in WORK/NAME, made again only when its options changed.
fs::path corpus(const Config& cfg, const std::string& name, const GenOptions& o) {
  const fs::path dir = cfg.work / name;
  const auto meta = read_meta(dir);
  auto same = [&](const char* key, std::uint64_t v) {
    const auto it = meta.find(key);
    return it != meta.end() && it->second == std::to_string(v);
  };
  if (same("seed", o.seed) && same("target_bytes", o.target_bytes) && same("max_docs", o.max_docs) &&
      same("holdout", o.holdout) && same("articles_per_day", static_cast<std::uint64_t>(o.articles_per_day)))
    return dir;
  std::cerr << "mizan-bench: generating " << dir.string() << " ..." << std::endl;
  fs::remove_all(dir);
  write_corpus(o, dir.string());
  return dir;
}

std::vector<std::string> shards(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".jsonl") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Document> load(const fs::path& dir, std::uint64_t& text_bytes) {
  std::vector<Document> docs;
  std::vector<std::string> problems;
  for (const std::string& f : shards(dir)) {
    std::vector<Document> d = ingest::read_documents(f, ingest::read_file(f), nullptr, {}, problems);
    for (Document& x : d) docs.push_back(std::move(x));
  }
  if (!problems.empty()) throw Error(problems.front());
  text_bytes = 0;
  for (const Document& d : docs) text_bytes += d.text.size();
  return docs;
}

std::string machine() {
  std::ifstream in("/proc/cpuinfo");
  std::string line, model;
  while (std::getline(in, line))
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  double load[3] = {0, 0, 0};
  getloadavg(load, 3);
  const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
  return model + ", " + std::to_string(sysconf(_SC_NPROCESSORS_ONLN)) + " cores, " +
         fixed(static_cast<double>(pages) * page / (1ull << 30), 0) + " GiB; load average " + fixed(load[0], 1) +
         " at start";
}

// ---- the benchmarks ------------------------------------------------------------------------------

struct Figures {
  double extract_mbs = 0, uconv_mbs = 0;
};

fs::path default_corpus(const Config& cfg) {
  GenOptions o;
  o.target_bytes = cfg.size;
  return corpus(cfg, "corpus-" + size_name(cfg.size), o);
}

void bench_extract(const Config& cfg, Figures& fig) {
  std::uint64_t bytes = 0;
  std::vector<Document> docs = load(default_corpus(cfg), bytes);
  std::vector<double> times, cpu_times, fold_times, segment_times, scan_times;
  std::size_t claims = 0;
  for (int r = 0; r < cfg.runs; ++r) {
    claims = 0;
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = thread_cpu_seconds();
    for (Document& d : docs) {
      cli::Extracted e = cli::extract_document(std::move(d));
      claims += e.claims.size();
      d = std::move(e.doc);
    }
    times.push_back(seconds_since(t0));
    cpu_times.push_back(thread_cpu_seconds() - c0);
    // The stages alone, each on the output of the one before: what bounds the whole.
    FoldedText f;
    std::vector<Span> spans;
    std::vector<grammar::Found> found;
    double fold_s = 0, segment_s = 0;
    const double t1 = thread_cpu_seconds();
    for (const Document& d : docs) {
      double ta = thread_cpu_seconds();
      fold_into(d.text, f);
      fold_s += thread_cpu_seconds() - ta;
      ta = thread_cpu_seconds();
      spans.clear();
      split_sentences(f.text, spans);
      segment_s += thread_cpu_seconds() - ta;
      for (const Span& sp : spans) {
        found.clear();
        grammar::find_quantities(std::string_view(f.text).substr(sp.begin, sp.size()), found);
      }
    }
    const double all_s = thread_cpu_seconds() - t1;
    fold_times.push_back(fold_s);
    segment_times.push_back(segment_s);
    scan_times.push_back(all_s - fold_s - segment_s);
  }
  const double t = median(times);
  fig.extract_mbs = bytes / 1e6 / t;
  auto mbs = [&](const std::vector<double>& ts) { return fixed(bytes / 1e6 / median(ts), 0); };
  const double cpu = median(cpu_times);
  std::printf("extract: %s of article text, %s articles, one core: %s MB/s %s, %s claims/s (%s claims in %s s; per CPU-second "
              "%s MB/s, %s claims/s; stages alone per CPU-second: fold %s MB/s, segment %s MB/s, grammar scan %s MB/s)\n",
              (fixed(bytes / 1e6, 1) + " MB").c_str(), count(static_cast<double>(docs.size())).c_str(),
              fixed(fig.extract_mbs, 1).c_str(), target(">= 50 MB/s", fig.extract_mbs >= 50).c_str(), count(claims / t).c_str(), count(static_cast<double>(claims)).c_str(),
              fixed(t, 2).c_str(), fixed(bytes / 1e6 / cpu, 1).c_str(), count(claims / cpu).c_str(), mbs(fold_times).c_str(),
              mbs(segment_times).c_str(), mbs(scan_times).c_str());
  std::fflush(stdout);
}

// The generated corpus's article text as one file, an article a line (what uconv and mizan numbers
// read); `bytes` is set to its article text's size.
fs::path generated_text(const Config& cfg, std::uint64_t& bytes) {
  const std::vector<Document> docs = load(default_corpus(cfg), bytes);
  const fs::path path = cfg.work / ("text-" + size_name(cfg.size) + ".txt");
  std::ofstream out(path, std::ios::binary);
  for (const Document& d : docs) out << d.text << '\n';
  return path;
}

void bench_uconv(const Config& cfg, Figures& fig) {
  std::uint64_t bytes = 0;
  const fs::path input = generated_text(cfg, bytes);
  std::vector<double> times, cpu;
  for (int r = 0; r < cfg.runs; ++r) {
    const Run u = run_ok(cfg, {"uconv", "-f", "utf-8", "-t", "utf-8", "-x", "any-nfkc", "-o", "/dev/null", input.string()});
    times.push_back(u.seconds);
    cpu.push_back(u.cpu_seconds);
  }
  fig.uconv_mbs = bytes / 1e6 / median(times);
  const std::string ratio = fig.extract_mbs > 0 ? fixed(fig.extract_mbs / fig.uconv_mbs, 2) + " " +
                                                      target("speed >= uconv's", fig.extract_mbs >= fig.uconv_mbs)
                                                : "(run extract)";
  std::printf("uconv: uconv -x any-nfkc on the same %s MB: %s MB/s (per CPU-second %s MB/s); mizan extract / uconv = %s\n",
              fixed(bytes / 1e6, 1).c_str(), fixed(fig.uconv_mbs, 1).c_str(), fixed(bytes / 1e6 / median(cpu), 1).c_str(),
              ratio.c_str());
  std::fflush(stdout);
}

// Real Arabic news, the bundled seeds and the evaluation articles, repeated to about `size` bytes.
fs::path real_news_text(const Config& cfg) {
  const fs::path path = cfg.work / ("real-news-" + size_name(cfg.size) + ".txt");
  if (fs::exists(path) && fs::file_size(path) >= cfg.size) return path;
  std::string one;
  for (const char* dir : {"corpus/seeds", "tests/data/news"}) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(MIZAN_SOURCE_DIR) / dir))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) one += ingest::read_file(f.string()) + "\n";
  }
  if (one.empty()) throw Error("no articles in corpus/seeds or tests/data/news under " MIZAN_SOURCE_DIR);
  std::ofstream out(path, std::ios::binary);
  for (std::uint64_t written = 0; written < cfg.size; written += one.size()) out << one;
  return path;
}

// mizan numbers (fold + grammar + output, what the quantity grammar costs alone) over the generated
// corpus and over real news, each of --size bytes, read from standard input.
void bench_numbers(const Config& cfg) {
  std::uint64_t bytes = 0;
  const fs::path generated = generated_text(cfg, bytes);
  for (const auto& [name, path] : {std::pair<std::string, fs::path>{"generated news", generated},
                                   std::pair<std::string, fs::path>{"real news (seeds and tests/data/news, repeated)",
                                                                    real_news_text(cfg)}}) {
    const double mb = static_cast<double>(fs::file_size(path)) / 1e6;
    std::vector<double> times, cpu;
    std::size_t found = 0;
    for (int r = 0; r < cfg.runs; ++r) {
      const Run u = run_ok(cfg, {cfg.mizan, "numbers", "--date", "2024-01-01"}, {0}, path.string());
      times.push_back(u.seconds);
      cpu.push_back(u.cpu_seconds);
      found = static_cast<std::size_t>(std::count(u.out.begin(), u.out.end(), '\n'));
    }
    std::printf("numbers: mizan numbers on %s MB of %s: %s MB/s (per CPU-second %s MB/s), %s numbers found, %s/s\n",
                fixed(mb, 1).c_str(), name.c_str(), fixed(mb / median(times), 1).c_str(), fixed(mb / median(cpu), 1).c_str(),
                count(static_cast<double>(found)).c_str(), count(found / median(times)).c_str());
    std::fflush(stdout);
  }
}

std::uint64_t claims_stored(const std::string& ingest_output) {
  const auto at = ingest_output.find(" claims stored");
  if (at == std::string::npos) return 0;
  auto b = ingest_output.rfind(' ', at - 1);
  return std::stoull(ingest_output.substr(b + 1, at - b - 1));
}

void bench_ingest(const Config& cfg, const Figures& fig) {
  const fs::path dir = default_corpus(cfg);
  const auto meta = read_meta(dir);
  const double bytes = std::stod(meta.at("text_bytes")), docs = std::stod(meta.at("articles"));
  const fs::path db = cfg.work / "ingest.db";
  std::string line = "ingest: " + fixed(bytes / 1e6, 1) + " MB, " + count(docs) + " articles:";
  double one = 0;
  // One core: --jobs 1 pinned to one CPU (its reader and the writer share it); two: --jobs 2 on both.
  for (const int jobs : {1, 2}) {
    std::vector<double> times, cpu;
    std::uint64_t claims = 0;
    for (int r = 0; r < std::min(cfg.runs, 3); ++r) {
      for (const char* ext : {"", "-wal", "-shm"}) fs::remove(db.string() + ext);
      std::vector<std::string> cmd{cfg.mizan, "ingest", "--quiet", "--jobs", std::to_string(jobs), "--db", db.string(), dir.string()};
      if (jobs == 1) cmd.insert(cmd.begin(), {"taskset", "-c", "0"});
      const Run run = run_ok(cfg, cmd);
      times.push_back(run.seconds);
      cpu.push_back(run.cpu_seconds);
      claims = claims_stored(run.out);
    }
    const double t = median(times);
    const double mbs = bytes / 1e6 / t;
    if (jobs == 1) one = mbs;
    // --jobs N reads and extracts on N threads while the main thread writes.
    line += std::string(jobs == 1 ? " one core (--jobs 1, pinned) " : "; two cores (--jobs 2) ") + fixed(mbs, 1) + " MB/s, " +
            count(docs / t) + " docs/s, " + count(claims / t) + " claims/s, " + fixed(median(cpu), 1) + " CPU-s";
    if (jobs == 1) {
      line += " " + target(">= 30 MB/s", mbs >= 30);
      // The uconv line measured the generated text of the same corpus.
      if (fig.uconv_mbs > 0) line += "; mizan / uconv time " + fixed(fig.uconv_mbs / mbs, 2) + " " + target("<= 1.0", mbs >= fig.uconv_mbs);
    }
    if (jobs == 2) line += " (x" + fixed(mbs / one, 2) + " " + target(">= x1.6", mbs / one >= 1.6) + ")";
  }
  std::printf("%s\n", line.c_str());
  std::fflush(stdout);
}

// A database of about `claims` stored claims, and articles held out for `check`.
struct ClaimsDb {
  fs::path db, holdout;
  std::uint64_t claims = 0;
};

ClaimsDb claims_db(const Config& cfg, std::uint64_t claims) {
  GenOptions o;
  o.seed = 3;
  // The generator writes about one claim per 800-950 bytes of JSONL (fewer breakdowns later on).
  o.target_bytes = claims * 960;
  o.holdout = 9;
  const std::string name = "claims-" + count(static_cast<double>(claims));
  const fs::path dir = corpus(cfg, name, o);
  ClaimsDb out{cfg.work / (name + ".db"), dir / "holdout", 0};
  const fs::path stamp = cfg.work / (name + ".db.claims");
  if (fs::exists(out.db) && fs::exists(stamp) && fs::last_write_time(stamp) >= fs::last_write_time(dir / "meta.tsv")) {
    std::ifstream(stamp) >> out.claims;
    return out;
  }
  std::cerr << "mizan-bench: ingesting " << dir.string() << " ..." << std::endl;
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(out.db.string() + ext);
  const Run r = run_ok(cfg, {cfg.mizan, "ingest", "--quiet", "--jobs", "2", "--db", out.db.string(), dir.string()});
  out.claims = claims_stored(r.out);
  std::ofstream(stamp) << out.claims;
  return out;
}

void bench_report(const Config& cfg) {
  std::string line = "report:";
  double prev_t = 0, prev_n = 0;
  std::string growth;
  for (const std::uint64_t n : cfg.claims) {
    const ClaimsDb c = claims_db(cfg, n);
    std::vector<double> times, rss, cpu;
    for (int r = 0; r < std::min(cfg.runs, 3); ++r) {
      const Run run = run_ok(cfg, {cfg.mizan, "report", "--db", c.db.string(), "--out", (cfg.work / "report-out").string()});
      times.push_back(run.seconds);
      rss.push_back(run.max_rss_kib);
      cpu.push_back(run.cpu_seconds);
    }
    // Growth is judged on CPU time: wall time on a shared machine moves with the others' load.
    const double t = median(cpu);
    const double peak = *std::max_element(rss.begin(), rss.end());
    line += std::string(prev_n ? ";" : "") + " " + count(static_cast<double>(c.claims)) + " claims " + fixed(median(times), 2) +
            " s (CPU " + fixed(t, 2) + " s) " + mib(peak);
    if (c.claims >= 900000) line += " " + target("< 20 s, < 1 GiB", median(times) < 20 && peak < 1024.0 * 1024);
    if (prev_n) {
      const double k = c.claims / prev_n;
      growth += (growth.empty() ? "" : ", ") + std::string("x") + fixed(t / prev_t, 1) + " for x" + fixed(k, 1) + " claims (n log n: x" +
                fixed(k * std::log(static_cast<double>(c.claims)) / std::log(prev_n), 1) + ")";
    }
    prev_t = t;
    prev_n = static_cast<double>(c.claims);
  }
  std::printf("%s; CPU time grows %s (target: about n log n)\n", line.c_str(), growth.c_str());
  std::fflush(stdout);
}

void bench_check(const Config& cfg) {
  std::string line = "check: one article against";
  for (const std::uint64_t n : cfg.claims) {
    const ClaimsDb c = claims_db(cfg, n);
    std::vector<std::string> probes;
    for (const auto& e : fs::directory_iterator(c.holdout))
      if (e.path().extension() == ".jsonl") probes.push_back(e.path().string());
    std::sort(probes.begin(), probes.end());
    std::vector<double> cli_times, cli_cpu, lib_times;
    for (int r = 0; r < std::max(1, cfg.runs / 2); ++r)
      for (const std::string& p : probes) {
        const Run run = run_ok(cfg, {cfg.mizan, "check", "--db", c.db.string(), "--format", "tsv", p}, {0, 1});
        cli_times.push_back(run.seconds);
        cli_cpu.push_back(run.cpu_seconds);
      }
    // The same in this process: what reading, framing and comparing cost without starting a program.
    store::ClaimStore store(c.db.string(), /*read_only=*/true);
    std::size_t compared = 0;
    for (int r = 0; r < cfg.runs; ++r)
      for (const std::string& p : probes) {
        std::vector<std::string> problems;
        std::vector<Document> docs = ingest::read_documents(p, ingest::read_file(p), nullptr, {}, problems);
        const auto t0 = std::chrono::steady_clock::now();
        const cli::Extracted e = cli::extract_document(std::move(docs.front()));
        const compare::ArticleCheck a = cli::check_against_store(store, e, compare::Options{});
        compared += a.comparison.claims.size() - a.article_claims;
        lib_times.push_back(seconds_since(t0));
      }
    line += std::string(n == cfg.claims.front() ? " " : "; ") + count(static_cast<double>(c.claims)) + " claims " +
            fixed(median(cli_times) * 1000, 1) + " ms (CPU " + fixed(median(cli_cpu) * 1000, 1) + " ms; in-process " +
            fixed(median(lib_times) * 1000, 2) + " ms, " +
            fixed(static_cast<double>(compared) / lib_times.size(), 0) + " stored claims read and framed with it)";
    if (c.claims >= 900000) line += " " + target("< 50 ms", median(cli_times) < 0.050);
  }
  std::printf("%s\n", line.c_str());
  std::fflush(stdout);
}

bool bench_planted(const Config& cfg) {
  GenOptions o;
  o.seed = 2;
  o.target_bytes = cfg.planted;
  const fs::path dir = corpus(cfg, "planted-" + size_name(cfg.planted), o);
  const auto meta = read_meta(dir);
  const fs::path db = cfg.work / ("planted-" + size_name(cfg.planted) + ".db");
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(db.string() + ext);
  const Run ingest = run_ok(cfg, {cfg.mizan, "ingest", "--quiet", "--jobs", "2", "--db", db.string(), dir.string()});
  const std::uint64_t claims = claims_stored(ingest.out);
  const Run report = run_ok(cfg, {cfg.mizan, "report", "--db", db.string(), "--out", (cfg.work / "planted-report").string()});
  // The comparison `mizan report` just made, again in this process, against the truth.
  const auto t0 = std::chrono::steady_clock::now();
  store::ClaimStore store(db.string(), /*read_only=*/true);
  const compare::Comparison c = compare::compare_claims(store.claims_by_subject());
  const double compare_s = seconds_since(t0);
  const PlantedResult r = check_planted(c, read_truth((dir / "truth.tsv").string()));
  std::printf("planted: %s MB, %s articles, %s claims (ingest --jobs 2 %s s, report %s s %s, compare %s s): %s\n",
              fixed(std::stod(meta.at("text_bytes")) / 1e6, 1).c_str(), count(std::stod(meta.at("articles"))).c_str(),
              count(static_cast<double>(claims)).c_str(), fixed(ingest.seconds, 1).c_str(), fixed(report.seconds, 1).c_str(),
              mib(report.max_rss_kib).c_str(), fixed(compare_s, 1).c_str(), r.summary().c_str());
  for (const std::string& p : r.problems) std::printf("  %s\n", p.c_str());
  std::fflush(stdout);
  return r.ok();
}

std::vector<std::uint64_t> parse_claims(const std::string& list) {
  std::vector<std::uint64_t> out;
  std::stringstream ss(list);
  for (std::string item; std::getline(ss, item, ',');) {
    double mult = 1;
    if (!item.empty() && (item.back() == 'k' || item.back() == 'K')) mult = 1e3, item.pop_back();
    else if (!item.empty() && (item.back() == 'M' || item.back() == 'm')) mult = 1e6, item.pop_back();
    out.push_back(static_cast<std::uint64_t>(std::stod(item) * mult));
  }
  if (out.empty()) throw Error("--claims needs a list such as 10k,100k,1M");
  return out;
}

}  // namespace

// One article of 16 MB on one line, a claim every 40 bytes (the case of a report that once never
// finished): ingest it, then report, list and check it; each should cost about what its claims do,
// and the report less than the ingest.
void bench_oneline(const Config& cfg) {
  const fs::path text = cfg.work / "oneline-16M.txt";
  const std::string phrase = "نحو 15 ألف مسلح في إدلب ";
  if (!fs::exists(text)) {
    std::ofstream out(text, std::ios::binary);
    for (std::uint64_t written = 0; written + phrase.size() <= (16ull << 20); written += phrase.size()) out << phrase;
  }
  const fs::path db = cfg.work / "oneline.db";
  std::vector<double> ingest, report, report_rss, listing, listing_rss, check, check_rss;
  std::uint64_t claims = 0;
  for (int r = 0; r < std::min(cfg.runs, 3); ++r) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
    const Run in = run_ok(cfg, {cfg.mizan, "ingest", "--quiet", "--db", db.string(), text.string()});
    ingest.push_back(in.seconds);
    claims = claims_stored(in.out);
    const Run rep = run_ok(cfg, {cfg.mizan, "report", "--db", db.string(), "--out", (cfg.work / "oneline-report").string()});
    report.push_back(rep.seconds);
    report_rss.push_back(rep.max_rss_kib);
    const Run list = run_ok(cfg, {cfg.mizan, "claims", "--db", db.string()});
    listing.push_back(list.seconds);
    listing_rss.push_back(list.max_rss_kib);
    const Run chk = run_ok(cfg, {cfg.mizan, "check", "--db", db.string(), "--date", "2024-01-01", "--format", "tsv", text.string()}, {0, 1});
    check.push_back(chk.seconds);
    check_rss.push_back(chk.max_rss_kib);
  }
  const double in_s = median(ingest), rep_s = median(report);
  std::printf("oneline: %s on one line, %s claims: ingest %s s; report %s s %s (target: less than the ingest: %s); "
              "claims listing %s s %s; check of the article against its stored copy %s s %s\n",
              (fixed(static_cast<double>(fs::file_size(text)) / 1e6, 1) + " MB").c_str(), count(static_cast<double>(claims)).c_str(), fixed(in_s, 2).c_str(),
              fixed(rep_s, 2).c_str(), mib(*std::max_element(report_rss.begin(), report_rss.end())).c_str(),
              rep_s < in_s ? "met" : "missed", fixed(median(listing), 2).c_str(),
              mib(*std::max_element(listing_rss.begin(), listing_rss.end())).c_str(), fixed(median(check), 2).c_str(),
              mib(*std::max_element(check_rss.begin(), check_rss.end())).c_str());
  std::fflush(stdout);
}

int main(int argc, char** argv) {
  try {
    Config cfg;
    cfg.work = fs::canonical("/proc/self/exe").parent_path() / "work";
    std::vector<std::string> commands;
    std::vector<std::string> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
      const std::string& a = args[i];
      auto value = [&]() -> std::string {
        if (i + 1 >= args.size()) throw Error(a + " needs a value");
        return args[++i];
      };
      if (a == "-h" || a == "--help") {
        std::cout << kHelp;
        return 0;
      } else if (a == "--work") {
        cfg.work = value();
      } else if (a == "--size") {
        cfg.size = parse_size(value());
      } else if (a == "--planted") {
        cfg.planted = parse_size(value());
      } else if (a == "--claims") {
        cfg.claims = parse_claims(value());
      } else if (a == "--runs") {
        cfg.runs = std::max(1, std::stoi(value()));
      } else if (a == "--mizan") {
        cfg.mizan = value();
      } else if (!a.empty() && a[0] == '-') {
        throw Error("unknown option " + a + " (see --help)");
      } else {
        commands.push_back(a);
      }
    }
    if (commands.empty()) throw Error("name a COMMAND (see --help)");
    if (commands.size() == 1 && commands[0] == "all") commands = {"extract", "uconv", "numbers", "ingest", "report", "check", "oneline", "planted"};
    fs::create_directories(cfg.work);
    std::printf("mizan-bench: %s; work in %s\n", machine().c_str(), cfg.work.string().c_str());
    std::fflush(stdout);
    Figures fig;
    bool ok = true;
    for (const std::string& c : commands) {
      if (c == "extract") bench_extract(cfg, fig);
      else if (c == "uconv") bench_uconv(cfg, fig);
      else if (c == "numbers") bench_numbers(cfg);
      else if (c == "ingest") bench_ingest(cfg, fig);
      else if (c == "report") bench_report(cfg);
      else if (c == "check") bench_check(cfg);
      else if (c == "oneline") bench_oneline(cfg);
      else if (c == "planted") ok = bench_planted(cfg) && ok;
      else throw Error("unknown command '" + c + "' (see --help)");
    }
    return ok ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "mizan-bench: " << e.what() << "\n";
    return 2;
  }
}
