#pragma once
// Pieces shared by the rule definitions: word boundaries, spaces, clitics and symbol tables
// loaded from grammar/lexicon/. Included only by *_def.hpp files.
#include <boost/spirit/home/x3.hpp>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <type_traits>

#include <boost/variant/apply_visitor.hpp>

#include "grammar/lexicon.hpp"
#include "text/fold.hpp"

namespace mizan::grammar {
namespace x3 = boost::spirit::x3;

// Succeeds, consuming nothing, where a word ends in folded text.
struct WordEnd : x3::parser<WordEnd> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    return first == last || !is_word_byte(static_cast<unsigned char>(*first));
  }
};
constexpr WordEnd word_end{};

// Zero-width: stores where it stands into a field of the enclosing rule's value. Boost 1.74's
// _where() gives only the end of a match (the rest of the input), so a rule marks its own begin.
template <typename Field>
struct Mark : x3::parser<Mark<Field>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  Field field;
  constexpr explicit Mark(Field f) : field(f) {}
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const&, RCtx& rule_value, Attr&) const {
    field(rule_value) = first;
    return true;
  }
};
template <typename Field>
constexpr Mark<Field> mark(Field f) { return Mark<Field>(f); }
// The match's begin, into .begin of the rule's value; and into .first.begin.
auto const mark_begin = mark([](auto& v) -> auto& { return v.begin; });
auto const mark_first = mark([](auto& v) -> auto& { return v.first.begin; });
// The end of the match an action is attached to.
template <typename Ctx>
auto match_end(Ctx const& ctx) { return x3::_where(ctx).begin(); }

// The largest power of a thousand a value is a multiple of, up to 10^15 (1 when none): the scale a
// number's last group was named with (5,000,000 → 1,000,000; 5,600 → 1,000; 56 → 1).
inline double last_scale(double v) {
  double scale = 1;
  while (scale < 1e15 && std::fmod(v, scale * 1000) == 0) scale *= 1000;
  return scale;
}

// An ASCII digit. Not x3::digit: its standard encoding asks std::isdigit of every byte, and a
// UTF-8 byte above 0x7F is a negative char, which isdigit may not be given (Boost asserts it when
// assertions are on).
auto const ascii_digit = x3::char_('0', '9');

// Spaces between words of one phrase.
auto const sp = x3::omit[+x3::lit(' ')];
// The conjunction و before the next part of a number ("خمسة وعشرون"), with or without a space.
auto const and_ = x3::omit[+x3::lit(' ') >> x3::lit("\xd9\x88") >> *x3::lit(' ')];

// Symbol table of lexicon file `file`: the rows for which `value(row)` gives a value.
template <typename T, typename F>
x3::symbols<T> lexicon_symbols(const char* file, F value) {
  x3::symbols<T> table;
  for (const lexicon::Row& row : lexicon::rows(file)) {
    if (auto v = value(row)) table.add(row.form, *v);
  }
  return table;
}

// The value of a numeric attribute, also when X3 made it a variant of alternatives' doubles.
template <typename T>
double as_double(T const& v) {
  if constexpr (std::is_arithmetic_v<T>) {
    return static_cast<double>(v);
  } else {
    return boost::apply_visitor([](auto const& x) { return as_double(x); }, v);
  }
}

inline std::optional<double> to_double(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return std::strtod(std::string(s).c_str(), nullptr);
}

// The numbers.tsv rows of one role, as values.
inline x3::symbols<double> number_words(const char* role) {
  return lexicon_symbols<double>("numbers", [role](const lexicon::Row& r) -> std::optional<double> {
    if (r.field(1) != role) return std::nullopt;
    return to_double(r.field(0));
  });
}
inline x3::symbols<double> ordinal_words(const char* role) {
  return lexicon_symbols<double>("ordinals", [role](const lexicon::Row& r) -> std::optional<double> {
    if (r.field(1) != role) return std::nullopt;
    return to_double(r.field(0));
  });
}
// The grammar_words.tsv rows of one role, with their values.
inline x3::symbols<int> grammar_words(const char* role) {
  return lexicon_symbols<int>("grammar_words", [role](const lexicon::Row& r) -> std::optional<int> {
    if (r.field(0) != role) return std::nullopt;
    return std::atoi(std::string(r.field(1)).c_str());
  });
}
inline x3::symbols<std::string> string_words(const char* file, std::size_t column) {
  return lexicon_symbols<std::string>(file, [column](const lexicon::Row& r) -> std::optional<std::string> {
    return std::string(r.field(column));
  });
}

}  // namespace mizan::grammar
