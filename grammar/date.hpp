#pragma once
// date: calendar dates and relative time words — day month year with Egyptian, Levantine and
// Maghrebi month names and Hijri months, numeric dates, day ranges (7-8 من يوليو، يومي 14 و15 تموز،
// الرابع والخامس من تموز), months relative to the publication (يوليو الجاري، الشهر الماضي), years
// (عام 2017) and relative words (اليوم، أمس، العام الماضي).
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace mizan::grammar {

struct date_class;
using date_type = x3::rule<date_class, ast::DateExpr>;
BOOST_SPIRIT_DECLARE(date_type)
date_type const& date();

}  // namespace mizan::grammar
