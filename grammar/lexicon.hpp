#pragma once
// Word lists of grammar/lexicon/*.tsv, parsed once. Column 0 of every file is a surface form and is
// stored folded (see text/fold.hpp), so lookups compare folded text with folded text.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mizan::lexicon {

struct Row {
  std::string form;                 // folded
  std::vector<std::string> fields;  // the other columns, as written
  std::string_view field(std::size_t i) const {
    return i < fields.size() ? std::string_view(fields[i]) : std::string_view();
  }
};

// Rows of grammar/lexicon/<name>.tsv (header and '#' lines skipped). Throws Error for an unknown name.
const std::vector<Row>& rows(std::string_view name);
// Names of all lexicon files.
std::vector<std::string> names();

// The distinct values of column `value_column` of a lexicon file (kForms: its folded forms), made
// once (e.g. the classes of counted.tsv).
constexpr std::size_t kForms = static_cast<std::size_t>(-1);
const std::unordered_set<std::string>& column_values(std::string_view file, std::size_t value_column);

// A phrase table: folded phrase (one or more words) -> the value of column `value_column`. Keys
// and values are the rows' own strings (rows() are kept for the program's life): a lookup builds
// no string.
class PhraseTable {
 public:
  PhraseTable(std::string_view file, std::size_t value_column);
  const std::string* find(std::string_view folded_phrase) const;
  std::size_t max_words() const { return max_words_; }

 private:
  std::unordered_map<std::string_view, const std::string*> map_;
  std::size_t max_words_ = 1;
};

}  // namespace mizan::lexicon
