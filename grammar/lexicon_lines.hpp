#pragma once
// How a lexicon TSV is read: its data lines (a header line first; blank lines and lines beginning
// with # are comments), each cut at tabs. Shared by the reader (grammar/lexicon.cpp) and the
// build-time generator that folds the first cells (grammar/gen/fold_lexicon.cpp), so that both
// count the same rows.
#include <string_view>

namespace mizan::lexicon {

// Calls f(cells_of_line) for each data line, where cells_of_line is the line without its \r.
template <typename F>
void each_data_line(std::string_view text, F&& f) {
  bool header = true;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    f(line);
  }
}

// The first cell of a data line (its form, as written).
inline std::string_view first_cell(std::string_view line) { return line.substr(0, line.find('\t')); }

}  // namespace mizan::lexicon
