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
x3::symbols<int> const modifier_ = lexicon_symbols<int>(
    "month_modifiers", [](const lexicon::Row& r) -> std::optional<int> { return direction(r.field(0)); });
// Relative words: unit * 1000 + offset + 500.
x3::symbols<int> const relative_ = lexicon_symbols<int>(
    "relative_time", [](const lexicon::Row& r) -> std::optional<int> {
      const auto u = r.field(0);
      const int unit = u == "day" ? 1 : u == "week" ? 2 : u == "month" ? 3 : u == "year" ? 4 : 0;
      if (unit == 0) return std::nullopt;
      return unit * 1000 + std::atoi(std::string(r.field(1)).c_str()) + 500;
    });

auto const lit_min = x3::lit("\xd9\x85\xd9\x86");                                   // من
auto const lit_month_word = x3::lit("\xd8\xb4\xd9\x87\xd8\xb1");                   // شهر
auto const lit_the_month = x3::lit("\xd8\xa7\xd9\x84\xd8\xb4\xd9\x87\xd8\xb1");    // الشهر
auto const lit_two_days = x3::lit("\xd9\x8a\xd9\x88\xd9\x85\xd9\x8a");            // يومي
auto const lit_day_word = x3::lit("\xd9\x8a\xd9\x88\xd9\x85");                    // يوم
// عام / العام / سنة / السنة / خلال عام ...
x3::symbols<int> const year_word_ = [] {
  x3::symbols<int> t;
  for (const char* w : {"عام", "العام", "سنة", "السنة", "سنه", "السنه", "العام الميلادي"}) t.add(fold_word(w), 0);
  return t;
}();
// Era marks after a year: م (Gregorian), هـ (Hijri, folded to ه).
auto const lit_ad = x3::lit("\xd9\x85");
auto const lit_ah = x3::lit("\xd9\x87");

auto const set_day = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  x3::_pass(ctx) = v >= 1 && v <= 31;
  x3::_val(ctx).day_lo = x3::_val(ctx).day_hi = static_cast<int>(v);
};
auto const set_day_hi = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  x3::_pass(ctx) = v >= 1 && v <= 31 && static_cast<int>(v) > x3::_val(ctx).day_lo;
  x3::_val(ctx).day_hi = static_cast<int>(v);
};
auto const set_month_name = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  x3::_val(ctx).month = m > 100 ? m - 100 : m;
  x3::_val(ctx).islamic = m > 100;
};
auto const set_month_number = [](auto& ctx) {
  const double v = x3::_attr(ctx).value;
  x3::_pass(ctx) = v >= 1 && v <= 12;
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
  x3::_pass(ctx) = digits == 4 && v >= 1300 && v <= 2200;
  x3::_val(ctx).year = static_cast<int>(v);
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
auto const year = integer()[set_year] >> -(*x3::lit(' ') >> (lit_ad | lit_ah) >> word_end);
auto const of = (sp >> lit_min >> sp) | sp;  // "7 يوليو" or "7 من يوليو"
auto const year_tail = (*x3::lit(' ') >> x3::lit(',') >> *x3::lit(' ') >> year) | (sp >> year)
                     | (sp >> lit_min >> sp >> year_word_ >> sp >> year)
                     | (sp >> year_word_ >> sp >> year);
auto const month_name = (month_ >> word_end)[set_month_name];
auto const month_ref =
    (-(lit_month_word >> sp) >> month_name >> -(sp >> (modifier_ >> word_end)[set_direction]))
  | (lit_the_month >> sp >> (modifier_ >> word_end)[set_relative_month]);
auto const dash = *x3::lit(' ') >> x3::lit('-') >> *x3::lit(' ');
auto const slash = x3::lit('/');

x3::rule<class date_value, ast::DateExpr> const date_value = "date_value";
auto const reset = x3::eps[([](auto& ctx) { x3::_val(ctx) = ast::DateExpr{}; })];
auto const date_value_def =
    // 14/11/2024, 14-11-2024, 14.11.2024
    (reset >> day >> slash >> integer()[set_month_number] >> slash >> year)
  | (reset >> day >> x3::lit('-') >> integer()[set_month_number] >> x3::lit('-') >> year)
  | (reset >> day >> x3::lit('.') >> integer()[set_month_number] >> x3::lit('.') >> year)
    // 2024-11-14
  | (reset >> year >> x3::lit('-') >> integer()[set_month_number] >> x3::lit('-') >> day)
    // 7-8 من يوليو الجاري، يومي 14 و15 تموز، الرابع والخامس من تموز
  | (reset >> -(lit_two_days >> sp) >> day >> dash >> day_hi >> of >> month_ref >> -year_tail)
  | (reset >> -(lit_two_days >> sp) >> day >> and_ >> day_hi >> of >> month_ref >> -year_tail)
  | (reset >> ordinal_day >> and_ >> ordinal_day_hi >> sp >> lit_min >> sp >> month_ref >> -year_tail)
    // 28 من الشهر الماضي، 14 نوفمبر 2024، الرابع من تموز
  | (reset >> -(lit_day_word >> sp) >> day >> of >> month_ref >> -year_tail)
  | (reset >> ordinal_day >> sp >> lit_min >> sp >> month_ref >> -year_tail)
    // نوفمبر 14, 2024
  | (reset >> month_name >> sp >> day >> *x3::lit(' ') >> x3::lit(',') >> *x3::lit(' ') >> year)
    // يوليو 2021، كانون الأول القادم، شهر حزيران، الشهر الماضي
  | (reset >> month_ref >> year_tail)
  | (reset >> lit_month_word >> sp >> month_name >> -(sp >> (modifier_ >> word_end)[set_direction]))
  | (reset >> month_name >> sp >> (modifier_ >> word_end)[set_direction])
    // عام 2017
  | (reset >> year_word_ >> sp >> year)
    // اليوم، أمس، العام الماضي
  | (reset >> relative_ >> word_end)[set_relative];
BOOST_SPIRIT_DEFINE(date_value)

}  // namespace date_detail

date_type const date_rule = "date";
auto const date_rule_def = date_detail::date_value;
BOOST_SPIRIT_DEFINE(date_rule)

date_type const& date() { return date_rule; }

}  // namespace mizan::grammar
