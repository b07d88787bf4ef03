// mizan review: what a person made of a verdict, kept in the database across runs.
#include <cstdlib>
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/compare_options.hpp"
#include "report/escape.hpp"
#include "store/claim_store.hpp"

namespace mizan::cli {

namespace {

constexpr const char* kHelp = R"(usage: mizan review [options] ID --as confirmed|false|unsure [--note TEXT]
       mizan review [options] --list

Records what you made of a verdict of the report: every verdict has an ID (shown beside it in
reports/index.html, consistency.md and consistency.json), the same in every run while its two
claims are stored. A review is kept in the database and outlives re-ingests and report runs; a
second review of the same verdict replaces the first.

  confirmed   you read both quotes and the verdict holds
  false       the verdict is wrong (two different things, a misread number): the next report lists
              it apart, leaves it out of the counts and the outlet table, and 'mizan check' does
              not fail on it
  unsure      read, not settled

options:
  --db PATH            database (default: claims.db)
  --as STATUS          confirmed, false or unsure
  --note TEXT          why, in a line
  --by NAME            who reviewed (default: $USER)
  --list               list the reviews, oldest first: id status relation by at note summary
  --format tsv|json    for --list (default: tsv)
  --tolerance T        as for 'mizan report', when the report was made with them
  --window DAYS        as for 'mizan report', likewise
  -h, --help           this help

exit codes: 0 recorded or listed; 2 no verdict with that ID in the current report, or an error.
)";

// "conflict: 022.txt «نحو 15000» / 031.txt «10000»".
std::string summary_of(const compare::Comparison& c, const compare::Verdict& v) {
  std::string out(to_string(v.relation));
  out += ":";
  const char* sep = " ";
  for (const std::size_t i : v.claims) {
    const StoredClaim& s = c.claims[i];
    out += sep + s.document + " «" + compare::describe_value(s.claim) + "»";
    sep = " / ";
  }
  return out;
}

}  // namespace

int run_review(const Argv& argv) {
  const Args args("review", argv, {"db", "as", "note", "by", "format", "tolerance", "window"}, {"list"});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  const std::string db = args.get_or("db", kDefaultDb);
  if (args.flag("list")) {
    if (!args.positional().empty() || args.get("as")) throw UsageError("--list takes no ID and no --as");
    const std::string format = args.get_or("format", "tsv");
    if (format != "tsv" && format != "json") throw UsageError("--format is tsv or json, not '" + format + "'");
    store::ClaimStore store(db, /*read_only=*/true);
    const std::vector<store::ReviewRow> rows = store.reviews();
    if (format == "tsv") {
      std::cout << "id\tstatus\trelation\tby\tat\tnote\tsummary\n";
      for (const store::ReviewRow& r : rows)
        std::cout << r.verdict_id << '\t' << r.status << '\t' << r.relation << '\t' << report::tsv_escape(r.reviewer) << '\t'
                  << r.reviewed_at << '\t' << report::tsv_escape(r.note) << '\t' << report::tsv_escape(r.summary) << '\n';
    } else {
      using report::json_string;
      std::cout << "[";
      for (std::size_t k = 0; k < rows.size(); ++k) {
        const store::ReviewRow& r = rows[k];
        std::cout << (k ? ",\n" : "\n") << "  {\"id\": " << json_string(r.verdict_id) << ", \"status\": " << json_string(r.status)
                  << ", \"relation\": " << json_string(r.relation) << ", \"by\": " << json_string(r.reviewer)
                  << ", \"at\": " << json_string(r.reviewed_at) << ", \"note\": " << json_string(r.note)
                  << ", \"summary\": " << json_string(r.summary) << "}";
      }
      std::cout << (rows.empty() ? "]\n" : "\n]\n");
    }
    return 0;
  }
  if (args.positional().size() != 1) throw UsageError("review needs one verdict ID (or --list)");
  const auto status = args.get("as");
  if (!status || (*status != "confirmed" && *status != "false" && *status != "unsure"))
    throw UsageError("--as is confirmed, false or unsure");
  const std::string id = args.positional()[0];
  std::string by = args.get_or("by", "");
  if (by.empty())
    if (const char* user = std::getenv("USER")) by = user;
  if (by.empty()) by = "unknown";
  const std::string note = args.get_or("note", "");
  if (note.find_first_of("\n\r") != std::string::npos || by.find_first_of("\t\n\r") != std::string::npos)
    throw UsageError("--note and --by are one line each");

  store::ClaimStore store(db);
  // The verdict must be one the report gives now: a mistyped ID is an error, not a review of nothing.
  const compare::Comparison c = compare_stored(store, compare_options(args));
  const compare::Verdict* found = nullptr;
  for (const compare::Verdict& v : c.verdicts)
    if (v.id == id) found = &v;
  if (!found)
    throw Error("no verdict with id '" + id + "' in the report of " + db +
                " (the ids are in reports/index.html, consistency.md and consistency.json; 'mizan report' writes them)");
  store.add_review({id, compare::verdict_group(*found, c.claims), *status, note, by, "",
                    std::string(to_string(found->relation)), summary_of(c, *found)});
  std::cout << "review: " << id << " (" << to_string(found->relation) << ") recorded as " << *status << "\n";
  return 0;
}

}  // namespace mizan::cli
