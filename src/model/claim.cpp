#include "model/claim.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace mizan {

namespace {
constexpr std::string_view kKinds[] = {"count",   "vague",   "ordinal", "date",
                                       "duration", "percent", "money",   "reference"};
constexpr std::string_view kQualifiers[] = {"exact", "about", "at_least", "at_most",
                                            "range", "vague", "identifier"};
constexpr std::string_view kRoles[] = {"", "total", "part", "side_a", "side_b", "partial_total"};
}  // namespace

std::string_view to_string(Kind k) { return kKinds[static_cast<int>(k)]; }
std::string_view to_string(Qualifier q) { return kQualifiers[static_cast<int>(q)]; }
std::string_view to_string(Role r) { return kRoles[static_cast<int>(r)]; }

std::optional<Kind> kind_from_string(std::string_view s) {
  for (int i = 0; i < 8; ++i)
    if (kKinds[i] == s) return static_cast<Kind>(i);
  return std::nullopt;
}
std::optional<Qualifier> qualifier_from_string(std::string_view s) {
  for (int i = 0; i < 7; ++i)
    if (kQualifiers[i] == s) return static_cast<Qualifier>(i);
  return std::nullopt;
}
Role role_from_string(std::string_view s) {
  for (std::size_t i = 1; i < std::size(kRoles); ++i)
    if (kRoles[i] == s) return static_cast<Role>(i);
  return Role::none;
}

std::string format_fixed(double v, int decimals) {
  char buf[400];  // the longest double written with up to 80 decimals fits
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals).ptr);
}

std::string format_number(double v) {
  // Decimal input times a multiplier (1.919 تريليون) is not exact in binary: round to what was written.
  const double r = std::round(v);
  if (std::fabs(v) < 1e16 && std::fabs(v - r) <= 1e-9 * std::max(1.0, std::fabs(v))) return format_fixed(r, 0);
  std::string s = format_fixed(v, 6);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string format_value(const Claim& c) {
  if (c.kind == Kind::date) return to_iso(c.date_value);
  if (c.lo == c.hi) return format_number(c.lo);
  return format_number(c.lo) + ".." + format_number(c.hi);
}

}  // namespace mizan
