#include "text/calendar.hpp"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/localpointer.h>

#include "text/icu_check.hpp"

namespace mizan {

const std::vector<MonthName>& icu_month_names() {
  // Written at build time from this ICU's locale data (src/text/gen/month_names.cpp): reading them
  // from ICU at start-up took a third of a short `mizan check`.
  static const std::vector<MonthName> names = {
#include "icu_month_names.inc"
  };
  return names;
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
