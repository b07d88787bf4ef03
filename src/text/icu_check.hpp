#pragma once
#include <unicode/utypes.h>

#include "model/error.hpp"

namespace mizan {

// Turns a failed UErrorCode into an IcuError naming what was being done.
inline void check_icu(UErrorCode ec, const char* what) {
  if (U_FAILURE(ec)) throw IcuError(std::string(what) + ": " + u_errorName(ec));
}

}  // namespace mizan
