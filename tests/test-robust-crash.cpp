// Crash safety and concurrency: kill -9 of an ingest at random moments, readers and a second
// writer while an ingest writes. Each is its own ctest (tests/ctest-robust.cmake).
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "test_util.hpp"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

// Starts the mizan binary with `args`, its output thrown away; returns its pid.
// Runs mizan in the background; what it says on stderr goes to `err` (nowhere when empty).
pid_t spawn(const std::vector<std::string>& args, const std::string& err = "") {
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(err.empty() ? null : ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), 2);
    std::vector<char*> argv{const_cast<char*>(MIZAN_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(MIZAN_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

int wait_exit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

// One number from a query on the database, read with SQLite alone.
std::string scalar(const std::string& db_path, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
  sqlite3_busy_timeout(db, 30000);
  sqlite3_stmt* st = nullptr;
  const int rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
  INFO(sql << ": " << sqlite3_errmsg(db));
  REQUIRE(rc == SQLITE_OK);
  std::string out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    if (!out.empty()) out += "\n";
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    out += t ? t : "NULL";
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// What must hold of a database whatever happened to the mizan writing it.
void check_sound(const std::string& db) {
  if (!fs::exists(db)) return;  // killed before it was created
  CHECK(scalar(db, "PRAGMA integrity_check") == "ok");
  if (scalar(db, "PRAGMA user_version") == "0") return;  // killed before the schema was committed
  CHECK(scalar(db, "PRAGMA foreign_key_check") == "");
  CHECK(scalar(db, "SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)") == "0");
  CHECK(scalar(db, "SELECT count(*) FROM sentences WHERE document_id NOT IN (SELECT id FROM documents)") == "0");
  CHECK(scalar(db, "SELECT count(*) - count(DISTINCT sha256) FROM documents") == "0");
  // A document is stored whole: its claims all point at its stored sentences.
  CHECK(scalar(db, "SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE "
                   "s.document_id = c.document_id AND s.idx = c.sentence)") == "0");
}

// The input: the 30 news articles and the five seeds, and a JSONL of them all with other ids: 70
// documents. More copies (other bytes, other names) make a longer ingest.
std::string make_corpus(const test::TempDir& dir, int copies = 1) {
  const std::string in = dir / "in";
  fs::create_directories(in);
  std::string jsonl;
  for (const char* sub : {"tests/data/news", "corpus/seeds"}) {
    for (const auto& e : fs::directory_iterator(test::source_path(sub))) {
      if (e.path().extension() != ".txt") continue;
      fs::copy_file(e.path(), in + "/" + e.path().filename().string());
      for (int c = 1; c < copies; ++c)
        test::write(in + "/copy" + std::to_string(c) + "-" + e.path().filename().string(),
                    test::read(e.path().string()) + "\nنسخة " + std::to_string(c) + "\n");
      std::string text;
      for (const char c : test::read(e.path().string())) {
        if (c == '"' || c == '\\') text += '\\';
        if (c == '\n') text += "\\n";
        else if (c == '\t') text += "\\t";
        else if (c != '\r') text += c;
      }
      jsonl += "{\"id\": \"j-" + e.path().stem().string() + "\", \"text\": \"" + text + "\"}\n";
    }
  }
  test::write(in + "/all.jsonl", jsonl);
  return in;
}

}  // namespace

TEST_CASE("robust: kill -9 of an ingest at random moments leaves a sound database; a new ingest completes it" *
          doctest::skip()) {
  test::TempDir dir;
  const std::string in = make_corpus(dir);
  // The reference: one uninterrupted ingest, and how long it takes.
  const std::string ref = dir / "ref.db";
  const auto t0 = std::chrono::steady_clock::now();
  REQUIRE(wait_exit(spawn({"ingest", "--quiet", "--jobs", "2", "--db", ref, in})) == 0);
  const int full_ms = static_cast<int>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count());
  const std::string docs = scalar(ref, "SELECT count(*) FROM documents");
  const std::string claims = scalar(ref, "SELECT count(*) FROM claims");
  REQUIRE(docs == "70");
  MESSAGE("an uninterrupted ingest: " << full_ms << " ms, " << docs << " documents, " << claims << " claims");

  std::mt19937 rng(20261122);
  std::uniform_int_distribution<int> when(0, std::max(full_ms * 4 / 5, 20));
  const int kKills = 24;
  int killed_mid_run = 0;
  std::string db;
  for (int k = 0; k < kKills; ++k) {
    // Every fourth round starts from no database, so that a kill can land in its creation too.
    if (k % 4 == 0) db = dir / ("crash-" + std::to_string(k) + ".db");
    CAPTURE(k);
    const pid_t pid = spawn({"ingest", "--quiet", "--jobs", "2", "--db", db, in});
    std::this_thread::sleep_for(std::chrono::milliseconds(when(rng)));
    kill(pid, SIGKILL);
    if (wait_exit(pid) == -SIGKILL) ++killed_mid_run;
    check_sound(db);
    // Every other kill is followed by an ingest of the same input that runs to its end.
    if (k % 2 == 1) {
      REQUIRE(wait_exit(spawn({"ingest", "--quiet", "--db", db, in})) == 0);
      check_sound(db);
      CHECK(scalar(db, "SELECT count(*) FROM documents") == docs);
      CHECK(scalar(db, "SELECT count(*) FROM claims") == claims);
      CHECK(scalar(db, "SELECT group_concat(sha256, ',') FROM (SELECT sha256 FROM documents ORDER BY sha256)") ==
            scalar(ref, "SELECT group_concat(sha256, ',') FROM (SELECT sha256 FROM documents ORDER BY sha256)"));
    }
  }
  MESSAGE(killed_mid_run << " of " << kKills << " ingests were killed before they ended");
  CHECK(killed_mid_run >= kKills / 2);
}

TEST_CASE("robust: mizan claims/report/check read while an ingest writes; two ingests at once both succeed" *
          doctest::skip()) {
  test::TempDir dir;
  const std::string in = make_corpus(dir, 30);
  const std::string db = dir / "claims.db";
  const std::string all_docs = std::to_string(35 * 30 + 35);
  const std::string seeds = test::source_path("corpus/seeds/000_a4a15d0eee9caaff.txt");
  REQUIRE(test::run_mizan("ingest --quiet --db " + q(db) + " " + q(seeds)).exit_code == 0);

  // Readers in a loop while a writer ingests everything.
  for (int round = 0; round < 2; ++round) {
    CAPTURE(round);
    const std::string target = round == 0 ? db : dir / "second.db";
    if (round == 1) REQUIRE(test::run_mizan("ingest --quiet --db " + q(target) + " " + q(seeds)).exit_code == 0);
    const pid_t writer = spawn({"ingest", "--quiet", "--jobs", "1", "--db", target, in});
    int reads = 0, writer_status = -100;
    while (true) {
      const auto c = test::run_mizan("claims --db " + q(target));
      CHECK(c.exit_code == 0);
      CHECK(c.err == "");
      const auto r = test::run_mizan("report --db " + q(target) + " --out " + q(dir / "reports"));
      CHECK(r.exit_code == 0);
      CHECK(r.err == "");
      const auto k = test::run_mizan("check --db " + q(target) + " " + q(dir / "in/001.txt"));
      CHECK((k.exit_code == 0 || k.exit_code == 1));
      ++reads;
      int status = 0;
      if (waitpid(writer, &status, WNOHANG) == writer) {
        writer_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        break;
      }
    }
    MESSAGE("round " << round << ": " << reads << " rounds of claims, report and check during one ingest");
    CHECK(writer_status == 0);
    CHECK(reads >= 2);
    check_sound(target);
    CHECK(scalar(target, "SELECT count(*) FROM documents") == all_docs);
  }

  // Two writers at once, on an existing database and on one that neither has created yet.
  for (const std::string& target : {db, dir / "fresh.db", dir / "fresh2.db"}) {
    CAPTURE(target);
    const pid_t a = spawn({"ingest", "--quiet", "--db", target, in}, dir / "a.err");
    const pid_t b = spawn({"ingest", "--quiet", "--db", target, in + "/all.jsonl", in}, dir / "b.err");
    const int a_exit = wait_exit(a), b_exit = wait_exit(b);
    const std::string a_err = test::read(dir / "a.err"), b_err = test::read(dir / "b.err");
    CAPTURE(a_err);
    CAPTURE(b_err);
    CHECK(a_exit == 0);
    CHECK(b_exit == 0);
    check_sound(target);
    CHECK(scalar(target, "SELECT count(*) FROM documents") == all_docs);
  }
}
