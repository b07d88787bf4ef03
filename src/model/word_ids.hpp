#pragma once
#include <cstdint>
#include <string_view>

namespace mizan {

// The words around claims' numbers (Frame::context), each held once for the program's life and
// known by a number: a report of a million claims holds ten to twenty such words a claim, and a
// number of four bytes is a tenth of a string's. Safe to call from several threads.
std::uint32_t context_word_id(std::string_view word);
std::string_view context_word(std::uint32_t id);

}  // namespace mizan
