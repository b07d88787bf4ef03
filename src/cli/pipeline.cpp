#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "extract/extract.hpp"
#include "ingest/reader.hpp"
#include "match/match.hpp"
#include "store/claim_store.hpp"

namespace mizan::cli {

bool g_exit_after_command = false;

Extracted extract_document(Document doc) {
  // The grammar reads Arabic: numbers in text of another language are not claims it understands.
  if (!ingest::is_arabic_text(doc.text)) {
    DocumentProfile none;
    none.known = true;
    return {std::move(doc), {}, {}, std::move(none)};
  }
  if (doc.outlet.empty()) {
    doc.outlet = extract::outlet_from_text(doc.text);
    if (!doc.outlet.empty()) doc.outlet_source = Source::text;
  }
  extract::Extraction ex = extract::extract(doc);
  DocumentProfile profile = match::describe_document(doc.title, doc.text);
  return {std::move(doc), std::move(ex.sentences), std::move(ex.claims), std::move(profile)};
}

std::vector<StoredClaim> as_stored(const Extracted& e) {
  std::vector<StoredClaim> out;
  out.reserve(e.claims.size());
  std::vector<SharedText> cut(e.sentences.size());  // the claims of one sentence share one copy of it
  for (const Claim& c : e.claims) {
    StoredClaim s;
    s.document = e.doc.name;
    s.outlet = e.doc.outlet;
    s.published = e.doc.published;
    s.url = e.doc.url;
    if (c.sentence < e.sentences.size()) {
      s.sentence_span = e.sentences[c.sentence].span;
      if (cut[c.sentence].empty()) cut[c.sentence] = e.doc.text.substr(s.sentence_span.begin, s.sentence_span.size());
      s.sentence_text = cut[c.sentence];
    }
    s.claim = c;
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<match::Profile> stored_profiles(const store::ClaimStore& store, const std::vector<std::int64_t>* ids,
                                            match::Vocabulary& vocabulary) {
  std::vector<match::Profile> profiles;
  profiles.reserve(ids ? ids->size() : store.document_count());  // not grown by doubling: a store's worth of them
  std::vector<std::int64_t> unprofiled;
  auto take = [&](std::int64_t id, const DateRange& published, const DocumentProfile& profile) {
    if (profile.known) profiles.push_back(match::profile_from(id, published, profile, vocabulary));
    else unprofiled.push_back(id);
  };
  if (ids) store.document_profiles(*ids, take);
  else store.each_document_profile(take);
  // A document stored before profiles were is read and profiled now.
  store.document_texts(unprofiled, [&](std::int64_t id, const std::string& title, const std::string& text,
                                       const DateRange& published) {
    profiles.push_back(match::profile_of({id, title, text, published}, vocabulary));
  });
  return profiles;
}

compare::Comparison compare_stored(const store::ClaimStore& store, const compare::Options& options,
                                   const std::function<void(const char*)>& stage) {
  auto at = [&](const char* name) {
    if (stage) stage(name);
  };
  match::Vocabulary vocabulary;
  std::vector<match::Profile> profiles;
  std::vector<StoredClaim> claims;
  {
    // One state of the store for both: a document another process stores meanwhile is in both or
    // in neither.
    const store::ClaimStore::ReadSnapshot snapshot(store);
    // Each document's profile as stored at ingest.
    at("reading documents");
    profiles = stored_profiles(store, nullptr, vocabulary);
    at("reading claims");
    claims = store.claims_by_subject();
  }
  at("placing claims in stories");
  match::Framing framing = match::frame_claims(claims, std::move(profiles), vocabulary);
  at("comparing claims");
  compare::Comparison c = compare::compare_claims(std::move(claims), options, std::move(framing.frames));
  c.stories = std::move(framing.stories);
  return c;
}

Naming name_in_store(const store::ClaimStore& store, Document& doc) {
  if (store.has_document(doc.sha256)) return {};  // the same bytes: already known, whatever its name
  const std::vector<store::DocumentRow> holders = store.documents_named(doc.name);
  if (holders.empty()) return {};
  const store::DocumentRow& other = holders.front();
  const std::string taken = "the name '" + doc.name + "' is taken by another text (read from " + other.path +
                            (other.ingested_at.empty() ? "" : ", stored " + other.ingested_at) + ")";
  const bool jsonl = std::filesystem::path(doc.path).extension() == ".jsonl";
  const bool same_source = std::any_of(holders.begin(), holders.end(), [&](const store::DocumentRow& h) { return h.path == doc.path; });
  if (!jsonl && !same_source && doc.path != "-") {
    const std::string alt = std::filesystem::path(doc.path).lexically_normal().generic_string();
    if (alt != doc.name && store.documents_named(alt).empty()) {
      Naming n{true, doc.path + ": stored as '" + alt + "': " + taken};
      doc.name = alt;
      return n;
    }
  }
  if (same_source && !jsonl && doc.path != "-")
    return {false, doc.path + ": not stored: changed since it was stored as '" + doc.name + "'" +
                       (other.ingested_at.empty() ? "" : " (" + other.ingested_at + ")") + "; 'mizan forget " + doc.name +
                       "' first to store the new text in its place"};
  const std::string where = jsonl ? doc.path + " (id " + doc.name + ")" : doc.path == "-" ? std::string("stdin") : doc.path;
  const std::string fix = jsonl ? "give this line another id" : doc.path == "-" ? "give another --name" : "";
  return {false, where + ": not stored: " + taken + "; 'mizan forget " + doc.name + "' first to store this text in its place" +
                     (fix.empty() ? "" : ", or " + fix)};
}

std::vector<store::DocumentRow> documents_named(const store::ClaimStore& store, const std::string& name, const std::string& db) {
  std::vector<store::DocumentRow> rows = store.documents_named(name);
  if (rows.empty()) throw Error("no document named '" + name + "' in " + db + " ('mizan docs' lists the names)");
  return rows;
}

StoredReviews stored_reviews(const store::ClaimStore& store) {
  StoredReviews out;
  for (store::ReviewRow& r : store.reviews()) {
    compare::Review review{std::move(r.status), std::move(r.note), std::move(r.reviewer), std::move(r.reviewed_at)};
    if (!r.group.empty()) out.by_group[r.group] = review;
    out.by_id[r.verdict_id] = std::move(review);
  }
  return out;
}

std::vector<Document> read_article(const Args& args, const std::string& path) {
  ingest::Overrides overrides;
  overrides.outlet = args.get_or("outlet", "");
  if (auto d = args.get("date")) overrides.published = ingest::parse_date_arg(*d, "--date");
  std::vector<std::string> problems;
  std::vector<Document> docs;
  try {
    docs = ingest::read_documents(path, ingest::read_file(path), nullptr, overrides, problems);
  } catch (const InputError& e) {
    const std::string msg = e.what();
    throw InputError(msg.rfind(path, 0) == 0 ? msg : path + ": " + msg);
  }
  for (const std::string& p : problems) std::cerr << "mizan: " << p << "\n";
  return docs;
}

}  // namespace mizan::cli
