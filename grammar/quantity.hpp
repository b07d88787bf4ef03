#pragma once
// quantity: the top rule — one quantity at a word start, with what makes it a claim's value:
// hedges and bounds (نحو، أكثر من، بين 10 و15), the unit that decides its kind (%، دولار، يومين),
// ordinals of events (أستانا 7), vague words (عشرات الآلاف), dates, and the identifiers and times
// of day that must never be compared as counts.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace mizan::grammar {

struct quantity_class;
using quantity_type = x3::rule<quantity_class, ast::Quantity>;
BOOST_SPIRIT_DECLARE(quantity_type)
quantity_type const& quantity();

}  // namespace mizan::grammar
