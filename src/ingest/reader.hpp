#pragma once
// Reading articles: files, directories, JSONL, stdin; metadata from flags, a manifest, a header
// block, JSONL fields — in that order of precedence. What the text itself says is the extract
// stage's business (it has the lexicon) and applies last.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace mizan::ingest {

struct ManifestEntry {
  std::string outlet;
  std::optional<DateRange> published;  // set when the manifest gives a date
  std::string error;  // what is wrong with the row ("m.tsv:3: '2019-13-45' is not a date"): its file is skipped
};

// A TSV with a header naming at least `file`; `outlet` and `published` are read, others ignored.
class Manifest {
 public:
  // Throws InputError when the file cannot be read or has no `file` column; a row with a bad date
  // is kept with its error, so that only its own file is skipped.
  static Manifest load(const std::string& path);
  // By file name, or by the part of the name before its extension.
  const ManifestEntry* find(const std::string& file_name) const;
  std::size_t size() const { return entries_.size(); }
  const std::map<std::string, ManifestEntry>& entries() const { return entries_; }

 private:
  std::map<std::string, ManifestEntry> entries_;
};

struct Overrides {  // from --outlet and --date
  std::string outlet;
  std::optional<DateRange> published;
};

// Parses --date / manifest / header dates: YYYY-MM-DD, YYYY-MM or YYYY; throws InputError.
DateRange parse_date_arg(const std::string& text, const std::string& where);
// The day (or month) a page's address gives, as news sites write it in their paths: ".../2022/09/22/
// 307478", ".../n3/2024/0912/c31662-...", ".../2024-09-11-...", ".../2022/09/slug" (a month). Unknown
// when the address names none.
DateRange date_in_url(std::string_view url);

// One input to read, and the name its document takes: a file's path relative to the directory it
// was found in ("2024/022.txt" for DIR/2024/022.txt), a file given by itself its file name, stdin
// "stdin" (read_documents makes that unique).
struct Input {
  std::string path;
  std::string name;
};

// Files named by the arguments: files as given, directories walked for *.txt, *.jsonl, *.html and
// *.htm (sorted, symlink loops visited once), "-" for stdin. Problems (a missing path) are appended
// to `problems`; files a directory holds that are none of these (a PDF, a spreadsheet) are counted
// in a note per directory, when `notes` is given (but `quiet_file`, the manifest beside the articles).
// Hidden files are passed over.
std::vector<Input> find_inputs(const std::vector<std::string>& args, std::vector<std::string>& problems,
                               std::vector<std::string>* notes = nullptr, const std::string& quiet_file = {});
// The same, the paths only.
std::vector<std::string> collect_inputs(const std::vector<std::string>& args,
                                        std::vector<std::string>& problems);

// Larger is no article (and document offsets are 32-bit): such a file or JSONL line is refused.
constexpr std::size_t kMaxDocumentBytes = std::size_t{1} << 30;

// Reads all of a file ("-" is stdin). Throws InputError when it cannot, or when a file that is not
// JSONL is larger than kMaxDocumentBytes.
std::string read_file(const std::string& path);

// The documents in one file's bytes: one for text, one per line for JSONL. A problem with the
// whole file throws InputError; a bad JSONL line is appended to `problems` and skipped. Notes that
// skip nothing (HTML markup removed) go to `notes` when given, else to `problems`.
std::vector<Document> read_documents(const std::string& path, const std::string& bytes,
                                     const Manifest* manifest, const Overrides& overrides,
                                     std::vector<std::string>& problems,
                                     std::vector<std::string>* notes = nullptr, const std::string& name = {});

// Checks that bytes can be an article: not empty, not binary, not UTF-16 (refused with how to
// convert it: offsets are into the bytes as read), valid UTF-8, not larger than kMaxDocumentBytes.
// Returns the offset where the text starts (after a UTF-8 byte-order mark). Throws InputError.
std::size_t check_text(std::string_view bytes);
// The same for a whole file; one_document=false allows a JSONL file of many articles to be larger.
std::size_t check_bytes(std::string_view bytes, bool one_document);

// True when at least a tenth of the letters of `text` are Arabic: text in another language is
// stored, but has no claims (the grammar and its lexicon read Arabic).
bool is_arabic_text(std::string_view text);

// Markup removed, entities decoded, block elements as newlines: for HTML saved as .txt.
bool looks_like_html(std::string_view text);
std::string strip_html(std::string_view html);

}  // namespace mizan::ingest
