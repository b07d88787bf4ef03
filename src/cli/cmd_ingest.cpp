#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "ingest/reader.hpp"
#include "store/claim_store.hpp"

namespace mizan::cli {

namespace {

constexpr const char* kHelp = R"(usage: mizan ingest [options] PATH...

Reads Arabic news articles, extracts their quantified claims and stores them in the database.
PATH is a file, a directory (searched recursively for *.txt, *.jsonl, *.html and *.htm; other
files are counted in a note) or - for stdin. Storing the same bytes again changes nothing.

Each document has a name no other text shares: a file found in a directory is named by its path
from that directory ("2024/022.txt"), a file given by itself by its file name, a JSONL line by its
"id" (else FILE:LINE), stdin by --name. When another text holds the name (022.txt from another
folder), the document is named by the path it was read from ("b/022.txt"); a file changed since it
was stored, or a JSONL id used twice, is named and not stored ('mizan forget NAME' first replaces
it). 'mizan docs' lists the names.

Metadata, strongest first: the flags below; the manifest; a header block at the top of a file
("url:", "outlet:", "published:", "title:" lines ended by a blank line; "published: unknown" means
no date); JSONL fields (text, outlet, published, url, title, id); what the text says of itself
("المصدر: وكالة سانا"). A document without a date is stored with an unknown date.

options:
  --db PATH          database (default: claims.db)
  --outlet NAME      the outlet of every document read
  --date DATE        the publication date of every document: YYYY-MM-DD, YYYY-MM or YYYY
  --manifest FILE    TSV with a header naming columns file, outlet, published
  --jobs N           threads that read and extract (default: the number of cores)
  --name NAME        the name of the document read from stdin (-); without it, "stdin-" and the
                     start of its SHA-256
  --quiet            no progress line and no notes on stderr (problems are still named there)
  -h, --help         this help

Input that is no article (empty, only whitespace, binary, invalid UTF-8, UTF-16, over 1 GiB, a
date that is no date) is named on stderr with the reason and skipped, as is a JSONL line that is
not JSON; everything else is stored. HTML has its markup removed; text in another language is
stored without claims. Each document is stored in one transaction, so an interrupted ingest
leaves whole documents only, and running it again stores the rest.

exit codes: 0 all read; 2 some input could not be read (named on stderr; the rest is stored) or
the database could not be used.
)";

struct Work {
  std::vector<Extracted> docs;
  std::vector<std::string> problems;  // skipped parts: JSONL lines, or the whole file
  std::vector<std::string> notes;     // read, but the user should know (markup removed, not Arabic)
  bool failed = false;                // the whole file was unreadable
};

// A document as the user knows it: its file, and its JSONL id when it has one.
std::string shown_name(const Document& d) {
  const bool own_name = d.name == std::filesystem::path(d.path).filename().string();
  return own_name ? d.path : d.path + " (" + d.name + ")";
}

// Manifest rows that name no input file: a typo or a missing file, so the user is told.
std::vector<std::string> unused_manifest_rows(const ingest::Manifest& manifest,
                                              const std::vector<std::string>& inputs) {
  std::set<std::string> names;
  for (const std::string& in : inputs) {
    const std::filesystem::path p(in);
    names.insert(p.filename().string());
    names.insert(p.stem().string());
  }
  std::vector<std::string> out;
  for (const auto& [file, entry] : manifest.entries())
    if (!names.count(file) && !names.count(std::filesystem::path(file).stem().string())) out.push_back(file);
  return out;
}

}  // namespace

int run_ingest(const Argv& argv) {
  const Args args("ingest", argv, {"db", "outlet", "date", "manifest", "jobs", "name"}, {"quiet"});
  if (args.help()) {
    std::cout << kHelp;
    return 0;
  }
  if (args.positional().empty()) throw UsageError("ingest needs at least one PATH");
  ingest::Overrides overrides;
  overrides.outlet = args.get_or("outlet", "");
  if (auto d = args.get("date")) overrides.published = ingest::parse_date_arg(*d, "--date");
  std::optional<ingest::Manifest> manifest;
  if (auto m = args.get("manifest")) manifest = ingest::Manifest::load(*m);
  const bool quiet = args.flag("quiet");
  const bool tty = isatty(STDERR_FILENO) && !quiet;

  std::vector<std::string> problems, passed_over;
  std::vector<ingest::Input> found = ingest::find_inputs(args.positional(), problems, &passed_over, args.get_or("manifest", ""));
  if (const auto name = args.get("name")) {
    if (std::none_of(found.begin(), found.end(), [](const ingest::Input& in) { return in.path == "-"; }))
      throw UsageError("--name names the document read from stdin (-), and no - was given");
    if (name->empty() || name->find_first_of("\t\n\r") != std::string::npos)
      throw UsageError("--name needs a name without tabs or line breaks");
    for (ingest::Input& in : found)
      if (in.path == "-") in.name = *name;
  }
  std::vector<std::string> inputs;
  for (const ingest::Input& in : found) inputs.push_back(in.path);
  bool any_failed = !problems.empty();
  for (const std::string& p : problems) std::cerr << "mizan: " << p << "\n";
  if (!quiet)
    for (const std::string& n : passed_over) std::cerr << "mizan: " << n << "\n";
  if (manifest && !quiet) {
    const auto unused = unused_manifest_rows(*manifest, inputs);
    // JSONL rows are matched by id, which the file names do not show: only files are checked.
    const bool all_text = std::none_of(inputs.begin(), inputs.end(), [](const std::string& in) {
      return in == "-" || std::filesystem::path(in).extension() == ".jsonl";
    });
    if (all_text) {
      for (std::size_t k = 0; k < unused.size() && k < 10; ++k)
        std::cerr << "mizan: warning: " << *args.get("manifest") << ": row for '" << unused[k]
                  << "' names no file among the inputs (missing file?)\n";
      if (unused.size() > 10)
        std::cerr << "mizan: warning: " << *args.get("manifest") << ": " << unused.size() - 10 << " more such rows\n";
    }
  }

  const std::string db_path = args.get_or("db", kDefaultDb);
  store::ClaimStore store(db_path);

  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  if (auto j = args.get("jobs")) jobs = static_cast<unsigned>(std::max(1.0, parse_double_option("jobs", *j)));
  jobs = std::min<unsigned>(jobs, std::max<std::size_t>(1, inputs.size()));

  // Workers read and extract files in any order; this thread stores them in input order, so the
  // database is the same whatever the thread count. A window bounds the memory held.
  const std::size_t window = 4 * static_cast<std::size_t>(jobs) + 4;
  std::vector<std::optional<Work>> slots(inputs.size());
  std::mutex mutex;
  std::condition_variable ready, room;
  std::atomic<std::size_t> next{0};
  std::size_t written = 0;
  bool stopping = false;  // the writer failed: workers finish the file in hand and stop
  std::vector<std::thread> threads;
  auto worker = [&] {
    while (true) {
      const std::size_t i = next++;
      if (i >= inputs.size()) return;
      {
        std::unique_lock<std::mutex> lock(mutex);
        room.wait(lock, [&] { return stopping || i < written + window; });
        if (stopping) return;
      }
      Work w;
      try {
        const std::string bytes = ingest::read_file(inputs[i]);
        std::vector<Document> docs = ingest::read_documents(inputs[i], bytes, manifest ? &*manifest : nullptr,
                                                            overrides, w.problems, &w.notes, found[i].name);
        for (Document& d : docs) {
          w.docs.push_back(extract_document(std::move(d)));
          const Document& done = w.docs.back().doc;
          if (w.docs.back().claims.empty() && !ingest::is_arabic_text(done.text))
            w.notes.push_back(shown_name(done) + ": not Arabic text; stored without claims");
        }
      } catch (const Error& e) {
        w.failed = true;
        std::string msg = e.what();
        if (msg.rfind(inputs[i], 0) != 0) msg = inputs[i] + ": " + msg;
        w.problems.push_back(msg + "; skipped");
      } catch (const std::bad_alloc&) {
        w = Work{};
        w.failed = true;
        w.problems.push_back(inputs[i] + ": not enough memory to read it; skipped");
      } catch (const std::exception& e) {  // a worker must never end the process
        w = Work{};
        w.failed = true;
        w.problems.push_back(inputs[i] + ": cannot read it (" + e.what() + "); skipped");
      }
      std::lock_guard<std::mutex> lock(mutex);
      slots[i] = std::move(w);
      ready.notify_all();
    }
  };
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);

  std::size_t added = 0, known = 0, skipped = 0, claims = 0, undated = 0;
  // Documents are committed in batches (each still stored whole): at most kBatchDocuments or
  // kBatchBytes of text, or what came in kBatchSeconds. `committed` is what a crash keeps.
  constexpr std::size_t kBatchDocuments = 512, kBatchBytes = 16u << 20;
  constexpr double kBatchSeconds = 1.0;
  std::size_t committed = 0, batch_bytes = 0;
  auto batch_start = std::chrono::steady_clock::now();
  auto commit = [&] {
    store.commit_batch();
    committed = added;
    batch_bytes = 0;
  };
  // A failure to store (disk full, a database error) ends the ingest: what was committed stays,
  // the workers are stopped and joined, and main() reports the error with exit code 2.
  auto stop_workers = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stopping = true;
    }
    next = inputs.size();
    room.notify_all();
    for (std::thread& t : threads) t.join();
  };
  try {
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      Work w;
      {
        std::unique_lock<std::mutex> lock(mutex);
        auto have = [&] { return slots[i].has_value(); };
        // A batch is not held open (and the write lock with it) while the next input is slow to come.
        if (store.in_batch() && !have()) {
          const auto deadline =
              batch_start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                std::chrono::duration<double>(kBatchSeconds));
          if (!ready.wait_until(lock, deadline, have)) {
            lock.unlock();
            commit();
            lock.lock();
          }
        }
        ready.wait(lock, have);
        w = std::move(*slots[i]);
        slots[i].reset();
      }
      for (const std::string& p : w.problems) {
        if (tty) std::cerr << "\r\033[K";
        std::cerr << "mizan: " << p << "\n";
      }
      if (!quiet) {
        for (const std::string& n : w.notes) {
          if (tty) std::cerr << "\r\033[K";
          std::cerr << "mizan: " << n << "\n";
        }
      }
      if (!w.problems.empty()) any_failed = true;
      // A file that could not be read is one skipped input; else each problem is a JSONL line skipped.
      skipped += w.failed ? 1 : w.problems.size();
      for (Extracted& e : w.docs) {
        const Naming naming = name_in_store(store, e.doc);
        if (!naming.store) {
          if (tty) std::cerr << "\r\033[K";
          std::cerr << "mizan: " << naming.note << "\n";
          any_failed = true;
          ++skipped;
          continue;
        }
        if (!naming.note.empty() && !quiet) {
          if (tty) std::cerr << "\r\033[K";
          std::cerr << "mizan: " << naming.note << "\n";
        }
        if (!store.in_batch()) {
          store.begin_batch();
          batch_start = std::chrono::steady_clock::now();
        }
        batch_bytes += e.doc.text.size();
        if (store.add(e.doc, e.sentences, e.claims, &e.profile)) {
          ++added;
          claims += e.claims.size();
          if (!e.doc.published.known()) {
            ++undated;
            if (!quiet) {
              if (tty) std::cerr << "\r\033[K";
              std::cerr << "mizan: " << shown_name(e.doc) << ": no publication date; stored with an unknown date\n";
            }
          }
        } else {
          ++known;
        }
        if (added - committed >= kBatchDocuments || batch_bytes >= kBatchBytes ||
            std::chrono::duration<double>(std::chrono::steady_clock::now() - batch_start).count() >= kBatchSeconds)
          commit();
      }
      {
        std::lock_guard<std::mutex> lock(mutex);
        written = i + 1;
        room.notify_all();
      }
      if (tty && (i % 16 == 0 || i + 1 == inputs.size()))
        std::cerr << "\r\033[K[" << i + 1 << "/" << inputs.size() << "] " << added << " new, " << claims << " claims"
                  << std::flush;
    }
    commit();
  } catch (...) {
    // The documents stored whole before the failure are committed; the failing one was rolled back.
    try {
      commit();
    } catch (...) {
    }
    if (tty) std::cerr << "\r\033[K";
    std::cerr << "mizan: stopped after " << committed << " new document" << (committed == 1 ? "" : "s")
              << " (each stored whole; ingesting the same input again stores the rest)\n";
    stop_workers();
    throw;
  }
  for (std::thread& t : threads) t.join();
  if (tty) std::cerr << "\r\033[K";
  std::cout << "ingest: " << counted(static_cast<std::int64_t>(added), "new document") << ", " << known
            << " already known, " << skipped << " skipped; " << counted(static_cast<std::int64_t>(claims), "claim")
            << " stored in " << db_path;
  if (undated) std::cout << "; " << counted(static_cast<std::int64_t>(undated), "new document") << " without a publication date";
  std::cout << "\n";
  return any_failed ? 2 : 0;
}

}  // namespace mizan::cli
