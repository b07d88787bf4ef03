#pragma once
// numeral: a cardinal number as Arabic news writes it — digits of both scripts (folded to ASCII)
// with separators and decimals, number words in every gender and case, multipliers (15 ألف،
// مئة وخمسون ألفا، 2,5 مليون) and duals of thousands and millions.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace mizan::grammar {

struct numeral_class;
using numeral_type = x3::rule<numeral_class, ast::Number>;
BOOST_SPIRIT_DECLARE(numeral_type)
numeral_type const& numeral();

// A plain run of ASCII digits with its value (days, years, identifiers).
struct integer_class;
using integer_type = x3::rule<integer_class, ast::Number>;
BOOST_SPIRIT_DECLARE(integer_type)
integer_type const& integer();

}  // namespace mizan::grammar
