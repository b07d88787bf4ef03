#include "text/calendar.hpp"

#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/gregocal.h>
#include <unicode/localpointer.h>

#include <set>

#include "text/icu_check.hpp"

namespace mizan {

namespace {

void add_names(const icu::Locale& locale, bool islamic, std::vector<MonthName>& out,
               std::set<std::pair<std::string, int>>& seen) {
  UErrorCode ec = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(locale, ec);
  if (U_FAILURE(ec)) return;  // a locale missing from this ICU build is not an error
  for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* names = symbols.getMonths(count, context, width);
      for (int32_t i = 0; i < count && i < 12; ++i) {
        std::string utf8;
        names[i].toUTF8String(utf8);
        if (utf8.empty() || !(static_cast<unsigned char>(utf8[0]) >= 0x80)) continue;
        if (seen.insert({utf8, i + 1 + (islamic ? 100 : 0)}).second)
          out.push_back({utf8, i + 1, islamic});
      }
    }
  }
}

}  // namespace

std::vector<MonthName> icu_month_names() {
  std::vector<MonthName> out;
  std::set<std::pair<std::string, int>> seen;
  for (const char* id : {"ar", "ar_EG", "ar_SA", "ar_SY", "ar_LB", "ar_JO", "ar_IQ", "ar_PS", "ar_MA",
                         "ar_DZ", "ar_TN", "ar_LY"})
    add_names(icu::Locale(id), false, out, seen);
  add_names(icu::Locale("ar@calendar=islamic-civil"), true, out, seen);
  return out;
}

DateRange islamic_to_gregorian(int year, int month, int day) {
  UErrorCode ec = U_ZERO_ERROR;
  icu::LocalPointer<icu::Calendar> hijri(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                    icu::Locale("ar@calendar=islamic-umalqura"), ec));
  check_icu(ec, "creating ICU's Islamic (Umm al-Qura) calendar");
  auto gregorian_days = [&](int d) {
    hijri->clear();
    hijri->set(UCAL_EXTENDED_YEAR, year);
    hijri->set(UCAL_MONTH, month - 1);
    hijri->set(UCAL_DATE, d);
    const UDate ms = hijri->getTime(ec);
    check_icu(ec, "converting a Hijri date");
    return static_cast<std::int32_t>(ms / 86400000.0 + (ms < 0 ? -0.5 : 0.0));
  };
  if (day > 0) {
    const auto n = gregorian_days(day);
    return {n, n, Precision::day};
  }
  const auto first = gregorian_days(1);
  hijri->clear();
  hijri->set(UCAL_EXTENDED_YEAR, year);
  hijri->set(UCAL_MONTH, month - 1);
  hijri->set(UCAL_DATE, 1);
  const int32_t length = hijri->getActualMaximum(UCAL_DATE, ec);
  check_icu(ec, "reading a Hijri month's length");
  // A Hijri month spans two Gregorian months: keep it as a day range, month precision lost.
  return {first, first + length - 1, Precision::day};
}

}  // namespace mizan
