#include "model/date.hpp"

#include <charconv>
#include <cstdio>

namespace mizan {

std::string_view to_string(Precision p) {
  switch (p) {
    case Precision::year: return "year";
    case Precision::month: return "month";
    case Precision::day: return "day";
    default: return "unknown";
  }
}

Precision precision_from_string(std::string_view s) {
  if (s == "year") return Precision::year;
  if (s == "month") return Precision::month;
  if (s == "day") return Precision::day;
  return Precision::unknown;
}

// Howard Hinnant's civil-date algorithms: exact for the whole proleptic Gregorian calendar.
std::int32_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

Ymd civil_from_days(std::int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return (m >= 1 && m <= 12) ? kDays[m - 1] : 0;
}

DateRange DateRange::day(int y, int m, int d) {
  const auto n = days_from_civil(y, m, d);
  return {n, n, Precision::day};
}
DateRange DateRange::month(int y, int m) {
  return {days_from_civil(y, m, 1), days_from_civil(y, m, days_in_month(y, m)), Precision::month};
}
DateRange DateRange::year(int y) {
  return {days_from_civil(y, 1, 1), days_from_civil(y, 12, 31), Precision::year};
}
DateRange DateRange::days(int y1, int m1, int d1, int y2, int m2, int d2) {
  return {days_from_civil(y1, m1, d1), days_from_civil(y2, m2, d2), Precision::day};
}

// YYYY, YYYY-MM or YYYY-MM-DD appended to `out` (digits written by hand: a report writes a date for
// every claim it lists, and snprintf cost more than all else in writing one).
static void append_iso(std::string& out, const Ymd& c, Precision precision) {
  if (c.year < 0 || c.year > 9999) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d", c.year);
    out += buf;
  } else {
    const int y = c.year;
    const char year[4] = {static_cast<char>('0' + y / 1000), static_cast<char>('0' + y / 100 % 10), static_cast<char>('0' + y / 10 % 10),
                          static_cast<char>('0' + y % 10)};
    out.append(year, 4);
  }
  auto two = [&](int v) {
    const char d[3] = {'-', static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)};
    out.append(d, 3);
  };
  if (precision == Precision::year) return;
  two(c.month);
  if (precision == Precision::month) return;
  two(c.day);
}

std::string to_iso(const DateRange& r) {
  if (!r.known()) return {};
  std::string out;
  out.reserve(22);
  switch (r.precision) {
    case Precision::year:
    case Precision::month:
      append_iso(out, civil_from_days(r.lo), r.precision);
      return out;
    default:
      append_iso(out, civil_from_days(r.lo), Precision::day);
      if (r.lo != r.hi) {
        out += "..";
        append_iso(out, civil_from_days(r.hi), Precision::day);
      }
      return out;
  }
}

static bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

static std::optional<DateRange> parse_one(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() == 4 && parse_int(s, y)) return DateRange::year(y);
  if (s.size() == 7 && s[4] == '-' && parse_int(s.substr(0, 4), y) && parse_int(s.substr(5, 2), m) &&
      m >= 1 && m <= 12)
    return DateRange::month(y, m);
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' && parse_int(s.substr(0, 4), y) &&
      parse_int(s.substr(5, 2), m) && parse_int(s.substr(8, 2), d) && m >= 1 && m <= 12 && d >= 1 &&
      d <= days_in_month(y, m))
    return DateRange::day(y, m, d);
  return std::nullopt;
}

std::optional<DateRange> parse_iso(std::string_view s) {
  const auto dots = s.find("..");
  if (dots == std::string_view::npos) return parse_one(s);
  auto a = parse_one(s.substr(0, dots)), b = parse_one(s.substr(dots + 2));
  if (!a || !b || a->precision != Precision::day || b->precision != Precision::day || a->lo > b->hi)
    return std::nullopt;
  return DateRange{a->lo, b->hi, Precision::day};
}

}  // namespace mizan
