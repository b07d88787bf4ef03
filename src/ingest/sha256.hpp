#pragma once
#include <string>
#include <string_view>

namespace mizan {

// Lower-case hex SHA-256 of `data` (FIPS 180-4); identifies a document's bytes.
std::string sha256_hex(std::string_view data);

}  // namespace mizan
