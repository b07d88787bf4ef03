#pragma once
// The only place that knows mizan's SQL: documents, sentences and claims in SQLite, schema
// versioned with PRAGMA user_version and upgraded by ordered migrations.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/claim.hpp"
#include "model/document.hpp"
#include "model/profile.hpp"

namespace mizan::store {

class Db;
class Transaction;

struct DocumentRow {
  std::int64_t id = 0;
  std::string name, path, outlet, url, title, sha256, ingested_at;
  DateRange published;
  std::int64_t claims = 0;
};

// A person's reading of a verdict: confirmed, false or unsure, with a note, who and when, and what
// the verdict was when read (its relation, and a line naming its claims).
struct ReviewRow {
  std::string verdict_id, group, status, note, reviewer, reviewed_at, relation, summary;
};

struct Stats {
  std::int64_t documents = 0, claims = 0, outlets = 0, subjects = 0;
};

class ClaimStore {
 public:
  static constexpr int kSchemaVersion = 4;

  // Opens or creates the database, upgrading an older schema (after copying it to PATH.bak-vN, N
  // the old version; all steps in one transaction) and refusing a newer one. read_only opens an
  // existing database without writing, and refuses one that needs an upgrade.
  explicit ClaimStore(const std::string& path, bool read_only = false);
  ~ClaimStore();
  ClaimStore(ClaimStore&&) noexcept;

  int schema_version() const;
  bool has_document(const std::string& sha256) const;
  // Stores a document, its sentences and claims in one transaction (in a batch: under a savepoint
  // of the batch's transaction), whole or not at all. False (nothing written) when the same bytes
  // were stored before.
  // `profile`, when given, is stored beside it (what the match stage reads instead of the text).
  bool add(const Document& doc, const std::vector<Sentence>& sentences, const std::vector<Claim>& claims,
           const DocumentProfile* profile = nullptr);
  // A batch: the documents add()ed between begin_batch() and commit_batch() are committed together,
  // so each page of the tables and indexes is written once per batch rather than once per document.
  // Closing the store with a batch open rolls it back.
  void begin_batch();
  void commit_batch();
  bool in_batch() const { return batch_; }
  // Reads made while one lives see one state of the store, in one read transaction: one lock and
  // one look at the write-ahead log for all of them instead of one per statement, and no document
  // stored by another process between two of them. Not inside a batch.
  class ReadSnapshot {
   public:
    explicit ReadSnapshot(const ClaimStore& store);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

   private:
    std::unique_ptr<Transaction> tx_;  // a deferred one: it reads, and ends by rolling back nothing
  };

  // Claims in document order (document name, then position), optionally of one document.
  std::vector<StoredClaim> claims(const std::string& document = "") const;
  // All claims ordered by subject key, then time and document: the comparator's single pass.
  std::vector<StoredClaim> claims_by_subject() const;
  // The stored claims of the given subjects (for `mizan check`), ordered as claims_by_subject().
  std::vector<StoredClaim> claims_with_subject(const std::string& subject_key) const;
  // The stored claims of a subject whose time begins within [lo, hi] (days) or is unknown, and the
  // `beyond` nearest before lo and after hi, ordered as claims_by_subject(): what `check` compares an
  // article's claims of that subject with (those within the comparator's window of them, and the
  // nearest beyond it either way), without reading the subject's whole history.
  std::vector<StoredClaim> claims_with_subject_near(const std::string& subject_key, std::int32_t lo, std::int32_t hi,
                                                    std::size_t beyond) const;
  // Stored claims whose subject key begins with `prefix` ("count|deaths|"), whose time begins within
  // [lo, hi] (days) or is unknown, at most `limit` of them, ordered as claims_by_subject().
  std::vector<StoredClaim> claims_with_subject_prefix(const std::string& prefix, std::int32_t lo, std::int32_t hi,
                                                      std::size_t limit) const;
  std::vector<DocumentRow> documents() const;
  // The documents stored under a name (one; a database written before names were kept apart may
  // hold several), in id order.
  std::vector<DocumentRow> documents_named(const std::string& name) const;
  // A stored document as it was read (name, path, text, metadata, sha256).
  Document document(std::int64_t id) const;
  // Deletes a document with its sentences, claims and profile, in one transaction.
  void forget(std::int64_t id);
  // Gives a stored document new metadata (outlet, published) with the sentences, claims and profile
  // worked out again under it, in one transaction; the document keeps its id, name and bytes.
  void replace(std::int64_t id, const Document& doc, const std::vector<Sentence>& sentences,
               const std::vector<Claim>& claims, const DocumentProfile* profile);
  // Each document's id, date and stored profile (not known when none was stored), in id order.
  void each_document_profile(
      const std::function<void(std::int64_t id, const DateRange& published, const DocumentProfile& profile)>& visit) const;
  // The same for the documents of the given ids only.
  void document_profiles(
      const std::vector<std::int64_t>& ids,
      const std::function<void(std::int64_t id, const DateRange& published, const DocumentProfile& profile)>& visit) const;
  // Each document's id, title, text and date, for the given ids only.
  void document_texts(const std::vector<std::int64_t>& ids,
                      const std::function<void(std::int64_t id, const std::string& title, const std::string& text,
                                               const DateRange& published)>& visit) const;
  // Records a review (replacing an earlier one of the same verdict); reviewed_at empty: now.
  void add_review(const ReviewRow& review);
  // Every review, oldest first.
  std::vector<ReviewRow> reviews() const;
  Stats stats() const;
  // How many documents are stored (for a vector of one thing each, reserved once).
  std::size_t document_count() const;
  std::string integrity_check() const;

 private:
  void set_up(const std::string& path, bool read_only);
  void migrate(bool read_only);
  void refuse_newer() const;
  void backup_to(const std::string& backup) const;
  // A document's profile, sentences and claims, under document id `id` (inside add's or replace's transaction).
  void insert_parts(std::int64_t id, const std::vector<Sentence>& sentences, const std::vector<Claim>& claims,
                    const DocumentProfile* profile);
  std::unique_ptr<Db> db_;
  // Statements prepared once, when first used (declared after db_: finalized before it closes):
  // add()'s, and the lookups ingest makes for each document.
  struct Inserts;
  struct Lookups;
  Inserts& inserts();
  Lookups& lookups() const;
  std::unique_ptr<Inserts> inserts_;
  mutable std::unique_ptr<Lookups> lookups_;
  bool batch_ = false;
};

}  // namespace mizan::store
