#include "store/claim_store.hpp"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <numeric>
#include <optional>
#include <thread>
#include <unordered_map>

#include "model/ranks.hpp"
#include "store/db.hpp"

namespace mizan::store {

namespace {

// Migration N takes a database from user_version N-1 to N. Never edit a shipped step; add one.
constexpr const char* kMigrations[] = {
    // 1: documents, sentences, claims.
    R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  outlet TEXT NOT NULL,
  published_lo INTEGER,
  published_hi INTEGER,
  published_precision TEXT NOT NULL,
  url TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_name ON documents(name);
CREATE TABLE sentences (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  begin_byte INTEGER NOT NULL,
  end_byte INTEGER NOT NULL,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;
CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value_lo REAL NOT NULL,
  value_hi REAL NOT NULL,
  qualifier TEXT NOT NULL,
  counted TEXT NOT NULL,
  actor TEXT NOT NULL,
  location TEXT NOT NULL,
  event TEXT NOT NULL,
  time_lo INTEGER,
  time_hi INTEGER,
  time_precision TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  said_by TEXT NOT NULL,
  number_begin INTEGER NOT NULL,
  number_end INTEGER NOT NULL,
  claim_begin INTEGER NOT NULL,
  claim_end INTEGER NOT NULL,
  grp INTEGER NOT NULL,
  role TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  excerpt TEXT NOT NULL
);
CREATE INDEX claims_subject ON claims(subject_key, time_lo, document_id);
CREATE INDEX claims_document ON claims(document_id, id);
)sql",
    // 2: the parts of a breakdown and the two sides of an exchange are found by their group.
    R"sql(
CREATE INDEX claims_group ON claims(document_id, grp) WHERE grp >= 0;
)sql",
    // 3: what each document says of itself (the match stage's profile), worked out at ingest so that
    // a report need not read and fold every text. Documents stored before have none until read again.
    R"sql(
CREATE TABLE document_profiles (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  event_type TEXT NOT NULL,
  event_year TEXT NOT NULL,
  country TEXT NOT NULL,
  countries TEXT NOT NULL,
  weekdays INTEGER NOT NULL,
  words TEXT NOT NULL
) WITHOUT ROWID;
)sql",
    // 4: what people made of verdicts (mizan review), by the verdict's id: the same two claims give
    // the same id in every report, so a review outlives re-ingests and report runs. One row per
    // verdict, the latest review; what the verdict said when reviewed is kept beside it, and the
    // group it stands for (its two documents, subject, relation and check: the report gives one
    // verdict for the pairs of claims of a group, `check` each pair).
    R"sql(
CREATE TABLE reviews (
  verdict_id TEXT PRIMARY KEY,
  verdict_group TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('confirmed', 'false', 'unsure')),
  note TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  reviewed_at TEXT NOT NULL,
  relation TEXT NOT NULL,
  summary TEXT NOT NULL
) WITHOUT ROWID;
)sql",
};
constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]);
static_assert(kMigrationCount == ClaimStore::kSchemaVersion, "one migration per schema version");

constexpr char kFindDocumentSql[] = "SELECT id FROM documents WHERE sha256 = ?";
constexpr char kInsertDocumentSql[] =
    "INSERT INTO documents (name, path, sha256, outlet, published_lo, published_hi, published_precision, url, "
    "title, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr char kInsertProfileSql[] =
    "INSERT INTO document_profiles (document_id, event_type, event_year, country, countries, weekdays, words) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr char kProfilesSql[] =
    "SELECT d.id, d.published_lo, d.published_hi, d.published_precision, p.event_type, p.event_year, p.country, "
    "p.countries, p.weekdays, p.words FROM documents d LEFT JOIN document_profiles p ON p.document_id = d.id "
    "ORDER BY d.id";
constexpr char kProfileOfSql[] =
    "SELECT d.id, d.published_lo, d.published_hi, d.published_precision, p.event_type, p.event_year, p.country, "
    "p.countries, p.weekdays, p.words FROM documents d LEFT JOIN document_profiles p ON p.document_id = d.id "
    "WHERE d.id = ?";
constexpr char kInsertSentenceSql[] =
    "INSERT INTO sentences (document_id, idx, begin_byte, end_byte) VALUES (?, ?, ?, ?)";
constexpr char kInsertClaimSql[] =
    "INSERT INTO claims (document_id, sentence, kind, value_lo, value_hi, qualifier, counted, actor, location, "
    "event, time_lo, time_hi, time_precision, date_precision, said_by, number_begin, number_end, claim_begin, "
    "claim_end, grp, role, subject_key, excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?)";

// The columns every claim query reads, in the order read_claim() expects.
#define MIZAN_CLAIM_COLUMNS                                                                              \
  "c.id, c.document_id, d.name, d.outlet, d.published_lo, d.published_hi, d.published_precision, d.url, " \
  "NULL, s.begin_byte, " \
  "s.end_byte, c.sentence, c.kind, c.value_lo, c.value_hi, c.qualifier, c.counted, c.actor, c.location, "     \
  "c.event, c.time_lo, c.time_hi, c.time_precision, c.date_precision, c.said_by, c.number_begin, "          \
  "c.number_end, c.claim_begin, c.claim_end, c.grp, c.role, c.subject_key, c.excerpt "                       \
  "FROM claims c JOIN documents d ON d.id = c.document_id "                                                   \
  "JOIN sentences s ON s.document_id = c.document_id AND s.idx = c.sentence "

constexpr char kClaimsSql[] = "SELECT " MIZAN_CLAIM_COLUMNS "ORDER BY d.name, d.id, c.id";
constexpr char kClaimsOfDocumentSql[] = "SELECT " MIZAN_CLAIM_COLUMNS "WHERE d.name = ? ORDER BY d.name, d.id, c.id";
// Read in the order the claims are stored (each document's rows, sentences and text are read once,
// in turn), then put in subject order in memory: in subject order, every claim's document and
// sentence is a page read from anywhere in the file.
constexpr char kClaimsInStoreOrderSql[] = "SELECT " MIZAN_CLAIM_COLUMNS "ORDER BY c.document_id, c.id";
constexpr char kClaimsWithSubjectSql[] =
    "SELECT " MIZAN_CLAIM_COLUMNS "WHERE c.subject_key = ? ORDER BY c.subject_key, c.time_lo, d.name, c.id";
#define MIZAN_DOCUMENT_COLUMNS                                                                        \
  "SELECT d.id, d.name, d.path, d.outlet, d.url, d.title, d.sha256, d.published_lo, d.published_hi, "   \
  "d.published_precision, (SELECT count(*) FROM claims c WHERE c.document_id = d.id), d.ingested_at " \
  "FROM documents d "
constexpr char kDocumentsSql[] = MIZAN_DOCUMENT_COLUMNS "ORDER BY d.name, d.id";
constexpr char kDocumentsNamedSql[] = MIZAN_DOCUMENT_COLUMNS "WHERE d.name = ? ORDER BY d.id";
constexpr char kDocumentSql[] =
    "SELECT name, path, sha256, outlet, published_lo, published_hi, published_precision, url, title, text "
    "FROM documents WHERE id = ?";
constexpr char kClaimsWithSubjectNearSql[] =
    "SELECT " MIZAN_CLAIM_COLUMNS "WHERE c.id IN ("
    "SELECT id FROM claims WHERE subject_key = ?1 AND time_lo BETWEEN ?2 AND ?3 "
    "UNION SELECT id FROM claims WHERE subject_key = ?1 AND time_lo IS NULL "
    "UNION SELECT id FROM (SELECT id FROM claims WHERE subject_key = ?1 AND time_lo < ?2 ORDER BY time_lo DESC LIMIT ?4) "
    "UNION SELECT id FROM (SELECT id FROM claims WHERE subject_key = ?1 AND time_lo > ?3 ORDER BY time_lo LIMIT ?4)) "
    "ORDER BY c.subject_key, c.time_lo, d.name, c.id";
constexpr char kDocumentTextSql[] =
    "SELECT d.id, d.title, d.text, d.published_lo, d.published_hi, d.published_precision FROM documents d WHERE d.id = ?";
constexpr char kStatsSql[] =
    "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims), "
    "(SELECT count(DISTINCT outlet) FROM documents), (SELECT count(DISTINCT subject_key) FROM claims)";

// A profile's list columns: words joined by a space (they hold none), countries by a newline.
std::string join_words(const std::vector<std::string>& words, char sep) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out.push_back(sep);
    out += w;
  }
  return out;
}

void bind_range(Stmt& st, int lo_col, const DateRange& r) {
  if (r.known()) {
    st.bind(lo_col, static_cast<std::int64_t>(r.lo)).bind(lo_col + 1, static_cast<std::int64_t>(r.hi));
  } else {
    st.bind_null(lo_col).bind_null(lo_col + 1);
  }
}

DateRange read_range(const Stmt& st, int lo_col, int precision_col) {
  if (st.is_null(lo_col)) return {};
  return {static_cast<std::int32_t>(st.int64(lo_col)), static_cast<std::int32_t>(st.int64(lo_col + 1)),
          precision_from_string(st.text(precision_col))};
}

std::vector<DocumentRow> read_documents(Stmt& st) {
  std::vector<DocumentRow> out;
  while (st.step()) {
    DocumentRow d;
    d.id = st.int64(0);
    d.name = st.text(1);
    d.path = st.text(2);
    d.outlet = st.text(3);
    d.url = st.text(4);
    d.title = st.text(5);
    d.sha256 = st.text(6);
    d.published = read_range(st, 7, 9);
    d.claims = st.int64(10);
    d.ingested_at = st.text(11);
    out.push_back(std::move(d));
  }
  return out;
}

StoredClaim read_claim(const Stmt& st) {
  StoredClaim s;
  s.id = st.int64(0);
  s.document_id = st.int64(1);
  s.document = st.text(2);
  s.outlet = st.text(3);
  s.published = read_range(st, 4, 6);
  s.url = st.text(7);
  s.sentence_text = st.text(8);
  s.sentence_span = {static_cast<std::uint32_t>(st.int64(9)), static_cast<std::uint32_t>(st.int64(10))};
  Claim& c = s.claim;
  c.sentence = static_cast<std::uint32_t>(st.int64(11));
  c.kind = kind_from_string(st.text(12)).value_or(Kind::count);
  c.lo = st.real(13);
  c.hi = st.real(14);
  c.qualifier = qualifier_from_string(st.text(15)).value_or(Qualifier::exact);
  c.counted = st.text(16);
  c.actor = st.text(17);
  c.location = st.text(18);
  c.event = st.text(19);
  c.time = read_range(st, 20, 22);
  const Precision dp = precision_from_string(st.text(23));
  if (c.kind == Kind::date)
    c.date_value = {static_cast<std::int32_t>(c.lo), static_cast<std::int32_t>(c.hi), dp};
  c.said_by = st.text(24);
  c.number_span = {static_cast<std::uint32_t>(st.int64(25)), static_cast<std::uint32_t>(st.int64(26))};
  c.claim_span = {static_cast<std::uint32_t>(st.int64(27)), static_cast<std::uint32_t>(st.int64(28))};
  c.group = static_cast<std::int32_t>(st.int64(29));
  c.role = role_from_string(st.text(30));
  c.subject_key = st.text(31);
  c.excerpt = st.text(32);
  return s;
}

constexpr char kTextOnlySql[] = "SELECT d.text FROM documents d WHERE d.id = ?";

// The claims of a query, each with its sentence cut from its document's text: every document's
// text is read once, however many claims it holds and in whatever order they come (cutting the
// sentence in SQL read the whole text again for each claim).
std::vector<StoredClaim> read_all(const Db& db, Stmt& st, std::size_t expected = 0) {
  std::vector<StoredClaim> out;
  out.reserve(expected);  // the whole store: its count, not a capacity grown by doubling
  while (st.step()) out.push_back(read_claim(st));
  std::vector<std::size_t> order(out.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return out[a].document_id < out[b].document_id; });
  Stmt text(db, kTextOnlySql);
  std::string body;
  std::int64_t loaded = -1;
  std::unordered_map<std::uint32_t, SharedText> cut;  // the loaded document's sentences, by where they begin
  for (const std::size_t i : order) {
    StoredClaim& c = out[i];
    if (c.document_id != loaded) {
      text.reset();
      text.bind(1, c.document_id);
      body = text.step() ? text.text(0) : std::string();
      loaded = c.document_id;
      cut.clear();
    }
    const std::size_t b = std::min<std::size_t>(c.sentence_span.begin, body.size());
    const std::size_t e = std::min<std::size_t>(std::max(c.sentence_span.end, c.sentence_span.begin), body.size());
    // The claims of one sentence share one copy of it.
    auto [at, fresh] = cut.try_emplace(c.sentence_span.begin);
    if (fresh || at->second.size() != e - b) at->second = body.substr(b, e - b);
    c.sentence_text = at->second;
  }
  return out;
}

std::string now_utc() {
  const std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

}  // namespace

ClaimStore::ClaimStore(const std::string& path, bool read_only) {
  if (read_only && path != ":memory:" && !std::filesystem::exists(path))
    throw DbError(path + ": no such database (run 'mizan ingest' first)");
  db_ = std::make_unique<Db>(path, read_only);
  // Two mizans setting up one new file at once can find it locked at a moment SQLite does not wait
  // for (one turning it to WAL while the other reads it): the set-up is tried again for as long as
  // SQLite would have waited for a writer.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  for (int attempt = 0;; ++attempt) {
    try {
      set_up(path, read_only);
      return;
    } catch (const DbBusy&) {
      if (std::chrono::steady_clock::now() > give_up) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(10 + attempt % 5 * 10));
    }
  }
}

void ClaimStore::set_up(const std::string& path, bool read_only) {
  refuse_newer();  // before anything is written to the file, even the journal mode
  if (!read_only) {
    db_->exec("PRAGMA foreign_keys = ON");
    // A new database gets 16 KiB pages: articles are stored whole, and larger pages write them in a
    // quarter of the system calls (an existing database keeps its page size).
    db_->exec("PRAGMA page_size = 16384");
    if (path != ":memory:") db_->exec("PRAGMA journal_mode = WAL");
    db_->exec("PRAGMA synchronous = NORMAL");
  }
  migrate(read_only);
}

ClaimStore::ReadSnapshot::ReadSnapshot(const ClaimStore& store)
    : tx_(std::make_unique<Transaction>(*store.db_, /*immediate=*/false)) {}

ClaimStore::ReadSnapshot::~ReadSnapshot() = default;

// Preparing a statement costs more than running it (an ingest of 31k articles spent 3% of its time
// in SQLite's parser): add() and the lookups ingest makes per document keep theirs.
struct ClaimStore::Inserts {
  explicit Inserts(const Db& db)
      : document(db, kInsertDocumentSql), sentence(db, kInsertSentenceSql), claim(db, kInsertClaimSql),
        profile(db, kInsertProfileSql), savepoint(db, "SAVEPOINT document"), release(db, "RELEASE document") {}
  Stmt document, sentence, claim, profile, savepoint, release;
};
struct ClaimStore::Lookups {
  explicit Lookups(const Db& db) : find(db, kFindDocumentSql), named(db, kDocumentsNamedSql) {}
  Stmt find, named;
};

ClaimStore::Inserts& ClaimStore::inserts() {
  if (!inserts_) inserts_ = std::make_unique<Inserts>(*db_);
  return *inserts_;
}

ClaimStore::Lookups& ClaimStore::lookups() const {
  if (!lookups_) lookups_ = std::make_unique<Lookups>(*db_);
  return *lookups_;
}

ClaimStore::~ClaimStore() {
  if (batch_ && db_) sqlite3_exec(db_->get(), "ROLLBACK", nullptr, nullptr, nullptr);
}
ClaimStore::ClaimStore(ClaimStore&&) noexcept = default;

int ClaimStore::schema_version() const {
  Stmt st(*db_, "PRAGMA user_version");
  st.step();
  return static_cast<int>(st.int64(0));
}

void ClaimStore::backup_to(const std::string& backup) const {
  // SQLite's online backup copies a consistent snapshot (the WAL included) page by page. It reads
  // through a second connection: this one holds the write lock, so nobody changes the database
  // between the copy and the upgrade. A temporary name and a rename keep a half-written copy from
  // ever looking like a backup.
  const std::string partial = backup + ".partial";
  std::filesystem::remove(partial);
  {
    const Db source(db_->path(), /*read_only=*/true);
    Db out(partial);
    sqlite3_backup* b = sqlite3_backup_init(out.get(), "main", source.get(), "main");
    if (!b) throw DbError(partial + ": cannot back up to it: " + sqlite3_errmsg(out.get()));
    const int rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) throw DbError(partial + ": backup failed: " + sqlite3_errstr(rc));
  }
  std::filesystem::rename(partial, backup);
}

void ClaimStore::refuse_newer() const {
  const int version = schema_version();
  if (version > kSchemaVersion)
    throw DbError(db_->path() + ": made by a newer mizan (schema " + std::to_string(version) + ", this mizan knows " +
                  std::to_string(kSchemaVersion) + "); upgrade mizan to read it");
}

void ClaimStore::migrate(bool read_only) {
  int version = schema_version();
  if (version == kSchemaVersion) return;
  if (read_only) {
    if (version == 0) throw DbError(db_->path() + ": not a mizan database yet (nothing ingested)");
    throw DbError(db_->path() + ": schema " + std::to_string(version) + " is older than this mizan's " +
                  std::to_string(kSchemaVersion) + "; 'mizan ingest --db " + db_->path() +
                  " ...' upgrades it (keeping a copy as " + db_->path() + ".bak-v" + std::to_string(version) + ")");
  }
  // The version is read again under the write lock: another mizan may have upgraded it meanwhile.
  Transaction tx(*db_);
  refuse_newer();
  version = schema_version();
  if (version == kSchemaVersion) return;
  if (version > 0 && db_->path() != ":memory:") backup_to(db_->path() + ".bak-v" + std::to_string(version));
  for (int v = version; v < kSchemaVersion; ++v) {
    db_->exec(kMigrations[v]);
    db_->exec(("PRAGMA user_version = " + std::to_string(v + 1)).c_str());
  }
  tx.commit();
}

bool ClaimStore::has_document(const std::string& sha256) const {
  Stmt& st = lookups().find;
  st.reset();
  st.bind(1, sha256);
  const bool known = st.step();
  st.reset();
  return known;
}

void ClaimStore::begin_batch() {
  if (batch_) return;
  db_->exec("BEGIN IMMEDIATE");
  batch_ = true;
}

void ClaimStore::commit_batch() {
  if (!batch_) return;
  batch_ = false;  // a failed COMMIT leaves no transaction open to commit again
  try {
    db_->exec("COMMIT");
  } catch (...) {
    sqlite3_exec(db_->get(), "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

namespace {

// One document inside a batch: released when it is stored whole, rolled back to otherwise.
class Savepoint {
 public:
  // `open` and `close` are the prepared "SAVEPOINT document" and "RELEASE document".
  Savepoint(Db& db, Stmt& open, Stmt& close) : db_(db), close_(close) {
    open.reset();
    open.run();
    open.reset();
  }
  ~Savepoint() {
    if (done_) return;
    close_.reset();
    sqlite3_exec(db_.get(), "ROLLBACK TO document", nullptr, nullptr, nullptr);
    sqlite3_exec(db_.get(), "RELEASE document", nullptr, nullptr, nullptr);
  }
  void release() {
    close_.reset();
    close_.run();
    close_.reset();
    done_ = true;
  }
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;

 private:
  Db& db_;
  Stmt& close_;
  bool done_ = false;
};

}  // namespace

bool ClaimStore::add(const Document& doc, const std::vector<Sentence>& sentences, const std::vector<Claim>& claims,
                     const DocumentProfile* profile) {
  std::optional<Transaction> tx;
  std::optional<Savepoint> savepoint;
  Inserts& statements = inserts();
  if (batch_) savepoint.emplace(*db_, statements.savepoint, statements.release);
  else tx.emplace(*db_);
  // A statement left mid-step by an earlier add() that threw must be reset before it is bound.
  for (Stmt* st : {&statements.document, &statements.sentence, &statements.claim, &statements.profile}) st->reset();
  if (has_document(doc.sha256)) {
    if (savepoint) savepoint->release();
    return false;
  }
  Stmt& ins = statements.document;
  ins.bind(1, doc.name).bind(2, doc.path).bind(3, doc.sha256).bind(4, doc.outlet);
  bind_range(ins, 5, doc.published);
  ins.bind(7, to_string(doc.published.precision)).bind(8, doc.url).bind(9, doc.title).bind(10, doc.text).bind(11, now_utc());
  ins.run();
  ins.reset();
  const std::int64_t id = db_->last_insert_id();
  insert_parts(id, sentences, claims, profile);
  if (tx) tx->commit();
  else savepoint->release();
  return true;
}

void ClaimStore::insert_parts(std::int64_t id, const std::vector<Sentence>& sentences, const std::vector<Claim>& claims,
                              const DocumentProfile* profile) {
  if (profile && profile->known) {
    Stmt& pr = inserts_->profile;
    pr.bind(1, id).bind(2, profile->event_type).bind(3, profile->event_year).bind(4, profile->country);
    pr.bind(5, join_words(profile->countries, '\n')).bind(6, static_cast<std::int64_t>(profile->weekdays));
    pr.bind(7, join_words(profile->words, ' '));
    pr.run();
    pr.reset();
  }
  Stmt& sent = inserts_->sentence;
  for (const Sentence& s : sentences) {
    sent.bind(1, id).bind(2, s.index).bind(3, s.span.begin).bind(4, s.span.end);
    sent.run();
    sent.reset();
  }
  Stmt& cl = inserts_->claim;
  for (const Claim& c : claims) {
    cl.bind(1, id).bind(2, c.sentence).bind(3, to_string(c.kind)).bind(4, c.lo).bind(5, c.hi);
    cl.bind(6, to_string(c.qualifier)).bind(7, c.counted).bind(8, c.actor).bind(9, c.location).bind(10, c.event);
    bind_range(cl, 11, c.time);
    cl.bind(13, to_string(c.time.precision));
    cl.bind(14, c.kind == Kind::date ? to_string(c.date_value.precision) : std::string_view(""));
    cl.bind(15, c.said_by).bind(16, c.number_span.begin).bind(17, c.number_span.end);
    cl.bind(18, c.claim_span.begin).bind(19, c.claim_span.end).bind(20, c.group).bind(21, to_string(c.role));
    cl.bind(22, c.subject_key).bind(23, c.excerpt);
    cl.run();
    cl.reset();
  }
}

std::vector<DocumentRow> ClaimStore::documents_named(const std::string& name) const {
  Stmt& st = lookups().named;
  st.reset();
  st.bind(1, name);
  std::vector<DocumentRow> out = read_documents(st);
  st.reset();
  return out;
}

Document ClaimStore::document(std::int64_t id) const {
  Stmt st(*db_, kDocumentSql);
  st.bind(1, id);
  if (!st.step()) throw Error("no document with id " + std::to_string(id));
  Document d;
  d.name = st.text(0);
  d.path = st.text(1);
  d.sha256 = st.text(2);
  d.outlet = st.text(3);
  d.published = read_range(st, 4, 6);
  d.url = st.text(7);
  d.title = st.text(8);
  d.text = st.text(9);
  return d;
}

void ClaimStore::forget(std::int64_t id) {
  if (batch_) throw Error("a document cannot be forgotten inside a batch");
  Transaction tx(*db_);
  Stmt st(*db_, "DELETE FROM documents WHERE id = ?");  // sentences, claims, profile: ON DELETE CASCADE
  st.bind(1, id);
  st.run();
  tx.commit();
}

void ClaimStore::replace(std::int64_t id, const Document& doc, const std::vector<Sentence>& sentences,
                         const std::vector<Claim>& claims, const DocumentProfile* profile) {
  if (batch_) throw Error("a document cannot be replaced inside a batch");
  Inserts& statements = inserts();
  for (Stmt* st : {&statements.sentence, &statements.claim, &statements.profile}) st->reset();
  Transaction tx(*db_);
  for (const char* sql : {"DELETE FROM claims WHERE document_id = ?", "DELETE FROM sentences WHERE document_id = ?",
                          "DELETE FROM document_profiles WHERE document_id = ?"}) {
    Stmt del(*db_, sql);
    del.bind(1, id);
    del.run();
  }
  Stmt up(*db_, "UPDATE documents SET outlet = ?, published_lo = ?, published_hi = ?, published_precision = ? WHERE id = ?");
  up.bind(1, doc.outlet);
  bind_range(up, 2, doc.published);
  up.bind(4, to_string(doc.published.precision)).bind(5, id);
  up.run();
  insert_parts(id, sentences, claims, profile);
  tx.commit();
}

std::vector<StoredClaim> ClaimStore::claims(const std::string& document) const {
  if (document.empty()) {
    Stmt st(*db_, kClaimsSql);
    return read_all(*db_, st);
  }
  Stmt st(*db_, kClaimsOfDocumentSql);
  st.bind(1, document);
  return read_all(*db_, st);
}

std::vector<StoredClaim> ClaimStore::claims_by_subject() const {
  Stmt st(*db_, kClaimsInStoreOrderSql);
  Stmt count(*db_, "SELECT count(*) FROM claims");
  std::vector<StoredClaim> out = read_all(*db_, st, count.step() ? static_cast<std::size_t>(count.int64(0)) : 0);
  // ORDER BY c.subject_key, c.time_lo (unknown first), d.name, c.id: by the ranks of the subject
  // keys and document names, an order of indices, then each claim moved once.
  const std::vector<std::uint32_t> subject = string_ranks(out.size(), [&](std::size_t i) { return std::string_view(out[i].claim.subject_key); });
  const std::vector<std::uint32_t> document = string_ranks(out.size(), [&](std::size_t i) { return std::string_view(out[i].document); });
  std::vector<std::size_t> order(out.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const StoredClaim& a = out[x];
    const StoredClaim& b = out[y];
    if (subject[x] != subject[y]) return subject[x] < subject[y];
    const bool ta = a.claim.time.known(), tb = b.claim.time.known();
    if (ta != tb) return !ta;
    if (ta && a.claim.time.lo != b.claim.time.lo) return a.claim.time.lo < b.claim.time.lo;
    if (document[x] != document[y]) return document[x] < document[y];
    if (a.id != b.id) return a.id < b.id;
    return x < y;  // (ids are unique: as stable as the stable sort this replaces)
  });
  apply_order(out, std::move(order));
  return out;
}

std::vector<StoredClaim> ClaimStore::claims_with_subject(const std::string& subject_key) const {
  Stmt st(*db_, kClaimsWithSubjectSql);
  st.bind(1, subject_key);
  return read_all(*db_, st);
}

std::vector<StoredClaim> ClaimStore::claims_with_subject_near(const std::string& subject_key, std::int32_t lo,
                                                              std::int32_t hi, std::size_t beyond) const {
  Stmt st(*db_, kClaimsWithSubjectNearSql);
  st.bind(1, subject_key);
  st.bind(2, static_cast<std::int64_t>(lo));
  st.bind(3, static_cast<std::int64_t>(hi));
  st.bind(4, static_cast<std::int64_t>(beyond));
  return read_all(*db_, st);
}

std::vector<DocumentRow> ClaimStore::documents() const {
  Stmt st(*db_, kDocumentsSql);
  return read_documents(st);
}



std::vector<StoredClaim> ClaimStore::claims_with_subject_prefix(const std::string& prefix, std::int32_t lo, std::int32_t hi,
                                                                std::size_t limit) const {
  // The claims of the prefix whose time is within [lo, hi] or unknown, ordered by subject key, time,
  // document name and id, the first `limit`; without a scan of every claim of the prefix (a class
  // counted in a million claims has tens of thousands, nearly all outside the days asked for): the
  // prefix's subjects one by one, by a seek each in the subject index, and of each the claims within
  // the days, until `limit` claims are found (the subject they end in read whole); then those claims
  // in that order, the first `limit`.
  Stmt next_subject(*db_, "SELECT subject_key FROM claims WHERE subject_key > ? AND subject_key < ? ORDER BY subject_key LIMIT 1");
  // (Two searches of the index, not one with an OR, which SQLite reads as a scan of the subject.)
  Stmt within(*db_, "SELECT id FROM claims WHERE subject_key = ?1 AND time_lo BETWEEN ?2 AND ?3 "
                    "UNION ALL SELECT id FROM claims WHERE subject_key = ?1 AND time_lo IS NULL");
  const std::string end = prefix + "\xff";  // every key that begins with the prefix sorts below it
  std::vector<std::int64_t> ids;
  std::string key = prefix;
  while (ids.size() < limit) {
    next_subject.reset();
    next_subject.bind(1, key).bind(2, end);
    if (!next_subject.step()) break;
    key = next_subject.text(0);
    within.reset();
    within.bind(1, key).bind(2, static_cast<std::int64_t>(lo)).bind(3, static_cast<std::int64_t>(hi));
    while (within.step()) ids.push_back(within.int64(0));
  }
  if (ids.empty()) return {};
  std::string sql = "SELECT " MIZAN_CLAIM_COLUMNS "WHERE c.id IN (";
  for (std::size_t k = 0; k < ids.size(); ++k) sql += (k ? "," : "") + std::to_string(ids[k]);
  sql += ") ORDER BY c.subject_key, c.time_lo, d.name, c.id LIMIT " + std::to_string(limit);
  Stmt st(*db_, sql.c_str());
  return read_all(*db_, st);
}

namespace {
// Splits `text` at `sep` into `out`, reusing the strings `out` already holds (reading thousands of
// profiles of hundreds of words each, one after another, allocates for the first few only).
void split_words_into(std::string_view text, char sep, std::vector<std::string>& out) {
  std::size_t n = 0, start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(sep, start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) {
      if (n == out.size()) out.emplace_back();
      out[n++].assign(text.data() + start, end - start);
    }
    start = end + 1;
  }
  out.resize(n);
}

void read_profiles(Stmt& st, const std::function<void(std::int64_t, const DateRange&, const DocumentProfile&)>& visit) {
  DocumentProfile p;  // one, refilled for each document
  while (st.step()) {
    p.known = !st.is_null(4);
    if (p.known) {
      p.event_type = st.text(4);
      p.event_year = st.text(5);
      p.country = st.text(6);
      split_words_into(st.text_view(7), '\n', p.countries);
      p.weekdays = static_cast<std::uint8_t>(st.int64(8));
      split_words_into(st.text_view(9), ' ', p.words);
    } else {
      p = DocumentProfile{};
    }
    visit(st.int64(0), read_range(st, 1, 3), p);
  }
}
}  // namespace

void ClaimStore::each_document_profile(
    const std::function<void(std::int64_t, const DateRange&, const DocumentProfile&)>& visit) const {
  Stmt st(*db_, kProfilesSql);
  read_profiles(st, visit);
}

void ClaimStore::document_profiles(
    const std::vector<std::int64_t>& ids,
    const std::function<void(std::int64_t, const DateRange&, const DocumentProfile&)>& visit) const {
  Stmt st(*db_, kProfileOfSql);
  for (const std::int64_t id : ids) {
    st.reset();
    st.bind(1, id);
    read_profiles(st, visit);
  }
}

void ClaimStore::document_texts(
    const std::vector<std::int64_t>& ids,
    const std::function<void(std::int64_t, const std::string&, const std::string&, const DateRange&)>& visit) const {
  Stmt st(*db_, kDocumentTextSql);
  for (const std::int64_t id : ids) {
    st.reset();
    st.bind(1, id);
    if (st.step()) visit(st.int64(0), st.text(1), st.text(2), read_range(st, 3, 5));
  }
}

void ClaimStore::add_review(const ReviewRow& r) {
  Transaction tx(*db_);
  Stmt st(*db_,
          "INSERT OR REPLACE INTO reviews (verdict_id, verdict_group, status, note, reviewer, reviewed_at, relation, "
          "summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, r.verdict_id).bind(2, r.group).bind(3, r.status).bind(4, r.note).bind(5, r.reviewer);
  st.bind(6, r.reviewed_at.empty() ? now_utc() : r.reviewed_at).bind(7, r.relation).bind(8, r.summary);
  st.run();
  tx.commit();
}

std::vector<ReviewRow> ClaimStore::reviews() const {
  Stmt st(*db_,
          "SELECT verdict_id, verdict_group, status, note, reviewer, reviewed_at, relation, summary FROM reviews "
          "ORDER BY reviewed_at, verdict_id");
  std::vector<ReviewRow> out;
  while (st.step())
    out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)});
  return out;
}

Stats ClaimStore::stats() const {
  Stmt st(*db_, kStatsSql);
  st.step();
  return {st.int64(0), st.int64(1), st.int64(2), st.int64(3)};
}

std::size_t ClaimStore::document_count() const {
  Stmt st(*db_, "SELECT count(*) FROM documents");
  return st.step() ? static_cast<std::size_t>(st.int64(0)) : 0;
}

std::string ClaimStore::integrity_check() const {
  Stmt st(*db_, "PRAGMA integrity_check");
  std::string out;
  while (st.step()) {
    if (!out.empty()) out += "\n";
    out += st.text(0);
  }
  return out;
}

}  // namespace mizan::store
