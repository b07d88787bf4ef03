#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <utility>

namespace mizan {

// A hash of a pair of integers, for hash maps and sets keyed by (document, sentence), (claim,
// claim) and the like.
struct PairHash {
  template <typename A, typename B>
  std::size_t operator()(const std::pair<A, B>& p) const {
    return std::hash<std::uint64_t>()(static_cast<std::uint64_t>(p.first) * 0x9E3779B97F4A7C15ull ^ static_cast<std::uint64_t>(p.second));
  }
};

}  // namespace mizan
