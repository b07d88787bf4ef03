#include "grammar/scan.hpp"

#include "grammar/config.hpp"
#include "grammar/quantity.hpp"
#include "text/calendar.hpp"
#include "text/fold.hpp"

namespace mizan::grammar {

void find_quantities(std::string_view folded, std::vector<Found>& out) {
  const char* const base = folded.data();
  const char* const last = base + folded.size();
  std::size_t i = 0;
  const std::size_t n = folded.size();
  ast::Quantity q;
  while (i < n) {
    const auto c = static_cast<unsigned char>(folded[i]);
    const bool after_word = i > 0 && is_word_byte(static_cast<unsigned char>(folded[i - 1]));
    // A minus sign starts a number only after a space: "-1.2", not the dash of "7-8".
    const bool minus = c == '-' && i + 1 < n && folded[i + 1] >= '0' && folded[i + 1] <= '9' &&
                       (i == 0 || folded[i - 1] == ' ');
    const bool starts_word = ((is_word_byte(c) || c == '$') && !after_word) || minus;
    if (!starts_word) {
      ++i;
      continue;
    }
    const char* first = base + i;
    if (x3::parse(first, last, quantity(), q) && first > base + i) {
      Found f;
      f.begin = static_cast<std::uint32_t>(q.begin - base);
      f.end = static_cast<std::uint32_t>(q.end - base);
      if (q.first.begin) {
        f.number_begin = static_cast<std::uint32_t>(q.first.begin - base);
        f.number_end = static_cast<std::uint32_t>(q.first.end - base);
      } else {
        f.number_begin = f.begin;
        f.number_end = f.end;
      }
      f.quantity = std::move(q);
      out.push_back(std::move(f));
      i = static_cast<std::size_t>(first - base);
      continue;
    }
    // Skip the word; a failed digit word takes its dotted tail with it (192.168.1.2 is no number).
    const bool digits = folded[i] >= '0' && folded[i] <= '9';
    while (i < n && (is_word_byte(static_cast<unsigned char>(folded[i])) ||
                     (digits && (folded[i] == '.' || folded[i] == ',') && i + 1 < n && folded[i + 1] >= '0' &&
                      folded[i + 1] <= '9')))
      ++i;
    if (i < n && folded[i] == '$') ++i;
  }
}

namespace {

// 1 Monday .. 7 Sunday of a day count since 1970-01-01 (a Thursday).
int weekday_of(std::int32_t days) { return ((days + 3) % 7 + 7) % 7 + 1; }

// The year in which month m falls, seen from the publication (year, month) and a direction.
int year_for_month(int m, int direction, const Ymd& pub) {
  switch (direction) {
    case -1: return m < pub.month ? pub.year : pub.year - 1;
    case 0: return pub.year;
    case 1: return m > pub.month ? pub.year : pub.year + 1;
    default: {  // no word says: the occurrence nearest to the publication
      const int d = m - pub.month;
      if (d > 6) return pub.year - 1;
      if (d < -6) return pub.year + 1;
      return pub.year;
    }
  }
}

}  // namespace

DateRange resolve_date(const ast::DateExpr& d, const DateRange& published) {
  const bool have_pub = published.known();
  const Ymd pub = have_pub ? civil_from_days(published.lo) : Ymd{};
  using ast::DateUnit;
  if (d.relative_unit != DateUnit::none) {
    if (!have_pub) return {};
    switch (d.relative_unit) {
      case DateUnit::day:
        if (published.precision != Precision::day) return published;
        return {published.lo + d.relative_offset, published.lo + d.relative_offset, Precision::day};
      case DateUnit::week: {
        // ISO 8601 weeks, Monday to Sunday; with a weekday, that day of the week.
        if (published.precision != Precision::day) return published;
        const std::int32_t monday = published.lo - weekday_of(published.lo) + 1 + 7 * d.relative_offset;
        if (d.weekday) return {monday + d.weekday - 1, monday + d.weekday - 1, Precision::day};
        return {monday, monday + 6, Precision::day};
      }
      case DateUnit::month: {
        if (published.precision == Precision::year) return published;
        int y = pub.year, m = pub.month + d.relative_offset;
        while (m < 1) m += 12, --y;
        while (m > 12) m -= 12, ++y;
        return DateRange::month(y, m);
      }
      case DateUnit::year:
        return DateRange::year(pub.year + d.relative_offset);
      default:
        return {};
    }
  }
  if (d.weekday && d.month == 0 && !d.month_relative && d.day_lo == 0) {
    // الأحد الماضي: the last one before the publication; القادم: the first after; هذا: of its week;
    // a bare weekday: the latest one up to the publication day (news reports what happened).
    if (!have_pub || published.precision != Precision::day) return {};
    const int today = weekday_of(published.lo);
    std::int32_t day;
    switch (d.weekday_direction) {
      case -1: day = published.lo - ((today - d.weekday + 6) % 7 + 1); break;
      case 1: day = published.lo + ((d.weekday - today + 6) % 7 + 1); break;
      case 0: day = published.lo - today + d.weekday; break;
      default: day = published.lo - (today - d.weekday + 7) % 7; break;
    }
    return {day, day, Precision::day};
  }
  if (d.month == 0 && !d.month_relative) {
    return d.year ? DateRange::year(d.year) : DateRange{};
  }
  if (d.islamic) {
    if (!d.year) return {};
    DateRange r = islamic_to_gregorian(d.year, d.month, d.day_lo);
    if (d.day_hi == ast::DateExpr::kEndOfMonth) r.hi = islamic_to_gregorian(d.year, d.month, 0).hi;
    else if (d.day_hi > d.day_lo) r.hi = islamic_to_gregorian(d.year, d.month, d.day_hi).hi;
    return r;
  }
  int y = d.year, m = d.month;
  if (d.month_relative) {
    if (!have_pub || published.precision == Precision::year) return {};
    y = pub.year;
    m = pub.month + d.month_offset;
    while (m < 1) m += 12, --y;
    while (m > 12) m -= 12, ++y;
  } else if (d.year_relative) {
    if (!have_pub) return {};
    y = pub.year + d.year_offset;
  } else if (!y) {
    if (!have_pub || published.precision == Precision::year) return {};
    y = year_for_month(m, d.month_direction, pub);
  }
  if (d.day_lo == 0) return DateRange::month(y, m);
  const int hi = d.day_hi == ast::DateExpr::kEndOfMonth ? days_in_month(y, m) : d.day_hi ? d.day_hi : d.day_lo;
  if (hi > days_in_month(y, m) || d.day_lo > days_in_month(y, m)) return {};
  return DateRange::days(y, m, d.day_lo, y, m, hi);
}

}  // namespace mizan::grammar
