// mizan docs and mizan forget: the stored documents, listed, corrected and deleted.
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "ingest/reader.hpp"
#include "report/escape.hpp"
#include "store/claim_store.hpp"

namespace mizan::cli {

namespace {

constexpr const char* kDocsHelp = R"(usage: mizan docs [options] [NAME]

Lists the stored documents, or corrects one document's outlet or publication date.

  mizan docs                                  every document, in name order
  mizan docs NAME                             that document only
  mizan docs --set-outlet O --set-date D NAME its outlet and date corrected

A correction works the document's claims out again under the new metadata: a claim whose time came
from the publication date ("أمس", "الخميس", or no date at all) moves with it. The document keeps its
name and its text; the next 'mizan report' sees the change.

options:
  --db PATH            database (default: claims.db)
  --format tsv|json    tsv (default): a header, then the columns name outlet published claims path
                       url ingested; json: an array of objects with those fields
  --set-outlet NAME    the document's outlet
  --set-date DATE      its publication date (YYYY-MM-DD, YYYY-MM or YYYY), or "unknown"
  -h, --help           this help

exit codes: 0 done; 2 no document of that name, or an error.
)";

constexpr const char* kForgetHelp = R"(usage: mizan forget [options] NAME...

Deletes each named document with its claims from the database (names as 'mizan docs' lists them).
Ingesting the same text again stores it anew.

options:
  --db PATH            database (default: claims.db)
  --quiet              no line per document deleted
  -h, --help           this help

exit codes: 0 all deleted; 2 a NAME names no document (the others are deleted), or an error.
)";

void write_tsv(std::ostream& out, const std::vector<store::DocumentRow>& docs) {
  out << "name\toutlet\tpublished\tclaims\tpath\turl\tingested\n";
  for (const store::DocumentRow& d : docs)
    out << report::tsv_escape(d.name) << '\t' << report::tsv_escape(d.outlet) << '\t' << to_iso(d.published) << '\t'
        << d.claims << '\t' << report::tsv_escape(d.path) << '\t' << report::tsv_escape(d.url) << '\t'
        << report::tsv_escape(d.ingested_at) << '\n';
}

void write_json(std::ostream& out, const std::vector<store::DocumentRow>& docs) {
  using report::json_string;
  out << "[";
  for (std::size_t k = 0; k < docs.size(); ++k) {
    const store::DocumentRow& d = docs[k];
    out << (k ? ",\n" : "\n") << "  {\"name\": " << json_string(d.name) << ", \"outlet\": " << json_string(d.outlet)
        << ", \"published\": " << json_string(to_iso(d.published)) << ", \"claims\": " << d.claims
        << ", \"path\": " << json_string(d.path) << ", \"url\": " << json_string(d.url)
        << ", \"ingested\": " << json_string(d.ingested_at) << "}";
  }
  out << (docs.empty() ? "]\n" : "\n]\n");
}

}  // namespace

int run_docs(const Argv& argv) {
  const Args args("docs", argv, {"db", "format", "set-outlet", "set-date"}, {});
  if (args.help()) {
    std::cout << kDocsHelp;
    return 0;
  }
  const std::string format = args.get_or("format", "tsv");
  if (format != "tsv" && format != "json") throw UsageError("--format is tsv or json, not '" + format + "'");
  if (args.positional().size() > 1) throw UsageError("docs takes at most one NAME");
  const std::string db = args.get_or("db", kDefaultDb);
  const auto outlet = args.get("set-outlet");
  const auto date = args.get("set-date");
  if (!outlet && !date) {
    store::ClaimStore store(db, /*read_only=*/true);
    const std::vector<store::DocumentRow> docs =
        args.positional().empty() ? store.documents() : documents_named(store, args.positional()[0], db);
    if (format == "tsv") write_tsv(std::cout, docs);
    else write_json(std::cout, docs);
    return 0;
  }
  if (args.positional().size() != 1) throw UsageError("--set-outlet and --set-date need the NAME of one document");
  if (outlet && outlet->find_first_of("\t\n\r") != std::string::npos)
    throw UsageError("--set-outlet needs a name without tabs or line breaks");
  std::optional<DateRange> published;
  if (date) published = *date == "unknown" ? DateRange{} : ingest::parse_date_arg(*date, "--set-date");
  store::ClaimStore store(db);
  const std::string& name = args.positional()[0];
  for (const store::DocumentRow& row : documents_named(store, name, db)) {
    Document d = store.document(row.id);
    if (outlet) {
      d.outlet = *outlet;
      d.outlet_source = Source::flag;
    }
    if (published) {
      d.published = *published;
      d.date_source = Source::flag;
    }
    const Extracted e = extract_document(std::move(d));
    store.replace(row.id, e.doc, e.sentences, e.claims, &e.profile);
    std::cout << "docs: " << report::tsv_escape(row.name) << ": outlet "
              << (e.doc.outlet.empty() ? "unknown" : report::tsv_escape(e.doc.outlet)) << ", published "
              << (e.doc.published.known() ? to_iso(e.doc.published) : "unknown") << "; "
              << counted(static_cast<std::int64_t>(e.claims.size()), "claim") << " (" << row.claims << " before)\n";
  }
  return 0;
}

int run_forget(const Argv& argv) {
  const Args args("forget", argv, {"db"}, {"quiet"});
  if (args.help()) {
    std::cout << kForgetHelp;
    return 0;
  }
  if (args.positional().empty()) throw UsageError("forget needs the NAME of a document ('mizan docs' lists them)");
  const std::string db = args.get_or("db", kDefaultDb);
  store::ClaimStore store(db);
  int rc = 0;
  for (const std::string& name : args.positional()) {
    const std::vector<store::DocumentRow> rows = store.documents_named(name);
    if (rows.empty()) {
      std::cerr << "mizan forget: no document named '" << name << "' in " << db << "\n";
      rc = 2;
      continue;
    }
    for (const store::DocumentRow& row : rows) {
      store.forget(row.id);
      if (!args.flag("quiet"))
        std::cout << "forget: " << report::tsv_escape(row.name) << " (" << counted(row.claims, "claim") << ") deleted\n";
    }
  }
  return rc;
}

}  // namespace mizan::cli
