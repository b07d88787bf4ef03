#pragma once
// --tolerance and --window, shared by `report` and `check`.
#include "cli/args.hpp"
#include "compare/compare.hpp"

namespace mizan::cli {

compare::Options compare_options(const Args& args);

}  // namespace mizan::cli
