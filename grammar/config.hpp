#pragma once
// The one iterator and context every rule of the quantity grammar is instantiated for. A caller
// parsing with another context gets "undefined reference to parse_rule" at link time.
#include <boost/spirit/home/x3.hpp>

namespace mizan::grammar {
namespace x3 = boost::spirit::x3;
using iterator_type = const char*;
using context_type = x3::unused_type;
}  // namespace mizan::grammar
