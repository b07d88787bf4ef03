#pragma once
// ordinal: ordinal words, masculine and feminine (الخامس، الخامسة، الحادي عشر، الحادية عشرة،
// الخامس والعشرون), and "الـ11" (the article before digits).
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace mizan::grammar {

struct ordinal_class;
using ordinal_type = x3::rule<ordinal_class, ast::Number>;
BOOST_SPIRIT_DECLARE(ordinal_type)
ordinal_type const& ordinal();

}  // namespace mizan::grammar
