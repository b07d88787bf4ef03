#pragma once
// Reading articles: files, directories, JSONL, stdin; metadata from flags, a manifest, a header
// block, JSONL fields — in that order of precedence. What the text itself says is the extract
// stage's business (it has the lexicon) and applies last.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace mizan::ingest {

struct ManifestEntry {
  std::string outlet;
  std::optional<DateRange> published;  // set when the manifest gives a date
};

// A TSV with a header naming at least `file`; `outlet` and `published` are read, others ignored.
class Manifest {
 public:
  static Manifest load(const std::string& path);  // throws InputError naming the line
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

// Files named by the arguments: files as given, directories walked for *.txt and *.jsonl (sorted,
// symlink loops visited once), "-" for stdin. Problems (a missing path) are appended to `problems`.
std::vector<std::string> collect_inputs(const std::vector<std::string>& args,
                                        std::vector<std::string>& problems);

// Reads all of a file ("-" is stdin). Throws InputError when it cannot.
std::string read_file(const std::string& path);

// The documents in one file's bytes: one for text, one per line for JSONL. A problem with the
// whole file throws InputError; a bad JSONL line is appended to `problems` and skipped.
std::vector<Document> read_documents(const std::string& path, const std::string& bytes,
                                     const Manifest* manifest, const Overrides& overrides,
                                     std::vector<std::string>& problems);

// Checks that bytes can be an article: not empty, not binary, not UTF-16, valid UTF-8.
// Returns the offset where the text starts (after a UTF-8 byte-order mark). Throws InputError.
std::size_t check_text(const std::string& bytes);

// Markup removed, entities decoded, block elements as newlines: for HTML saved as .txt.
bool looks_like_html(std::string_view text);
std::string strip_html(std::string_view html);

}  // namespace mizan::ingest
