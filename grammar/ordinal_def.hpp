#pragma once
#include "grammar/common.hpp"
#include "grammar/numeral.hpp"
#include "grammar/ordinal.hpp"

namespace mizan::grammar {

namespace ordinal_detail {

auto const set = [](auto& ctx) { x3::_val(ctx) = as_double(x3::_attr(ctx)); };
auto const add = [](auto& ctx) { x3::_val(ctx) += as_double(x3::_attr(ctx)); };
auto const set_value = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx).value; };
auto const set_number = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.value = as_double(x3::_attr(ctx));
  v.end = match_end(ctx);
};

x3::symbols<double> const unit_ = ordinal_words("unit");
x3::symbols<double> const teen_unit_ = ordinal_words("teen_unit");
x3::symbols<double> const ten_ = ordinal_words("ten");
x3::symbols<double> const teen_tail_ = ordinal_words("teen_tail");
x3::symbols<double> const tens_ = ordinal_words("tens");
x3::symbols<double> const hundred_ = ordinal_words("hundred");
x3::symbols<double> const big_ = ordinal_words("big");
x3::symbols<double> const big_tail_ = ordinal_words("big_tail");
auto const add_value = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx).value; };

template <typename Table>
auto word(Table const& t) { return t >> word_end; }

auto const the = x3::lit("\xd8\xa7\xd9\x84");  // ال

x3::rule<class ordinal_value, double> const ordinal_value = "ordinal_value";
auto const ordinal_value_def =
    // المائة وواحد، الألف وتسعمائة وتسعة وتسعون: the article on the hundreds or thousands, the rest cardinal
    (word(big_)[set] >> -(and_ >> numeral()[add_value]))
  | (word(big_tail_)[set] >> and_ >> numeral()[add_value])
  | (word(unit_) | word(teen_unit_))[set] >> sp >> word(teen_tail_)[add]
  | (word(unit_) | word(teen_unit_))[set] >> and_ >> word(tens_)[add]
  | word(tens_)[set]
  | word(ten_)[set]
  | word(hundred_)[set]
  | word(unit_)[set]
  | (the >> *x3::lit('-') >> integer())[set_value];
BOOST_SPIRIT_DEFINE(ordinal_value)

}  // namespace ordinal_detail

ordinal_type const ordinal_rule = "ordinal";
auto const ordinal_rule_def = mark_begin >> ordinal_detail::ordinal_value[ordinal_detail::set_number];
BOOST_SPIRIT_DEFINE(ordinal_rule)

ordinal_type const& ordinal() { return ordinal_rule; }

}  // namespace mizan::grammar
