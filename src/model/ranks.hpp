#pragma once
// Ranks of strings for sorting many records by a string field: each distinct string is compared
// only with distinct strings (a million claims hold a few hundred thousand subject keys and
// document names), and the records are then sorted by integers. Sorting by the rank sorts exactly
// as by the string.
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mizan {

// rank[i] is the place of text(i) among the distinct texts of 0..n-1 in byte order.
template <typename Text>
std::vector<std::uint32_t> string_ranks(std::size_t n, Text&& text) {
  std::unordered_map<std::string_view, std::uint32_t> slot;
  slot.reserve(n);
  std::vector<std::string_view> distinct;
  std::vector<std::uint32_t> rank(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view t = text(i);
    auto [it, fresh] = slot.try_emplace(t, static_cast<std::uint32_t>(distinct.size()));
    if (fresh) distinct.push_back(t);
    rank[i] = it->second;
  }
  std::vector<std::uint32_t> by_text(distinct.size());
  for (std::uint32_t k = 0; k < by_text.size(); ++k) by_text[k] = k;
  std::sort(by_text.begin(), by_text.end(), [&](std::uint32_t a, std::uint32_t b) { return distinct[a] < distinct[b]; });
  std::vector<std::uint32_t> place(distinct.size());
  for (std::uint32_t k = 0; k < by_text.size(); ++k) place[by_text[k]] = k;
  for (std::uint32_t& r : rank) r = place[r];
  return rank;
}

// Puts v in the order `order` gives (order[k] is the index of the element to be k-th), moving each
// element once, in place (no second copy of a large vector).
template <typename T>
void apply_order(std::vector<T>& v, std::vector<std::size_t> order) {
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (order[k] == k) continue;
    // Follow the cycle through k: the element for k comes from order[k], whose place is then filled
    // from order[order[k]], and so on until back at k.
    T held = std::move(v[k]);
    std::size_t at = k;
    while (order[at] != k) {
      const std::size_t from = order[at];
      v[at] = std::move(v[from]);
      order[at] = at;
      at = from;
    }
    v[at] = std::move(held);
    order[at] = at;
  }
}

}  // namespace mizan
