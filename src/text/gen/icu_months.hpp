#pragma once
// The Arabic month names of ICU's locale data, read from ICU. Run once at build time by
// month_names.cpp (reading them takes ICU a third of a short `mizan check`), and by a test that
// compares the built-in table with what this ICU says.
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "text/calendar.hpp"

namespace mizan::gen {

inline void add_month_names(const icu::Locale& locale, bool islamic, std::vector<MonthName>& out,
                            std::set<std::pair<std::string, int>>& seen) {
  UErrorCode ec = U_ZERO_ERROR;
  // createForLocale reads the calendar the locale names (ar@calendar=islamic-civil: the Hijri
  // months); the plain constructor gives the Gregorian names whatever the locale says.
  const std::unique_ptr<icu::DateFormatSymbols> made(icu::DateFormatSymbols::createForLocale(locale, ec));
  if (U_FAILURE(ec) || !made) return;  // a locale missing from this ICU build is not an error
  const icu::DateFormatSymbols& symbols = *made;
  for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* names = symbols.getMonths(count, context, width);
      for (int32_t i = 0; i < count && i < 12; ++i) {
        std::string utf8;
        names[i].toUTF8String(utf8);
        if (utf8.empty() || !(static_cast<unsigned char>(utf8[0]) >= 0x80)) continue;
        if (seen.insert({utf8, i + 1 + (islamic ? 100 : 0)}).second) out.push_back({utf8, i + 1, islamic});
      }
    }
  }
}

// Month names (wide and abbreviated, format and stand-alone) of ICU's Arabic locales — Egyptian,
// Levantine and Maghrebi Gregorian names and the Hijri months — in the order ICU gives them.
inline std::vector<MonthName> read_icu_month_names() {
  std::vector<MonthName> out;
  std::set<std::pair<std::string, int>> seen;
  // Each locale's Gregorian names, whatever calendar it uses by default (ar_SA's is the Hijri one).
  for (const char* id : {"ar", "ar_EG", "ar_SA", "ar_SY", "ar_LB", "ar_JO", "ar_IQ", "ar_PS", "ar_MA", "ar_DZ", "ar_TN", "ar_LY"})
    add_month_names(icu::Locale((std::string(id) + "@calendar=gregorian").c_str()), false, out, seen);
  add_month_names(icu::Locale("ar@calendar=islamic-civil"), true, out, seen);
  return out;
}

}  // namespace mizan::gen
