// Schema upgrades: a golden database made by schema 1 (tests/data/db/claims-v1.db, the five seeds
// ingested by mizan at c9133ab) is upgraded on open, after a backup, and keeps every row.
#include <doctest/doctest.h>

#include <filesystem>

#include "model/error.hpp"
#include "store/claim_store.hpp"
#include "test_db.hpp"
#include "test_util.hpp"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

const std::string kGoldenV1 = test::source_path("tests/data/db/claims-v1.db");

using test::query;

// Every stored row of the three tables, in a fixed order.
std::string dump(const std::string& path) {
  return query(path,
               "SELECT id, name, path, sha256, outlet, published_lo, published_hi, published_precision, url, "
               "title, text, ingested_at FROM documents ORDER BY id") +
         query(path, "SELECT document_id, idx, begin_byte, end_byte FROM sentences ORDER BY document_id, idx") +
         query(path,
               "SELECT id, document_id, sentence, kind, value_lo, value_hi, qualifier, counted, actor, location, "
               "event, time_lo, time_hi, time_precision, date_precision, said_by, number_begin, number_end, "
               "claim_begin, claim_end, grp, role, subject_key, excerpt FROM claims ORDER BY id");
}

std::string copy_golden(const test::TempDir& dir) {
  const std::string path = dir / "claims.db";
  fs::copy_file(kGoldenV1, path);
  return path;
}

}  // namespace

TEST_CASE("store: the golden schema-1 database is what schema 1 made") {
  REQUIRE(fs::exists(kGoldenV1));
  CHECK(query(kGoldenV1, "PRAGMA user_version") == "1\x1f\n");
  CHECK(query(kGoldenV1, "SELECT count(*) FROM documents") == "5\x1f\n");
  CHECK(query(kGoldenV1, "SELECT count(*) FROM claims") == "34\x1f\n");
}

TEST_CASE("store: opening a schema-1 database upgrades it to the current schema, backup first, rows kept") {
  test::TempDir dir;
  const std::string path = copy_golden(dir);
  const std::string before = dump(path);
  {
    store::ClaimStore db(path);
    CHECK(db.schema_version() == store::ClaimStore::kSchemaVersion);
    CHECK(db.integrity_check() == "ok");
    CHECK(db.stats().documents == 5);
    CHECK(db.stats().claims == 34);
  }
  // The backup is the old database, whole and still at version 1.
  const std::string backup = path + ".bak-v1";
  REQUIRE(fs::exists(backup));
  CHECK_FALSE(fs::exists(backup + ".partial"));
  CHECK(query(backup, "PRAGMA user_version") == "1\x1f\n");
  CHECK(query(backup, "PRAGMA integrity_check") == "ok\x1f\n");
  CHECK(dump(backup) == before);
  // The upgraded database has every row it had, and what version 2 adds.
  CHECK(query(path, "PRAGMA user_version") == std::to_string(store::ClaimStore::kSchemaVersion) + "\x1f\n");
  CHECK(dump(path) == before);
  CHECK(query(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'claims_group'") ==
        "claims_group\x1f\n");
  // Opening it again changes nothing and makes no new backup.
  fs::remove(backup);
  { store::ClaimStore db(path); }
  CHECK_FALSE(fs::exists(backup));
  CHECK(dump(path) == before);
}

TEST_CASE("store: read-only commands refuse a database that needs an upgrade, and say how") {
  test::TempDir dir;
  const std::string path = copy_golden(dir);
  const std::string before = test::read(path);
  CHECK_THROWS_WITH_AS(store::ClaimStore(path, true), doctest::Contains("mizan ingest --db"), DbError);
  const auto r = test::run_mizan("claims --db '" + path + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("schema 1 is older") != std::string::npos);
  CHECK(test::read(path) == before);
  CHECK_FALSE(fs::exists(path + ".bak-v1"));
}

TEST_CASE("store: 'mizan ingest' upgrades a schema-1 database and adds to it; 'mizan claims' then reads it") {
  test::TempDir dir;
  const std::string path = copy_golden(dir);
  test::write(dir / "new.txt", "قال المتحدث إن 7 جنود أصيبوا في إدلب.\n");
  const auto r = test::run_mizan("ingest --quiet --db '" + path + "' '" + (dir / "new.txt") + "'");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(fs::exists(path + ".bak-v1"));
  CHECK(query(path, "SELECT count(*) FROM documents") == "6\x1f\n");
  const auto c = test::run_mizan("claims --db '" + path + "'");
  CHECK(c.exit_code == 0);
  CHECK(c.out.find("000_a4a15d0eee9caaff.txt") != std::string::npos);
  CHECK(c.out.find("new.txt") != std::string::npos);
}

TEST_CASE("store: a database from a newer mizan is refused by every command and left untouched") {
  test::TempDir dir;
  const std::string path = copy_golden(dir);
  {
    sqlite3* raw = nullptr;
    sqlite3_open(path.c_str(), &raw);
    sqlite3_exec(raw, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
  }
  const std::string before = test::read(path);
  test::write(dir / "new.txt", "قال المتحدث إن 7 جنود أصيبوا.\n");
  for (const std::string& args : {"ingest --quiet --db '" + path + "' '" + (dir / "new.txt") + "'",
                                  "claims --db '" + path + "'", "report --db '" + path + "' --out '" + (dir / "r") + "'"}) {
    CAPTURE(args);
    const auto r = test::run_mizan(args);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("newer mizan (schema 99") != std::string::npos);
  }
  CHECK(test::read(path) == before);
  CHECK_FALSE(fs::exists(path + ".bak-v99"));
}
