// The one instantiation of the ordinal rule (see config.hpp).
#include "grammar/ordinal_def.hpp"

namespace mizan::grammar {
BOOST_SPIRIT_INSTANTIATE(ordinal_type, iterator_type, context_type)
}  // namespace mizan::grammar
