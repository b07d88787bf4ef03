#pragma once
#include <cmath>

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
    // ".77": a decimal without its leading zero.
    if (p != last && *p == '.' && std::next(p) != last && digit(*std::next(p))) {
      ++p;
      double value = 0, scale = 0.1;
      while (p != last && digit(*p)) value += (*p++ - '0') * scale, scale /= 10;
      if (p != last && (*p == '.' || *p == ',') && std::next(p) != last && digit(*std::next(p))) return false;
      x3::traits::move_to(value, attr);
      first = p;
      return true;
    }
    const int lead = run(p, last);
    if (lead == 0) return false;
    double value = 0;
    for (int i = 0; i < lead; ++i, ++p) value = value * 10 + (*p - '0');
    if (jordanian(p, last, lead, value)) {
      x3::traits::move_to(value, attr);
      first = p;
      return true;
    }
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

  // "21ر1", as Jordan's press writes decimals: the digits after ر are the whole part and those
  // before it the fraction, 1.21. Only a plain run of one to three digits before ر.
  template <typename It>
  static bool jordanian(It& p, It const& last, int lead, double& value) {
    if (lead > 3 || p == last || static_cast<unsigned char>(*p) != 0xd8) return false;
    It r = std::next(p);
    if (r == last || static_cast<unsigned char>(*r) != 0xb1) return false;
    It q = std::next(r);
    const int whole_digits = run(q, last);
    if (whole_digits == 0 || whole_digits > 9) return false;
    It after = q;
    std::advance(after, whole_digits);
    if (after != last && is_word_byte(static_cast<unsigned char>(*after))) return false;
    double whole = 0;
    for (; q != after; ++q) whole = whole * 10 + (*q - '0');
    value = whole + value / std::pow(10.0, lead);
    p = after;
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
auto const negate = [](auto& ctx) { x3::_val(ctx) = -as_double(x3::_attr(ctx)); };
auto const reciprocal = [](auto& ctx) { x3::_val(ctx) = 1.0 / as_double(x3::_attr(ctx)); };
// "واحد فاصل خمسة": the digits after the decimal word, as a fraction (5 → .5, 25 → .25).
auto const add_decimals = [](auto& ctx) {
  double d = as_double(x3::_attr(ctx));
  double scale = 1;
  while (scale <= d) scale *= 10;
  x3::_val(ctx) += d / scale;
};
auto const set_number = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.value = as_double(x3::_attr(ctx));
  v.end = match_end(ctx);
};

x3::symbols<double> const zero_ = number_words("zero");
x3::symbols<double> const unit_ = number_words("unit");
x3::symbols<double> const unit_fraction_ = number_words("unit_fraction");
x3::symbols<double> const teen_unit_ = number_words("teen_unit");
x3::symbols<double> const teen_ = number_words("teen");
x3::symbols<double> const ten_ = number_words("ten");
x3::symbols<double> const teen_tail_ = number_words("teen_tail");
x3::symbols<double> const tens_ = number_words("tens");
x3::symbols<double> const hundred_ = number_words("hundred");
x3::symbols<double> const hundred_word_ = number_words("hundred_word");
x3::symbols<double> const scale_ = number_words("scale");
x3::symbols<double> const scale_plural_ = number_words("scale_plural");
x3::symbols<double> const scale_dual_ = number_words("scale_dual");
x3::symbols<double> const fraction_ = number_words("fraction");
x3::symbols<double> const denominator_plural_ = number_words("denominator_plural");
x3::symbols<double> const minus_ = number_words("minus");
x3::symbols<double> const decimal_point_ = number_words("decimal_point");

auto const the = x3::lit("\xd8\xa7\xd9\x84");  // ال

// Each table with its own word end: a symbol table matches its longest entry only, so "مليارات"
// must be tried in scale_plural_ after "مليار" of scale_ fails at the word end.
template <typename Table>
auto word(Table const& t) { return t >> word_end; }

// خمس before a definite noun is a fifth (خمس السكان), not five.
auto const unit = word(unit_) | (word(unit_fraction_) >> !(sp >> the));
auto const any_unit = word(unit_) | word(unit_fraction_);
auto const teen_first = word(unit_) | word(unit_fraction_) | word(teen_unit_);
auto const any_scale = word(scale_) | word(scale_plural_);

x3::rule<class below_100, double> const below_100 = "below_100";
x3::rule<class hundreds, double> const hundreds = "hundreds";
x3::rule<class below_1000, double> const below_1000 = "below_1000";
x3::rule<class group, double> const group = "group";
x3::rule<class word_number, double> const word_number = "word_number";
x3::rule<class digit_numeral, double> const digit_numeral = "digit_numeral";
x3::rule<class fraction, double> const fraction = "fraction";
x3::rule<class unsigned_numeral, double> const unsigned_numeral = "unsigned_numeral";
x3::rule<class signed_numeral, double> const signed_numeral = "signed_numeral";

auto const below_100_def =
    (any_unit[set] >> and_ >> word(tens_)[add])
  | (teen_first[set] >> sp >> word(teen_tail_)[add])
  | word(teen_)[set]
  | word(tens_)[set]
  | word(ten_)[set]
  | unit[set]
  | word(zero_)[set];

// ثلاثمائة، ثلاث مئة، and the spelling "ثلاثة مائة" (CLDR's).
auto const hundreds_def = word(hundred_)[set] | (any_unit[set] >> sp >> word(hundred_word_)[mul]);

// "خمسمية خمسة و عشرين": Egyptian speech drops the و after the hundreds.
auto const below_1000_def = (hundreds[set] >> -((and_ | sp) >> below_100[add])) | below_100[set];

x3::symbols<double> const scale_dual_construct_ = number_words("scale_dual_construct");
auto const lit_min = x3::lit("\xd9\x85\xd9\x86");  // من
auto const lit_waw = x3::lit("\xd9\x88");  // و
auto const group_def =
    (below_1000[set] >> -(sp >> any_scale[mul]))
  | word(scale_dual_)[set]
    // "ألفا ريال": a dual before its noun is 2000; "ألفا" alone, before من or before و and a number
    // ("مليونا و622 ألفا": 1,622,000) is the accusative of one.
  | (word(scale_dual_construct_)[set] >> &(sp >> !(lit_min >> word_end) >> !(lit_waw >> -x3::lit(' ') >> (ascii_digit | below_1000)) >>
                                           x3::char_('\xd8', '\xdb')))
  | word(scale_)[set]
    // "تجاوز عدد القتلى الثلاثة آلاف", "المصابين الخمسة آلاف وستمئة": the article on the units
    // before a plural scale (the three thousand) is 3000; alone ("الدول الخمس") it is no number.
  | (the >> any_unit[set] >> sp >> word(scale_plural_)[mul]);

// و joins a smaller group to thousands or more (ألف وخمسمائة، مليون وألفان); "عشرة و خمسة عشر" is
// two numbers (a range's ends), not 25.
// A larger scaled group after thousands multiplies the whole: "ألف ومائة وسبعة وأربعين مليارًا" is
// 1147 billion, "ألف وخمسمائة مليون" 1500 million (the style of budget decrees).
auto const add_smaller = [](auto& ctx) {
  const double v = as_double(x3::_attr(ctx));
  double& val = x3::_val(ctx);
  if (val >= 1000 && v < val) {
    val += v;
    return;
  }
  const double scale = last_scale(v);
  if (val >= 1000 && val < 1e6 && scale > val && v / scale >= 2 && v / scale < 1000 && std::fmod(val, 1) == 0) val = (val + v / scale) * scale;
  else x3::_pass(ctx) = false;
};
// Digits glued to a Latin letter (1M, 3D, F16's tail) are a code, not a number.
auto const latin = x3::char_('a', 'z');
auto const digit_group = digit_number[set] >> !latin >> -(*x3::lit(' ') >> any_scale[mul]);
x3::rule<class digit_part, double> const digit_part = "digit_part";
auto const digit_part_def = digit_group;

// A fraction of the last scale named, after و: "مليون ونصف المليون" is 1,500,000, "ثلاثة ملايين
// ونصف" 3,500,000, "ألف وربع" 1250 (the scale may be said again with the article). Not after a
// number below a thousand: "خمسة ونصف" stays five.
auto const add_fraction_of_scale = [](auto& ctx) {
  double& val = x3::_val(ctx);
  const double scale = last_scale(val);
  if (!(x3::_pass(ctx) = scale >= 1000)) return;
  val += as_double(x3::_attr(ctx)) * scale;
};
auto const scale_fraction = and_ >> word(fraction_)[add_fraction_of_scale] >> -(sp >> the >> any_scale);

// Words, then smaller groups in words or digits: "ألف و301" is 1301, "مليونين و704 آلاف و155" is
// 2704155.
auto const word_number_def = group[set] >> *(and_ >> (group | digit_part)[add_smaller]) >> -scale_fraction;

// "17 مليون و383 ألفا و117", "٣ تريليونات و٨٧٠ مليار": after a group with its multiplier, و adds
// smaller digit groups (a bare "1500 و200" stays two numbers).
x3::rule<class scaled_digits, double> const scaled_digits = "scaled_digits";
auto const scaled_digits_def = digit_number[set] >> !latin >> *x3::lit(' ') >> any_scale[mul];
// Without و, a space joins a group below the last scale named, scaled itself or of three digits:
// "39 مليون 702 الف 457" is 39702457 ("5 آلاف 3000" and "1.172 تريليون 2025" stay two numbers).
auto const add_below_scale = [](auto& ctx) {
  const double v = as_double(x3::_attr(ctx)), total = x3::_val(ctx);
  const double scale = last_scale(total);
  if (scale >= 1000 && v < scale) x3::_val(ctx) += v;
  else x3::_pass(ctx) = false;
};
auto const three_digits = x3::uint_parser<unsigned, 10, 3, 3>() >> !ascii_digit >> !latin >> !(x3::char_(".,") >> ascii_digit);
auto const digit_numeral_def =
    (scaled_digits[set] >> *((and_ >> digit_part[add_smaller]) | (sp >> (scaled_digits | three_digits)[add_below_scale])) >> -scale_fraction) |
    digit_group;

// نصف، ربع، ثلث; خمس السكان (a fifth); خمسة أثمان (five eighths).
auto const fraction_def =
    (any_unit[set] >> sp >> word(denominator_plural_)[mul])
  | word(fraction_)[set]
  | (word(unit_fraction_) >> &(sp >> the))[reciprocal];

// A number and its decimals in words: "واحد فاصل خمسة", "1 فاصلة 1".
auto const unsigned_numeral_def =
    fraction[set]
  | (digit_numeral | word_number)[set] >> -(sp >> x3::omit[word(decimal_point_)] >> sp >> (plain_digits | below_1000)[add_decimals]);

auto const signed_numeral_def =
    (x3::omit[word(minus_)] >> sp >> unsigned_numeral)[negate]
  | (x3::lit('-') >> &ascii_digit >> digit_numeral)[negate]
  | unsigned_numeral[set];

BOOST_SPIRIT_DEFINE(scaled_digits, digit_part)
BOOST_SPIRIT_DEFINE(below_100, hundreds, below_1000, group, word_number, digit_numeral, fraction,
                    unsigned_numeral, signed_numeral)

}  // namespace numeral_detail

numeral_type const numeral_rule = "numeral";
auto const numeral_rule_def = mark_begin >> numeral_detail::signed_numeral[numeral_detail::set_number];

integer_type const integer_rule = "integer";
auto const integer_rule_def = mark_begin >> plain_digits[numeral_detail::set_number];

BOOST_SPIRIT_DEFINE(numeral_rule, integer_rule)

numeral_type const& numeral() { return numeral_rule; }
integer_type const& integer() { return integer_rule; }

}  // namespace mizan::grammar
