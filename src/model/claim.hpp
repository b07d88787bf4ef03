#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/document.hpp"
#include "model/shared_text.hpp"

namespace mizan {

enum class Kind : std::uint8_t { count, vague, ordinal, date, duration, percent, money, reference };
enum class Qualifier : std::uint8_t { exact, about, at_least, at_most, range, vague, identifier };
// How a claim is linked to others of the same document: a breakdown's total and parts, an
// exchange's two sides.
// partial_total: a breakdown's total whose parts are said to be only some of it ("غالبية الوفيات في
// ..."): their sum may fall short of it.
enum class Role : std::uint8_t { none, total, part, side_a, side_b, partial_total };

std::string_view to_string(Kind k);
std::string_view to_string(Qualifier q);
std::string_view to_string(Role r);
std::optional<Kind> kind_from_string(std::string_view s);
std::optional<Qualifier> qualifier_from_string(std::string_view s);
Role role_from_string(std::string_view s);

struct Claim {
  Kind kind = Kind::count;
  double lo = 0, hi = 0;  // the value interval; for kind date, days since 1970-01-01
  Qualifier qualifier = Qualifier::exact;
  std::string counted;   // class ("fighters") or the folded noun when the lexicon has no class
  std::string actor;     // canonical organisation
  std::string location;  // canonical place
  std::string event;     // for ordinals/dates: the series ("astana")
  DateRange time;        // when the claim holds
  DateRange date_value;  // for kind date: the date itself, with its precision
  std::string said_by;
  std::uint32_t sentence = 0;
  Span number_span;  // the number as written, in the original text
  Span claim_span;   // the whole claim
  std::int32_t group = -1;  // claims of one breakdown/exchange share a group within the document
  Role role = Role::none;
  std::string subject_key;
  std::string excerpt;  // original text of claim_span
};

// "15000", "1.5", "10..15", an ISO date or date range for kind date.
std::string format_value(const Claim& c);
std::string format_number(double v);
// `v` with `decimals` digits after the point, as printf's "%.*f" writes it, digit for digit
// (std::to_chars: no format parsed; a report writes hundreds of thousands of numbers).
std::string format_fixed(double v, int decimals);

}  // namespace mizan

namespace mizan {

// A claim as read back from the store, with what the comparator and reports need of its document.
struct StoredClaim {
  std::int64_t id = 0;
  std::int64_t document_id = 0;
  std::string document;  // the document's name
  std::string outlet;
  DateRange published;
  std::string url;
  SharedText sentence_text;  // the original sentence, shared by the claims it holds
  Span sentence_span;         // in the document's text
  Claim claim;
};

}  // namespace mizan
