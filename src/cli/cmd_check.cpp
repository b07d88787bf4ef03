#include <algorithm>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/compare_options.hpp"
#include "compare/compare.hpp"
#include "ingest/reader.hpp"
#include "match/match.hpp"
#include "report/escape.hpp"
#include "store/claim_store.hpp"

namespace mizan::cli {

namespace {

constexpr const char* kHelp = R"(usage: mizan check [options] FILE

Extracts the claims of a new article and compares each with the stored claims about the same
thing, as 'mizan report' does (the article joins the story of the stored documents that report its
event), without storing the article (unless --store). For each claim it says:
  inconsistent   it fails an internal check: its breakdown does not sum to its total, or its
                 round number does not fit the dates of the series
  conflict       another report of the same thing gives a value that cannot be true at the same time
  possible_conflict
                 a value that differs, where the match is weaker or the time uncertain: shown for
                 review, it does not make the check fail
  agree          its value overlaps what other documents said
  evolves        other documents gave another value, only at clearly different times
  new            nothing stored to compare it with (or an identifier, never compared)
(the first that applies), with the documents (outlet, date) it was compared with and the reason.

options:
  --db PATH            database (default: claims.db)
  --outlet NAME        the article's outlet
  --date DATE          its publication date (YYYY-MM-DD, YYYY-MM or YYYY); relative dates in the
                       text are resolved against it, and it places its claims in time
  --format text|tsv|json
                       text (default) for people; tsv: a header, then the columns
                       verdict kind value qualifier subject excerpt compared_with;
                       json: an array with the reasons and the claims compared with
  --tolerance T        how far "about" widens a value: 0.1 or 10% (default: 10%)
  --window DAYS        claims further apart than this evolve instead of conflicting (default: 30)
  --store              also store the article (as 'mizan ingest' would) after checking it
  -h, --help           this help

exit codes: 0 no claim conflicts; 1 some claim conflicts or is inconsistent; 2 error, or an article
that is not Arabic text (nothing to check).
)";

std::string document_label(const StoredClaim& s) {
  std::string label = s.document + " (" + (s.outlet.empty() ? "unknown outlet" : s.outlet) + ", " +
                      (s.published.known() ? to_iso(s.published) : "date unknown") + ")";
  return label;
}

// The documents a claim was compared with, each once, in comparison order; past kMaxNamed, how
// many more.
constexpr std::size_t kMaxNamed = 10;
std::vector<std::string> compared_documents(const compare::ArticleCheck& r, const compare::ClaimCheck& row) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const std::size_t j : row.compared_with) {
    std::string label = document_label(r.comparison.claims[j]);
    if (seen.insert(label).second && seen.size() <= kMaxNamed) out.push_back(std::move(label));
  }
  if (seen.size() > kMaxNamed) out.push_back("and " + std::to_string(seen.size() - kMaxNamed) + " more");
  return out;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

void write_text(std::ostream& out, const std::string& path, const compare::ArticleCheck& r) {
  std::map<compare::CheckVerdict, int> counts;
  for (const compare::ClaimCheck& row : r.rows) ++counts[row.verdict];
  out << report::tsv_escape(path) << ": " << r.rows.size() << " claim" << (r.rows.size() == 1 ? "" : "s");
  const char* sep = " — ";
  for (const auto& [v, n] : counts) {
    out << sep << n << " " << to_string(v);
    sep = ", ";
  }
  out << "\n";
  for (const compare::ClaimCheck& row : r.rows) {
    const StoredClaim& s = r.comparison.claims[row.claim];
    // Article text goes to a terminal: control characters are shown, never sent.
    out << "\n" << to_string(row.verdict) << "\t" << to_string(s.claim.kind) << " " << format_value(s.claim) << " ("
        << to_string(s.claim.qualifier) << ")\t" << report::tsv_escape(s.claim.excerpt) << "\n";
    for (const std::size_t vi : row.verdicts) {
      const compare::Verdict& v = r.comparison.verdicts[vi];
      out << "  " << report::tsv_escape(v.reason) << " [" << v.id;
      if (v.review) out << ", reviewed " << v.review->status << (v.set_aside() ? ": not counted" : "");
      out << "]\n";
    }
    const auto docs = compared_documents(r, row);
    if (!docs.empty()) out << "  compared with " << report::tsv_escape(join(docs, "; ")) << "\n";
    else if (!compare::comparable(s.claim)) out << "  not compared (an identifier, or nothing says what is counted)\n";
  }
}

void write_tsv(std::ostream& out, const compare::ArticleCheck& r) {
  for (const compare::ClaimCheck& row : r.rows) {
    const Claim& c = r.comparison.claims[row.claim].claim;
    out << to_string(row.verdict) << '\t' << to_string(c.kind) << '\t' << format_value(c) << '\t' << to_string(c.qualifier)
        << '\t' << report::tsv_escape(c.subject_key) << '\t' << report::tsv_escape(c.excerpt) << '\t'
        << report::tsv_escape(join(compared_documents(r, row), "; ")) << '\n';
  }
}

void write_json(std::ostream& out, const compare::ArticleCheck& r, bool& first) {
  using report::json_string;
  for (const compare::ClaimCheck& row : r.rows) {
    const StoredClaim& s = r.comparison.claims[row.claim];
    const Claim& c = s.claim;
    out << (first ? "\n" : ",\n") << "  {\"doc\": " << json_string(s.document) << ", \"verdict\": "
        << json_string(to_string(row.verdict)) << ", \"kind\": " << json_string(to_string(c.kind))
        << ", \"value\": " << json_string(format_value(c)) << ", \"qualifier\": " << json_string(to_string(c.qualifier))
        << ", \"subject\": " << json_string(c.subject_key) << ", \"excerpt\": " << json_string(c.excerpt)
        << ", \"sentence\": " << json_string(s.sentence_text) << ", \"reasons\": [";
    first = false;
    for (std::size_t k = 0; k < row.verdicts.size(); ++k) {
      const compare::Verdict& v = r.comparison.verdicts[row.verdicts[k]];
      out << (k ? ", " : "") << "{\"id\": " << json_string(v.id) << ", \"relation\": " << json_string(to_string(v.relation))
          << ", \"check\": " << json_string(to_string(v.check)) << ", \"reason\": " << json_string(v.reason)
          << ", \"review\": " << (v.review ? json_string(v.review->status) : std::string("null")) << "}";
    }
    out << "], \"compared_with\": [";
    for (std::size_t k = 0; k < row.compared_with.size(); ++k) {
      const StoredClaim& o = r.comparison.claims[row.compared_with[k]];
      out << (k ? ", " : "") << "{\"claim\": " << o.id << ", \"doc\": " << json_string(o.document)
          << ", \"outlet\": " << json_string(o.outlet) << ", \"published\": " << json_string(to_iso(o.published))
          << ", \"value\": " << json_string(format_value(o.claim)) << ", \"excerpt\": " << json_string(o.claim.excerpt) << "}";
    }
    out << "]}";
  }
}

// The article under check, in the match stage: an id no stored document has.
constexpr std::int64_t kArticleId = -1;
// At most this many stored claims of each kind and class around the article's time are framed with it.
constexpr std::size_t kCheckCandidates = 60;
// Stored claims of a subject read beyond the window of the article's claims, either way.
constexpr std::size_t kCheckBeyond = 8;

}  // namespace

compare::ArticleCheck check_against_store(const store::ClaimStore& store, const Extracted& e, const compare::Options& options) {
  const store::ClaimStore::ReadSnapshot snapshot(store);
  std::vector<StoredClaim> article = as_stored(e);
  std::vector<StoredClaim> known;
  // Each subject the article's claims have, and the days they span (unknown: the whole history).
  std::map<std::string, std::optional<DateRange>> subjects;
  for (const StoredClaim& s : article) {
    if (!compare::comparable(s.claim)) continue;
    const DateRange t = compare::claim_time(s);
    auto [it, fresh] = subjects.try_emplace(s.claim.subject_key, t);
    if (!t.known()) it->second = std::nullopt;
    else if (!fresh && it->second) it->second = DateRange{std::min(it->second->lo, t.lo), std::max(it->second->hi, t.hi), t.precision};
  }
  std::set<std::int64_t> known_ids;
  auto add_known = [&](std::vector<StoredClaim> k) {
    for (StoredClaim& s : k)
      if (known_ids.insert(s.id).second) known.push_back(std::move(s));
  };
  // The comparator pairs an article's claim with the stored claims of its subject within the
  // window of it, and the nearest beyond it either way: only those (and a few more beyond, for
  // times the match stage moves) are read, not the subject's whole history.
  for (const auto& [key, span] : subjects) {
    if (!span) add_known(store.claims_with_subject(key));
    else add_known(store.claims_with_subject_near(key, span->lo - options.window_days, span->hi + options.window_days, kCheckBeyond));
  }
  // A numbered exchange is compared side by side with the same exchange elsewhere, whatever
  // subject its sides were given: bring in the sides of the documents that number it too.
  const bool has_exchange = std::any_of(article.begin(), article.end(), [](const StoredClaim& s) {
    return s.claim.role == Role::side_a || s.claim.role == Role::side_b;
  });
  if (has_exchange) {
    std::set<std::string> ordinal_keys, documents;
    for (const StoredClaim& s : article)
      if (s.claim.kind == Kind::ordinal) ordinal_keys.insert(compare::comparison_key(s.claim));
    for (const StoredClaim& k : known)
      if (k.claim.kind == Kind::ordinal && ordinal_keys.count(compare::comparison_key(k.claim))) documents.insert(k.document);
    for (const std::string& doc : documents) {
      std::vector<StoredClaim> sides;
      for (StoredClaim& s : store.claims(doc))
        if (s.claim.role == Role::side_a || s.claim.role == Role::side_b) sides.push_back(std::move(s));
      add_known(std::move(sides));
    }
  }
  // Claims of the article's kind and class stored around its time may be about its event under
  // another subject: the match stage places the article and them in stories and frames them all.
  const DateRange when = e.doc.published;
  const std::int32_t lo = when.known() ? when.lo - options.window_days : std::numeric_limits<std::int32_t>::min() / 2;
  const std::int32_t hi = when.known() ? when.hi + options.window_days : std::numeric_limits<std::int32_t>::max() / 2;
  std::set<std::string> prefixes;
  for (const StoredClaim& s : article)
    if (s.claim.kind != Kind::reference && s.claim.kind != Kind::ordinal && s.claim.kind != Kind::date)
      prefixes.insert(std::string(to_string(s.claim.kind)) + "|" + s.claim.counted + "|");
  for (const std::string& prefix : prefixes) add_known(store.claims_with_subject_prefix(prefix, lo, hi, kCheckCandidates));
  for (StoredClaim& s : article) s.document_id = kArticleId;
  match::Vocabulary vocabulary;
  std::set<std::int64_t> id_set;
  for (const StoredClaim& k : known) id_set.insert(k.document_id);
  const std::vector<std::int64_t> ids(id_set.begin(), id_set.end());
  std::vector<match::Profile> profiles = stored_profiles(store, &ids, vocabulary);
  profiles.push_back(match::profile_from(kArticleId, e.doc.published, e.profile, vocabulary));
  std::vector<StoredClaim> all = article;
  all.insert(all.end(), known.begin(), known.end());
  match::Framing framing = match::frame_claims(all, std::move(profiles), vocabulary, kArticleId);
  return compare::check_article(std::move(article), std::move(known), options, std::move(framing.frames));
}

int run_check(const Argv& argv) {
  const Args args("check", argv, {"db", "outlet", "date", "format", "tolerance", "window"}, {"store"});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  if (args.positional().size() != 1) throw UsageError("check needs exactly one FILE");
  const std::string format = args.get_or("format", "text");
  if (format != "text" && format != "tsv" && format != "json")
    throw UsageError("--format is text, tsv or json, not '" + format + "'");
  compare::Options options = compare_options(args);
  const std::string& path = args.positional()[0];
  std::vector<Document> docs = read_article(args, path);

  const bool store_it = args.flag("store");
  store::ClaimStore store(args.get_or("db", kDefaultDb), /*read_only=*/!store_it);
  const StoredReviews reviews = stored_reviews(store);
  reviews.apply(options);
  bool failed = false, first_json = true;
  if (format == "tsv") std::cout << "verdict\tkind\tvalue\tqualifier\tsubject\texcerpt\tcompared_with\n";
  if (format == "json") std::cout << "[";
  bool refused = false;
  for (Document& d : docs) {
    const Extracted e = extract_document(std::move(d));
    if (e.claims.empty() && !ingest::is_arabic_text(e.doc.text)) {
      std::cerr << "mizan: " << (docs.size() == 1 ? path : e.doc.name) << ": not Arabic text; nothing to check"
                << (store_it ? ", not stored" : "") << "\n";
      refused = true;
      continue;
    }
    if (!e.doc.published.known() && !args.quiet())
      std::cerr << "mizan: " << (docs.size() == 1 ? path : e.doc.name)
                << ": no publication date (give --date): claims without a time of their own are placed by the "
                   "dates its text names or its story's, and never conflict when neither gives one\n";
    const compare::ArticleCheck r = check_against_store(store, e, options);
    failed = failed || r.failed();
    if (format == "text") write_text(std::cout, docs.size() == 1 ? path : e.doc.name, r);
    else if (format == "tsv") write_tsv(std::cout, r);
    else write_json(std::cout, r, first_json);
    if (store_it && store.add(e.doc, e.sentences, e.claims, &e.profile) && format == "text")
      std::cout << "stored " << report::tsv_escape(e.doc.name) << "\n";
  }
  if (format == "json") std::cout << (first_json ? "]\n" : "\n]\n");
  return refused ? 2 : failed ? 1 : 0;
}

}  // namespace mizan::cli
