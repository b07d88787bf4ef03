#pragma once
// The grammar's public face: every quantity in a folded sentence, with spans. No X3 here.
#include <cstdint>
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"
#include "model/date.hpp"

namespace mizan::grammar {

struct Found {
  ast::Quantity quantity;           // its pointers point into the scanned text
  std::uint32_t begin = 0, end = 0;  // the whole match, offsets into the scanned text
  std::uint32_t number_begin = 0, number_end = 0;  // the number as written
};

// Tries the quantity grammar at every word start of `folded`; a match resumes the scan after it.
// Appends to `out`.
void find_quantities(std::string_view folded, std::vector<Found>& out);

// The dates an expression names, seen from the publication date (unknown stays unknown).
DateRange resolve_date(const ast::DateExpr& d, const DateRange& published);

}  // namespace mizan::grammar
