#include <filesystem>
#include <fstream>
#include <vector>
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/compare_options.hpp"
#include "cli/progress.hpp"
#include "compare/compare.hpp"
#include "report/consistency.hpp"
#include "store/claim_store.hpp"

namespace mizan::cli {

namespace {

constexpr const char* kHelp = R"(usage: mizan report [options]

Compares every stored claim with the claims of other documents about the same subject and writes
the consistency report:
  OUT/index.html         one self-contained page (Arabic, right to left; --lang en): a summary, the conflicts
                         with both quotes and the reason, agreements, changes over time with a
                         timeline, internal inconsistencies (a breakdown whose parts do not sum to
                         its total, round numbers out of order with their dates) and a table of
                         how often each outlet agrees and conflicts with the others
  OUT/consistency.md     the same, for reading in a terminal or a diff
  OUT/consistency.json   the same, for programs (schema in the README)
The same database always gives the same bytes.

Documents that report one event are grouped into stories (by their rare words, event type,
countries and dates), and claims are compared within their story, each with its counterpart in the
other document; a standing figure (fighters in a province) is also compared by its subject. A pair
is decided on its slots: another place, actor, class or event means different things. Two claims
agree when their values overlap; "about" (نحو) widens a value by the tolerance, "at least"/"at
most" open it. Values that do not overlap conflict when the match is strong and they hold at one
time (or of one one-off event), are a possible conflict (listed apart, not counted) when the match
is weaker or the time uncertain, and evolve when a toll was reported on another day. An ordinal
names its event (round 7 and round 6 never conflict); identifiers (resolution 2254) are never
compared as quantities.

options:
  --db PATH          database (default: claims.db)
  --out DIR          where to write (default: reports)
  --tolerance T      how far "about" widens a value: 0.1 or 10% (default: 10%)
  --window DAYS      claims further apart than this evolve instead of conflicting (default: 30)
  --format html|tsv|csv
                     html (default): the three files above; tsv or csv: OUT/verdicts.tsv or
                     OUT/verdicts.csv instead, every verdict as one row for a spreadsheet (id,
                     relation, strength, story, subject, each claim's document, outlet, date, value,
                     excerpt and URL, the reason in English and Arabic, the review)
  --lang ar|en       the language of index.html and consistency.md (default: ar, Arabic, right to
                     left); consistency.json gives each reason in English and in Arabic
  --quiet            no progress line on stderr (shown on a terminal when the report takes longer
                     than a second)
  -h, --help         this help

exit codes: 0 written (whatever it found); 2 error.
)";

// Writes beside the file and renames, so a reader never sees half a report.
template <typename Writer>
void write_file(const std::filesystem::path& path, Writer&& write) {
  const std::filesystem::path tmp = path.string() + ".tmp";
  {
    // Written in 1 MiB pieces, not the stream's default 8 KiB (a report of a million claims writes
    // 700 MB of JSON).
    std::vector<char> buffer(1 << 20);
    std::ofstream out;
    out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    out.open(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(tmp.string() + ": cannot write");
    write(out);
    if (!out.flush()) throw Error(tmp.string() + ": cannot write");
  }
  std::filesystem::rename(tmp, path);
}

}  // namespace

compare::Options compare_options(const Args& args) {
  compare::Options o;
  if (auto t = args.get("tolerance")) {
    std::string text = *t;
    const bool pct = !text.empty() && text.back() == '%';
    if (pct) text.pop_back();
    double v = parse_double_option("tolerance", text);
    if (pct) v /= 100.0;
    if (!(v >= 0.0 && v < 1.0)) throw UsageError("--tolerance is a fraction in [0, 1) or a percentage, not '" + *t + "'");
    o.tolerance = v;
  }
  if (auto w = args.get("window")) {
    const double v = parse_double_option("window", *w);
    if (!(v >= 0.0 && v <= 36600.0) || v != static_cast<double>(static_cast<int>(v)))
      throw UsageError("--window is a whole number of days, not '" + *w + "'");
    o.window_days = static_cast<int>(v);
  }
  return o;
}

int run_report(const Argv& argv) {
  const Args args("report", argv, {"db", "out", "tolerance", "window", "lang", "format"}, {"quiet"});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  if (!args.positional().empty()) throw UsageError("report takes no PATH (did you mean 'mizan check FILE'?)");
  compare::Options options = compare_options(args);
  const std::string db = args.get_or("db", kDefaultDb);
  const std::filesystem::path out_dir = args.get_or("out", "reports");

  store::ClaimStore store(db, /*read_only=*/true);
  const store::Stats stats = store.stats();
  const StoredReviews reviews = stored_reviews(store);
  reviews.apply(options);
  ProgressLine progress("mizan report", args.flag("quiet"));
  compare::Comparison c = compare_stored(store, options, [&](const char* stage) { progress.stage(stage); });
  progress.stage("writing the report");
  const std::string format = args.get_or("format", "html");
  if (format != "html" && format != "tsv" && format != "csv") throw UsageError("--format is html, tsv or csv, not '" + format + "'");
  const std::string lang = args.get_or("lang", "ar");
  if (lang != "ar" && lang != "en") throw UsageError("--lang is ar or en, not '" + lang + "'");
  const report::Summary summary{stats.documents, stats.outlets, stats.claims, lang == "en" ? report::Lang::en : report::Lang::ar};

  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) throw Error(out_dir.string() + ": cannot create the directory: " + ec.message());
  std::string written = out_dir.string() + "/";
  if (format == "html") {
    write_file(out_dir / "index.html", [&](std::ostream& o) { report::write_consistency_html(o, c, summary); });
    write_file(out_dir / "consistency.md", [&](std::ostream& o) { report::write_consistency_markdown(o, c, summary); });
    write_file(out_dir / "consistency.json", [&](std::ostream& o) { report::write_consistency_json(o, c, summary); });
  } else {
    const std::filesystem::path table = out_dir / ("verdicts." + format);
    write_file(table, [&](std::ostream& o) { report::write_verdicts_table(o, c, format == "csv"); });
    written = table.string();
  }

  progress.done();
  std::cout << "report: " << counted(stats.documents, "document") << ", " << counted(stats.claims, "claim") << "; "
              << counted(c.count(compare::Relation::conflict), "conflict") << ", "
              << counted(c.count(compare::Relation::agree), "agreement") << ", "
              << counted(c.count(compare::Relation::evolves), "evolution") << ", "
              << counted(c.count(compare::Relation::inconsistent), "internal inconsistency", "internal inconsistencies")
              << "; written to " << written << "\n";
  free_at_exit(std::move(c));
  return 0;
}

}  // namespace mizan::cli
