#include "grammar/scan.hpp"

#include <cstdlib>
#include <deque>
#include <string>
#include <unordered_set>

#include "grammar/config.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/quantity.hpp"
#include "text/calendar.hpp"
#include "text/fold.hpp"

namespace mizan::grammar {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The words a quantity can begin with: the first word of every form of the lexicon files the grammar
// reads, ICU's month names, and the grammar's own literal words. A word start whose word (less the
// clitics و ف ب ل) is none of them cannot start a match, and the grammar is not tried there: most
// words of a text are rejected by one hash lookup. A literal added to the grammar belongs here too.
class StartWords {
 public:
  StartWords() {
    for (const char* file : {"numbers", "ordinals", "months", "vague", "relative_time", "reference_triggers",
                             "events", "weekdays", "month_parts", "time_units", "holidays"})
      for (const lexicon::Row& r : lexicon::rows(file)) add(r.form);
    // A span begins with its unit (الأيام الثلاثة الماضية، اليومين الماضيين).
    for (const lexicon::Row& r : lexicon::rows("time_units")) add("\xd8\xa7\xd9\x84" + r.form);
    // The units with the article begin a number before a plural scale (الثلاثة آلاف).
    for (const lexicon::Row& r : lexicon::rows("numbers"))
      if (r.field(1) == "unit" || r.field(1) == "unit_fraction") add_weak("\xd8\xa7\xd9\x84" + r.form);
    // Of the grammar's small words, the ones that can begin an expression.
    for (const lexicon::Row& r : lexicon::rows("grammar_words")) {
      const auto role = r.field(0);
      if (role == "month_prep" || role == "ago" || role == "after" || role == "duration_marker") add_weak(r.form);
      else if (role != "not_season" && role != "span_direction" && role != "definite_count" && role != "whole" &&
               role != "until")
        add(r.form);
    }
    // Hedges after a number (أو أكثر) and percent words after one (في المئة) start nothing; a
    // one-word percent form may stand before its number (بالمائة 10).
    for (const lexicon::Row& r : lexicon::rows("hedges"))
      if (r.field(1) == "before") add_weak(r.form);
    for (const lexicon::Row& r : lexicon::rows("percent"))
      if (r.form.find(' ') == std::string::npos) add(r.form);
    for (const MonthName& m : icu_month_names()) add(fold_word(m.name));
    // The grammar's own literal words.
    for (const char* w : {"الساعة", "شهر", "الشهر", "يومي", "يوم", "اليوم", "اسبوع", "الاسبوع"}) add(fold_word(w));
    // ... of which these begin a quantity only with the word after them.
    for (const char* w : {"بين", "من", "رقم", "هذا", "منذ", "آخر", "الربع", "النصف", "ما"}) add_weak(fold_word(w));
    // A weak word is weak only if no form has it alone (الربع، النصف are also fractions).
    for (const char* file : {"numbers", "ordinals", "vague", "relative_time", "weekdays", "time_units", "months"})
      for (const lexicon::Row& r : lexicon::rows(file))
        if (r.form.find(' ') == std::string::npos) weak_.erase(r.form);
  }
  bool contains(std::string_view word) const { return words_.count(word) != 0; }
  // A weak start word begins a quantity only with what follows it (في فبراير، قبل شهرين، نحو 15):
  // prepositions, hedges, the literal words of the rules. The grammar is tried at one only when the
  // next word may begin a quantity too, or is the next word of a lexicon form beginning with it
  // (ما يقارب، أكثر من). في and من alone are one word in twenty of Arabic news.
  bool weak(std::string_view word) const { return weak_.count(word) != 0; }
  bool follows(std::string_view first, std::string_view second) const {
    return pairs_.count(std::string(first) + ' ' + std::string(second)) != 0;
  }

 private:
  void add(const std::string& form) {
    const auto space = form.find(' ');
    const std::string first = form.substr(0, space);
    if (!words_.count(first)) words_.insert(storage_.emplace_back(first));
    if (space != std::string::npos) pairs_.insert(form.substr(0, form.find(' ', space + 1)));
  }
  void add_weak(const std::string& form) {
    add(form);
    const std::string first = form.substr(0, form.find(' '));
    if (!weak_.count(first)) weak_.insert(storage_.emplace_back(first));
  }
  std::deque<std::string> storage_;  // stable addresses for the views
  std::unordered_set<std::string_view> words_, weak_;
  std::unordered_set<std::string> pairs_;  // the first two words of every form of two words or more
};

const StartWords& start_words() {
  static const StartWords words;
  return words;
}

bool may_start(const char* p, const char* end, const char* text_end);

// Whether the word after `end` lets the weak word `weak` begin a quantity: it may begin one itself
// (also with ال: نحو الألف), or it is the next word of a lexicon form (ما يقارب).
bool next_allows(std::string_view weak, const char* end, const char* text_end) {
  static constexpr std::string_view kAl = "\xd8\xa7\xd9\x84";
  const char* q = end;
  while (q < text_end && *q == ' ') ++q;
  const char* e = q;
  while (e < text_end && is_word_byte(static_cast<unsigned char>(*e))) ++e;
  if (q == e) return q < text_end && (*q == '-' || *q == '.') && q + 1 < text_end && is_digit(q[1]);
  const std::string_view next(q, static_cast<std::size_t>(e - q));
  const StartWords& words = start_words();
  if (may_start(q, e, nullptr) || words.follows(weak, next)) return true;
  // The article alone before digits ("تتجاوز الـ 89%").
  if (next == kAl) {
    const char* d = e;
    while (d < text_end && *d == ' ') ++d;
    if (d < text_end && is_digit(*d)) return true;
  }
  return next.substr(0, 4) == kAl && next.size() > 4 && words.contains(next.substr(4));
}

// Whether the word at `p` (up to `end`) may begin a quantity: digits, ال before digits (الـ11), or
// a start word, also behind the clitics و ف and ب ل; a weak start word only before a word that
// allows it (text_end null: any start word, weak or not).
bool may_start(const char* p, const char* end, const char* text_end) {
  static constexpr std::string_view kWaw = "\xd9\x88", kFa = "\xd9\x81", kBa = "\xd8\xa8", kLam = "\xd9\x84",
                                    kKaf = "\xd9\x83", kAl = "\xd8\xa7\xd9\x84";
  const std::string_view whole(p, static_cast<std::size_t>(end - p));
  // "سبتمبر10": the letters before glued digits are a word too.
  std::size_t k = 0;
  while (k < whole.size() && !is_digit(whole[k])) ++k;
  if (k > 0 && k < whole.size() && may_start(p, p + k, nullptr)) return true;
  const std::string_view w = whole;
  const StartWords& words = start_words();
  for (int conj = 0; conj < 2; ++conj) {
    for (int prep = 0; prep < 2; ++prep) {
      std::string_view v = w;
      if (conj) {
        if (v.substr(0, 2) == kWaw || v.substr(0, 2) == kFa) v.remove_prefix(2);
        else continue;
      }
      if (prep) {
        if (v.substr(0, 2) == kBa || v.substr(0, 2) == kLam || v.substr(0, 2) == kKaf) v.remove_prefix(2);
        else continue;
      }
      if (v.empty()) continue;
      if (is_digit(v[0])) return true;
      if (v.substr(0, 4) == kAl && v.size() > 4 && is_digit(v[4])) return true;
      if (words.contains(v) && (!text_end || !words.weak(v) || next_allows(v, end, text_end))) return true;
    }
  }
  return false;
}

bool starts_with(std::string_view s, std::size_t i, std::string_view prefix) {
  return s.compare(i, prefix.size(), prefix) == 0;
}

}  // namespace

void find_quantities(std::string_view folded, std::vector<Found>& out) {
  const char* const base = folded.data();
  const char* const last = base + folded.size();
  std::size_t i = 0;
  const std::size_t n = folded.size();
  ast::Quantity q;
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(folded[k]); };
  while (i < n) {
    const auto c = byte(i);
    const bool after_word = i > 0 && is_word_byte(byte(i - 1));
    const bool after_space = i == 0 || folded[i - 1] == ' ';
    const bool digit_next = i + 1 < n && is_digit(folded[i + 1]);
    // Addresses are not quantities: skip a URL whole.
    if (!after_word && (starts_with(folded, i, "http://") || starts_with(folded, i, "https://") ||
                        starts_with(folded, i, "www."))) {
      while (i < n && folded[i] != ' ') ++i;
      continue;
    }
    bool start = false;
    if ((is_word_byte(c) || c == '$') && !after_word) {
      // A word: only if it may begin a quantity.
      std::size_t e = i;
      while (e < n && is_word_byte(byte(e))) ++e;
      start = c == '$' || may_start(base + i, base + e, last);
    } else if (is_digit(static_cast<char>(c)) && after_word && byte(i - 1) >= 0x80 &&
               !is_digit(folded[i - 1])) {
      start = true;  // digits glued after an Arabic word: "هو٠"
    } else if ((c == '-' || c == '.') && digit_next && after_space) {
      start = true;  // "-1.2" (not the dash of "7-8"), ".77"
    } else if ((c == '<' || c == '>') && (i == 0 || (folded[i - 1] != '=' && folded[i - 1] != '<' && folded[i - 1] != '>'))) {
      std::size_t k = i + 1;
      while (k < n && (folded[k] == ' ' || folded[k] == '=')) ++k;
      start = k < n && (is_digit(folded[k]) || (folded[k] == '-' && k + 1 < n && is_digit(folded[k + 1])));
    }
    if (!start) {
      if (is_word_byte(c) && !after_word) {
        // The whole word, up to digits glued after its letters (they may start a number).
        ++i;
        while (i < n && is_word_byte(byte(i)) && !(is_digit(folded[i]) && byte(i - 1) >= 0x80)) ++i;
      } else {
        ++i;
      }
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
    const bool digits = is_digit(folded[i]);
    ++i;
    while (i < n && (is_word_byte(byte(i)) ||
                     (digits && (folded[i] == '.' || folded[i] == ',') && i + 1 < n && is_digit(folded[i + 1]))))
      ++i;
  }
}

namespace {

// Western Easter Sunday of year y (the anonymous Gregorian computus).
Ymd easter(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return {y, month, day};
}

// 1 Monday .. 7 Sunday of a day count since 1970-01-01 (a Thursday).
int weekday_of(std::int32_t days) { return ((days + 3) % 7 + 7) % 7 + 1; }

// The year in which month m falls, seen from the publication (year, month) and a direction.
int year_for_month(int m, int direction, const Ymd& pub) {
  switch (direction) {
    case -1: return m < pub.month ? pub.year : pub.year - 1;
    case 0: return pub.year;
    case 1: return m > pub.month ? pub.year : pub.year + 1;
    default: {
      // No word says: the publication's year, as news writes "أكتوبر" for this year's October and
      // adds الماضي/المقبل for another year's; only a month far across the new year wraps
      // (يناير in a December article is the coming one).
      const int d = m - pub.month;
      if (d > 8) return pub.year - 1;
      if (d < -8) return pub.year + 1;
      return pub.year;
    }
  }
}

// A season (months d.month..d.month_hi; winter runs into the next year) of the year y.
DateRange season_of(const ast::DateExpr& d, int y) {
  const int y2 = d.month_hi < d.month ? y + 1 : y;
  return DateRange::days(y, d.month, 1, y2, d.month_hi, days_in_month(y2, d.month_hi));
}

// صيف 2016: that year's; الصيف الماضي: the latest one over before the publication; القادم: the
// first one after it; هذا الصيف and a bare الصيف: the one the publication falls in, else the one of
// its year, read as a month name is (a winter far across the new year is the nearer one).
DateRange resolve_season(const ast::DateExpr& d, const DateRange& published) {
  if (d.year) return season_of(d, d.year);
  if (!published.known()) return {};
  const Ymd pub = civil_from_days(published.lo);
  if (d.year_relative) return season_of(d, pub.year + d.year_offset);
  if (published.precision == Precision::year) return {};
  switch (d.month_direction) {
    case -1:
      for (int y = pub.year; y >= pub.year - 2; --y)
        if (season_of(d, y).hi < published.lo) return season_of(d, y);
      return {};
    case 1:
      for (int y = pub.year - 1; y <= pub.year + 1; ++y)
        if (season_of(d, y).lo > published.hi) return season_of(d, y);
      return {};
    default:
      for (int y = pub.year - 1; y <= pub.year; ++y)
        if (season_of(d, y).lo <= published.lo && published.lo <= season_of(d, y).hi) return season_of(d, y);
      return season_of(d, year_for_month(d.month, 99, pub));
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
      case DateUnit::decade: {
        const int first = pub.year / 10 * 10 + 10 * d.relative_offset;
        return DateRange::days(first, 1, 1, first + 9, 12, 31);
      }
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
  if (d.span_unit != DateUnit::none && d.span_count > 0) {
    // The n days, weeks or months after (or before) the publication day, not counting it.
    if (!have_pub || published.precision != Precision::day) return {};
    const int n = d.span_count;
    switch (d.span_unit) {
      case DateUnit::day:
        return d.span_direction > 0 ? DateRange{published.lo + 1, published.lo + n, Precision::day}
                                    : DateRange{published.lo - n, published.lo - 1, Precision::day};
      case DateUnit::week: {
        const std::int32_t monday = published.lo - weekday_of(published.lo) + 1;
        return d.span_direction > 0 ? DateRange{monday + 7, monday + 7 + 7 * n - 1, Precision::day}
                                    : DateRange{monday - 7 * n, monday - 1, Precision::day};
      }
      case DateUnit::month: {
        int y1 = pub.year, m1 = pub.month + (d.span_direction > 0 ? 1 : -n);
        while (m1 < 1) m1 += 12, --y1;
        while (m1 > 12) m1 -= 12, ++y1;
        int y2 = y1, m2 = m1 + n - 1;
        while (m2 > 12) m2 -= 12, ++y2;
        return DateRange::days(y1, m1, 1, y2, m2, days_in_month(y2, m2));
      }
      case DateUnit::year:
        return d.span_direction > 0 ? DateRange::days(pub.year + 1, 1, 1, pub.year + n, 12, 31)
                                    : DateRange::days(pub.year - n, 1, 1, pub.year - 1, 12, 31);
      case DateUnit::decade:
        return d.span_direction > 0 ? DateRange::days(pub.year + 1, 1, 1, pub.year + 10 * n, 12, 31)
                                    : DateRange::days(pub.year - 10 * n, 1, 1, pub.year - 1, 12, 31);
      default:
        return {};
    }
  }
  if (d.easter) {
    const int y = d.year ? d.year : have_pub ? pub.year : 0;
    if (!y) return {};
    const Ymd e = easter(y);
    return DateRange::day(e.year, e.month, e.day);
  }
  if (d.season) return resolve_season(d, published);
  if (d.month == 0 && !d.month_relative) {
    if (d.year && d.year_hi > d.year) return DateRange::days(d.year, 1, 1, d.year_hi, 12, 31);
    return d.year ? DateRange::year(d.year) : DateRange{};
  }
  if (d.islamic) {
    auto hijri = [&](int h) {
      DateRange r = islamic_to_gregorian(h, d.month, d.day_lo);
      if (d.day_hi == ast::DateExpr::kEndOfMonth) r.hi = islamic_to_gregorian(h, d.month, 0).hi;
      else if (d.day_hi > d.day_lo) r.hi = islamic_to_gregorian(h, d.month, d.day_hi).hi;
      return r;
    };
    if (d.year && d.year < 1600) return hijri(d.year);
    // A Gregorian year (رمضان 2019, عيد الفطر 2013) or none: the Hijri year that falls there, or
    // the occurrence nearest to the publication.
    // Without a year, as for Gregorian months: the one of the publication's year (the nearest to
    // the publication when that year has none or two).
    const int g = d.year ? d.year : have_pub ? pub.year : 0;
    if (!g) return {};
    const int approx = static_cast<int>((g - 622) * 33.0 / 32.0);
    DateRange best;
    int in_year = 0;
    std::int64_t best_distance = -1;
    for (int h = approx - 1; h <= approx + 2; ++h) {
      const DateRange r = hijri(h);
      if (civil_from_days(r.lo).year != g) continue;
      ++in_year;
      const std::int64_t distance = have_pub ? std::abs(static_cast<std::int64_t>(r.lo) - published.lo) : 0;
      if (best_distance < 0 || distance < best_distance) best = r, best_distance = distance;
    }
    if (d.year || in_year == 1) return best;
    if (!have_pub) return {};
    best_distance = -1;
    for (int h = approx - 1; h <= approx + 2; ++h) {
      const DateRange r = hijri(h);
      const std::int64_t distance = std::abs(static_cast<std::int64_t>(r.lo) - published.lo);
      if (best_distance < 0 || distance < best_distance) best = r, best_distance = distance;
    }
    return best;
  }
  int y = d.year, m = d.month;
  if (d.month_relative) {
    if (!have_pub || published.precision == Precision::year) return {};
    y = pub.year;
    m = pub.month + d.month_offset;
    if (d.day_recent && published.precision == Precision::day && d.day_lo > pub.day) --m;
    while (m < 1) m += 12, --y;
    while (m > 12) m -= 12, ++y;
  } else if (d.year_relative) {
    if (!have_pub) return {};
    y = pub.year + d.year_offset;
  } else if (!y) {
    if (!have_pub || published.precision == Precision::year) return {};
    y = year_for_month(m, d.month_direction, pub);
  }
  if (d.weekday_nth && d.weekday) {
    // The nth (or the last) such weekday of the month.
    const std::int32_t first = days_from_civil(y, m, 1), end = days_from_civil(y, m, days_in_month(y, m));
    std::int32_t day = d.weekday_nth > 0 ? first + (d.weekday - weekday_of(first) + 7) % 7 + 7 * (d.weekday_nth - 1)
                                         : end - (weekday_of(end) - d.weekday + 7) % 7;
    if (day > end) return {};
    if (d.whole_week) return {day, day + 6, Precision::day};
    return {day, day, Precision::day};
  }
  if (d.month_hi > m) {
    return DateRange::days(y, m, 1, y, d.month_hi, days_in_month(y, d.month_hi));
  }
  if (d.day_lo == 0) return DateRange::month(y, m);
  if (d.day_lo == ast::DateExpr::kEndOfMonth) return DateRange::day(y, m, days_in_month(y, m));
  const int hi = d.day_hi == ast::DateExpr::kEndOfMonth ? days_in_month(y, m) : d.day_hi ? d.day_hi : d.day_lo;
  if (hi > days_in_month(y, m) || d.day_lo > days_in_month(y, m)) return {};
  return DateRange::days(y, m, d.day_lo, y, m, hi);
}

}  // namespace mizan::grammar
