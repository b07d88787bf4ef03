#include "store/db.hpp"

namespace mizan::store {

Db::Db(const std::string& path, bool read_only) : path_(path) {
  sqlite3* raw = nullptr;
  const int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  db_.reset(raw);
  if (rc != SQLITE_OK) {
    const std::string msg = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    throw DbError(path + ": cannot open database: " + msg);
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, 30000);  // a second writer waits for the first
}

void Db::check(int rc, const char* what) const {
  if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) return;
  if ((rc & 0xff) == SQLITE_BUSY) throw DbBusy(path_ + ": " + what + ": " + sqlite3_errmsg(db_.get()));
  throw DbError(path_ + ": " + what + ": " + sqlite3_errmsg(db_.get()));
}

void Db::exec(const char* sql) {
  char* err = nullptr;
  const int rc = sqlite3_exec(db_.get(), sql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    if ((rc & 0xff) == SQLITE_BUSY) throw DbBusy(path_ + ": " + msg);
    throw DbError(path_ + ": " + msg);
  }
}

Stmt::Stmt(const Db& db, const char* sql) : db_(db) {
  sqlite3_stmt* raw = nullptr;
  db.check(sqlite3_prepare_v2(db.get(), sql, -1, &raw, nullptr), "preparing a statement");
  stmt_.reset(raw);
}

Stmt& Stmt::bind(int i, std::int64_t v) {
  db_.check(sqlite3_bind_int64(stmt_.get(), i, v), "binding");
  return *this;
}
Stmt& Stmt::bind(int i, double v) {
  db_.check(sqlite3_bind_double(stmt_.get(), i, v), "binding");
  return *this;
}
Stmt& Stmt::bind(int i, std::string_view v) {
  db_.check(sqlite3_bind_text(stmt_.get(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT), "binding");
  return *this;
}
Stmt& Stmt::bind_null(int i) {
  db_.check(sqlite3_bind_null(stmt_.get(), i), "binding");
  return *this;
}

bool Stmt::step() {
  const int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  db_.check(rc, "running a statement");
  return false;
}

void Stmt::run() {
  while (step()) {
  }
}

void Stmt::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

std::string Stmt::text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), col));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), col))) : std::string();
}

std::string_view Stmt::text_view(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), col));
  return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), col))) : std::string_view();
}

Transaction::Transaction(Db& db, bool immediate) : db_(db) { db_.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN"); }

Transaction::~Transaction() {
  if (!done_) sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace mizan::store
