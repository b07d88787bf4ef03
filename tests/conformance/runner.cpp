// The conformance runner: feeds the Arabic test data of other projects (tests/data/conformance/,
// see SOURCES.md there) through extract::numbers_in — what `mizan numbers` prints — and compares
// kind and value. Prints, per file and group, passed/total and the first failures; exits 1 when a
// group falls below its floor in floors.tsv.
//
//   mizan_conformance DATA_DIR [--failures N] [--file NAME] [--group NAME]
//
// Rows upstream itself does not check are skipped (Recognizers-Text: IgnoreResolution, and
// NotSupported naming dotnet; num2words and CLDR: rows marked suspect). Rows of a class that mizan
// reads otherwise by design are listed in expected_differences.tsv with the reason, by rule (a note
// key or the group), never by input.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extract.hpp"
#include "model/date.hpp"
#include "text/fold.hpp"

namespace {

using mizan::DateRange;
using mizan::extract::NumberHit;

struct Row {
  std::string input, matched, expected;
  std::map<std::string, std::string> notes;
  int line = 0;
  bool has(const std::string& k) const { return notes.count(k) != 0; }
  std::string note(const std::string& k) const {
    auto it = notes.find(k);
    return it == notes.end() ? "" : it->second;
  }
};

std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t at = s.find(sep, pos);
    out.push_back(s.substr(pos, at == std::string::npos ? at : at - pos));
    if (at == std::string::npos) return out;
    pos = at + sep.size();
  }
}

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char c = s[++i];
      out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<Row> read_rows(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<Row> rows;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (++n == 1) continue;  // header
    const auto cells = split(line, "\t");
    if (cells.size() < 4) continue;
    Row r;
    r.input = unescape(cells[0]);
    r.matched = unescape(cells[1]);
    r.expected = unescape(cells[2]);
    r.line = n;
    for (const std::string& kv : split(cells[3], "; ")) {
      const auto eq = kv.find('=');
      if (eq == std::string::npos) r.notes[kv] = "";
      else r.notes[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

// ---- values ---------------------------------------------------------------------------------------

std::optional<double> number(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size()) return std::nullopt;
  return v;
}

bool same(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

// A value as mizan prints it: "15000", "~15000", ">=30", "<=100", "10..15", "-5", with an optional
// " UNIT" after it (money, durations).
struct Interval {
  std::optional<double> lo, hi;  // nullopt: unbounded
  std::string unit;
};

std::optional<Interval> parse_mizan_value(std::string v) {
  Interval r;
  if (auto sp = v.find(' '); sp != std::string::npos) {
    r.unit = v.substr(sp + 1);
    v = v.substr(0, sp);
  }
  if (v.rfind("~", 0) == 0) v = v.substr(1);
  if (v.rfind(">=", 0) == 0) {
    r.lo = number(v.substr(2));
    return r.lo ? std::optional<Interval>(r) : std::nullopt;
  }
  if (v.rfind("<=", 0) == 0) {
    r.hi = number(v.substr(2));
    return r.hi ? std::optional<Interval>(r) : std::nullopt;
  }
  if (auto dd = v.find(".."); dd != std::string::npos) {
    r.lo = number(v.substr(0, dd));
    r.hi = number(v.substr(dd + 2));
  } else {
    r.lo = r.hi = number(v);
  }
  if (!r.lo || !r.hi) return std::nullopt;
  return r;
}

// Recognizers' "[20,30)", "(,100]", "[30,)"; Duckling's "10-20", "<7", ">3.42"; a plain number.
// Open and closed ends are not told apart: mizan's qualifiers are at_least / at_most.
std::optional<Interval> parse_expected_interval(const std::string& s) {
  Interval r;
  if (!s.empty() && (s[0] == '[' || s[0] == '(')) {
    const auto comma = s.find(',');
    if (comma == std::string::npos) return std::nullopt;
    const std::string a = s.substr(1, comma - 1), b = s.substr(comma + 1, s.size() - comma - 2);
    if (!a.empty()) r.lo = number(a);
    if (!b.empty()) r.hi = number(b);
    return r;
  }
  if (!s.empty() && s[0] == '<') {
    r.hi = number(s.substr(1));
    return r;
  }
  if (!s.empty() && s[0] == '>') {
    r.lo = number(s.substr(1));
    return r;
  }
  if (auto dash = s.find('-', 1); dash != std::string::npos) {
    r.lo = number(s.substr(0, dash));
    r.hi = number(s.substr(dash + 1));
    if (r.lo && r.hi) return r;
  }
  r.lo = r.hi = number(s);
  if (!r.lo) return std::nullopt;
  return r;
}

bool same_interval(const Interval& a, const Interval& b) {
  auto eq = [](const std::optional<double>& x, const std::optional<double>& y) {
    return x.has_value() == y.has_value() && (!x || same(*x, *y));
  };
  return eq(a.lo, b.lo) && eq(a.hi, b.hi);
}

// ---- dates ----------------------------------------------------------------------------------------

std::int32_t days(int y, int m, int d) { return mizan::days_from_civil(y, m, d); }

// "2013-02-12T04:30:00" or "2013-02-12": the day.
std::optional<std::int32_t> iso_day(const std::string& s) {
  int y, m, d;
  if (std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return std::nullopt;
  return days(y, m, d);
}

bool has_time(const std::string& s) {
  const auto t = s.find('T');
  return t != std::string::npos && s.compare(t, 9, "T00:00:00") != 0;
}

struct ExpectedDate {
  std::int32_t lo = 0, hi = -1;
  bool any_year = false;  // Recognizers' XXXX-MM-DD and XXXX-MM: the year is not asserted
  int month = 0, day = 0;  // day 0: the whole month; month 0 with a day: that day of any month
  int month_hi = 0;        // a season of any year: months month..month_hi (winter wraps)
  bool end_either = false;  // a timex range: its end may be given inclusive or exclusive
};

// Duckling: an instant at the start of its grain, or an interval "a/b" with an exclusive end.
std::optional<ExpectedDate> duckling_date(const Row& r) {
  ExpectedDate e;
  const std::string grain = r.note("grain");
  if (r.note("kind") == "interval") {
    const auto parts = split(r.expected, "/");
    if (parts.size() != 2) return std::nullopt;
    auto a = iso_day(parts[0]), b = iso_day(parts[1]);
    if (!a || !b) return std::nullopt;
    e.lo = *a;
    e.hi = has_time(parts[1]) ? *b : *b - 1;
    return e;
  }
  auto a = iso_day(r.expected);
  if (!a) return std::nullopt;
  const mizan::Ymd ymd = mizan::civil_from_days(*a);
  e.lo = *a;
  if (grain == "day") e.hi = *a;
  else if (grain == "week") e.hi = *a + 6;
  else if (grain == "month") e.hi = days(ymd.year, ymd.month, mizan::days_in_month(ymd.year, ymd.month));
  else if (grain == "year") e.hi = days(ymd.year, 12, 31);
  else return std::nullopt;
  return e;
}

// Recognizers' timex: 2016-11-07, XXXX-10-02, 2016-11, 2016, 2016-W46, (a,b,PnD).
std::optional<ExpectedDate> timex_date(const std::string& t) {
  ExpectedDate e;
  int y, m, d, w;
  if (!t.empty() && t[0] == '(') {
    const auto parts = split(t.substr(1, t.size() - 2), ",");
    if (parts.size() < 2) return std::nullopt;
    auto a = timex_date(parts[0]), b = timex_date(parts[1]);
    if (!a || !b || a->any_year || b->any_year) return std::nullopt;
    e.lo = a->lo;
    e.hi = b->lo;
    e.end_either = true;
    return e;
  }
  if (t.find('T') != std::string::npos) return std::nullopt;
  // Seasons (SP, SU, FA, WI, with or without a year): upstream gives no dates for them; they are
  // scored as their northern meteorological months, the months mizan gives a season (spring March
  // to May ... winter December to February, winter of a year beginning in its December).
  static const std::pair<const char*, std::pair<int, int>> seasons[] = {
      {"SP", {3, 5}}, {"SU", {6, 8}}, {"FA", {9, 11}}, {"WI", {12, 2}}};
  for (const auto& [code, months] : seasons) {
    if (t == code) {
      e.any_year = true;
      e.month = months.first;
      e.month_hi = months.second;
      return e;
    }
    if (t.size() == 7 && t.compare(5, 2, code) == 0 && std::sscanf(t.c_str(), "%d-", &y) == 1) {
      const int y2 = months.second < months.first ? y + 1 : y;
      e.lo = days(y, months.first, 1);
      e.hi = days(y2, months.second, mizan::days_in_month(y2, months.second));
      return e;
    }
  }
  if (t.size() == 10 && t.rfind("XXXX-XX-", 0) == 0 && std::sscanf(t.c_str() + 8, "%d", &d) == 1) {
    e.any_year = true;
    e.day = d;
    return e;
  }
  if (t.size() == 10 && t.rfind("XXXX-", 0) == 0 && std::sscanf(t.c_str() + 5, "%d-%d", &m, &d) == 2) {
    e.any_year = true;
    e.month = m;
    e.day = d;
    return e;
  }
  if (t.size() == 7 && t.rfind("XXXX-", 0) == 0 && std::sscanf(t.c_str() + 5, "%d", &m) == 1) {
    e.any_year = true;
    e.month = m;
    return e;
  }
  if (t.size() == 10 && std::sscanf(t.c_str(), "%d-%d-%d", &y, &m, &d) == 3) {
    e.lo = e.hi = days(y, m, d);
    return e;
  }
  if (t.size() == 8 && std::sscanf(t.c_str(), "%d-W%d", &y, &w) == 2) {
    const std::int32_t jan4 = days(y, 1, 4);
    const int dow = ((jan4 + 3) % 7 + 7) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
    e.lo = jan4 - dow + 7 * (w - 1);
    e.hi = e.lo + 6;
    return e;
  }
  if (t.size() == 7 && std::sscanf(t.c_str(), "%d-%d", &y, &m) == 2) {
    e.lo = days(y, m, 1);
    e.hi = days(y, m, mizan::days_in_month(y, m));
    return e;
  }
  if (t.size() == 4 && std::sscanf(t.c_str(), "%d", &y) == 1) {
    e.lo = days(y, 1, 1);
    e.hi = days(y, 12, 31);
    return e;
  }
  return std::nullopt;
}

bool date_matches(const ExpectedDate& e, const std::string& mizan_value) {
  const auto r = mizan::parse_iso(mizan_value);
  if (!r || !r->known()) return false;
  if (e.any_year) {
    const mizan::Ymd a = mizan::civil_from_days(r->lo), b = mizan::civil_from_days(r->hi);
    if (e.month_hi) return a.day == 1 && a.month == e.month && b.month == e.month_hi &&
                           b.year == (e.month_hi < e.month ? a.year + 1 : a.year) &&
                           b.day == mizan::days_in_month(b.year, b.month);
    if (e.month == 0) return r->lo == r->hi && a.day == e.day;
    if (e.day == 0) return a.day == 1 && a.month == e.month && b.month == e.month && a.year == b.year &&
                           b.day == mizan::days_in_month(b.year, b.month);
    return r->lo == r->hi && a.month == e.month && a.day == e.day;
  }
  if (r->lo != e.lo) return false;
  return r->hi == e.hi || (e.end_either && r->hi == e.hi - 1);
}

// ---- what each file asks ----------------------------------------------------------------------------

enum class Match { cover, overlap };

struct Case {
  std::string group;  // "" : not scored
  std::vector<std::string> kinds;
  Match match = Match::overlap;
  bool negative = false;
  DateRange reference;
  // The check of one hit's value.
  std::function<bool(const NumberHit&)> value_ok;
};

DateRange day_ref(const std::string& iso) {
  if (auto d = iso_day(iso)) return {*d, *d, mizan::Precision::day};
  return {};
}

// The number itself; a bound mizan reads around it (أكثر من نصف: >=0.5) does not change it.
std::function<bool(const NumberHit&)> number_is(double v) {
  return [v](const NumberHit& h) {
    auto m = parse_mizan_value(h.value);
    if (!m) return false;
    if (m->lo && m->hi) return same(*m->lo, v) && same(*m->hi, v);
    return (m->lo && same(*m->lo, v)) || (m->hi && same(*m->hi, v));
  };
}

std::function<bool(const NumberHit&)> interval_is(Interval e, std::vector<std::string> units = {}) {
  return [e, units](const NumberHit& h) {
    auto m = parse_mizan_value(h.value);
    if (!m || !same_interval(*m, e)) return false;
    if (units.empty()) return true;
    for (const auto& u : units)
      if (m->unit == u) return true;
    return false;
  };
}

std::function<bool(const NumberHit&)> date_is(ExpectedDate e) {
  return [e](const NumberHit& h) { return date_matches(e, h.value); };
}

std::function<bool(const NumberHit&)> duration_is(double n, std::string unit) {
  return [n, unit](const NumberHit& h) {
    auto m = parse_mizan_value(h.value);
    return m && m->lo && m->hi && same(*m->lo, n) && same(*m->hi, n) && m->unit == unit;
  };
}

bool skipped_upstream(const Row& r) {
  return r.has("IgnoreResolution") || r.note("NotSupported").find("dotnet") != std::string::npos ||
         r.has("suspect");
}

std::vector<std::string> currency_codes(const std::string& c) {
  if (c == "Dollar") return {"USD"};
  if (c == "Pound") return {"EGP", "GBP", "LBP", "SYP"};
  if (c == "Cent") return {"cent"};
  return {c};
}

std::optional<Case> classify(const std::string& file, const Row& r) {
  if (skipped_upstream(r)) return std::nullopt;
  Case c;
  const bool negative = r.has("negative") || r.has("no_results");
  c.negative = negative;
  if (file.rfind("duckling_", 0) == 0) {
    c.match = Match::cover;
    c.reference = day_ref("2013-02-12");
    if (file == "duckling_numeral_ar.tsv") {
      c.group = "numeral";
      c.kinds = {"number"};
      auto v = number(r.expected);
      if (!negative && !v) return std::nullopt;
      if (v) c.value_ok = number_is(*v);
    } else if (file == "duckling_ordinal_ar.tsv") {
      c.group = "ordinal";
      c.kinds = {"ordinal"};
      auto v = number(r.expected);
      if (!v) return std::nullopt;
      c.value_ok = number_is(*v);
    } else if (file == "duckling_duration_ar.tsv") {
      c.group = "duration";
      c.kinds = {"duration"};
      const auto p = split(r.expected, " ");
      if (p.size() != 2 || !number(p[0])) return std::nullopt;
      c.value_ok = duration_is(*number(p[0]), p[1]);
    } else if (file == "duckling_money_ar.tsv") {
      c.group = "money";
      c.kinds = {"money"};
      auto e = parse_expected_interval(r.expected);
      if (!e) return std::nullopt;
      c.value_ok = interval_is(*e, currency_codes(r.note("currency")));
    } else if (file == "duckling_time_ar.tsv") {
      c.match = Match::overlap;
      c.kinds = {"date"};
      if (negative) {
        c.group = "date";
        c.kinds = {"date", "time"};
        return c;
      }
      const std::string grain = r.note("grain");
      const bool date_grain = grain == "day" || grain == "week" || grain == "month" || grain == "year";
      c.group = r.has("holiday") ? "holiday" : date_grain ? "date" : "time";
      if (c.group == "time") {
        c.kinds = {"time"};
        c.value_ok = [](const NumberHit&) { return false; };
        return c;
      }
      auto e = duckling_date(r);
      if (!e) return std::nullopt;
      c.value_ok = date_is(*e);
    } else {
      return std::nullopt;
    }
    return c;
  }
  if (file.rfind("recognizers_", 0) == 0) {
    c.reference = day_ref(r.note("ref").empty() ? "2016-11-07" : r.note("ref"));
    if (file == "recognizers_number_ar.tsv") {
      c.group = "number";
      c.kinds = {"number"};
      if (!negative) {
        auto v = number(r.expected);
        if (!v) return std::nullopt;
        c.value_ok = number_is(*v);
      }
    } else if (file == "recognizers_ordinal_ar.tsv") {
      c.group = "ordinal";
      c.kinds = {"ordinal"};
      if (!negative) {
        auto v = number(r.expected);
        if (!v) {
          c.group = "relative-ordinal";
          c.value_ok = [](const NumberHit&) { return false; };
        } else {
          c.value_ok = number_is(*v);
        }
      }
    } else if (file == "recognizers_percent_ar.tsv") {
      c.group = "percent";
      c.kinds = {"percent"};
      if (!negative) {
        std::string e = r.expected;
        if (!e.empty() && e.back() == '%') e.pop_back();
        auto v = number(e);
        if (!v) return std::nullopt;
        c.value_ok = number_is(*v);
      }
    } else if (file == "recognizers_numberrange_ar.tsv") {
      c.group = "numberrange";
      c.kinds = {"number"};
      if (!negative) {
        auto e = parse_expected_interval(r.expected);
        if (!e) return std::nullopt;
        c.value_ok = interval_is(*e);
      } else {
        // No range expected: a plain number is not a range.
        c.value_ok = [](const NumberHit& h) {
          auto m = parse_mizan_value(h.value);
          return m && !(m->lo && m->hi && same(*m->lo, *m->hi));
        };
      }
    } else if (file == "recognizers_datetime_ar.tsv") {
      const std::string spec = r.note("spec");
      const std::string type = r.note("type");
      const bool parser = spec.find("Parser") != std::string::npos;
      if (spec == "DateParser" || spec == "DatePeriodParser") {
        c.kinds = {"date"};
        auto e = timex_date(r.expected);
        c.group = "date";
        if (!e) {
          c.group = r.expected.find('T') != std::string::npos ? "time" : "date-unresolvable";
          c.value_ok = [](const NumberHit&) { return false; };
        } else {
          c.value_ok = date_is(*e);
        }
      } else if (spec == "DurationParser") {
        c.group = "duration";
        c.kinds = {"duration"};
        std::smatch m;
        static const std::regex re("^PT?([0-9.]+)([YMWDHS])$");
        if (!std::regex_match(r.expected, m, re)) {
          c.value_ok = [](const NumberHit&) { return false; };
        } else {
          const bool t = r.expected.rfind("PT", 0) == 0;
          const char u = m[2].str()[0];
          const std::string unit = u == 'Y' ? "year" : u == 'W' ? "week" : u == 'D' ? "day"
                                 : u == 'H' ? "hour" : u == 'S' ? "second" : t ? "minute" : "month";
          c.value_ok = duration_is(std::stod(m[1]), unit);
        }
      } else if (!parser && (spec == "DateExtractor" || spec == "DatePeriodExtractor" || spec == "HolidayExtractor")) {
        c.group = "date-extract";
        c.kinds = {"date"};
        c.value_ok = [](const NumberHit&) { return true; };
      } else if (spec == "DurationExtractor") {
        c.group = "duration-extract";
        c.kinds = {"duration"};
        c.value_ok = [](const NumberHit&) { return true; };
      } else {
        c.group = "time";
        c.kinds = {"time"};
        c.value_ok = [](const NumberHit&) { return false; };
      }
      (void)type;
    } else {
      return std::nullopt;
    }
    return c;
  }
  if (file == "dateparser_datetime_ar.tsv") {
    const std::string test = r.note("test");
    c.kinds = {"date"};
    if (test == "test_translation") {
      // "6 january 2015 05:16 pm"
      static const char* kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                      "august", "september", "october", "november", "december"};
      std::istringstream in(r.expected);
      int d = 0, y = 0;
      std::string mon;
      in >> d >> mon >> y;
      int m = 0;
      for (int i = 0; i < 12; ++i)
        if (mon == kMonths[i]) m = i + 1;
      if (!m) return std::nullopt;
      c.group = "date";
      ExpectedDate e;
      e.lo = e.hi = days(y, m, d);
      c.value_ok = date_is(e);
      return c;
    }
    if (test == "test_search_and_parse" || r.note("file") == "tests/test_hijri.py") {
      auto d = iso_day(r.expected);
      if (!d) return std::nullopt;
      c.group = "date";
      c.reference = day_ref("2000-01-01");
      ExpectedDate e;
      e.lo = e.hi = *d;
      c.value_ok = date_is(e);
      return c;
    }
    if (r.expected.rfind("now - ", 0) == 0) {
      // now - days=N (and more units): the day of `now` minus the delta
      const auto now = iso_day(r.note("now"));
      if (!now) return std::nullopt;
      mizan::Ymd ymd = mizan::civil_from_days(*now);
      int dd = 0, mm = 0, yy = 0;
      for (const std::string& kv : split(r.expected.substr(6), ",")) {
        const auto eq = kv.find('=');
        if (eq == std::string::npos) return std::nullopt;
        const std::string k = kv.substr(0, eq);
        const int n = std::atoi(kv.c_str() + eq + 1);
        if (k == "days") dd += n;
        else if (k == "weeks") dd += 7 * n;
        else if (k == "months") mm += n;
        else if (k == "years") yy += n;
        // hours and minutes do not move the day back from 10:30 by less than a day
        else if (k == "hours" || k == "minutes") { if (n >= 11) return std::nullopt; }
        else return std::nullopt;
      }
      int y = ymd.year - yy, m = ymd.month - mm;
      while (m < 1) m += 12, --y;
      ExpectedDate e;
      e.lo = e.hi = days(y, m, std::min(ymd.day, mizan::days_in_month(y, m))) - dd;
      c.group = "date";
      c.reference = day_ref(r.note("now"));
      c.value_ok = date_is(e);
      return c;
    }
    if (test == "test_freshness_translation") {
      // "2 day", "ago 2 hour", "1 day ago"
      std::string e = r.expected;
      if (e.rfind("ago ", 0) == 0) e = e.substr(4);
      const auto p = split(e, " ");
      if (p.size() < 2 || !number(p[0])) return std::nullopt;
      if (p.size() == 3 && p[2] == "ago") {
        if (p[1] != "day") return std::nullopt;
        c.group = "date";
        c.reference = day_ref("2014-09-01");
        ExpectedDate x;
        x.lo = x.hi = days(2014, 9, 1) - static_cast<int>(*number(p[0]));
        c.value_ok = date_is(x);
        return c;
      }
      c.group = "duration";
      c.kinds = {"duration"};
      c.value_ok = duration_is(*number(p[0]), p[1]);
      return c;
    }
    return std::nullopt;  // tokenisation, language detection: not mizan's job
  }
  if (file == "cldr_rbnf_ar.tsv" || file == "num2words_ar.tsv") {
    c.match = Match::cover;
    c.group = "words";
    const std::string rs = r.note("ruleset"), to = r.note("to");
    if (rs.find("ordinal") != std::string::npos || to == "ordinal" || to == "ordinal_num") c.kinds = {"ordinal"};
    else if (to == "currency") c.kinds = {"money"};
    else c.kinds = {"number"};
    auto v = number(r.expected);
    if (!v) return std::nullopt;
    if (to == "currency") {
      const double x = *v;
      c.value_ok = [x](const NumberHit& h) {
        auto m = parse_mizan_value(h.value);
        return m && m->lo && m->hi && same(*m->lo, x) && same(*m->hi, x);
      };
    } else {
      c.value_ok = number_is(*v);
    }
    return c;
  }
  return std::nullopt;
}

// ---- expected differences and floors --------------------------------------------------------------

struct Difference {
  std::string file, group, rule, reason;
};

std::vector<std::vector<std::string>> read_table(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> out;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    out.push_back(split(line, "\t"));
  }
  return out;
}

// rule: "*" (every row of the group), "note:KEY", "note:KEY=VALUE", "note:KEY~REGEX",
// "expected~REGEX", "input~REGEX", "input!~REGEX", "matched~REGEX"; several joined by " & " must all hold.
bool rule_matches(const std::string& rule, const Row& r) {
  if (rule.find(" & ") != std::string::npos) {
    for (const std::string& part : split(rule, " & "))
      if (!rule_matches(part, r)) return false;
    return true;
  }
  if (rule == "*") return true;
  // input and matched are compared folded (digits ASCII, alef and yeh forms unified; see text/fold.hpp)
  // and byte by byte: write Arabic letters as they are, or ranges of lead bytes as \xd8-\xdb.
  if (rule.rfind("input!~", 0) == 0) return !std::regex_search(mizan::fold_word(r.input), std::regex(rule.substr(7)));
  if (rule.rfind("input~", 0) == 0) return std::regex_search(mizan::fold_word(r.input), std::regex(rule.substr(6)));
  if (rule.rfind("matched~", 0) == 0) return std::regex_search(mizan::fold_word(r.matched), std::regex(rule.substr(8)));
  if (rule.rfind("note:", 0) == 0 && rule.find('~') != std::string::npos) {
    const auto t = rule.find('~');
    return std::regex_search(r.note(rule.substr(5, t - 5)), std::regex(rule.substr(t + 1)));
  }
  if (rule.rfind("note:", 0) == 0) {
    const std::string kv = rule.substr(5);
    const auto eq = kv.find('=');
    if (eq == std::string::npos) return r.has(kv);
    return r.note(kv.substr(0, eq)) == kv.substr(eq + 1);
  }
  if (rule.rfind("expected~", 0) == 0) return std::regex_search(r.expected, std::regex(rule.substr(9)));
  return false;
}

// Byte range of `matched` in `input` (the first occurrence), or the whole input.
std::pair<std::size_t, std::size_t> locate(const Row& r) {
  std::string m = r.matched;
  while (!m.empty() && m.front() == ' ') m.erase(m.begin());
  while (!m.empty() && m.back() == ' ') m.pop_back();
  if (!m.empty()) {
    const auto at = r.input.find(m);
    if (at != std::string::npos) return {at, at + m.size()};
  }
  std::size_t b = 0, e = r.input.size();
  while (b < e && r.input[b] == ' ') ++b;
  while (e > b && r.input[e - 1] == ' ') --e;
  return {b, e};
}

struct Tally {
  int passed = 0, total = 0, expected_differences = 0;
  std::vector<std::string> failures;
};

std::string describe(const std::vector<NumberHit>& hits) {
  std::string s;
  for (const auto& h : hits) s += (s.empty() ? "" : " | ") + h.kind + " " + h.value;
  return s.empty() ? "(nothing)" : s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: mizan_conformance DATA_DIR [--failures N] [--file NAME] [--group NAME]\n";
    return 2;
  }
  const std::string dir = argv[1];
  std::size_t show = 5;
  std::string only_file, only_group;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--failures") show = static_cast<std::size_t>(std::atoi(argv[i + 1]));
    else if (a == "--file") only_file = argv[i + 1];
    else if (a == "--group") only_group = argv[i + 1];
  }
  std::vector<Difference> differences;
  for (const auto& c : read_table(dir + "/expected_differences.tsv"))
    if (c.size() >= 4) differences.push_back({c[0], c[1], c[2], c[3]});
  std::map<std::pair<std::string, std::string>, int> floors;
  for (const auto& c : read_table(dir + "/floors.tsv"))
    if (c.size() >= 3) floors[{c[0], c[1]}] = std::atoi(c[2].c_str());

  static const char* kFiles[] = {
      "duckling_numeral_ar.tsv", "duckling_ordinal_ar.tsv", "duckling_time_ar.tsv",
      "duckling_duration_ar.tsv", "duckling_money_ar.tsv", "recognizers_number_ar.tsv",
      "recognizers_ordinal_ar.tsv", "recognizers_percent_ar.tsv", "recognizers_numberrange_ar.tsv",
      "recognizers_datetime_ar.tsv", "dateparser_datetime_ar.tsv", "cldr_rbnf_ar.tsv", "num2words_ar.tsv"};
  std::map<std::pair<std::string, std::string>, Tally> tallies;
  for (const char* file : kFiles) {
    if (!only_file.empty() && only_file != file) continue;
    for (const Row& r : read_rows(dir + "/" + file)) {
      auto c = classify(file, r);
      if (!c || c->group.empty()) continue;
      if (!only_group.empty() && only_group != c->group) continue;
      Tally& t = tallies[{file, c->group}];
      bool expected_difference = false;
      for (const Difference& d : differences)
        if (d.file == file && (d.group == "*" || d.group == c->group) && rule_matches(d.rule, r))
          expected_difference = true;
      if (expected_difference) {
        ++t.expected_differences;
        continue;
      }
      const auto hits = mizan::extract::numbers_in(r.input, c->reference);
      const auto [mb, me] = locate(r);
      bool ok = false;
      if (c->negative) {
        ok = true;
        for (const NumberHit& h : hits) {
          bool kind = false;
          for (const auto& k : c->kinds) kind |= h.kind == k;
          if (kind && (!c->value_ok || c->value_ok(h))) ok = false;
        }
      } else {
        for (const NumberHit& h : hits) {
          bool kind = false;
          for (const auto& k : c->kinds) kind |= h.kind == k;
          if (!kind) continue;
          const bool placed = c->match == Match::cover ? h.span.begin <= mb && h.span.end >= me
                                                       : h.span.begin < me && h.span.end > mb;
          if (placed && c->value_ok(h)) ok = true;
        }
      }
      ++t.total;
      if (ok) ++t.passed;
      else t.failures.push_back("  line " + std::to_string(r.line) + ": " + r.input + "  =>  expected " +
                                (c->negative ? std::string("nothing") : c->kinds[0] + " " + r.expected) +
                                ", got " + describe(hits));
    }
  }
  bool below = false;
  for (const auto& [key, t] : tallies) {
    const int floor = floors.count(key) ? floors[key] : 0;
    const double pct = t.total ? 100.0 * t.passed / t.total : 100.0;
    char line[512];
    std::snprintf(line, sizeof line, "%-32s %-18s %4d/%-4d %5.1f%%  floor %d%s", key.first.c_str(),
                  key.second.c_str(), t.passed, t.total, pct, floor,
                  t.expected_differences ? (", " + std::to_string(t.expected_differences) + " expected differences").c_str() : "");
    std::cout << line << (t.passed < floor ? "  BELOW FLOOR" : "") << '\n';
    if (t.passed < floor) below = true;
    for (std::size_t i = 0; i < t.failures.size() && i < show; ++i) std::cout << t.failures[i] << '\n';
  }
  // The targets the grammar is held to, over the groups they name (printed when all files ran).
  if (only_file.empty() && only_group.empty()) {
    struct Target {
      const char* name;
      double percent;
      std::vector<std::pair<std::string, std::string>> groups;
    };
    const Target targets[] = {
        {"Duckling numeral", 95, {{"duckling_numeral_ar.tsv", "numeral"}}},
        {"Duckling ordinal", 95, {{"duckling_ordinal_ar.tsv", "ordinal"}}},
        {"Recognizers number", 95, {{"recognizers_number_ar.tsv", "number"}}},
        {"Recognizers ordinal", 95, {{"recognizers_ordinal_ar.tsv", "ordinal"}}},
        {"Recognizers percent", 95, {{"recognizers_percent_ar.tsv", "percent"}}},
        {"CLDR RBNF words", 90, {{"cldr_rbnf_ar.tsv", "words"}}},
        {"num2words words", 90, {{"num2words_ar.tsv", "words"}}},
        {"number ranges", 85, {{"recognizers_numberrange_ar.tsv", "numberrange"}}},
        {"date rows (Duckling time, Recognizers datetime, dateparser)", 85,
         {{"duckling_time_ar.tsv", "date"},
          {"recognizers_datetime_ar.tsv", "date"},
          {"recognizers_datetime_ar.tsv", "date-extract"},
          {"recognizers_datetime_ar.tsv", "date-unresolvable"},
          {"dateparser_datetime_ar.tsv", "date"}}},
    };
    std::cout << "targets:\n";
    for (const Target& target : targets) {
      int passed = 0, total = 0;
      for (const auto& key : target.groups)
        if (auto it = tallies.find(key); it != tallies.end()) passed += it->second.passed, total += it->second.total;
      const double pct = total ? 100.0 * passed / total : 100.0;
      char line[512];
      std::snprintf(line, sizeof line, "  %-62s %4d/%-4d %5.1f%%  (at least %.0f%%: %s)", target.name, passed, total,
                    pct, target.percent, pct >= target.percent ? "met" : "NOT MET");
      std::cout << line << '\n';
    }
  }
  return below ? 1 : 0;
}
