// The one instantiation of the top rule (see config.hpp).
#include "grammar/quantity_def.hpp"

namespace mizan::grammar {
BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)
}  // namespace mizan::grammar
