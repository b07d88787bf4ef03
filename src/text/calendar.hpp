#pragma once
// Calendar facts from ICU: Arabic month names of its locale data, and Hijri dates in Gregorian.
#include <string>
#include <vector>

#include "model/date.hpp"

namespace mizan {

struct MonthName {
  std::string name;  // UTF-8, as ICU spells it
  int month;         // 1-12
  bool islamic;
};

// Month names (wide and abbreviated, format and stand-alone) of ICU's Arabic locales — Egyptian,
// Levantine and Maghrebi Gregorian names and the Hijri months — as ICU gave them at build time.
const std::vector<MonthName>& icu_month_names();

// The Gregorian days of a Hijri date (Umm al-Qura, as Saudi and Gulf news date); day 0: the whole month.
DateRange islamic_to_gregorian(int year, int month, int day);

}  // namespace mizan
