#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "ingest/reader.hpp"
#include "report/listing.hpp"
#include "store/claim_store.hpp"

namespace mizan::cli {

namespace {

constexpr const char* kClaimsHelp = R"(usage: mizan claims [options]

Lists the stored claims, one per line, in document order.

options:
  --db PATH            database (default: claims.db)
  --format tsv|json    tsv (default): a header, then the columns doc kind value qualifier counted
                       actor location time said_by excerpt outlet published url; json: every
                       field, with byte spans, subject keys and the links of breakdowns and exchanges
  --doc NAME           only the claims of this document (its name as 'mizan docs' lists it);
                       a name no document has is an error (exit 2)
  -h, --help           this help
)";

constexpr const char* kExtractHelp = R"(usage: mizan extract [options] FILE

Extracts the claims of one article and lists them as 'mizan claims' does, without a database.

options:
  --outlet NAME        the article's outlet
  --date DATE          its publication date (YYYY-MM-DD, YYYY-MM or YYYY): relative dates such as
                       "أمس" and "يوليو الجاري" are resolved against it
  --format tsv|json    as for 'mizan claims' (default: tsv)
  -h, --help           this help
)";

void write(const std::string& format, const std::vector<StoredClaim>& claims) {
  if (format == "tsv") report::write_claims_tsv(std::cout, claims);
  else if (format == "json") report::write_claims_json(std::cout, claims);
  else throw UsageError("--format is tsv or json, not '" + format + "'");
}

}  // namespace

int run_claims(const Argv& argv) {
  const Args args("claims", argv, {"db", "format", "doc"}, {});
  if (args.help()) {
    std::cout << kClaimsHelp;
    return 0;
  }
  if (!args.positional().empty()) throw UsageError("claims takes no PATH (did you mean 'mizan extract FILE'?)");
  const std::string format = args.get_or("format", "tsv");
  if (format != "tsv" && format != "json") throw UsageError("--format is tsv or json, not '" + format + "'");
  const std::string db = args.get_or("db", kDefaultDb);
  store::ClaimStore store(db, /*read_only=*/true);
  const std::string doc = args.get_or("doc", "");
  if (args.get("doc")) documents_named(store, doc, db);  // a name no document has is an error
  write(format, store.claims(doc));
  return 0;
}

int run_extract(const Argv& argv) {
  const Args args("extract", argv, {"outlet", "date", "format"}, {});
  if (args.help()) {
    std::cout << kExtractHelp;
    return 0;
  }
  if (args.positional().size() != 1) throw UsageError("extract needs exactly one FILE");
  const std::string format = args.get_or("format", "tsv");
  if (format != "tsv" && format != "json") throw UsageError("--format is tsv or json, not '" + format + "'");
  std::vector<Document> docs = read_article(args, args.positional()[0]);
  std::vector<StoredClaim> all;
  for (Document& d : docs) {
    const Extracted e = extract_document(std::move(d));
    auto stored = as_stored(e);
    all.insert(all.end(), stored.begin(), stored.end());
  }
  write(format, all);
  return 0;
}

}  // namespace mizan::cli
