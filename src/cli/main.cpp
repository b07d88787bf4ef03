// mizan: arguments -> pipeline -> exit code. No logic of its own.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "cli/args.hpp"
#include "cli/commands.hpp"

namespace {

constexpr const char* kVersion = "mizan 0.1.0";
constexpr const char* kHelp = R"(mizan — the quantified claims of Arabic news, and where they agree or conflict

usage: mizan <command> [options]

commands:
  ingest PATH...     read articles (files, directories, JSONL, -) and store their claims
  claims             list stored claims (TSV or JSON)
  extract FILE       list one article's claims without storing them
  report             write the consistency report (reports/index.html, .md, .json)
  check FILE         compare a new article's claims with everything stored; exit 1 on conflict
  docs [NAME]        list the stored documents; correct one's outlet or date (--set-outlet, --set-date)
  forget NAME...     delete documents and their claims
  review ID --as S   record that a verdict is confirmed, false or unsure (--list lists the reviews)
  numbers [FILE...]  print every number, date and ordinal found in each line of FILE (or stdin)

'mizan <command> --help' explains a command. Every command takes --db PATH where it uses the
database (default: ./claims.db), and --quiet: no progress line and no notes on stderr (problems
are still named there).

exit codes: 0 ok; 1 found what was asked about (check: a conflict); 2 error.
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace mizan::cli;
  const std::map<std::string, int (*)(const Argv&)> commands = {
      {"ingest", run_ingest}, {"claims", run_claims}, {"extract", run_extract},
      {"numbers", run_numbers}, {"report", run_report}, {"check", run_check},
      {"docs", run_docs},       {"forget", run_forget}, {"review", run_review}};
  if (argc < 2) {
    std::cerr << kHelp;
    return 2;
  }
  const std::string command = argv[1];
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kHelp;
    return 0;
  }
  if (command == "--version" || command == "version") {
    std::cout << kVersion << "\n";
    return 0;
  }
  const auto it = commands.find(command);
  if (it == commands.end()) {
    std::cerr << "mizan: unknown command '" << command << "' (see mizan --help)\n";
    return 2;
  }
  try {
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    mizan::cli::g_exit_after_command = true;
#endif
    const int code = it->second(Argv(argv + 2, argv + argc));
    // The command has closed its database and files; what is left are the lexicon's and the
    // grammar's tables, which the operating system frees faster than their destructors (3% of a
    // `check`). Sanitizer builds exit normally, so that their checks at exit still run.
    std::cout.flush();
    std::cerr.flush();
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    std::fflush(nullptr);
    std::_Exit(code);
#endif
    return code;
  } catch (const UsageError& e) {
    std::cerr << "mizan " << command << ": " << e.what() << " (see mizan " << command << " --help)\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "mizan " << command << ": " << e.what() << "\n";
    return 2;
  }
}
