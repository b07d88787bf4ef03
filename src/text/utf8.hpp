#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mizan::utf8 {

// Decodes one code point at s[i]; advances i. Invalid or truncated sequences yield U+FFFD and
// advance by one byte.
char32_t decode(std::string_view s, std::size_t& i);
// Appends the UTF-8 encoding of cp.
void append(std::string& out, char32_t cp);

// Offset of the first byte that is not valid UTF-8 (overlongs, surrogates and > U+10FFFF are
// invalid), or npos when all of s is valid.
std::size_t first_invalid(std::string_view s);

}  // namespace mizan::utf8
