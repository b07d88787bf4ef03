// The one instantiation of the date rule (see config.hpp).
#include "grammar/date_def.hpp"

namespace mizan::grammar {
BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)
}  // namespace mizan::grammar
