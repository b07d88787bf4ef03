#pragma once
// What the quantity grammar produces: plain structs, filled by the rules' semantic actions.
#include <cstdint>
#include <string>

namespace mizan::ast {

// A number as read: its value and where it is in the parsed text.
struct Number {
  double value = 0;
  const char* begin = nullptr;
  const char* end = nullptr;
};

enum class DateUnit : std::uint8_t { none = 0, day, week, month, year, decade };

// A date expression before it is resolved against a publication date.
struct DateExpr {
  int day_lo = 0, day_hi = 0;  // 0: no day given
  int month = 0;               // 1-12; 0: none
  bool islamic = false;        // month of the Hijri calendar
  bool month_relative = false; // "الشهر الماضي": the month is publication month + month_offset
  int month_offset = 0;
  int month_direction = 99;    // after a month name: -1 past, 0 current, +1 next; 99 none
  int year = 0;                // 0: none
  int year_hi = 0;             // السبعينيات: years year..year_hi; 0: one year
  DateUnit relative_unit = DateUnit::none;  // "أمس": day -1
  int relative_offset = 0;
  int weekday = 0;             // 1 Monday .. 7 Sunday; 0: none
  bool whole_week = false;     // الأسبوع الأول من أكتوبر: the week from the nth Monday
  int weekday_nth = 0;         // الثلاثاء الثالث من أيلول: 3; آخر اثنين من آذار: -1; 0: none
  int weekday_direction = 99;  // الأحد الماضي -1, القادم +1, هذا 0; 99: none (the latest, seen from the publication)
  int month_hi = 0;            // الربع الثالث: months month..month_hi; 0: one month
  DateUnit span_unit = DateUnit::none;  // "3 أيام القادمة": span_count units after (+1) or before (-1)
  int span_count = 0;
  int span_direction = 0;
  bool easter = false;         // عيد الفصح: Western Easter Sunday of the year
  bool year_relative = false;  // "يونيو العام المقبل": the year is publication year + year_offset
  int year_offset = 0;
  bool season = false;         // الصيف: months month..month_hi (winter: December to February of the next year)
  bool day_recent = false;     // يوم 27: the latest 27th up to the publication day
  static constexpr int kEndOfMonth = 99;  // day_hi of "أواخر مارس": the month's last day
};

enum class QuantityKind : std::uint8_t {
  number,         // a cardinal (a count once a noun is attached)
  vague,          // عشرات، مئات ...
  ordinal,        // الخامس، أستانا 7
  percent,
  money,
  duration,
  date,           // a calendar date
  relative_time,  // اليوم، الشهر الماضي: a time, not a claim by itself
  reference,      // an identifier: القرار 2254
  time_of_day     // الساعة 14:30
};

enum class Bound : std::uint8_t { exact, about, at_least, at_most, range, vague };

struct Quantity {
  QuantityKind kind = QuantityKind::number;
  Bound bound = Bound::exact;
  double lo = 0, hi = 0;
  std::string unit;  // duration unit, currency code, event series, reference kind
  DateExpr date;
  Number first;      // the number as written (for ranges, the first)
  const char* begin = nullptr;  // the whole match
  const char* end = nullptr;
};

}  // namespace mizan::ast
