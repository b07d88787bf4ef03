#pragma once
// One function per subcommand; each returns the process exit code (0 ok, 1 "found what you asked
// about", 2 error). Help texts live beside them.
#include <functional>
#include <map>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "compare/compare.hpp"
#include "match/match.hpp"
#include "model/claim.hpp"
#include "model/document.hpp"
#include "model/profile.hpp"

namespace mizan::store {
class ClaimStore;
struct DocumentRow;
}

namespace mizan::cli {

using Argv = std::vector<std::string>;

int run_ingest(const Argv& argv);
int run_claims(const Argv& argv);
int run_extract(const Argv& argv);
int run_numbers(const Argv& argv);
int run_report(const Argv& argv);
int run_check(const Argv& argv);
int run_docs(const Argv& argv);
int run_forget(const Argv& argv);
int run_review(const Argv& argv);

// Documents → claims, the same for every command: what the text says of its outlet applies
// last, then the claims are extracted. Fills `stored` as a store would give them back.
struct Extracted {
  Document doc;
  std::vector<Sentence> sentences;
  std::vector<Claim> claims;
  DocumentProfile profile;  // what the match stage reads of it, stored beside it
};
Extracted extract_document(Document doc);
std::vector<StoredClaim> as_stored(const Extracted& e);

constexpr const char* kDefaultDb = "claims.db";

// Set by main() when the process ends as soon as the command returns (not under sanitizers, nor in
// the tests that call the commands): the command's largest values are then left for the operating
// system to free with the process, faster than their destructors (5% of a report of 100k claims
// went on freeing its claims and verdicts one by one).
extern bool g_exit_after_command;
template <class T>
void free_at_exit(T&& value) {
  if (g_exit_after_command) new std::decay_t<T>(std::forward<T>(value));  // never deleted: see above
}

// The match stage's profiles of the stored documents (of `ids`, or of all): as stored at ingest, or
// worked out from the text for a document stored before profiles were.
std::vector<match::Profile> stored_profiles(const store::ClaimStore& store, const std::vector<std::int64_t>* ids,
                                            match::Vocabulary& vocabulary);
// The report's comparison of everything stored: each document's profile for the match stage
// (stories, frames), then every claim compared within its story.
// `stage`, when given, is told each stage as it begins (for a progress line).
compare::Comparison compare_stored(const store::ClaimStore& store, const compare::Options& options,
                                   const std::function<void(const char*)>& stage = {});

// `check`: an extracted article against what is stored. Reads the stored claims of its subjects
// (those within the comparator's window of its claims, and the nearest beyond), of its numbered
// exchanges, and of its kinds and classes around its date; places them and the article in stories;
// compares. No work grows with the store's size beyond what those queries read.
compare::ArticleCheck check_against_store(const store::ClaimStore& store, const Extracted& e, const compare::Options& options);

// Two texts never share a name. A new document whose name another text holds (another folder's
// 022.txt) takes the path it was read from as its name; one that cannot (the same file changed since
// it was stored, a JSONL id used twice, a --name taken) is not stored. `note` says which, for the user.
struct Naming {
  bool store = true;
  std::string note;  // renamed: why; not stored: the problem
};
Naming name_in_store(const store::ClaimStore& store, Document& doc);

// The documents stored under `name` (claims --doc, docs, docs --set-...); none is an Error naming it.
std::vector<store::DocumentRow> documents_named(const store::ClaimStore& store, const std::string& name, const std::string& db);

// The reviews stored in the database, by verdict id and by verdict group; `apply` points the
// comparison's options at them (they must outlive the comparison).
struct StoredReviews {
  std::map<std::string, compare::Review> by_id, by_group;
  void apply(compare::Options& options) const {
    options.reviews = &by_id;
    options.group_reviews = &by_group;
  }
};
StoredReviews stored_reviews(const store::ClaimStore& store);

class Args;
// The documents of one article file for extract and check, with --outlet and --date applied; a file
// that cannot be read throws InputError naming it, and notes on it go to stderr.
std::vector<Document> read_article(const Args& args, const std::string& path);

}  // namespace mizan::cli
