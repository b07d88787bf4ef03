#include <iostream>

#include "cli/commands.hpp"
#include "model/error.hpp"

namespace mizan::cli {

// The comparator and report writers land in their own change; until then say so plainly.
int run_report(const Argv&) { throw Error("the consistency report is not built into this version yet"); }
int run_check(const Argv&) { throw Error("checking an article is not built into this version yet"); }

}  // namespace mizan::cli
