#pragma once
// Reading (and changing) a database file with SQLite alone, for tests that check what mizan stored.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <string>

namespace mizan::test {

// Runs one query on a database file, read-only, and returns its rows: cells joined by \x1f, rows
// ended by \n, NULL as "NULL".
inline std::string query(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  const int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
  INFO(sqlite3_errmsg(db));
  REQUIRE(rc == SQLITE_OK);
  std::string out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
      out += t ? t : "NULL";
      out += '\x1f';
    }
    out += '\n';
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// Runs SQL on a database file behind mizan's back (a trigger that stands for a full disk).
inline void exec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
  INFO(sqlite3_errmsg(db));
  CHECK(rc == SQLITE_OK);
  sqlite3_close(db);
}

}  // namespace mizan::test
