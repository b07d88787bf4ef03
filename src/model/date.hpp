#pragma once
// Calendar days as a count since 1970-01-01 (proleptic Gregorian), with a precision, so that
// dates compare and subtract as integers; ISO text is the only other form.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mizan {

enum class Precision : std::uint8_t { unknown = 0, year, month, day };

std::string_view to_string(Precision p);
Precision precision_from_string(std::string_view s);

struct Ymd {
  int year = 0, month = 0, day = 0;
};

std::int32_t days_from_civil(int y, int m, int d);
Ymd civil_from_days(std::int32_t days);
int days_in_month(int y, int m);

// A stretch of days [lo, hi] known to a precision: 2017-12 is lo = Dec 1, hi = Dec 31, month.
struct DateRange {
  std::int32_t lo = 0, hi = -1;
  Precision precision = Precision::unknown;

  bool known() const { return precision != Precision::unknown && lo <= hi; }
  static DateRange day(int y, int m, int d);
  static DateRange month(int y, int m);
  static DateRange year(int y);
  static DateRange days(int y1, int m1, int d1, int y2, int m2, int d2);
  bool operator==(const DateRange& o) const {
    return lo == o.lo && hi == o.hi && precision == o.precision;
  }
};

// "2017-12-05", "2017-12", "2017", "2021-07-07..2021-07-08"; empty for unknown.
std::string to_iso(const DateRange& r);
// Parses the forms above; nullopt when the text is not such a date (e.g. "unknown", "2017-13").
std::optional<DateRange> parse_iso(std::string_view s);

}  // namespace mizan
