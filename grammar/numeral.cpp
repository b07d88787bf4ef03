// The one instantiation of the numeral rules (see config.hpp).
#include "grammar/numeral_def.hpp"

namespace mizan::grammar {
BOOST_SPIRIT_INSTANTIATE(numeral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(integer_type, iterator_type, context_type)
}  // namespace mizan::grammar
