#pragma once
#include <algorithm>
#include "grammar/common.hpp"
#include "grammar/date.hpp"
#include "grammar/numeral.hpp"
#include "grammar/ordinal.hpp"
#include "grammar/quantity.hpp"

namespace mizan::grammar {

namespace quantity_detail {

using ast::Bound;
using ast::QuantityKind;

inline Bound bound_of(std::string_view q) {
  return q == "about" ? Bound::about : q == "at_least" ? Bound::at_least : q == "at_most" ? Bound::at_most : Bound::exact;
}

x3::symbols<int> const hedge_before_ = lexicon_symbols<int>(
    "hedges", [](const lexicon::Row& r) -> std::optional<int> {
      if (r.field(1) != "before") return std::nullopt;
      return static_cast<int>(bound_of(r.field(0)));
    });
x3::symbols<int> const hedge_after_ = lexicon_symbols<int>(
    "hedges", [](const lexicon::Row& r) -> std::optional<int> {
      if (r.field(1) != "after") return std::nullopt;
      return static_cast<int>(bound_of(r.field(0)));
    });
x3::symbols<std::string> const reference_ = string_words("reference_triggers", 0);
x3::symbols<std::string> const currency_ = string_words("currencies", 0);
x3::symbols<std::string> const event_ = string_words("events", 0);
x3::symbols<int> const percent_ = lexicon_symbols<int>(
    "percent", [](const lexicon::Row&) -> std::optional<int> { return 0; });
// Time units: the unit name, and whether the word is itself a dual ("يومين" = 2 days).
x3::symbols<std::pair<std::string, int>> const time_unit_ = lexicon_symbols<std::pair<std::string, int>>(
    "time_units", [](const lexicon::Row& r) -> std::optional<std::pair<std::string, int>> {
      return std::make_pair(std::string(r.field(0)), std::atoi(std::string(r.field(1)).c_str()));
    });
x3::symbols<std::pair<double, double>> const vague_ = lexicon_symbols<std::pair<double, double>>(
    "vague", [](const lexicon::Row& r) -> std::optional<std::pair<double, double>> {
      return std::make_pair(*to_double(r.field(0)), *to_double(r.field(1)));
    });

auto const lit_between = x3::lit("\xd8\xa8\xd9\x8a\xd9\x86");                  // بين
auto const lit_from = x3::lit("\xd9\x85\xd9\x86");                              // من
auto const lit_to = x3::lit("\xd8\xa7\xd9\x84\xd9\x8a") | x3::lit("\xd8\xad\xd8\xaa\xd9\x8a");  // الى حتى
auto const lit_number = x3::lit("\xd8\xb1\xd9\x82\xd9\x85");                    // رقم
auto const lit_hour = x3::lit("\xd8\xa7\xd9\x84\xd8\xb3\xd8\xa7\xd8\xb9\xd9\x87");  // الساعه
auto const conj = x3::lit("\xd9\x88") | x3::lit("\xd9\x81");                    // و ف
// ك only before digits (ك15): before a word it makes more false numbers (كمية = ك + مية) than it finds.
auto const prep = x3::lit("\xd8\xa8") | x3::lit("\xd9\x84") | (x3::lit("\xd9\x83") >> &ascii_digit);  // ب ل ك
auto const dash = *x3::lit(' ') >> x3::lit('-') >> *x3::lit(' ');

// An action that fails returns before it writes: an optional part that fails (-year_tail) must
// leave nothing behind in the value.
auto const reset = x3::eps[([](auto& ctx) { x3::_val(ctx) = ast::Quantity{}; })];
auto const set_first = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  q.first = x3::_attr(ctx);
  q.lo = q.hi = q.first.value;
};
// "بين 3 وخمسة مليارات", "من 10 إلى 15 ألفا", "3-5 آلاف": a scale word after the second end, and
// a first end below what that scale multiplies, is the first end's scale too (3–5 billion). Only
// a scale written as a word: "بين 3 و5000" keeps its 3.
inline double shared_scale(double first, const ast::Number& second) {
  const double v = second.value;
  if (first <= 0 || first >= 1000 || v < 1000 || std::fmod(v, 1000) != 0) return first;
  bool word = false;
  for (const char* p = second.begin; p && p != second.end; ++p) word |= static_cast<unsigned char>(*p) >= 0x80;
  if (!word) return first;
  const double scale = last_scale(v);
  return first < v / scale ? first * scale : first;
}
auto const set_hi = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  const double v = x3::_attr(ctx).value;
  const double lo = shared_scale(q.lo, x3::_attr(ctx));
  if (!(x3::_pass(ctx) = (v > lo))) return;
  q.lo = lo;
  q.hi = v;
  q.bound = Bound::range;
};
// "من 24 إلى 12 درجة" (a fall), "بين 15 و10": words name the ends in either order; a dash does
// not (15-10 is a score).
auto const set_end = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  const double v = x3::_attr(ctx).value;
  const double first = shared_scale(q.lo, x3::_attr(ctx));
  if (!(x3::_pass(ctx) = (v != first))) return;
  q.lo = first;
  q.hi = std::max(v, q.lo);
  q.lo = std::min(v, q.lo);
  q.bound = Bound::range;
};
auto const set_bound = [](auto& ctx) { x3::_val(ctx).bound = static_cast<Bound>(x3::_attr(ctx)); };
auto const set_kind = [](QuantityKind k) { return [k](auto& ctx) { x3::_val(ctx).kind = k; }; };
auto const set_currency = [](auto& ctx) {
  x3::_val(ctx).kind = QuantityKind::money;
  x3::_val(ctx).unit = x3::_attr(ctx);
};
auto const set_dollar = [](auto& ctx) {
  x3::_val(ctx).kind = QuantityKind::money;
  x3::_val(ctx).unit = "USD";
};
auto const set_duration = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  const auto& [unit, count] = x3::_attr(ctx);
  q.kind = QuantityKind::duration;
  q.unit = unit;
  (void)count;
};
auto const set_dual_duration = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  const auto& [unit, count] = x3::_attr(ctx);
  if (!(x3::_pass(ctx) = (count == 2))) return;
  q.kind = QuantityKind::duration;
  q.unit = unit;
  q.lo = q.hi = 2;
  q.first.value = 2;
  q.first.end = match_end(ctx);
};
// "لمدة شهر", "يوم كامل": one unit, when a word around it makes it a duration (a bare يوم or شهر
// is too often "the day of" or "the month of" to count).
x3::symbols<std::string> const single_unit_ = lexicon_symbols<std::string>(
    "time_units", [](const lexicon::Row& r) -> std::optional<std::string> {
      if (r.field(2) != "singular") return std::nullopt;
      return std::string(r.field(0));
    });
x3::symbols<int> const for_word_ = grammar_words("duration_marker");
x3::symbols<int> const whole_ = grammar_words("whole");
auto const set_one_unit = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  q.kind = QuantityKind::duration;
  q.unit = x3::_attr(ctx);
  q.lo = q.hi = 1;
  q.first.value = 1;
  q.first.end = match_end(ctx);
};
auto const lit_li = x3::lit("\xd9\x84");  // ل
auto const set_reference = [](auto& ctx) {
  x3::_val(ctx).kind = QuantityKind::reference;
  x3::_val(ctx).unit = x3::_attr(ctx);
};
auto const set_event = [](auto& ctx) {
  x3::_val(ctx).kind = QuantityKind::ordinal;
  x3::_val(ctx).unit = x3::_attr(ctx);
};
auto const set_ordinal = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  q.kind = QuantityKind::ordinal;
  q.first = x3::_attr(ctx);
  q.lo = q.hi = q.first.value;
};
auto const set_vague = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  q.kind = QuantityKind::vague;
  q.bound = Bound::vague;
  q.lo = x3::_attr(ctx).first;
  q.hi = x3::_attr(ctx).second;
  q.first.value = q.lo;
  q.first.end = match_end(ctx);
};
auto const set_date = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  q.date = x3::_attr(ctx);
  q.kind = q.date.relative_unit != ast::DateUnit::none || (q.date.month_relative && q.date.day_lo == 0)
               ? QuantityKind::relative_time
               : QuantityKind::date;
  q.first.end = match_end(ctx);
};
auto const set_time_of_day = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  q.kind = QuantityKind::time_of_day;
  q.first.end = match_end(ctx);
};

// بين 10 و15، من 10 إلى 15، 10-15، or one number.
// بين 10 و15، من 10 إلى 15، 10-15، 20 إلى 100، or one number; a bound after it (200 أو أكثر).
x3::symbols<int> const until_ = grammar_words("until");
auto const range_dash = *x3::lit(' ') >> (x3::lit('-') | x3::lit('~')) >> *x3::lit(' ');
// >= 30, < 20, <= -30: the signs of a bound (strict or not: mizan's bounds are at_least/at_most).
auto const sign_bound =
    (x3::lit('>') >> -x3::lit('=') >> *x3::lit(' '))[([](auto& ctx) { x3::_val(ctx).bound = Bound::at_least; })]
  | (x3::lit('<') >> *x3::lit(' ') >> -x3::lit('=') >> *x3::lit(' '))[([](auto& ctx) { x3::_val(ctx).bound = Bound::at_most; })];
auto const set_upper = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  const double v = x3::_attr(ctx).value;
  if (x3::_attr(ctx).value > q.lo) {
    q.hi = v;
    q.bound = Bound::range;
  } else {
    x3::_pass(ctx) = false;
  }
};
auto const at_least_word = (hedge_before_ >> word_end)[([](auto& ctx) {
  if (!(x3::_pass(ctx) = (static_cast<Bound>(x3::_attr(ctx)) == Bound::at_least))) return;
})];
auto const at_most_word = (hedge_before_ >> word_end)[([](auto& ctx) {
  if (!(x3::_pass(ctx) = (static_cast<Bound>(x3::_attr(ctx)) == Bound::at_most))) return;
})];
auto const amount =
    // أكبر من 100 وأصغر من 300: both bounds make a range
    (at_least_word >> sp >> numeral()[set_first] >> and_ >> at_most_word >> sp >> numeral()[set_upper])
  // A hedge may be followed by the article standing alone before digits ("تتجاوز الـ 89%").
  | -(((hedge_before_ >> word_end)[set_bound] >> sp >> -(x3::lit("\xd8\xa7\xd9\x84") >> sp)) | sign_bound)
    >> ((-(x3::lit("\xd9\x85\xd8\xa7") >> sp) >> lit_between >> sp >> numeral()[set_first] >> and_ >> numeral()[set_end])
      | (lit_from >> sp >> numeral()[set_first] >> sp >> lit_to >> sp >> numeral()[set_end])
      | (lit_from >> sp >> numeral()[set_first] >> sp >> x3::lit("\xd9\x84") >> numeral()[set_end])  // من عشرة لعشرين
      | (numeral()[set_first] >> range_dash >> numeral()[set_hi])
      | (numeral()[set_first] >> sp >> until_ >> word_end >> sp >> numeral()[set_hi])
      | numeral()[set_first])
    >> -(sp >> (hedge_after_ >> word_end)[set_bound]);

// The smaller unit after a currency: "ريال و اثنتا عشرة هللة" adds 12/100.
x3::symbols<double> const subunit_ = lexicon_symbols<double>(
    "currency_subunits", [](const lexicon::Row& r) -> std::optional<double> { return to_double(r.field(0)); });
x3::rule<class subunit_amount, double> const subunit_amount = "subunit_amount";
auto const subunit_amount_def = numeral()[([](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx).value; })] >> sp
    >> (subunit_ >> word_end)[([](auto& ctx) {
         if (!(x3::_pass(ctx) = (x3::_val(ctx) < x3::_attr(ctx)))) return;
         x3::_val(ctx) /= x3::_attr(ctx);
       })];
BOOST_SPIRIT_DEFINE(subunit_amount)
auto const add_subunit = [](auto& ctx) {
  x3::_val(ctx).lo += x3::_attr(ctx);
  x3::_val(ctx).hi += x3::_attr(ctx);
};
auto const unit_tail =
    (*x3::lit(' ') >> x3::lit('%'))[set_kind(QuantityKind::percent)]
  | (sp >> percent_ >> word_end)[set_kind(QuantityKind::percent)]
  | ((*x3::lit(' ') >> currency_ >> word_end)[set_currency] >> -(and_ >> subunit_amount[add_subunit]))
  | (sp >> time_unit_ >> word_end)[set_duration];

x3::rule<class body, ast::Quantity> const body = "body";
auto const body_def =
    // بالمائة 10: the percent word before the number
    (reset >> (percent_ >> word_end) >> sp >> numeral()[set_first] >> x3::eps[set_kind(QuantityKind::percent)])
  |
    // "القرار 2254", "كوفيد-19", "كوفيد - 19": a name's number, joined by a space or a hyphen; a
    // model's with its variant ("بوينج 737-800", "737-8AS").
    (reset >> (reference_ >> word_end)[set_reference] >> ((*x3::lit(' ') >> x3::lit('-') >> *x3::lit(' ')) | sp)
           >> -(lit_number >> sp) >> integer()[set_first]
           >> -x3::omit[x3::lit('-') >> +(ascii_digit | x3::ascii::upper)]
           >> !((x3::lit(',') | x3::lit('.')) >> ascii_digit))
  | (reset >> mark_first >> date()[set_date])
  | (reset >> mark_first >> (-(lit_hour >> sp) >> integer() >> x3::lit(':') >> integer())[set_time_of_day])
  | (reset >> x3::lit('$') >> *x3::lit(' ') >> numeral()[set_first] >> x3::eps[set_dollar])
  | (reset >> amount >> -unit_tail >> -(sp >> (hedge_after_ >> word_end)[set_bound]))
  | (reset >> (event_ >> word_end)[set_event] >> sp >> integer()[set_first])
  | (reset >> ordinal()[set_ordinal])
  | (reset >> mark_first >> (vague_ >> word_end)[set_vague])
  | (reset >> mark_first >> (time_unit_ >> word_end)[set_dual_duration])
  | (reset >> x3::omit[for_word_ >> word_end] >> sp >> mark_first >> (single_unit_ >> word_end)[set_one_unit]
           >> -(sp >> whole_ >> word_end))
  | (reset >> -lit_li >> mark_first >> (single_unit_ >> word_end)[set_one_unit] >> sp >> whole_ >> word_end);

x3::rule<class entry, ast::Quantity> const entry = "entry";
auto const set_body = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };
auto const entry_def = (conj >> prep >> body[set_body]) | ((conj | prep) >> body[set_body]) | body[set_body];

BOOST_SPIRIT_DEFINE(body, entry)

}  // namespace quantity_detail

quantity_type const quantity_rule = "quantity";
auto const quantity_rule_def = mark_begin >> quantity_detail::entry[([](auto& ctx) {
  auto& q = x3::_val(ctx);
  const char* begin = q.begin;
  q = std::move(x3::_attr(ctx));
  q.begin = begin;
  q.end = match_end(ctx);
})];
BOOST_SPIRIT_DEFINE(quantity_rule)

quantity_type const& quantity() { return quantity_rule; }

}  // namespace mizan::grammar
