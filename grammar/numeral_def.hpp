#pragma once
#include "grammar/common.hpp"
#include "grammar/numeral.hpp"

namespace mizan::grammar {

// Digits with thousands separators and a decimal part: 15000, 15,000, 1.500.000, 15 000, 2.5, 1,5.
// A comma or a single dot followed by exactly three digits groups thousands; otherwise it is the
// decimal separator (Arabic ، and ٫ are folded to , and .).
struct DigitNumber : x3::parser<DigitNumber> {
  using attribute_type = double;
  static bool const has_attribute = true;

  static bool digit(char c) { return c >= '0' && c <= '9'; }

  template <typename It>
  static int run(It p, It const& last) {  // length of the digit run at p
    int n = 0;
    while (p != last && digit(*p)) ++p, ++n;
    return n;
  }

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    It p = first;
    const int lead = run(p, last);
    if (lead == 0) return false;
    double value = 0;
    for (int i = 0; i < lead; ++i, ++p) value = value * 10 + (*p - '0');
    if (lead <= 3) {
      // Thousands groups: the same separator each time, three digits each, then no digit.
      for (char sep : {',', '.', ' '}) {
        It q = p;
        int groups = 0;
        double grouped = value;
        while (q != last && *q == sep && std::next(q) != last && run(std::next(q), last) == 3) {
          ++q;
          for (int i = 0; i < 3; ++i, ++q) grouped = grouped * 10 + (*q - '0');
          ++groups;
        }
        // One dot group is a decimal (2.500); one comma or space group is thousands.
        if (groups >= 2 || (groups == 1 && sep != '.')) {
          p = q;
          value = grouped;
          break;
        }
      }
    }
    if (p != last && (*p == '.' || *p == ',') && std::next(p) != last && digit(*std::next(p))) {
      It q = std::next(p);
      double scale = 0.1;
      while (q != last && digit(*q)) {
        value += (*q - '0') * scale;
        scale /= 10;
        ++q;
      }
      // 192.168.1.2, 14.11.2024: not one number.
      if (q != last && (*q == '.' || *q == ',') && std::next(q) != last && digit(*std::next(q)) &&
          *q == *p)
        return false;
      p = q;
    }
    if (p != last && digit(*p)) return false;
    x3::traits::move_to(value, attr);
    first = p;
    return true;
  }
};
constexpr DigitNumber digit_number{};

struct PlainDigits : x3::parser<PlainDigits> {
  using attribute_type = double;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    It p = first;
    double value = 0;
    int n = 0;
    while (p != last && *p >= '0' && *p <= '9' && n < 15) value = value * 10 + (*p++ - '0'), ++n;
    if (n == 0 || (p != last && *p >= '0' && *p <= '9')) return false;
    x3::traits::move_to(value, attr);
    first = p;
    return true;
  }
};
constexpr PlainDigits plain_digits{};

namespace numeral_detail {

auto const set = [](auto& ctx) { x3::_val(ctx) = as_double(x3::_attr(ctx)); };
auto const add = [](auto& ctx) { x3::_val(ctx) += as_double(x3::_attr(ctx)); };
auto const mul = [](auto& ctx) { x3::_val(ctx) *= as_double(x3::_attr(ctx)); };
auto const set_number = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.value = as_double(x3::_attr(ctx));
  v.end = match_end(ctx);
};

x3::symbols<double> const zero_ = number_words("zero");
x3::symbols<double> const unit_ = number_words("unit");
x3::symbols<double> const unit_fraction_ = number_words("unit_fraction");
x3::symbols<double> const teen_unit_ = number_words("teen_unit");
x3::symbols<double> const ten_ = number_words("ten");
x3::symbols<double> const teen_tail_ = number_words("teen_tail");
x3::symbols<double> const tens_ = number_words("tens");
x3::symbols<double> const hundred_ = number_words("hundred");
x3::symbols<double> const scale_ = number_words("scale");
x3::symbols<double> const scale_plural_ = number_words("scale_plural");
x3::symbols<double> const scale_dual_ = number_words("scale_dual");

auto const the = x3::lit("\xd8\xa7\xd9\x84");  // ال

// خمس before a definite noun is a fifth (خمس السكان), not five.
auto const unit = (unit_ >> word_end) | (unit_fraction_ >> word_end >> !(sp >> the));
auto const any_unit = (unit_ | unit_fraction_) >> word_end;
auto const teen_first = (unit_ | unit_fraction_ | teen_unit_) >> word_end;
auto const any_scale = (scale_ | scale_plural_) >> word_end;

x3::rule<class below_100, double> const below_100 = "below_100";
x3::rule<class below_1000, double> const below_1000 = "below_1000";
x3::rule<class group, double> const group = "group";
x3::rule<class word_number, double> const word_number = "word_number";
x3::rule<class digit_numeral, double> const digit_numeral = "digit_numeral";

auto const below_100_def =
    (any_unit[set] >> and_ >> (tens_ >> word_end)[add])
  | (teen_first[set] >> sp >> (teen_tail_ >> word_end)[add])
  | (tens_ >> word_end)[set]
  | (ten_ >> word_end)[set]
  | unit[set]
  | (zero_ >> word_end)[set];

auto const below_1000_def = ((hundred_ >> word_end)[set] >> -(and_ >> below_100[add])) | below_100[set];

auto const group_def =
    (below_1000[set] >> -(sp >> any_scale[mul]))
  | (scale_dual_ >> word_end)[set]
  | (scale_ >> word_end)[set];

auto const word_number_def = group[set] >> *(and_ >> group[add]);

auto const digit_numeral_def = digit_number[set] >> -(*x3::lit(' ') >> any_scale[mul]);

BOOST_SPIRIT_DEFINE(below_100, below_1000, group, word_number, digit_numeral)

}  // namespace numeral_detail

numeral_type const numeral_rule = "numeral";
auto const numeral_rule_def = mark_begin >> (numeral_detail::digit_numeral | numeral_detail::word_number)[numeral_detail::set_number];

integer_type const integer_rule = "integer";
auto const integer_rule_def = mark_begin >> plain_digits[numeral_detail::set_number];

BOOST_SPIRIT_DEFINE(numeral_rule, integer_rule)

numeral_type const& numeral() { return numeral_rule; }
integer_type const& integer() { return integer_rule; }

}  // namespace mizan::grammar
