#include "report/arabic.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <unordered_map>
#include <tuple>
#include <utility>
#include <vector>

#include "grammar/lexicon.hpp"
#include "model/claim.hpp"
#include "text/fold.hpp"

namespace mizan::report {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }

// The explanations after a pair's time, in the order the comparator writes them.
const std::vector<std::pair<std::string_view, std::string_view>>& tail_phrases() {
  static const std::vector<std::pair<std::string_view, std::string_view>> table = {
      {", but one is a bound the other's count left behind", "، لكن أحدهما حدٌّ تجاوزه عددُ الآخر"},
      {", but the count given on each day differs", "، لكن العدد المعطى في كل يوم مختلف"},
      {": the toll's day is uncertain and the figures are far apart, counts of different days",
       ": يوم الحصيلة غير مؤكد والرقمان متباعدان، فهما عدّان ليومين مختلفين"},
      {": a toll more than twice the other on the same day, counts of different hours",
       ": حصيلة تزيد على ضعف الأخرى في اليوم نفسه، فهما عدّان لساعتين مختلفتين"},
      {": a count said to have risen, figures of different hours", ": عددٌ قيل إنه ارتفع، فهما رقمان لساعتين مختلفتين"},
      {": a running count given as of an hour, figures of different hours",
       ": عدٌّ جارٍ أُعطي حتى ساعة معينة، فهما رقمان لساعتين مختلفتين"},
      {": running totals of a story of months, of different days", ": مجموعان جاريان لقصة تمتد شهورًا، من يومين مختلفين"},
      {": one bulletin, its figures of one hour (the reports give another of them alike)",
       ": نشرة واحدة أرقامها لساعة واحدة (يتفق التقريران على رقم آخر منها)"},
      {": measures, perhaps of two things", ": قياسان، ربما لشيئين مختلفين"},
      {": a series' numbers must grow with its dates", ": أرقام السلسلة يجب أن تكبر مع تواريخها"},
      {": one day cannot be both rounds", ": لا يكون يوم واحد موعدًا لجولتين"},
      {": reported with other counts", ": ذُكر مع أعداد أخرى"},
      {": the number changed", ": تغيّر الرقم"},
      {"; a report that gives both sets one against the other", "؛ تقرير يذكر الرقمين ويضع أحدهما مقابل الآخر"},
      {"; possible only: ", "؛ محتمل فقط: "},
      {"what is counted is known on one side only", "المعدود معروف في طرف واحد فقط"},
      {"no slot known on both sides matched", "لم تتطابق أي خانة معروفة في الطرفين"},
      {"several figures of the kind in a document, and no words shared",
       "في الوثيقة عدة أرقام من هذا النوع، ولا كلمات مشتركة حولها"},
      {"the day of either figure is not known to the day", "يوم أحد الرقمين غير معروف بدقة اليوم"},
      {"an event carried out in parts, figures of different or uncertain days",
       "حدث يُنفَّذ على دفعات، رقمان لأيام مختلفة أو غير مؤكدة"},
      {"one figure more than twice the other, perhaps two quantities", "أحد الرقمين يزيد على ضعف الآخر، فربما هما كميتان مختلفتان"},
      {" (a date borrowed from the story)", " (تاريخ مستعار من القصة)"},
      {"time unknown", "الزمن غير معروف"},
      {"same time", "في الوقت نفسه"},
      {"; ", "؛ "},
  };
  return table;
}

std::string days_ar(long n) {
  if (n == 1) return "بفارق يوم واحد";
  if (n == 2) return "بفارق يومين";
  if (n >= 3 && n <= 10) return "بفارق " + std::to_string(n) + " أيام";
  return "بفارق " + std::to_string(n) + " يومًا";
}

// The tail of a reason (after the values), phrase by phrase; "N days apart" and "one E, two figures"
// carry values of their own. What no phrase matches is kept as it is.
std::string tail_ar(std::string_view t, const Voice& voice) {
  std::string out, pending;  // pending: what no phrase matched, isolated as one value
  auto flush = [&] {
    if (!pending.empty()) out += voice.isolate(pending);
    pending.clear();
  };
  while (!t.empty()) {
    bool done = false;
    for (const auto& [en, ar] : tail_phrases())
      if (starts_with(t, en)) {
        flush();
        out += ar;
        t.remove_prefix(en.size());
        done = true;
        break;
      }
    if (done) continue;
    // "12 days apart", "1 day apart"
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (digits > 0) {
      const std::string_view rest = t.substr(digits);
      for (const std::string_view unit : {std::string_view(" days apart"), std::string_view(" day apart")})
        if (starts_with(rest, unit)) {
          flush();
          out += days_ar(std::strtol(std::string(t.substr(0, digits)).c_str(), nullptr, 10));
          t.remove_prefix(digits + unit.size());
          done = true;
          break;
        }
      if (done) continue;
    }
    // ": one election, two figures"
    if (starts_with(t, ": one ")) {
      const std::size_t end = t.find(", two figures");
      if (end != std::string_view::npos) {
        flush();
        out += ": حدث واحد (" + voice.isolate(label_ar(t.substr(6, end - 6))) + ")، رقمان";
        t.remove_prefix(end + std::string_view(", two figures").size());
        continue;
      }
    }
    pending += t.front();
    t.remove_prefix(1);
  }
  flush();
  return out;
}

// A value as the comparator wrote it ("نحو 15000", "≥ 40", "13500–16500", "2021-07-07"), its plain
// numbers written for a reader, a percentage's with ٪.
std::string value_ar(std::string_view v, Kind kind) {
  auto digit = [&](std::size_t i) { return i < v.size() && v[i] >= '0' && v[i] <= '9'; };
  auto letter = [&](std::size_t i) { return i < v.size() && ((v[i] >= 'A' && v[i] <= 'Z') || (v[i] >= 'a' && v[i] <= 'z') || v[i] == '_'); };
  // The plain numbers of the value ("13500", "16500"), where each begins and ends.
  std::vector<std::pair<std::size_t, std::size_t>> numbers;
  for (std::size_t i = 0; i < v.size();) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (digit(j) || (j < v.size() && v[j] == '.')) ++j;
    // A date (2021-07-07) or a range of dates is left as written.
    if (j < v.size() && v[j] == '-' && j - i == 4) return std::string(v);
    numbers.emplace_back(i, j);
    i = j;
  }
  // A range or bound one side of which is grouped by thousands is grouped on both ("9,000–11,000").
  const bool wide = std::any_of(numbers.begin(), numbers.end(), [&](const auto& n) {
    return std::min(v.find('.', n.first), n.second) - n.first >= 5;
  });
  std::string out;
  // What lies between the numbers, a currency or unit code told by its Arabic name ("105000000000 SAR").
  auto text = [&](std::size_t i, std::size_t to) {
    while (i < to) {
      std::size_t j = i;
      while (j < to && letter(j)) ++j;
      if (j > i) out += label_ar(v.substr(i, j - i)), i = j;
      else out += v[i++];
    }
  };
  std::size_t at = 0;
  for (const auto& [b, e] : numbers) {
    text(at, b);
    out += reader_number(v.substr(b, e - b), wide);
    at = e;
  }
  text(at, v.size());
  if (kind == Kind::percent && !numbers.empty()) out += "٪";
  return out;
}

// An ordinal as the comparator names it ("round of astana 7", "election 3") → "جولة أستانا 7".
std::string ordinal_ar(std::string_view v) {
  const std::size_t space = v.rfind(' ');
  if (space == std::string_view::npos) return std::string(v);
  const std::string_view name = v.substr(0, space), number = v.substr(space + 1);
  const std::size_t of = name.find(" of ");
  if (of == std::string_view::npos) return label_ar(name) + " " + std::string(number);
  return label_ar(name.substr(0, of)) + " " + label_ar(name.substr(of + 4)) + " " + std::string(number);
}

// "A vs B: intervals X and Y overlap; ..." → its parts, or false when the reason is of another shape.
struct ValuesReason {
  std::string_view a, b, ia, ib, tail;
  bool overlap = false;
};
bool parse_values(std::string_view r, ValuesReason& out) {
  const std::size_t vs = r.find(" vs ");
  const std::size_t iv = r.find(": intervals ");
  if (vs == std::string_view::npos || iv == std::string_view::npos || iv < vs) return false;
  out.a = r.substr(0, vs);
  out.b = r.substr(vs + 4, iv - vs - 4);
  std::string_view rest = r.substr(iv + std::string_view(": intervals ").size());
  for (const std::string_view verb : {std::string_view(" do not overlap"), std::string_view(" overlap")}) {
    const std::size_t at = rest.find(verb);
    if (at == std::string_view::npos) continue;
    const std::string_view both = rest.substr(0, at);
    const std::size_t and_at = both.find(" and ");
    if (and_at == std::string_view::npos) return false;
    out.ia = both.substr(0, and_at);
    out.ib = both.substr(and_at + 5);
    out.overlap = verb == " overlap";
    out.tail = rest.substr(at + verb.size());
    return true;
  }
  return false;
}

}  // namespace

std::string reader_number(std::string_view number, bool group_thousands) {
  if (number.empty()) return {};
  bool whole = true;
  for (const char c : number) {
    if (!((c >= '0' && c <= '9') || c == '.')) return std::string(number);
    whole = whole && c != '.';
  }
  std::string s;
  if (whole && number.size() <= 15) {
    // A whole number (most are) is its digits without leading zeros: what the formatting below
    // would print for it, without formatting a double (a report reads out hundreds of thousands).
    const std::size_t first = std::min(number.find_first_not_of('0'), number.size() - 1);
    s.assign(number.substr(first));
  } else {
    const double v = std::strtod(std::string(number).c_str(), nullptr);
    // Past a thousand the fraction says nothing a reader uses; below, at most two decimals.
    const double a = std::fabs(v);
    const int decimals = a >= 1000 ? 0 : a >= 10 ? 2 : 3;
    s = format_fixed(v, decimals);
    if (s.find('.') != std::string::npos) {
      while (s.back() == '0') s.pop_back();
      if (s.back() == '.') s.pop_back();
    }
  }
  const std::size_t dot = std::min(s.find('.'), s.size());
  if (dot > 4 || (group_thousands && dot > 3)) {  // 10,000 and up: grouped by thousands
    std::string grouped;
    for (std::size_t k = 0; k < dot; ++k) {
      if (k > 0 && (dot - k) % 3 == 0) grouped += ',';
      grouped += s[k];
    }
    s = grouped + s.substr(dot);
  }
  return s;
}

std::string label_ar(std::string_view code) {
  static const std::map<std::string, std::string, std::less<>> labels = [] {
    std::map<std::string, std::string, std::less<>> out;
    // Keys folded as the lexicon folds its forms (codes are lower-cased: "SAR" is "sar").
    for (const lexicon::Row& r : lexicon::rows("labels_ar")) out.emplace(r.form, std::string(r.field(0)));
    // A class with no label of its own is shown by the first word listed for it.
    for (const lexicon::Row& r : lexicon::rows("counted")) out.emplace(fold_word(r.field(0)), r.form);
    // A series (round of astana) by the first name listed for it.
    for (const lexicon::Row& r : lexicon::rows("series")) out.emplace(fold_word(r.field(0)), r.form);
    return out;
  }();
  // A report asks for the same few codes hundreds of thousands of times: each is folded once.
  thread_local std::unordered_map<std::string, std::string> asked;
  if (const auto a = asked.find(std::string(code)); a != asked.end()) return a->second;
  const auto it = labels.find(fold_word(code));
  std::string label = it == labels.end() ? std::string(code) : it->second;
  if (asked.size() < 4096) asked.emplace(std::string(code), label);
  return label;
}

std::string subject_ar(std::string_view key) {
  std::string out;
  std::size_t start = 0, field = 0;
  while (start <= key.size()) {
    const std::size_t bar = std::min(key.find('|', start), key.size());
    const std::string_view part = key.substr(start, bar - start);
    if (!part.empty()) {
      // kind, class: codes; actor, place, event: words of the text (an event key "astana#7" as is)
      out += (out.empty() ? "" : " · ") + (field <= 1 ? label_ar(part) : std::string(part));
    }
    start = bar + 1;
    ++field;
  }
  return out;
}

std::string reason_ar(std::string_view r, Kind kind, const Voice& voice) {
  ValuesReason p;
  if (parse_values(r, p)) {
    return voice.isolate(value_ar(p.a, kind)) + " مقابل " + voice.isolate(value_ar(p.b, kind)) + ": المجالان " +
           voice.isolate(value_ar(p.ia, kind)) + " و" + voice.isolate(value_ar(p.ib, kind)) +
           (p.overlap ? " يتداخلان" : " لا يتداخلان") + tail_ar(p.tail, voice);
  }
  // "round of astana 7 in both: the same event; 1 day apart"
  if (const std::size_t at = r.find(" in both: the same event"); at != std::string_view::npos)
    return voice.isolate(ordinal_ar(r.substr(0, at))) + " في الوثيقتين: الحدث نفسه" +
           tail_ar(r.substr(at + std::string_view(" in both: the same event").size()), voice);
  // "breakdown: the parts 15+16+7+3 sum to 41, not the stated total 40"
  if (starts_with(r, "breakdown: the parts ")) {
    std::string_view rest = r.substr(std::string_view("breakdown: the parts ").size());
    const std::size_t sum = rest.find(" sum to ");
    const std::size_t total = rest.find(", not the stated total ");
    if (sum != std::string_view::npos && total != std::string_view::npos && total > sum)
      return "تفصيل: الأجزاء " + voice.isolate(rest.substr(0, sum)) + " مجموعها " +
             voice.isolate(value_ar(rest.substr(sum + 8, total - sum - 8), kind)) + " لا المجموع المذكور " +
             voice.isolate(value_ar(rest.substr(total + std::string_view(", not the stated total ").size()), kind));
  }
  // "breakdown: 15+16 (sum 31) are some of 41"
  if (starts_with(r, "breakdown: ")) {
    std::string_view rest = r.substr(std::string_view("breakdown: ").size());
    const std::size_t sum = rest.find(" (sum ");
    const std::size_t some = rest.find(") are some of ");
    if (sum != std::string_view::npos && some != std::string_view::npos && some > sum)
      return "تفصيل: " + voice.isolate(rest.substr(0, sum)) + " (مجموعها " +
             voice.isolate(value_ar(rest.substr(sum + 6, some - sum - 6), kind)) + ") جزء من " +
             voice.isolate(value_ar(rest.substr(some + std::string_view(") are some of ").size()), kind));
  }
  // "dates 2021-07-07 and 2021-07-09 do not overlap: a stated date must contain the date others give; said 2 days apart"
  if (starts_with(r, "dates ")) {
    const std::size_t and_at = r.find(" and ");
    const std::size_t verb = r.find(" do not overlap: a stated date must contain the date others give; said ");
    if (and_at != std::string_view::npos && verb != std::string_view::npos && verb > and_at)
      return "التاريخان " + voice.isolate(r.substr(6, and_at - 6)) + " و" + voice.isolate(r.substr(and_at + 5, verb - and_at - 5)) +
             " لا يتداخلان: التاريخ المذكور يجب أن يشمل ما تذكره المصادر الأخرى؛ قيل " +
             tail_ar(r.substr(verb + std::string_view(" do not overlap: a stated date must contain the date others give; said ").size()), voice);
  }
  // "breakdown: 41 = 15+16+7+3" (a total its parts make)
  if (starts_with(r, "breakdown: ")) return "تفصيل: " + voice.isolate(r.substr(std::string_view("breakdown: ").size()));
  // Any other shape: its known phrases told in Arabic, the rest (values) isolated as written.
  return tail_ar(r, voice);
}

std::string slots_ar(std::string_view slots, const Voice& voice) {
  static const std::vector<std::pair<std::string_view, std::string_view>> sections = {
      {"matched: ", "تطابق: "}, {"missing: ", "ناقص: "}, {"differs: ", "يختلف: "}};
  // "counted deaths / ?" → "قتلى / ؟"
  auto pair_ar = [&](std::string_view v, bool labels) {
    std::string out;
    std::size_t start = 0;
    while (start <= v.size()) {
      const std::size_t slash = std::min(v.find(" / ", start), v.size());
      const std::string_view part = v.substr(start, slash - start);
      out += (start ? " / " : "") + (part == "?" ? std::string("؟") : voice.isolate(labels ? label_ar(part) : std::string(part)));
      start = slash + 3;
    }
    return out;
  };
  auto item_ar = [&](std::string_view it) -> std::string {
    if (it == "story") return "القصة";
    if (it == "place on one side") return "المكان في طرف واحد";
    if (it == "actor on one side") return "الفاعل في طرف واحد";
    if (it == "nationality on one side") return "الجنسية في طرف واحد";
    if (it == "event on one side") return "الحدث في طرف واحد";
    if (it == "what the sum is of on one side") return "ما المبلغ عنه في طرف واحد";
    if (it == "a period's count / a running total") return "عدد فترة / مجموع جارٍ";
    constexpr std::string_view several = "shared context (either document counts several ";
    if (starts_with(it, several) && ends_with(it, ")")) {
      const std::string_view cls = it.substr(several.size(), it.size() - several.size() - 1);
      return "سياق مشترك (في إحدى الوثيقتين عدة أرقام من " + (cls.empty() ? std::string("هذا النوع") : voice.isolate(label_ar(cls))) + ")";
    }
    if (starts_with(it, "context (") && ends_with(it, ")")) return "السياق (" + voice.isolate(it.substr(9, it.size() - 10)) + ")";
    if (ends_with(it, " too far apart for one")) return "قراءات " + voice.isolate(label_ar(it.substr(0, it.size() - 22))) + " أبعد من أن تكون واحدة";
    if (starts_with(it, "event named ")) return "الحدث مسمّى " + pair_ar(it.substr(12), true);
    if (starts_with(it, "event ") && ends_with(it, " (from the article)"))
      return "الحدث " + voice.isolate(label_ar(it.substr(6, it.size() - 6 - 19))) + " (من المقال)";
    for (const auto& [en, ar, labels] : {std::tuple<std::string_view, std::string_view, bool>{"counted ", "المعدود ", true},
                                         {"place ", "المكان ", false},
                                         {"ends ", "طرفا الحدث ", false},
                                         {"nationality ", "الجنسية ", false},
                                         {"whose: ", "صاحب الرقم ", false},
                                         {"sum of ", "مبلغ ", true},
                                         {"actor ", "الفاعل ", false},
                                         {"event ", "الحدث ", true}})
      if (starts_with(it, en)) return std::string(ar) + pair_ar(it.substr(en.size()), labels);
    return voice.escape(it);
  };
  std::string out;
  std::string_view rest = slots;
  while (!rest.empty()) {
    std::string_view header_ar;
    for (const auto& [en, ar] : sections)
      if (starts_with(rest, en)) {
        header_ar = ar;
        rest.remove_prefix(en.size());
        break;
      }
    if (header_ar.empty()) return out + voice.escape(rest);
    std::size_t end = rest.size();
    for (const auto& [en, ar] : sections)
      if (const std::size_t at = rest.find(std::string("; ") + std::string(en)); at != std::string_view::npos) end = std::min(end, at);
    const std::string_view items = rest.substr(0, end);
    out += (out.empty() ? "" : "؛ ") + std::string(header_ar);
    std::size_t start = 0;
    bool first = true;
    while (start <= items.size()) {
      const std::size_t comma = std::min(items.find(", ", start), items.size());
      out += (first ? "" : "، ") + item_ar(items.substr(start, comma - start));
      first = false;
      start = comma + 2;
    }
    rest.remove_prefix(std::min(rest.size(), end + 2));
  }
  return out;
}

}  // namespace mizan::report
