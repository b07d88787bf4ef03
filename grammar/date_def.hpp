#pragma once
#include "grammar/common.hpp"
#include "grammar/date.hpp"
#include "grammar/numeral.hpp"
#include "grammar/ordinal.hpp"
#include "text/calendar.hpp"

namespace mizan::grammar {

namespace date_detail {

// Month names: ICU's locale data first, then the spelling variants of months.tsv.
// Gregorian months are 1-12, Hijri months 101-112.
inline x3::symbols<int> month_symbols() {
  x3::symbols<int> table;
  for (const MonthName& m : icu_month_names()) table.add(fold_word(m.name), m.month + (m.islamic ? 100 : 0));
  for (const lexicon::Row& r : lexicon::rows("months"))
    table.add(r.form, std::atoi(std::string(r.field(0)).c_str()) + (r.field(1) == "islamic" ? 100 : 0));
  return table;
}

inline int direction(std::string_view s) { return s == "past" ? -1 : s == "next" ? 1 : 0; }

x3::symbols<int> const month_ = month_symbols();
// Month names of two words (تشرين الأول، ربيع الأول): never a verb or a name, so one alone is a date;
// and read whole, الأول is not left to be an ordinal.
inline x3::symbols<int> multiword_month_symbols() {
  x3::symbols<int> table;
  for (const MonthName& m : icu_month_names())
    if (fold_word(m.name).find(' ') != std::string::npos) table.add(fold_word(m.name), m.month + (m.islamic ? 100 : 0));
  for (const lexicon::Row& r : lexicon::rows("months"))
    if (r.form.find(' ') != std::string::npos)
      table.add(r.form, std::atoi(std::string(r.field(0)).c_str()) + (r.field(1) == "islamic" ? 100 : 0));
  return table;
}
x3::symbols<int> const multiword_month_ = multiword_month_symbols();
// السبعينيات: the decade's first year.
x3::symbols<int> const decade_word_ = grammar_words("decade");
x3::symbols<int> const modifier_ = lexicon_symbols<int>(
    "month_modifiers", [](const lexicon::Row& r) -> std::optional<int> { return direction(r.field(0)); });
// Relative words: unit * 1000 + offset + 500.
x3::symbols<int> const relative_ = lexicon_symbols<int>(
    "relative_time", [](const lexicon::Row& r) -> std::optional<int> {
      const auto u = r.field(0);
      const int unit = u == "day" ? 1 : u == "week" ? 2 : u == "month" ? 3 : u == "year" ? 4 : u == "decade" ? 5 : 0;
      if (unit == 0) return std::nullopt;
      return unit * 1000 + std::atoi(std::string(r.field(1)).c_str()) + 500;
    });

// Holidays: 100 * month + day, plus 10000 for a Hijri date; 99999 for Easter.
x3::symbols<int> const holiday_ = lexicon_symbols<int>(
    "holidays", [](const lexicon::Row& r) -> std::optional<int> {
      if (r.field(0) == "easter") return 99999;
      return (r.field(0) == "islamic" ? 10000 : 0) + std::atoi(std::string(r.field(1)).c_str()) * 100 +
             std::atoi(std::string(r.field(2)).c_str());
    });
x3::symbols<int> const weekday_ = lexicon_symbols<int>(
    "weekdays", [](const lexicon::Row& r) -> std::optional<int> {
      if (r.field(1) != "yes") return std::nullopt;
      return std::atoi(std::string(r.field(0)).c_str());
    });
x3::symbols<int> const bare_weekday_ = lexicon_symbols<int>(
    "weekdays", [](const lexicon::Row& r) -> std::optional<int> { return std::atoi(std::string(r.field(0)).c_str()); });
// Parts of a month: first_day * 100 + last_day.
x3::symbols<int> const month_part_ = lexicon_symbols<int>(
    "month_parts", [](const lexicon::Row& r) -> std::optional<int> {
      return std::atoi(std::string(r.field(0)).c_str()) * 100 + std::atoi(std::string(r.field(1)).c_str());
    });

auto const lit_min = x3::lit("\xd9\x85\xd9\x86");                                   // من
auto const lit_between = x3::lit("\xd8\xa8\xd9\x8a\xd9\x86");                            // بين
auto const lit_month_word = x3::lit("\xd8\xb4\xd9\x87\xd8\xb1");                   // شهر
auto const lit_the_month = x3::lit("\xd8\xa7\xd9\x84\xd8\xb4\xd9\x87\xd8\xb1");    // الشهر
auto const lit_two_days = x3::lit("\xd9\x8a\xd9\x88\xd9\x85\xd9\x8a");            // يومي
auto const lit_day_word = x3::lit("\xd9\x8a\xd9\x88\xd9\x85");                    // يوم
auto const lit_the_day = x3::lit("\xd8\xa7\xd9\x84\xd9\x8a\xd9\x88\xd9\x85");     // اليوم
// عام / العام / سنة / السنة / في عام ... before a year
x3::symbols<int> const year_word_ = grammar_words("year_word");
auto const lit_this = x3::lit("\xd9\x87\xd8\xb0\xd8\xa7");                          // هذا
auto const lit_corresponding = x3::lit("\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd9\x81\xd9\x82");  // الموافق
// الى / إلى / حتى / وحتى / لغاية between the two days of a range
x3::symbols<int> const until_ = grammar_words("until");
// Era marks after a year: م (Gregorian), هـ (Hijri, folded to ه).
auto const lit_ad = x3::lit("\xd9\x85");
auto const lit_ah = x3::lit("\xd9\x87");

// An action that fails returns before it writes: an optional part that fails (-year_tail) must
// leave nothing behind in the value.
auto const set_day = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  if (!(x3::_pass(ctx) = (v >= 1 && v <= 31))) return;
  x3::_val(ctx).day_lo = x3::_val(ctx).day_hi = static_cast<int>(v);
};
auto const set_day_hi = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  if (!(x3::_pass(ctx) = (v >= 1 && v <= 31 && static_cast<int>(v) > x3::_val(ctx).day_lo))) return;
  x3::_val(ctx).day_hi = static_cast<int>(v);
};
auto const set_month_name = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  x3::_val(ctx).month = m > 100 ? m - 100 : m;
  x3::_val(ctx).islamic = m > 100;
};
auto const set_month_number = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  if (!(x3::_pass(ctx) = (v >= 1 && v <= 12))) return;
  x3::_val(ctx).month = static_cast<int>(v);
};
auto const set_direction = [](auto& ctx) { x3::_val(ctx).month_direction = x3::_attr(ctx); };
auto const set_relative_month = [](auto& ctx) {
  x3::_val(ctx).month_relative = true;
  x3::_val(ctx).month_offset = x3::_attr(ctx);
};
auto const set_year = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  const auto digits = x3::_attr(ctx).end - x3::_attr(ctx).begin;
  if (!(x3::_pass(ctx) = (digits == 4 && v >= 1300 && v <= 2200))) return;
  x3::_val(ctx).year = static_cast<int>(v);
};
auto const set_weekday = [](auto& ctx) { x3::_val(ctx).weekday = x3::_attr(ctx); };
auto const set_weekday_direction = [](auto& ctx) { x3::_val(ctx).weekday_direction = x3::_attr(ctx); };
auto const set_this_weekday = [](auto& ctx) { x3::_val(ctx).weekday_direction = 0; };
auto const set_month_part = [](auto& ctx) {
  x3::_val(ctx).day_lo = x3::_attr(ctx) / 100;
  x3::_val(ctx).day_hi = x3::_attr(ctx) % 100;
};
// "الشهر الثامن", "شهر 3", "شهر ثلاثة": a month by its number.
auto const set_month_value = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  if (!(x3::_pass(ctx) = (v >= 1 && v <= 12 && v == static_cast<int>(v)))) return;
  x3::_val(ctx).month = static_cast<int>(v);
};
auto const set_this_month = [](auto& ctx) {
  x3::_val(ctx).month_relative = true;
  x3::_val(ctx).month_offset = 0;
};
// The second month of "من 13 تموز الى 15 تموز" must be the first.
auto const same_month = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  if (!(x3::_pass(ctx) = ((m > 100 ? m - 100 : m) == x3::_val(ctx).month))) return;
};
// A year in words after a date: "ألفين", "ألف وتسعمائة وواحد".
auto const set_year_words = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  if (!(x3::_pass(ctx) = (v >= 1000 && v <= 2200 && v == static_cast<int>(v)))) return;
  x3::_val(ctx).year = static_cast<int>(v);
};
// A year of two digits in a numeric date: 15 → 2015.
auto const set_short_year = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  const auto digits = x3::_attr(ctx).end - x3::_attr(ctx).begin;
  if (!(x3::_pass(ctx) = (digits == 2))) return;
  x3::_val(ctx).year = static_cast<int>(v) + (v < 50 ? 2000 : 1900);
};
auto const set_hijri_if_old = [](auto& ctx) {
  // A numeric date with a year before 1600 is Hijri (14-09-1432 هـ).
  if (x3::_val(ctx).year < 1600) x3::_val(ctx).islamic = true;
};
auto const set_relative_year = [](auto& ctx) {
  const int code = x3::_attr(ctx);
  if (!(x3::_pass(ctx) = (code / 1000 == static_cast<int>(ast::DateUnit::year)))) return;
  x3::_val(ctx).year_relative = true;
  x3::_val(ctx).year_offset = code % 1000 - 500;
};
auto const set_relative_week = [](auto& ctx) {
  const int code = x3::_attr(ctx);
  if (!(x3::_pass(ctx) = (code / 1000 == static_cast<int>(ast::DateUnit::week)))) return;
  x3::_val(ctx).relative_unit = ast::DateUnit::week;
  x3::_val(ctx).relative_offset = code % 1000 - 500;
};
// الثلاثاء الثالث، ثالث ثلاثاء: the nth weekday of a month (1-5).
auto const set_nth = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  if (!(x3::_pass(ctx) = (v >= 1 && v <= 5 && v == static_cast<int>(v)))) return;
  x3::_val(ctx).weekday_nth = static_cast<int>(v);
};
auto const set_last = [](auto& ctx) { x3::_val(ctx).weekday_nth = -1; };
auto const set_week_of_month = [](auto& ctx) {
  x3::_val(ctx).weekday = 1;
  x3::_val(ctx).whole_week = true;
};
auto const set_last_day = [](auto& ctx) {
  x3::_val(ctx).day_lo = x3::_val(ctx).day_hi = ast::DateExpr::kEndOfMonth;
};
// Without a month, the publication month.
auto const month_or_current = [](auto& ctx) {
  auto& d = x3::_val(ctx);
  if (d.month == 0 && !d.month_relative) d.month_relative = true;
};
// A day and a month without a year: 22/04, or 4/22 when the second cannot be a month.
auto const set_day_month = [](auto& ctx) {
  const auto& na = boost::fusion::at_c<0>(x3::_attr(ctx));
  const auto& nb = boost::fusion::at_c<1>(x3::_attr(ctx));
  // Only small numbers can be a day or a month; casting 123456789012 to int is undefined.
  auto const small = [](double v) { return v >= 0 && v <= 9999 ? static_cast<int>(v) : -1; };
  const int a = small(na.value), b = small(nb.value);
  auto& d = x3::_val(ctx);
  // 1/2, 3/4 are fractions: a day/month pair has a part of two digits (22/4, 04/22).
  if (na.end - na.begin < 2 && nb.end - nb.begin < 2) {
    x3::_pass(ctx) = false;
    return;
  }
  if (a >= 1 && a <= 31 && b >= 1 && b <= 12) d.day_lo = d.day_hi = a, d.month = b;
  else if (b >= 13 && b <= 31 && a >= 1 && a <= 12) d.day_lo = d.day_hi = b, d.month = a;
  else x3::_pass(ctx) = false;
};
auto const set_holiday = [](auto& ctx) {
  const int code = x3::_attr(ctx);
  auto& d = x3::_val(ctx);
  if (code == 99999) {
    d.easter = true;
    return;
  }
  d.islamic = code >= 10000;
  d.month = code % 10000 / 100;
  d.day_lo = d.day_hi = code % 100;
};
// A year after a holiday or a Hijri month: four digits, Hijri or Gregorian (رمضان 2019).
auto const set_any_year = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  const auto digits = x3::_attr(ctx).end - x3::_attr(ctx).begin;
  if (!(x3::_pass(ctx) = (digits == 4 && v >= 1300 && v <= 2200))) return;
  x3::_val(ctx).year = static_cast<int>(v);
};
// الربع الثالث، النصف الأول: a quarter or a half of a year, as months.
auto const set_quarter = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  if (!(x3::_pass(ctx) = (v >= 1 && v <= 4 && v == static_cast<int>(v)))) return;
  x3::_val(ctx).month = 3 * static_cast<int>(v) - 2;
  x3::_val(ctx).month_hi = 3 * static_cast<int>(v);
};
auto const set_half = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  if (!(x3::_pass(ctx) = (v >= 1 && v <= 2 && v == static_cast<int>(v)))) return;
  x3::_val(ctx).month = 6 * static_cast<int>(v) - 5;
  x3::_val(ctx).month_hi = 6 * static_cast<int>(v);
};
// "3 أيام القادمة", "الأسابيع الثلاثة القادمة": a count of units before or after the publication.
auto const set_span_count = [](auto& ctx) {
  const double v = as_double(x3::_attr(ctx));
  if (!(x3::_pass(ctx) = (v >= 1 && v <= 100 && v == static_cast<int>(v)))) return;
  x3::_val(ctx).span_count = static_cast<int>(v);
};
// A span's unit (unit * 10 + grammatical number): a plural or singular after a count, a dual alone.
auto const set_span_unit = [](auto& ctx) {
  if (!(x3::_pass(ctx) = (x3::_attr(ctx) % 10 != 2))) return;
  x3::_val(ctx).span_unit = static_cast<ast::DateUnit>(x3::_attr(ctx) / 10);
};
auto const set_span_dual = [](auto& ctx) {
  if (!(x3::_pass(ctx) = (x3::_attr(ctx) % 10 == 2))) return;
  x3::_val(ctx).span_unit = static_cast<ast::DateUnit>(x3::_attr(ctx) / 10);
  x3::_val(ctx).span_count = 2;
};
// قبل 3 أشهر، قبل شهرين، قبل عام؛ أسبوعين من الآن: a count of calendar units back (sign -1) or
// ahead (+1) of the publication. A count goes with a plural or a singular (15 يوما), a dual and a
// singular stand alone (2 and 1). Weeks are counted in days.
auto const set_count = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  if (!(x3::_pass(ctx) = (v >= 1 && v <= 1000 && v == static_cast<int>(v)))) return;
  x3::_val(ctx).relative_offset = static_cast<int>(v);
};
template <int Sign>
struct SetCalendarUnit {
  bool counted;  // a number came before the unit
  template <typename Ctx>
  void operator()(Ctx& ctx) const {
    const int code = x3::_attr(ctx), number = code % 10;
    auto& d = x3::_val(ctx);
    if (!(x3::_pass(ctx) = counted ? number != 2 : number != 3)) return;
    int n = counted ? d.relative_offset : number;
    auto unit = static_cast<ast::DateUnit>(code / 10);
    if (unit == ast::DateUnit::week) unit = ast::DateUnit::day, n *= 7;
    d.relative_unit = unit;
    d.relative_offset = Sign * n;
  }
};
// What may follow a unit that makes it the head of a phrase, not a span back (قبل يوم الجمعة، قبل شهر
// رمضان، قبل عام 2011، قبل يوم الانتخابات): a digit, a month, a weekday, a word with the article.
auto const construct = sp >> (ascii_digit | (month_ >> word_end) | (bare_weekday_ >> word_end) | x3::lit("\xd8\xa7\xd9\x84"));
auto const set_season = [](auto& ctx) {
  auto& d = x3::_val(ctx);
  d.season = true;
  d.month = x3::_attr(ctx) / 100;
  d.month_hi = x3::_attr(ctx) % 100;
};
auto const set_this_season = [](auto& ctx) { x3::_val(ctx).month_direction = 0; };
// يوم 27: a day of the month, the latest such day up to the publication.
auto const set_recent_day = [](auto& ctx) {
  auto& d = x3::_val(ctx);
  d.month_relative = true;
  d.month_offset = 0;
  d.day_recent = true;
};
auto const set_span_direction = [](auto& ctx) {
  if (!(x3::_pass(ctx) = (x3::_attr(ctx) != 0))) return;
  x3::_val(ctx).span_direction = x3::_attr(ctx);
};
auto const set_relative = [](auto& ctx) {
  const int code = x3::_attr(ctx);
  x3::_val(ctx).relative_unit = static_cast<ast::DateUnit>(code / 1000);
  x3::_val(ctx).relative_offset = code % 1000 - 500;
};

auto const day = integer()[set_day];
auto const day_hi = integer()[set_day_hi];
auto const ordinal_day = ordinal()[set_day];
auto const ordinal_day_hi = ordinal()[set_day_hi];
auto const era = *x3::lit(' ') >> (lit_ad | lit_ah) >> word_end;
auto const year = integer()[set_year] >> -era;
auto const year_in_words = numeral()[set_year_words];
auto const of = (sp >> lit_min >> sp) | sp;  // "7 يوليو" or "7 من يوليو"
auto const comma = *x3::lit(' ') >> x3::lit(',') >> *x3::lit(' ');
auto const year_tail = (comma >> year) | (sp >> year) | (*x3::lit(' ') >> x3::lit('.') >> sp >> year)
                     | (sp >> lit_min >> sp >> year_word_ >> sp >> year)
                     | (sp >> year_word_ >> sp >> year)
                     | (sp >> (relative_ >> word_end)[set_relative_year])
                     | (comma >> year_in_words);
auto const month_name = (month_ >> word_end)[set_month_name];
auto const month_ref =
    (-(lit_month_word >> sp) >> month_name >> -(sp >> (modifier_ >> word_end)[set_direction]))
  | (lit_the_month >> sp >> (modifier_ >> word_end)[set_relative_month])
  | (lit_this >> sp >> lit_the_month)[set_this_month]
  | (lit_month_word >> sp >> numeral()[set_month_value])
  | (lit_the_month >> sp >> ordinal()[set_month_value]);
auto const dash = *x3::lit(' ') >> x3::lit('-') >> *x3::lit(' ');
auto const to = dash | (sp >> until_ >> word_end >> sp);
auto const slash = x3::lit('/');
// "2. أكتوبر", "2- أكتوبر", "2/ أكتوبر": a mark after the day.
auto const day_mark = -(x3::lit('.') | x3::lit('-') | x3::lit('/'));
// "الاثنين 18 شباط", "يوم الجمعة، 15 شباط", "الخميس الموافق 14 شباط": the weekday adds nothing.
auto const weekday_word = weekday_ >> word_end;
auto const weekday_prefix = -(lit_day_word >> sp) >> x3::omit[weekday_word] >> (comma | sp) >> -(lit_corresponding >> sp);
auto const from = -(lit_min >> sp);
auto const lit_since = x3::lit("\xd9\x85\xd9\x86\xd8\xb0");  // منذ
auto const lit_last = x3::lit("\xd8\xa7\xd8\xae\xd8\xb1");    // اخر (آخر folded)
auto const lit_the_last = x3::lit("\xd8\xa7\xd9\x84\xd8\xa7\xd8\xae\xd9\x8a\xd8\xb1");  // الاخير
// The DateUnit of a time_units.tsv unit name; none for hours and smaller.
inline ast::DateUnit date_unit(std::string_view u) {
  return u == "day" ? ast::DateUnit::day : u == "week" ? ast::DateUnit::week : u == "month" ? ast::DateUnit::month
       : u == "year" ? ast::DateUnit::year : u == "decade" ? ast::DateUnit::decade : ast::DateUnit::none;
}
// Time units of time_units.tsv that count days, weeks, months, years or decades, up to max_unit, by
// their grammatical number: unit * 10 + 1 singular, 2 dual, 3 plural; with_article adds each form
// with ال too (الأيام، اليومين).
inline x3::symbols<int> calendar_units(ast::DateUnit max_unit, bool with_article) {
  x3::symbols<int> t;
  for (const lexicon::Row& r : lexicon::rows("time_units")) {
    const int unit = static_cast<int>(date_unit(r.field(0)));
    if (unit == 0 || unit > static_cast<int>(max_unit)) continue;
    const int number = r.field(2) == "singular" ? 1 : r.field(2) == "dual" ? 2 : 3;
    t.add(r.form, unit * 10 + number);
    if (with_article) t.add("\xd8\xa7\xd9\x84" + r.form, unit * 10 + number);  // ال
  }
  return t;
}
// Days and weeks, the units منذ counts back (منذ 8 سنوات stays a duration: how long, not when).
x3::symbols<int> const day_unit_ = calendar_units(ast::DateUnit::week, false);
// Units back from the publication (قبل شهرين) or ahead of it (أسبوعين من الآن): up to years.
x3::symbols<int> const calendar_unit_ = calendar_units(ast::DateUnit::year, false);
// A count of units back (Sign -1) or ahead (+1) of the publication: a number and a unit (3 أشهر،
// 15 يوما), or a dual or a singular alone (شهرين، عام) that does not head a phrase (قبل عام 2011).
template <int Sign, typename Units>
auto count_of(Units const& units) {
  return (numeral()[set_count] >> sp >> (units >> word_end)[SetCalendarUnit<Sign>{true}])
       | ((units >> word_end)[SetCalendarUnit<Sign>{false}] >> !construct);
}
// Units of a span (الأيام الثلاثة الماضية، اليومين الماضيين، العقدين الماضيين).
x3::symbols<int> const span_unit_ = calendar_units(ast::DateUnit::decade, true);
x3::symbols<int> const season_ = grammar_words("season");
x3::symbols<int> const season_with_year_ = grammar_words("season_with_year");
x3::symbols<int> const not_season_ = grammar_words("not_season");
x3::symbols<int> const ago_ = grammar_words("ago");
x3::symbols<int> const from_now_ = grammar_words("from_now");
x3::symbols<int> const after_ = grammar_words("after");
auto const lit_week = x3::lit("\xd8\xa7\xd8\xb3\xd8\xa8\xd9\x88\xd8\xb9");  // اسبوع (أسبوع folded)
auto const lit_the_week = x3::lit("\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb3\xd8\xa8\xd9\x88\xd8\xb9");  // الاسبوع
x3::symbols<int> const month_prep_ = grammar_words("month_prep");
auto const lit_quarter = x3::lit("\xd8\xa7\xd9\x84\xd8\xb1\xd8\xa8\xd8\xb9");  // الربع
auto const lit_half = x3::lit("\xd8\xa7\xd9\x84\xd9\x86\xd8\xb5\xd9\x81");     // النصف
// القادمة/المقبلة +1, الماضية/الأخيرة/المنصرمة -1.
x3::symbols<int> const span_direction_ = grammar_words("span_direction");
// "الثلاثة" in "الأسابيع الثلاثة القادمة": a count with the article.
x3::symbols<int> const definite_count_ = grammar_words("definite_count");
// "من", "في", "ب" between the weekday and its month (ثالث ثلاثاء في ايلول، بايلول).
auto const of_month = (sp >> (lit_min | x3::lit("\xd9\x81\xd9\x8a")) >> sp) | (sp >> x3::lit("\xd8\xa8")) | sp;
auto const day_month_pair = (integer() >> slash >> integer() >> !(slash >> ascii_digit))[set_day_month];

x3::rule<class date_value, ast::DateExpr> const date_value = "date_value";
auto const reset = x3::eps[([](auto& ctx) { x3::_val(ctx) = ast::DateExpr{}; })];
// The forms of a date, tried in this order. They are split into rules of a few forms each: one
// expression of all of them is a single object of some 56 KB that the compiler builds through its
// partial alternatives on the stack at start-up (1.7 MB of stack, a page fault every 4 KB);
// a rule is referenced, not copied.
x3::rule<class date_forms_0_class, ast::DateExpr> const date_forms_0 = "date";
x3::rule<class date_forms_1_class, ast::DateExpr> const date_forms_1 = "date";
x3::rule<class date_forms_2_class, ast::DateExpr> const date_forms_2 = "date";
x3::rule<class date_forms_3_class, ast::DateExpr> const date_forms_3 = "date";
x3::rule<class date_forms_4_class, ast::DateExpr> const date_forms_4 = "date";
x3::rule<class date_forms_5_class, ast::DateExpr> const date_forms_5 = "date";
x3::rule<class date_forms_6_class, ast::DateExpr> const date_forms_6 = "date";
x3::rule<class date_forms_7_class, ast::DateExpr> const date_forms_7 = "date";
auto const date_forms_0_def =
    // الثلاثاء الثالث من أيلول 2014، ثالث ثلاثاء في ايلول، اخر اثنين من شهر اذار، الاثنين الاخير من الشهر القادم
    (reset >> -(lit_day_word >> sp) >> weekday_word[set_weekday] >> sp >> ordinal()[set_nth] >> -(of_month >> month_ref >> -year_tail) >> x3::eps[month_or_current])
  | (reset >> ordinal()[set_nth] >> sp >> -(lit_day_word >> sp) >> (bare_weekday_ >> word_end)[set_weekday] >> -(of_month >> month_ref >> -year_tail) >> x3::eps[month_or_current])
  | (reset >> lit_last >> sp >> (bare_weekday_ >> word_end)[set_weekday] >> x3::eps[set_last] >> -(of_month >> month_ref >> -year_tail) >> x3::eps[month_or_current])
  | (reset >> weekday_word[set_weekday] >> sp >> lit_the_last >> x3::eps[set_last] >> -(of_month >> month_ref >> -year_tail) >> x3::eps[month_or_current])
    // 14/11/2024, 14-11-2024, 14.11.2024, 18-9-15, 14-09-1432 هـ
  | (reset >> day >> slash >> integer()[set_month_number] >> slash >> (year | integer()[set_short_year]) >> x3::eps[set_hijri_if_old])
  | (reset >> day >> x3::lit('-') >> integer()[set_month_number] >> x3::lit('-') >> (year | integer()[set_short_year]) >> x3::eps[set_hijri_if_old])
  | (reset >> day >> x3::lit('.') >> integer()[set_month_number] >> x3::lit('.') >> year >> x3::eps[set_hijri_if_old])
    // 2024-11-14, 2016/02/22
  | (reset >> year >> x3::lit('-') >> integer()[set_month_number] >> x3::lit('-') >> day);
auto const date_forms_1_def =
    (reset >> year >> slash >> integer()[set_month_number] >> slash >> day)
    // 3-2015: a month of a year
  | (reset >> integer()[set_month_number] >> x3::lit('-') >> year)
    // 22/04, 4/22: a day of a month
  | (reset >> day_month_pair)
    // 2/2013, 2015/3: a month of a year
  | (reset >> integer()[set_month_number] >> slash >> year)
  | (reset >> year >> slash >> integer()[set_month_number] >> !ascii_digit)
    // 7-8 من يوليو الجاري، يومي 14 و15 تموز، من 13 الى 15 تموز، الرابع والخامس من تموز
  | (reset >> -(lit_two_days >> sp) >> from >> day >> to >> day_hi >> of >> month_ref >> -year_tail)
  | (reset >> -(lit_two_days >> sp) >> day >> and_ >> day_hi >> of >> month_ref >> -year_tail)
  | (reset >> from >> day >> of >> month_name >> to >> day_hi >> of >> (month_ >> word_end)[same_month] >> -year_tail);
auto const date_forms_2_def =
    (reset >> ordinal_day >> and_ >> ordinal_day_hi >> sp >> lit_min >> sp >> month_ref >> -year_tail)
  | (reset >> from >> ordinal_day >> to >> ordinal_day_hi >> sp >> lit_min >> sp >> month_ref >> -year_tail)
    // يوليو 13-15، تموز 13 الى 15
  | (reset >> month_name >> sp >> day >> to >> day_hi >> -year_tail)
    // 28 من الشهر الماضي، 14 نوفمبر 2024، الاثنين 18 شباط، الرابع من تموز، اليوم الثالث من اكتوبر
  | (reset >> -weekday_prefix >> -(lit_day_word >> sp) >> day >> day_mark >> of >> month_ref >> -year_tail)
  | (reset >> -weekday_prefix >> -((lit_the_day | lit_day_word) >> sp) >> ordinal_day >> sp >> lit_min >> sp >> month_ref >> -year_tail)
    // السبت السادس عشر، الثلاثاء التاسع عشر من هذا الشهر: a day of the publication month
  | (reset >> weekday_word >> sp >> ordinal_day >> -(sp >> lit_min >> sp >> month_ref) >> x3::eps[([](auto& ctx) {
       auto& d = x3::_val(ctx);
       if (d.month == 0 && !d.month_relative) d.month_relative = true;
     })])
    // نوفمبر 14, 2024، سبتمبر10, ألف وتسعمائة وواحد، يناير الحادي والعشرين ألفان وثمانية عشر
  | (reset >> -weekday_prefix >> month_name >> *x3::lit(' ') >> (day | ordinal_day) >> year_tail)
  | (reset >> month_name >> x3::lit('-') >> day);
auto const date_forms_3_def =
    (reset >> day >> x3::lit('-') >> month_name >> -year_tail)  // 28-نوفمبر
    // يوم 27: a day of the publication month (or of the month before, if the day is still to come)
  | (reset >> lit_day_word >> sp >> day >> x3::eps[set_recent_day]
           >> !(*x3::lit(' ') >> (ascii_digit | x3::lit('/') | x3::lit('-') | x3::lit(':') | ((x3::lit('.') | x3::lit(',')) >> ascii_digit))))
  | (reset >> (month_ >> &ascii_digit)[set_month_name] >> day >> year_tail)  // سبتمبر10, 2016
  | (reset >> -(lit_month_word >> sp) >> month_name >> sp >> day >> !(*x3::lit(' ') >> (x3::lit('-') | ascii_digit)))
    // أوائل آذار، منتصف اذار، أواخر شهر مارس، في اول شباط
  | (reset >> (month_part_ >> word_end)[set_month_part] >> sp >> month_ref >> -year_tail)
    // يوليو 2021، كانون الأول القادم، شهر حزيران، الشهر الماضي، يونيو العام المقبل
  | (reset >> month_ref >> year_tail)
  | (reset >> lit_month_word >> sp >> month_name >> -(sp >> (modifier_ >> word_end)[set_direction]))
  | (reset >> month_name >> sp >> (modifier_ >> word_end)[set_direction]);
auto const date_forms_4_def =
    // عام 2017
    (reset >> year_word_ >> sp >> year)
    // هذا يناير; مايو الحادي والعشرين; بين 3 و 12 سبتمبر، تشرين الثاني بين 15 و 19
  | (reset >> lit_this >> sp >> month_name >> x3::eps[([](auto& ctx) { x3::_val(ctx).month_direction = 0; })])
  | (reset >> month_name >> sp >> ordinal_day >> -year_tail)
  | (reset >> lit_between >> sp >> day >> and_ >> day_hi >> of >> month_ref >> -year_tail)
  | (reset >> month_name >> sp >> lit_between >> sp >> day >> and_ >> day_hi >> -year_tail)
    // السبعينيات
  | (reset >> (decade_word_ >> word_end)[([](auto& ctx) {
       x3::_val(ctx).year = x3::_attr(ctx);
       x3::_val(ctx).year_hi = x3::_attr(ctx) + 9;
     })])
    // الصيف، هذا الصيف، الربيع القادم، صيف 2016، ربيع عام 2011 (not الربيع العربي)
  | (reset >> -(lit_this >> sp)[set_this_season] >> (season_ >> word_end)[set_season] >> !(sp >> not_season_ >> word_end)
           >> -((sp >> (modifier_ >> word_end)[set_direction]) | year_tail))
  | (reset >> (season_with_year_ >> word_end)[set_season] >> year_tail);
auto const date_forms_5_def =
    // تشرين الأول، ربيع الأول: a month of two words alone
    (reset >> (multiword_month_ >> word_end)[set_month_name])
    // في فبراير، منذ آذار، في رمضان: a month alone needs a preposition (مارس is also "he practised",
    // رمضان a name)
  | (reset >> (month_prep_ >> word_end) >> sp >> month_name >> !year_tail >> !(sp >> (modifier_ >> word_end))
           >> !(*x3::lit(' ') >> (ascii_digit | x3::lit(',') | x3::lit('-'))))
    // الأحد من الأسبوع الماضي، اثنين الأسبوع الحالي، الأسبوع القادم الأحد
  | (reset >> (bare_weekday_ >> word_end)[set_weekday] >> sp >> -(lit_min >> sp) >> (relative_ >> word_end)[set_relative_week])
  | (reset >> (relative_ >> word_end)[set_relative_week] >> sp >> -(lit_day_word >> sp) >> weekday_word[set_weekday])
    // عيد الفطر 2013، عيد الأضحى، عيد الفصح
  | (reset >> (holiday_ >> word_end)[set_holiday] >> -(sp >> integer()[set_any_year] >> -era))
    // اول اسبوع بشهر اكتوبر 2014، الاسبوع الاول من شهر عشرة، اخر اسبوع في سبتمبر، الاسبوع الاخير في الشهر التاسع
  | (reset >> ordinal()[set_nth] >> sp >> lit_week >> x3::eps[set_week_of_month] >> of_month >> month_ref >> -year_tail)
  | (reset >> lit_the_week >> sp >> ordinal()[set_nth] >> x3::eps[set_week_of_month] >> of_month >> month_ref >> -year_tail)
  | (reset >> lit_last >> sp >> lit_week >> x3::eps[set_week_of_month] >> x3::eps[set_last] >> of_month >> month_ref >> -year_tail);
auto const date_forms_6_def =
    (reset >> lit_the_week >> sp >> lit_the_last >> x3::eps[set_week_of_month] >> x3::eps[set_last] >> of_month >> month_ref >> -year_tail)
    // اخر يوم بشهر عشرة سنة 2015، اليوم الاخير من شهر عشرة، ثالث يوم من شهر عشرة
  | (reset >> lit_last >> sp >> lit_day_word >> x3::eps[set_last_day] >> of_month >> month_ref >> -year_tail)
  | (reset >> lit_the_day >> sp >> lit_the_last >> x3::eps[set_last_day] >> of_month >> month_ref >> -year_tail)
  | (reset >> ordinal_day >> sp >> lit_day_word >> of_month >> month_ref >> -year_tail)
    // الربع الثالث من عام 2016، النصف الأول من 2024
  | (reset >> lit_quarter >> sp >> ordinal()[set_quarter] >> (((sp >> lit_min) | x3::eps) >> year_tail))
  | (reset >> lit_half >> sp >> ordinal()[set_half] >> (((sp >> lit_min) | x3::eps) >> year_tail))
    // 3 أيام القادمة، الأيام الثلاثة القادمة
  | (reset >> integer()[([](auto& ctx) {
      const double v = x3::_attr(ctx).value;  // checked before the cast: 123456789012 is no int
      if ((x3::_pass(ctx) = (v >= 0 && v <= 100000))) x3::_val(ctx).span_count = static_cast<int>(v);
    })]
           >> sp >> (span_unit_ >> word_end)[set_span_unit] >> sp >> (span_direction_ >> word_end)[set_span_direction])
  | (reset >> (span_unit_ >> word_end)[set_span_unit] >> sp >> (definite_count_ >> word_end)[set_span_count]
           >> sp >> (span_direction_ >> word_end)[set_span_direction]);
auto const date_forms_7_def =
    // اليومين الماضيين، العقدين الماضيين
    (reset >> (span_unit_ >> word_end)[set_span_dual] >> sp >> (span_direction_ >> word_end)[set_span_direction])
    // قبل 3 أشهر، قبل شهرين، قبل عام (not قبل 3 سنوات من الانتخابات: from an event mizan does not know)
  | (reset >> (ago_ >> word_end) >> sp >> count_of<-1>(calendar_unit_) >> !(sp >> lit_min >> word_end))
    // منذ 3 أيام، منذ يومين
  | (reset >> lit_since >> sp >> count_of<-1>(day_unit_))
    // بعد أسبوعين من الآن، 3 أيام من الآن
  | (reset >> -((after_ >> word_end) >> sp) >> count_of<1>(calendar_unit_) >> sp >> from_now_ >> word_end)
    // اليوم، أمس، العام الماضي; "اليوم الاثنين", "أمس الأحد": the weekday only names the same day
  | ((reset >> relative_ >> word_end)[set_relative] >> -(sp >> x3::omit[weekday_word]))
    // الأحد الماضي، يوم الخميس، هذا الاثنين
  | (reset >> -(lit_day_word >> sp) >> -(lit_this >> sp)[set_this_weekday] >> weekday_word[set_weekday]
           >> !(sp >> x3::lit("\xd8\xb9\xd8\xb4\xd8\xb1"))  // الأحد عشر is the eleventh
           >> -(sp >> (modifier_ >> word_end)[set_weekday_direction]));
auto const date_value_def = date_forms_0 | date_forms_1 | date_forms_2 | date_forms_3 | date_forms_4 | date_forms_5 | date_forms_6 | date_forms_7;
BOOST_SPIRIT_DEFINE(date_forms_0, date_forms_1, date_forms_2, date_forms_3, date_forms_4, date_forms_5, date_forms_6, date_forms_7)
BOOST_SPIRIT_DEFINE(date_value)

}  // namespace date_detail

date_type const date_rule = "date";
auto const date_rule_def = date_detail::date_value;
BOOST_SPIRIT_DEFINE(date_rule)

date_type const& date() { return date_rule; }

}  // namespace mizan::grammar
