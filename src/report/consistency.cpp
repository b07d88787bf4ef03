#include "report/consistency.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "report/arabic.hpp"
#include "report/escape.hpp"

namespace mizan::report {

namespace {

using compare::Check;
using compare::Comparison;
using compare::Relation;
using compare::Verdict;

// The page and the Markdown list this many verdicts per section; consistency.json has them all.
constexpr std::size_t kMaxListed = 1000;

std::string fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string percent(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return "–";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return buf;
}

std::string subject_label(const std::string& key) {
  // "count|fighters|جبهة النصرة|إدلب|" → "count · fighters · جبهة النصرة · إدلب"
  std::string out;
  std::size_t start = 0;
  while (start <= key.size()) {
    const std::size_t bar = std::min(key.find('|', start), key.size());
    const std::string part = key.substr(start, bar - start);
    if (!part.empty()) out += (out.empty() ? "" : " · ") + part;
    start = bar + 1;
  }
  return out;
}

// The verdicts of one section, in the comparison's order.
// A review set aside (reviewed as false) is listed apart, in its own section.
std::vector<const Verdict*> select(const Comparison& c, Relation r) {
  std::vector<const Verdict*> out;
  for (const Verdict& v : c.verdicts)
    if (v.relation == r && !v.set_aside()) out.push_back(&v);
  return out;
}

std::vector<const Verdict*> set_aside(const Comparison& c) {
  std::vector<const Verdict*> out;
  for (const Verdict& v : c.verdicts)
    if (v.set_aside()) out.push_back(&v);
  return out;
}

const char* status_ar(const std::string& status) {
  if (status == "confirmed") return "مؤكَّد";
  if (status == "false") return "خاطئ";
  return "غير محسوم";
}

// Subjects with an evolution, each with every claim of that subject (for its timeline).
std::map<std::string, std::vector<std::size_t>> evolving_subjects(const Comparison& c) {
  std::map<std::string, std::vector<std::size_t>> out;
  for (const Verdict& v : c.verdicts)
    if (v.relation == Relation::evolves) out[v.subject];
  if (out.empty()) return out;
  for (std::size_t i = 0; i < c.claims.size(); ++i) {
    if (!compare::comparable(c.claims[i].claim)) continue;
    const auto it = out.find(compare::comparison_key(c.claims[i].claim));
    if (it != out.end()) it->second.push_back(i);
  }
  return out;
}

std::vector<std::string> outlet_names(const Comparison& c) {
  std::vector<std::string> names;
  for (const compare::OutletRow& r : c.outlets) names.push_back(r.outlet);
  return names;
}

constexpr const char* kPalette[] = {"#1b6ca8", "#c0392b", "#27ae60", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#b7950b"};

constexpr char kCss[] = R"css(
body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;line-height:1.7;color:#1c1c1c;background:#fdfdfb}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:start}th{background:#f0f0ec}
.verdict{border:1px solid #ddd;border-inline-start:6px solid #999;border-radius:4px;padding:.5rem 1rem;margin:1rem 0;background:#fff}
.conflict{border-inline-start-color:#c0392b}.possible_conflict{border-inline-start-color:#e59866}.inconsistent{border-inline-start-color:#d35400}.agree{border-inline-start-color:#27ae60}
.evolves{border-inline-start-color:#1b6ca8}.consistent{border-inline-start-color:#7f8c8d}
.reason{font-weight:bold;margin:.2rem 0}.subject{color:#555;font-size:.9rem}
.vid{font-size:.8rem;color:#555}.vid code{user-select:all;background:#f0f0ec;padding:0 .3rem;border-radius:3px}
.review{font-size:.85rem;padding:.1rem .5rem;border-radius:3px;background:#eef4ea}.review.false{background:#f8e1de}.review.unsure{background:#fbf1d9}
blockquote{margin:.5rem 0;padding:.3rem .8rem;background:#f7f7f3;border-inline-start:3px solid #ccc}
blockquote p{margin:0}mark{background:#ffe58a;padding:0 .15rem;border-radius:2px}
.meta{font-size:.85rem;color:#555}.more{font-size:.85rem;color:#555}
.legend span{margin-inline-end:1rem;font-size:.85rem}.swatch{display:inline-block;width:.8rem;height:.8rem;margin-inline-end:.3rem;border-radius:50%;vertical-align:middle}
svg{background:#fff;border:1px solid #eee;max-width:100%;height:auto}.note{color:#555;font-size:.9rem}
)css";

// The words of the page and the Markdown in each language.
struct Words {
  const char* dir;  // the page's direction
  const char* lang;
  const char* title;
  const char* intro;       // before the tolerance
  const char* window;      // before the window's days
  const char* days;        // after them
  const char* summary;
  const char* documents, *outlets, *claims, *subjects, *conflicts, *possible, *agreements, *evolutions, *inconsistencies,
      *consistent, *set_aside;
  const char* possible_title, *set_aside_title;
  const char* no_conflict, *no_possible, *no_agreement, *no_evolution, *no_inconsistency, *no_check;
  const char* outlet_table, *outlet, *agree, *conflict, *evolves, *inconsistent, *agreement_rate;
  const char* unknown_outlet, *unknown_date, *id, *reviewed;
  const char* more_pairs_before, *more_pairs_after, *more_listed_before, *more_listed_after;
  const char* comma;
};

constexpr Words kArabic = {
    "rtl", "ar", "ميزان — تقرير الاتساق", "أين تتفق الوثائق وأين تتناقض في ما تذكره من أرقام. هامش «نحو»: ±",
    "٪؛ نافذة الزمن: ", " يومًا.", "الخلاصة",
    "الوثائق", "المصادر", "الادعاءات", "المواضيع المقارنة", "تناقضات", "تناقضات محتملة", "توافقات", "تطورات عبر الزمن",
    "تناقضات داخلية", "فحوص داخلية سليمة", "أحكام خاطئة بالمراجعة (مستبعدة)",
    "تناقضات محتملة (تطابق أضعف أو زمن غير مؤكد)", "أحكام راجعها قارئ فوجدها خاطئة (لا تُحتسب)",
    "لا تناقض بين الوثائق.", "لا تناقض محتمل.", "لا توافق مسجل.", "لا أرقام تغيرت عبر الزمن.", "لا تناقض داخلي.",
    "لا فحوص داخلية.",
    "جدول توافق المصادر", "المصدر", "توافق", "تناقض", "تطور", "تناقض داخلي", "نسبة التوافق",
    "(مصدر غير معروف)", "تاريخ غير معروف", "المعرّف", "مراجعة",
    "و", " من أزواج الادعاءات الأخرى بين الوثيقتين بالحكم نفسه", "و", " غيرها في consistency.json", "، "};

constexpr Words kEnglish = {
    "ltr", "en", "mizan — consistency report", "Where documents agree and where they contradict each other in the figures they give. Tolerance for \"about\": ±",
    "%; time window: ", " days.", "Summary",
    "Documents", "Outlets", "Claims", "Subjects compared", "Conflicts", "Possible conflicts", "Agreements", "Evolutions",
    "Internal inconsistencies", "Consistent internal checks", "Reviewed as false (set apart)",
    "Possible conflicts (weaker match or uncertain time)", "Reviewed as false (set apart, not counted)",
    "No conflict between documents.", "No possible conflict.", "No agreement recorded.", "No figure changed over time.",
    "No internal inconsistency.", "No internal checks.",
    "Outlets", "Outlet", "Agree", "Conflict", "Evolves", "Inconsistent", "Agreement rate",
    "(unknown outlet)", "date unknown", "id", "reviewed",
    "and ", " more claim pair(s) of the same documents with the same verdict", "and ", " more in consistency.json", ", "};

const Words& words(Lang lang) { return lang == Lang::en ? kEnglish : kArabic; }

const char* status_text(const std::string& status, Lang lang) {
  if (lang == Lang::en) return status == "confirmed" ? "confirmed" : status == "false" ? "false" : "unsure";
  return status_ar(status);
}

const Voice kHtmlVoice{html_escape, "<bdi>", "</bdi>"};
const Voice kMdVoice{md_escape, "\u2068", "\u2069"};
std::string as_is(std::string_view s) { return std::string(s); }
const Voice kPlainVoice{as_is, "\u2068", "\u2069"};

Kind kind_of(const Comparison& c, const Verdict& v) {
  return v.claims.empty() ? Kind::count : c.claims[v.claims.front()].claim.kind;
}

void html_quote(std::ostream& out, const StoredClaim& s, const Words& w) {
  out << "<blockquote><p>" << highlighted_sentence(s, html_escape, "<mark>", "</mark>") << "</p>"
      << "<div class=\"meta\">" << html_escape(s.outlet.empty() ? w.unknown_outlet : s.outlet) << " · "
      << (s.published.known() ? "<bdi dir=\"ltr\">" + to_iso(s.published) + "</bdi>" : std::string(w.unknown_date));
  if (!s.claim.said_by.empty()) out << " · <bdi>" << html_escape(s.claim.said_by) << "</bdi>";
  out << " · <bdi>" << html_escape(s.document) << "</bdi></div></blockquote>\n";
}

void html_verdict(std::ostream& out, const Comparison& c, const Verdict& v, Lang lang) {
  const Words& w = words(lang);
  out << "<div class=\"verdict " << to_string(v.relation) << "\" id=\"v-" << html_escape(v.id) << "\">\n";
  if (lang == Lang::ar) {
    out << "<p class=\"reason\">" << reason_ar(v.reason, kind_of(c, v), kHtmlVoice) << "</p>\n<p class=\"subject\">"
        << label_ar(to_string(v.check)) << " · <bdi>" << html_escape(subject_ar(v.subject)) << "</bdi></p>\n";
    if (!v.slots.empty()) out << "<p class=\"subject\">" << slots_ar(v.slots, kHtmlVoice) << "</p>\n";
  } else {
    out << "<p class=\"reason\">" << html_escape(v.reason) << "</p>\n<p class=\"subject\">" << to_string(v.check)
        << " · <bdi>" << html_escape(subject_label(v.subject)) << "</bdi></p>\n";
    if (!v.slots.empty()) out << "<p class=\"subject\">" << html_escape(v.slots) << "</p>\n";
  }
  out << "<p class=\"vid\">" << w.id << " <code dir=\"ltr\">" << html_escape(v.id) << "</code>";
  if (v.review)
    out << " <span class=\"review " << html_escape(v.review->status) << "\">" << w.reviewed << ": "
        << status_text(v.review->status, lang) << " — <bdi>" << html_escape(v.review->by) << "</bdi>, <bdi dir=\"ltr\">"
        << html_escape(v.review->at) << "</bdi>" << (v.review->note.empty() ? "" : ": <bdi>" + html_escape(v.review->note) + "</bdi>")
        << "</span>";
  out << "</p>\n";
  for (const std::size_t i : v.claims) html_quote(out, c.claims[i], w);
  if (v.more_pairs > 0) out << "<p class=\"more\">" << w.more_pairs_before << v.more_pairs << w.more_pairs_after << "</p>\n";
  out << "</div>\n";
}

void html_more(std::ostream& out, std::size_t total, const Words& w) {
  if (total > kMaxListed) out << "<p class=\"note\">" << w.more_listed_before << total - kMaxListed << w.more_listed_after << "</p>\n";
}

void html_list(std::ostream& out, const Comparison& c, const char* id, const char* title,
               const std::vector<const Verdict*>& vs, const char* none, Lang lang) {
  out << "<section id=\"" << id << "\">\n<h2>" << html_escape(title) << " (" << vs.size() << ")</h2>\n";
  if (vs.empty()) out << "<p class=\"note\">" << html_escape(none) << "</p>\n";
  for (std::size_t k = 0; k < vs.size() && k < kMaxListed; ++k) html_verdict(out, c, *vs[k], lang);
  html_more(out, vs.size(), words(lang));
  out << "</section>\n";
}

void html_section(std::ostream& out, const Comparison& c, const char* id, const char* title, Relation r, const char* none,
                  Lang lang) {
  html_list(out, c, id, title, select(c, r), none, lang);
}

// A code span: backticks and control characters in it would end or break it.
std::string md_code(std::string_view s) {
  std::string out = "`";
  for (const char c : s) {
    if (c == '`') out += '\'';
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) out += ' ';
    else out += c;
  }
  return out + "`";
}

void md_quote(std::ostream& out, const StoredClaim& s, const Words& w) {
  out << "> " << highlighted_sentence(s, md_escape, "**", "**") << "  \n> — " << md_escape(s.outlet.empty() ? w.unknown_outlet : s.outlet)
      << w.comma << (s.published.known() ? to_iso(s.published) : w.unknown_date);
  if (!s.claim.said_by.empty()) out << w.comma << md_escape(s.claim.said_by);
  out << " (" << md_escape(s.document) << ")\n\n";
}

void md_list(std::ostream& out, const Comparison& c, const char* title, const std::vector<const Verdict*>& vs, Lang lang) {
  const Words& w = words(lang);
  out << "## " << title << " (" << vs.size() << ")\n\n";
  if (vs.empty()) out << (lang == Lang::ar ? "لا شيء." : "None.") << "\n\n";
  std::size_t n = 0;
  for (const Verdict* v : vs) {
    if (n == kMaxListed) {
      out << w.more_listed_before << vs.size() - n << w.more_listed_after << "\n\n";
      break;
    }
    if (lang == Lang::ar)
      out << "### " << ++n << ". " << reason_ar(v->reason, kind_of(c, *v), kMdVoice) << "\n\n" << md_code(v->id) << " · "
          << label_ar(to_string(v->check)) << " · " << md_escape(subject_ar(v->subject));
    else
      out << "### " << ++n << ". " << md_escape(v->reason) << "\n\n" << md_code(v->id) << " · " << to_string(v->check) << " · "
          << md_code(v->subject);
    if (v->review)
      out << " · " << w.reviewed << ": " << status_text(v->review->status, lang) << " — " << md_escape(v->review->by) << ", "
          << md_escape(v->review->at) << (v->review->note.empty() ? "" : ": " + md_escape(v->review->note));
    if (v->more_pairs > 0) out << " · " << w.more_pairs_before << v->more_pairs << w.more_pairs_after;
    if (!v->slots.empty()) out << " · " << (lang == Lang::ar ? slots_ar(v->slots, kMdVoice) : md_escape(v->slots));
    out << "\n\n";
    for (const std::size_t i : v->claims) md_quote(out, c.claims[i], w);
  }
}

void md_section(std::ostream& out, const Comparison& c, const char* title, Relation r, Lang lang) {
  md_list(out, c, title, select(c, r), lang);
}

}  // namespace

Span number_in_sentence(const StoredClaim& s) {
  const Span n = s.claim.number_span;
  const Span sent = s.sentence_span;
  if (n.begin < sent.begin || n.end < n.begin || n.end > sent.end) return {0, 0};
  const Span rel{n.begin - sent.begin, n.end - sent.begin};
  if (rel.end > s.sentence_text.size()) return {0, 0};
  return rel;
}

std::string highlighted_sentence(const StoredClaim& s, std::string (*escape)(std::string_view), const std::string& open,
                                 const std::string& close) {
  const std::string_view text = s.sentence_text;
  const Span n = number_in_sentence(s);
  if (n.size() == 0) return escape(text);
  return escape(text.substr(0, n.begin)) + open + escape(text.substr(n.begin, n.size())) + close +
         escape(text.substr(n.end));
}

std::string timeline_svg(const Comparison& c, const std::vector<std::size_t>& claims) {
  constexpr double kW = 480, kH = 150, kLeft = 70, kRight = 20, kTop = 15, kBottom = 30;
  std::int32_t t0 = 0, t1 = 0;
  double v0 = 0, v1 = 0;
  bool any = false;
  for (const std::size_t i : claims) {
    const DateRange t = compare::claim_time(c.claims[i]);
    if (!t.known()) continue;
    const Claim& cl = c.claims[i].claim;
    if (!any) t0 = t.lo, t1 = t.hi, v0 = cl.lo, v1 = cl.hi, any = true;
    t0 = std::min(t0, t.lo), t1 = std::max(t1, t.hi), v0 = std::min(v0, cl.lo), v1 = std::max(v1, cl.hi);
  }
  if (!any) return "";
  if (t1 == t0) ++t1;
  if (v1 == v0) v1 = v0 + 1;
  const double pad = (v1 - v0) * 0.1;
  v0 = std::max(0.0, v0 - pad), v1 += pad;
  auto x = [&](double t) { return kLeft + (t - t0) / (t1 - t0) * (kW - kLeft - kRight); };
  auto y = [&](double v) { return kTop + (v1 - v) / (v1 - v0) * (kH - kTop - kBottom); };
  const std::vector<std::string> outlets = outlet_names(c);
  auto colour = [&](const std::string& outlet) {
    const auto it = std::lower_bound(outlets.begin(), outlets.end(), outlet);
    const std::size_t k = static_cast<std::size_t>(it - outlets.begin());
    return kPalette[k % (sizeof kPalette / sizeof kPalette[0])];
  };
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + fixed(kW) + "\" height=\"" +
                    fixed(kH) + "\" viewBox=\"0 0 " + fixed(kW) + " " + fixed(kH) + "\" direction=\"ltr\">\n";
  out += "<line x1=\"" + fixed(kLeft) + "\" y1=\"" + fixed(kH - kBottom) + "\" x2=\"" + fixed(kW - kRight) + "\" y2=\"" +
         fixed(kH - kBottom) + "\" stroke=\"#999\"/>\n";
  out += "<line x1=\"" + fixed(kLeft) + "\" y1=\"" + fixed(kTop) + "\" x2=\"" + fixed(kLeft) + "\" y2=\"" + fixed(kH - kBottom) +
         "\" stroke=\"#999\"/>\n";
  auto text = [&](double tx, double ty, const std::string& anchor, const std::string& s) {
    out += "<text x=\"" + fixed(tx) + "\" y=\"" + fixed(ty) + "\" font-size=\"11\" text-anchor=\"" + anchor + "\">" +
           html_escape(s) + "</text>\n";
  };
  text(kLeft, kH - 10, "start", to_iso(DateRange{t0, t0, Precision::day}));
  text(kW - kRight, kH - 10, "end", to_iso(DateRange{t1, t1, Precision::day}));
  text(kLeft - 5, y(v1) + 4, "end", format_number(std::round(v1)));
  text(kLeft - 5, y(v0) + 4, "end", format_number(std::round(v0)));
  for (const std::size_t i : claims) {
    const StoredClaim& s = c.claims[i];
    const DateRange t = compare::claim_time(s);
    if (!t.known()) continue;
    const double cx = x((static_cast<double>(t.lo) + t.hi) / 2.0);
    const char* col = colour(s.outlet);
    const std::string title = "<title>" + html_escape(s.outlet + " · " + to_iso(t) + " · " + compare::describe_value(s.claim)) + "</title>";
    if (s.claim.hi > s.claim.lo)
      out += "<line x1=\"" + fixed(cx) + "\" y1=\"" + fixed(y(s.claim.lo)) + "\" x2=\"" + fixed(cx) + "\" y2=\"" +
             fixed(y(s.claim.hi)) + "\" stroke=\"" + col + "\" stroke-width=\"3\">" + title + "</line>\n";
    out += "<circle cx=\"" + fixed(cx) + "\" cy=\"" + fixed(y((s.claim.lo + s.claim.hi) / 2)) + "\" r=\"4\" fill=\"" + col +
           "\">" + title + "</circle>\n";
  }
  out += "</svg>\n<p class=\"legend\">";
  std::set<std::string> shown;
  for (const std::size_t i : claims) shown.insert(c.claims[i].outlet);
  for (const std::string& outlet : shown)
    out += "<span><span class=\"swatch\" style=\"background:" + std::string(colour(outlet)) + "\"></span>" +
           html_escape(outlet.empty() ? "(غير معروف)" : outlet) + "</span> ";
  out += "</p>\n";
  return out;
}

void write_consistency_html(std::ostream& out, const Comparison& c, const Summary& s) {
  const Words& w = words(s.lang);
  out << "<!DOCTYPE html>\n<html dir=\"" << w.dir << "\" lang=\"" << w.lang << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << w.title << "</title>\n<style>" << kCss << "</style>\n</head>\n<body>\n"
      << "<h1>" << w.title << "</h1>\n<p class=\"note\">" << html_escape(w.intro) << format_number(c.options.tolerance * 100)
      << w.window << c.options.window_days << w.days << "</p>\n";
  out << "<section id=\"summary\">\n<h2>" << w.summary << "</h2>\n<table>\n"
      << "<tr><th>" << w.documents << "</th><td>" << s.documents << "</td></tr>\n"
      << "<tr><th>" << w.outlets << "</th><td>" << s.outlets << "</td></tr>\n"
      << "<tr><th>" << w.claims << "</th><td>" << s.claims << "</td></tr>\n"
      << "<tr><th>" << w.subjects << "</th><td>" << c.subjects << "</td></tr>\n"
      << "<tr><th>" << w.conflicts << "</th><td>" << c.count(Relation::conflict) << "</td></tr>\n"
      << "<tr><th>" << w.possible << "</th><td>" << c.count(Relation::possible_conflict) << "</td></tr>\n"
      << "<tr><th>" << w.agreements << "</th><td>" << c.count(Relation::agree) << "</td></tr>\n"
      << "<tr><th>" << w.evolutions << "</th><td>" << c.count(Relation::evolves) << "</td></tr>\n"
      << "<tr><th>" << w.inconsistencies << "</th><td>" << c.count(Relation::inconsistent) << "</td></tr>\n"
      << "<tr><th>" << w.consistent << "</th><td>" << c.count(Relation::consistent) << "</td></tr>\n"
      << (c.set_aside() > 0 ? std::string("<tr><th>") + w.set_aside + "</th><td>" + std::to_string(c.set_aside()) + "</td></tr>\n"
                            : std::string())
      << "</table>\n</section>\n";
  html_section(out, c, "conflicts", w.conflicts, Relation::conflict, w.no_conflict, s.lang);
  html_section(out, c, "possible-conflicts", w.possible_title, Relation::possible_conflict, w.no_possible, s.lang);
  html_section(out, c, "agreements", w.agreements, Relation::agree, w.no_agreement, s.lang);

  const auto evolving = evolving_subjects(c);
  const auto evolutions = select(c, Relation::evolves);
  std::map<std::string, std::vector<const Verdict*>> by_subject;
  for (const Verdict* v : evolutions) by_subject[v->subject].push_back(v);
  out << "<section id=\"evolutions\">\n<h2>" << w.evolutions << " (" << evolutions.size() << ")</h2>\n";
  if (evolutions.empty()) out << "<p class=\"note\">" << w.no_evolution << "</p>\n";
  std::size_t listed = 0;
  for (const auto& [subject, claims] : evolving) {
    if (listed >= kMaxListed) break;
    out << "<h3><bdi>" << html_escape(s.lang == Lang::ar ? subject_ar(subject) : subject_label(subject)) << "</bdi></h3>\n"
        << timeline_svg(c, claims);
    for (const Verdict* v : by_subject[subject])
      if (listed++ < kMaxListed) html_verdict(out, c, *v, s.lang);
  }
  html_more(out, evolutions.size(), w);
  out << "</section>\n";

  html_section(out, c, "inconsistencies", w.inconsistencies, Relation::inconsistent, w.no_inconsistency, s.lang);
  html_section(out, c, "consistent", w.consistent, Relation::consistent, w.no_check, s.lang);
  if (c.set_aside() > 0) html_list(out, c, "set-aside", w.set_aside_title, set_aside(c), "", s.lang);

  out << "<section id=\"outlets\">\n<h2>" << w.outlet_table << "</h2>\n<table>\n<tr><th>" << w.outlet << "</th><th>"
      << w.documents << "</th><th>" << w.claims << "</th><th>" << w.agree << "</th><th>" << w.conflict << "</th><th>"
      << w.evolves << "</th><th>" << w.inconsistent << "</th><th>" << w.agreement_rate << "</th></tr>\n";
  for (const compare::OutletRow& r : c.outlets)
    out << "<tr><td>" << html_escape(r.outlet.empty() ? w.unknown_outlet : r.outlet) << "</td><td>" << r.documents << "</td><td>"
        << r.claims << "</td><td>" << r.agree << "</td><td>" << r.conflict << "</td><td>" << r.evolves << "</td><td>"
        << r.inconsistent << "</td><td>" << percent(r.agree, r.agree + r.conflict) << "</td></tr>\n";
  out << "</table>\n</section>\n</body>\n</html>\n";
}

void write_consistency_markdown(std::ostream& out, const Comparison& c, const Summary& s) {
  const Words& w = words(s.lang);
  out << "# " << w.title << "\n\n" << md_escape(w.intro) << format_number(c.options.tolerance * 100) << w.window
      << c.options.window_days << w.days << "\n\n"
      << "| " << w.documents << " | " << w.outlets << " | " << w.claims << " | " << w.subjects << " | " << w.conflicts << " | "
      << w.possible << " | " << w.agreements << " | " << w.evolutions << " | " << w.inconsistencies << " | " << w.consistent
      << " |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
      << "| " << s.documents << " | " << s.outlets << " | " << s.claims << " | " << c.subjects << " | "
      << c.count(Relation::conflict) << " | " << c.count(Relation::possible_conflict) << " | " << c.count(Relation::agree) << " | " << c.count(Relation::evolves) << " | "
      << c.count(Relation::inconsistent) << " | " << c.count(Relation::consistent) << " |\n\n";
  md_section(out, c, w.conflicts, Relation::conflict, s.lang);
  md_section(out, c, w.possible_title, Relation::possible_conflict, s.lang);
  md_section(out, c, w.agreements, Relation::agree, s.lang);
  md_section(out, c, w.evolutions, Relation::evolves, s.lang);
  md_section(out, c, w.inconsistencies, Relation::inconsistent, s.lang);
  md_section(out, c, w.consistent, Relation::consistent, s.lang);
  if (c.set_aside() > 0) md_list(out, c, w.set_aside_title, set_aside(c), s.lang);
  out << "## " << w.outlet_table << "\n\n| " << w.outlet << " | " << w.documents << " | " << w.claims << " | " << w.agree << " | "
      << w.conflict << " | " << w.evolves << " | " << w.inconsistent << " | " << w.agreement_rate << " |\n"
      << "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  for (const compare::OutletRow& r : c.outlets)
    out << "| " << md_escape(r.outlet.empty() ? w.unknown_outlet : r.outlet) << " | " << r.documents << " | " << r.claims << " | "
        << r.agree << " | " << r.conflict << " | " << r.evolves << " | " << r.inconsistent << " | "
        << percent(r.agree, r.agree + r.conflict) << " |\n";
}

void write_consistency_json(std::ostream& out, const Comparison& c, const Summary& s) {
  out << "{\n  \"format\": \"mizan-consistency\",\n  \"version\": 2,\n"
      << "  \"options\": {\"tolerance\": " << format_number(c.options.tolerance) << ", \"window_days\": " << c.options.window_days
      << "},\n  \"summary\": {\"documents\": " << s.documents << ", \"outlets\": " << s.outlets << ", \"claims\": " << s.claims
      << ", \"subjects\": " << c.subjects << ", \"stories\": " << c.stories.size()
      << ", \"conflicts\": " << c.count(Relation::conflict)
      << ", \"possible_conflicts\": " << c.count(Relation::possible_conflict)
      << ", \"agreements\": " << c.count(Relation::agree) << ", \"evolutions\": " << c.count(Relation::evolves)
      << ", \"inconsistencies\": " << c.count(Relation::inconsistent) << ", \"consistent\": " << c.count(Relation::consistent)
      << ", \"set_aside\": " << c.set_aside() << "},\n  \"verdicts\": [";
  std::set<std::size_t> used;
  bool first = true;
  for (const Verdict& v : c.verdicts) {
    out << (first ? "\n" : ",\n") << "    {\"id\": " << json_string(v.id) << ", \"relation\": " << json_string(to_string(v.relation))
        << ", \"check\": " << json_string(to_string(v.check)) << ", \"subject\": " << json_string(v.subject)
        << ", \"reason\": " << json_string(v.reason) << ", \"reason_ar\": " << json_string(reason_ar(v.reason, kind_of(c, v), kPlainVoice))
        << ", \"strength\": " << v.strength << ", \"slots\": " << json_string(v.slots)
        << ", \"slots_ar\": " << json_string(slots_ar(v.slots, kPlainVoice)) << ", \"claims\": [";
    first = false;
    for (std::size_t k = 0; k < v.claims.size(); ++k) {
      out << (k ? ", " : "") << c.claims[v.claims[k]].id;
      used.insert(v.claims[k]);
    }
    out << "], \"more_pairs\": " << v.more_pairs;
    if (v.review)
      out << ", \"review\": {\"status\": " << json_string(v.review->status) << ", \"note\": " << json_string(v.review->note)
          << ", \"by\": " << json_string(v.review->by) << ", \"at\": " << json_string(v.review->at) << "}";
    out << "}";
  }
  out << (first ? "],\n" : "\n  ],\n") << "  \"claims\": [";
  // The claims the verdicts rest on, by id.
  std::vector<std::size_t> listed(used.begin(), used.end());
  std::sort(listed.begin(), listed.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(c.claims[a].id, c.claims[a].document, a) < std::tie(c.claims[b].id, c.claims[b].document, b);
  });
  first = true;
  for (const std::size_t i : listed) {
    const StoredClaim& sc = c.claims[i];
    const Claim& cl = sc.claim;
    const Span n = number_in_sentence(sc);
    out << (first ? "\n" : ",\n") << "    {\"id\": " << sc.id << ", \"doc\": " << json_string(sc.document)
        << ", \"outlet\": " << json_string(sc.outlet) << ", \"published\": " << json_string(to_iso(sc.published))
        << ", \"url\": " << json_string(sc.url) << ", \"kind\": " << json_string(to_string(cl.kind))
        << ", \"value\": " << json_string(format_value(cl)) << ", \"qualifier\": " << json_string(to_string(cl.qualifier))
        << ", \"subject\": " << json_string(cl.subject_key) << ", \"time\": " << json_string(to_iso(cl.time))
        << ", \"said_by\": " << json_string(cl.said_by) << ", \"excerpt\": " << json_string(cl.excerpt)
        << ", \"sentence\": " << json_string(sc.sentence_text) << ", \"number\": [" << n.begin << ", " << n.end << "]";
    if (i < c.frames.size()) {
      const Frame& f = c.frames[i];
      out << ", \"story\": " << (f.story < 0 ? std::string("null") : std::to_string(f.story))
          << ", \"event_type\": " << json_string(f.event_type) << ", \"event_time\": " << json_string(to_iso(f.time))
          << ", \"time_borrowed\": " << (f.time_borrowed ? "true" : "false");
    }
    out << "}";
    first = false;
  }
  out << (first ? "],\n" : "\n  ],\n") << "  \"stories\": [";
  first = true;
  for (const Story& st : c.stories) {
    out << (first ? "\n" : ",\n") << "    {\"id\": " << st.id << ", \"event_type\": " << json_string(st.event_type)
        << ", \"label\": " << json_string(st.label) << ", \"dates\": " << json_string(to_iso(st.dates))
        << ", \"documents\": " << st.documents.size() << "}";
    first = false;
  }
  out << (first ? "],\n" : "\n  ],\n") << "  \"outlets\": [";
  first = true;
  for (const compare::OutletRow& r : c.outlets) {
    out << (first ? "\n" : ",\n") << "    {\"outlet\": " << json_string(r.outlet) << ", \"documents\": " << r.documents
        << ", \"claims\": " << r.claims << ", \"agree\": " << r.agree << ", \"conflict\": " << r.conflict
        << ", \"possible_conflict\": " << r.possible_conflict
        << ", \"evolves\": " << r.evolves << ", \"inconsistent\": " << r.inconsistent << "}";
    first = false;
  }
  out << (first ? "]\n" : "\n  ]\n") << "}\n";
}

}  // namespace mizan::report
