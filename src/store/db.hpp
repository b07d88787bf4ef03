#pragma once
// RAII over sqlite3 and its statements; every failure throws DbError with SQLite's message.
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "model/error.hpp"

namespace mizan::store {

class Db {
 public:
  // Opens (creating if needed) a database file, or ":memory:".
  explicit Db(const std::string& path, bool read_only = false);
  sqlite3* get() const { return db_.get(); }
  void exec(const char* sql);
  void check(int rc, const char* what) const;
  std::int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_.get()); }
  const std::string& path() const { return path_; }

 private:
  struct Close {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  std::unique_ptr<sqlite3, Close> db_;
  std::string path_;
};

class Stmt {
 public:
  Stmt(const Db& db, const char* sql);
  Stmt& bind(int i, std::int64_t v);
  Stmt& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Stmt& bind(int i, std::uint32_t v) { return bind(i, static_cast<std::int64_t>(v)); }
  Stmt& bind(int i, double v);
  Stmt& bind(int i, std::string_view v);
  Stmt& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Stmt& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Stmt& bind_null(int i);
  // Steps once: true when a row is ready.
  bool step();
  // Steps a statement that returns no rows.
  void run();
  void reset();
  std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_.get(), col); }
  double real(int col) const { return sqlite3_column_double(stmt_.get(), col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL; }
  std::string text(int col) const;
  // The same without a copy: valid until the statement steps, is reset or is finalised.
  std::string_view text_view(int col) const;

 private:
  struct Finalize {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
  };
  const Db& db_;
  std::unique_ptr<sqlite3_stmt, Finalize> stmt_;
};

// Begins in its constructor; rolls back in its destructor unless commit() was called.
class Transaction {
 public:
  explicit Transaction(Db& db, bool immediate = true);
  ~Transaction();
  void commit();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

 private:
  Db& db_;
  bool done_ = false;
};

}  // namespace mizan::store
