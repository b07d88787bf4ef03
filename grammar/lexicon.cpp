#include "grammar/lexicon.hpp"

#include <algorithm>
#include <map>
#include <mutex>

#include "grammar/lexicon_data.hpp"
#include "grammar/lexicon_lines.hpp"
#include "model/error.hpp"
#include "text/fold.hpp"

namespace mizan::lexicon {

namespace {

// The rows of one file; `folded` the first cells folded at build time (grammar/gen/fold_lexicon.cpp),
// or null to fold them here.
std::vector<Row> parse(std::string_view text, const FoldedForms* folded) {
  std::vector<Row> out;
  std::size_t k = 0;
  each_data_line(text, [&](std::string_view line) {
    Row row;
    std::size_t start = 0;
    bool first = true;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      const std::string_view cell = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
      if (first) {
        row.form = folded && k < folded->count ? std::string(folded->forms[k]) : fold_word(cell);
        first = false;
      } else {
        row.fields.emplace_back(cell);
      }
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    ++k;
    if (!row.form.empty()) out.push_back(std::move(row));
  });
  return out;
}

const FoldedForms* folded_forms(std::string_view name) {
  for (std::size_t i = 0; i < kFoldedFormsCount; ++i)
    if (name == kFoldedForms[i].name) return &kFoldedForms[i];
  return nullptr;
}

}  // namespace

const std::vector<Row>& rows(std::string_view name) {
  static std::mutex mutex;
  static std::map<std::string, std::vector<Row>, std::less<>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = cache.find(name); it != cache.end()) return it->second;
  for (std::size_t i = 0; i < kEmbeddedFileCount; ++i) {
    if (name == kEmbeddedFiles[i].name)
      return cache.emplace(std::string(name), parse(kEmbeddedFiles[i].text, folded_forms(name))).first->second;
  }
  throw Error("no lexicon file grammar/lexicon/" + std::string(name) + ".tsv");
}

std::vector<std::string> names() {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < kEmbeddedFileCount; ++i) out.emplace_back(kEmbeddedFiles[i].name);
  return out;
}

const std::unordered_set<std::string>& column_values(std::string_view file, std::size_t value_column) {
  static std::map<std::pair<std::string, std::size_t>, std::unordered_set<std::string>> made;
  static std::mutex lock;
  const std::lock_guard<std::mutex> guard(lock);
  const auto key = std::make_pair(std::string(file), value_column);
  if (const auto it = made.find(key); it != made.end()) return it->second;
  std::unordered_set<std::string> values;
  for (const Row& r : rows(file)) values.emplace(value_column == kForms ? std::string_view(r.form) : r.field(value_column));
  return made.emplace(key, std::move(values)).first->second;  // std::map nodes stay where they are
}

PhraseTable::PhraseTable(std::string_view file, std::size_t value_column) {
  static const std::string kNone;
  for (const Row& r : rows(file)) {
    map_.emplace(r.form, value_column < r.fields.size() ? &r.fields[value_column] : &kNone);
    max_words_ = std::max<std::size_t>(max_words_, 1 + std::count(r.form.begin(), r.form.end(), ' '));
  }
}

const std::string* PhraseTable::find(std::string_view folded_phrase) const {
  const auto it = map_.find(folded_phrase);
  return it == map_.end() ? nullptr : it->second;
}

}  // namespace mizan::lexicon
