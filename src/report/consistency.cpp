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

std::string fixed(double v) { return format_fixed(v, 1); }

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
.legend span{margin-inline-end:1rem;font-size:.85rem;white-space:nowrap}.legend svg{border:0;vertical-align:middle}
svg{background:#fff;border:1px solid #eee;max-width:100%;height:auto}.note{color:#555;font-size:.9rem}
[hidden]{display:none!important}
.verdict,blockquote,.meta,.subject,h3{overflow-wrap:anywhere}.scroll{overflow-x:auto;max-width:100%}
nav.toc{font-size:.9rem;background:#f7f7f3;border:1px solid #e4e4de;border-radius:4px;padding:.3rem .8rem}nav.toc a{margin-inline-end:.9rem;white-space:nowrap;display:inline-block}
#filters{position:sticky;top:0;z-index:1;background:#fdfdfb;border-bottom:1px solid #ddd;padding:.4rem 0;display:flex;flex-wrap:wrap;gap:.4rem .8rem;font-size:.85rem}
#filters label{display:flex;flex-direction:column}#filters select,#filters input{font:inherit;max-width:14rem}#shown{align-self:end;color:#555}
details.more summary,details.story summary{cursor:pointer}details.story{margin:.3rem 0}details.more ul{margin:.3rem 0;padding-inline-start:1.2rem}
a.source{color:#1b5e91}
@media (max-width:480px){body{padding:.5rem .6rem}td,th{padding:.15rem .3rem}#filters select,#filters input{max-width:9rem}}
)css";

// The page's one script: filters and a text search over the verdicts (what the page shows without
// it is the whole report). Its state is the address's fragment (#relation=conflict&outlet=...), so
// a filtered view can be sent as a link. It reads the page, never article text as code.
constexpr char kScript[] = R"js(
(function(){
var form=document.getElementById('filters');if(!form)return;form.hidden=false;
var verdicts=[].slice.call(document.querySelectorAll('.verdict'));
var fields=['relation','strength','outlet','story','from','to','q'];
function val(n){return form.elements[n].value.trim();}
function apply(){
 var r=val('relation'),s=val('strength'),o=val('outlet'),st=val('story'),f=val('from'),t=val('to'),q=val('q').toLowerCase();
 var n=0;
 verdicts.forEach(function(v){var d=v.dataset;var ok=(!r||d.relation===r)&&(!s||+d.strength>=+s)&&(!o||d.outlets.indexOf('|'+o+'|')>=0)&&(!st||d.story===st)&&(!f||(d.last&&d.last>=f))&&(!t||(d.first&&d.first<=t))&&(!q||v.textContent.toLowerCase().indexOf(q)>=0);v.hidden=!ok;if(ok)n++;});
 document.getElementById('shown').textContent=document.getElementById('shown').dataset.label.replace('%1',n).replace('%2',verdicts.length);
 var h=fields.filter(function(k){return val(k);}).map(function(k){return k+'='+encodeURIComponent(val(k));}).join('&');
 if(('#'+h)!==location.hash&&!(h===''&&location.hash===''))history.replaceState(null,'',h?'#'+h:location.pathname+location.search);
}
function load(){var h=location.hash.slice(1);if(h.indexOf('=')<0)return;h.split('&').forEach(function(p){var i=p.indexOf('=');var k=p.slice(0,i);if(fields.indexOf(k)>=0)form.elements[k].value=decodeURIComponent(p.slice(i+1));});}
load();apply();
form.addEventListener('input',apply);form.addEventListener('change',apply);
window.addEventListener('hashchange',function(){if(location.hash.indexOf('=')>=0){load();apply();}});
})();
)js";

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
  const char* contents, *stories, *story, *event, *dates, *all, *relation, *min_strength, *from, *to,
      *search, *shown, *no_story, *show_verdicts;
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
    "و", " من أزواج الادعاءات الأخرى بين الوثيقتين بالحكم نفسه", "و", " غيرها في consistency.json", "، ",
    "المحتويات", "القصص", "القصة", "الحدث", "التواريخ", "الكل", "الحكم", "أدنى قوة", "من", "إلى", "بحث في النص",
    "يظهر %1 من %2 حكمًا", "لا قصة: لم تتقاطع وثائق على حدث واحد.", "اعرض أحكام هذه القصة وحدها"};

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
    "and ", " more claim pair(s) of the same documents with the same verdict", "and ", " more in consistency.json", ", ",
    "Contents", "Stories", "Story", "Event", "Dates", "all", "Verdict", "Minimum strength", "From", "To",
    "Search the text", "%1 of %2 verdicts shown", "No story: no documents report one event together.",
    "show this story's verdicts alone"};

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

// A claim's document by name, linked to where it was published when its address is a web address
// (never another scheme: an article's own "javascript:" stays text).
std::string document_link(const StoredClaim& s) {
  const std::string name = "<bdi>" + html_escape(s.document) + "</bdi>";
  if (s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0) return name;
  return "<a class=\"source\" href=\"" + html_escape(s.url) + "\" rel=\"noopener noreferrer\" target=\"_blank\">" + name + "</a>";
}

void html_quote(std::ostream& out, const StoredClaim& s, const Words& w) {
  out << "<blockquote><p>" << highlighted_sentence(s, html_escape, "<mark>", "</mark>") << "</p>"
      << "<div class=\"meta\">" << html_escape(s.outlet.empty() ? w.unknown_outlet : s.outlet) << " · "
      << (s.published.known() ? "<bdi dir=\"ltr\">" + to_iso(s.published) + "</bdi>" : std::string(w.unknown_date));
  if (!s.claim.said_by.empty()) out << " · <bdi>" << html_escape(s.claim.said_by) << "</bdi>";
  out << " · " << document_link(s) << "</div></blockquote>\n";
}

void html_verdict(std::ostream& out, const Comparison& c, const Verdict& v, Lang lang) {
  const Words& w = words(lang);
  // What the filters read: relation, strength, story, the outlets and the first and last day of its claims.
  std::set<std::string> outlets;
  std::string first, last;
  for (const std::size_t i : v.claims) {
    outlets.insert(c.claims[i].outlet);
    const DateRange t = compare::claim_time(c.claims[i]);
    if (!t.known()) continue;
    const std::string lo = to_iso(DateRange{t.lo, t.lo, Precision::day}), hi = to_iso(DateRange{t.hi, t.hi, Precision::day});
    if (first.empty() || lo < first) first = lo;
    if (last.empty() || hi > last) last = hi;
  }
  std::string outlet_list = "|";
  for (const std::string& o : outlets) outlet_list += o + "|";
  const int story = !v.claims.empty() && v.claims.front() < c.frames.size() ? c.frames[v.claims.front()].story : -1;
  out << "<div class=\"verdict " << to_string(v.relation) << "\" id=\"v-" << html_escape(v.id) << "\" data-relation=\""
      << to_string(v.relation) << "\" data-strength=\"" << v.strength << "\" data-story=\""
      << (story >= 0 ? std::to_string(story) : std::string()) << "\" data-outlets=\"" << html_escape(outlet_list)
      << "\" data-first=\"" << first << "\" data-last=\"" << last << "\">\n";
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
  if (v.more_pairs > 0) {
    // The other pairs, opened on demand (the first Verdict::kMoreKept of them).
    out << "<details class=\"more\"><summary>" << w.more_pairs_before << v.more_pairs << w.more_pairs_after << "</summary><ul>\n";
    for (const auto& [i, j] : v.more) {
      out << "<li>";
      for (const std::size_t k : {i, j}) {
        const StoredClaim& m = c.claims[k];
        out << (k == i ? "" : " — ") << "<bdi>" << html_escape(compare::describe_value(m.claim)) << "</bdi> «"
            << html_escape(m.claim.excerpt) << "» (<bdi>" << html_escape(m.outlet.empty() ? w.unknown_outlet : m.outlet)
            << "</bdi>" << w.comma << "<bdi>" << html_escape(m.document) << "</bdi>)";
      }
      out << "</li>\n";
    }
    if (v.more_pairs > v.more.size()) out << "<li>…</li>\n";
    out << "</ul></details>\n";
  }
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

namespace {

// Round steps for an axis: 1, 2 or 5 times a power of ten, about `ticks` of them over [lo, hi].
double nice_step(double lo, double hi, int ticks) {
  const double raw = (hi - lo) / ticks;
  if (!(raw > 0)) return 1;
  const double p = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double m : {1.0, 2.0, 5.0, 10.0})
    if (raw <= m * p) return m * p;
  return 10 * p;
}

// A point's mark: outlets are told apart by colour and by shape (for a reader who cannot tell the
// colours apart, and in print).
std::string mark(std::size_t k, double x, double y, const std::string& inner) {
  const char* col = kPalette[k % (sizeof kPalette / sizeof kPalette[0])];
  const std::size_t shape = (k / (sizeof kPalette / sizeof kPalette[0]) + k) % 4;
  char buf[256];
  switch (shape) {
    case 1:
      std::snprintf(buf, sizeof buf, "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\">", x - 4, y - 4, col);
      return buf + inner + "</rect>";
    case 2:
      std::snprintf(buf, sizeof buf, "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"%s\">", x, y - 5, x + 5, y + 4, x - 5, y + 4, col);
      return buf + inner + "</path>";
    case 3:
      std::snprintf(buf, sizeof buf, "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"%s\">", x, y - 5, x + 5, y, x, y + 5,
                    x - 5, y, col);
      return buf + inner + "</path>";
    default:
      std::snprintf(buf, sizeof buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\">", x, y, col);
      return buf + inner + "</circle>";
  }
}

}  // namespace

std::string timeline_svg(const Comparison& c, const std::vector<std::size_t>& claims, Lang lang) {
  constexpr double kW = 560, kH = 230, kLeft = 78, kRight = 24, kTop = 18, kBottom = 46;
  // The points: claims placed in time, in time order (their outlets' marks in the order they first speak).
  std::vector<std::size_t> placed;
  for (const std::size_t i : claims)
    if (compare::claim_time(c.claims[i]).known()) placed.push_back(i);
  if (placed.empty()) return "";
  std::stable_sort(placed.begin(), placed.end(), [&](std::size_t a, std::size_t b) {
    return compare::claim_time(c.claims[a]).lo < compare::claim_time(c.claims[b]).lo;
  });
  std::int32_t t0 = compare::claim_time(c.claims[placed.front()]).lo, t1 = t0;
  double v0 = c.claims[placed.front()].claim.lo, v1 = c.claims[placed.front()].claim.hi;
  std::vector<std::string> outlets;  // in order of first point
  for (const std::size_t i : placed) {
    const DateRange t = compare::claim_time(c.claims[i]);
    const Claim& cl = c.claims[i].claim;
    t0 = std::min(t0, t.lo), t1 = std::max(t1, t.hi), v0 = std::min(v0, cl.lo), v1 = std::max(v1, cl.hi);
    if (std::find(outlets.begin(), outlets.end(), c.claims[i].outlet) == outlets.end()) outlets.push_back(c.claims[i].outlet);
  }
  if (t1 == t0) --t0, ++t1;
  if (v1 == v0) v0 -= 1, v1 += 1;
  // The value axis from a round number at or below the least value (zero when that is near) to one
  // at or above the greatest, in round steps.
  const double step = nice_step(v0 > 0 && v0 < (v1 - v0) ? 0 : v0, v1, 4);
  v0 = std::floor((v0 > 0 && v0 < (v1 - v0) ? 0 : v0) / step) * step;
  v1 = std::ceil(v1 / step) * step;
  if (v1 == v0) v1 = v0 + step;
  auto x = [&](double t) { return kLeft + (t - t0) / (t1 - t0) * (kW - kLeft - kRight); };
  auto y = [&](double v) { return kTop + (v1 - v) / (v1 - v0) * (kH - kTop - kBottom); };
  const Kind kind = c.claims[placed.front()].claim.kind;
  auto number = [&](double v) {
    return reader_number(format_number(v)) + (kind == Kind::percent ? (lang == Lang::ar ? "٪" : "%") : "");
  };
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + fixed(kW) + "\" height=\"" + fixed(kH) +
                    "\" viewBox=\"0 0 " + fixed(kW) + " " + fixed(kH) + "\" direction=\"ltr\" font-size=\"11\">\n";
  auto text = [&](double tx, double ty, const std::string& anchor, const std::string& str, const std::string& extra = "") {
    out += "<text x=\"" + fixed(tx) + "\" y=\"" + fixed(ty) + "\" text-anchor=\"" + anchor + "\"" + extra + ">" + html_escape(str) +
           "</text>\n";
  };
  // Value ticks and their grid.
  for (double v = v0; v <= v1 + step / 2; v += step) {
    out += "<line x1=\"" + fixed(kLeft) + "\" y1=\"" + fixed(y(v)) + "\" x2=\"" + fixed(kW - kRight) + "\" y2=\"" + fixed(y(v)) +
           "\" stroke=\"#eee\"/>\n";
    text(kLeft - 6, y(v) + 4, "end", number(v));
  }
  // Day ticks: at most five, the first and last day among them.
  const int days = t1 - t0;
  const int day_step = std::max(1, (days + 4) / 5);
  for (int d = 0; d <= days; d += day_step) {
    const std::int32_t day = t0 + d;
    out += "<line x1=\"" + fixed(x(day)) + "\" y1=\"" + fixed(kH - kBottom) + "\" x2=\"" + fixed(x(day)) + "\" y2=\"" +
           fixed(kH - kBottom + 4) + "\" stroke=\"#999\"/>\n";
    // The first and last labels lean inwards, so no date runs off the chart.
    const char* anchor = d == 0 ? "start" : d + day_step > days ? "end" : "middle";
    text(x(day), kH - kBottom + 16, anchor, to_iso(DateRange{day, day, Precision::day}));
  }
  out += "<line x1=\"" + fixed(kLeft) + "\" y1=\"" + fixed(kH - kBottom) + "\" x2=\"" + fixed(kW - kRight) + "\" y2=\"" +
         fixed(kH - kBottom) + "\" stroke=\"#999\"/>\n<line x1=\"" + fixed(kLeft) + "\" y1=\"" + fixed(kTop) + "\" x2=\"" +
         fixed(kLeft) + "\" y2=\"" + fixed(kH - kBottom) + "\" stroke=\"#999\"/>\n";
  // Axis names: the day below, what is counted beside the values.
  const std::string counted = c.claims[placed.front()].claim.counted;
  text((kLeft + kW - kRight) / 2, kH - 6, "middle", lang == Lang::ar ? "التاريخ" : "date");
  text(14, (kTop + kH - kBottom) / 2, "middle",
       lang == Lang::ar ? label_ar(counted.empty() ? to_string(kind) : counted) : (counted.empty() ? std::string(to_string(kind)) : counted),
       " transform=\"rotate(-90 14 " + fixed((kTop + kH - kBottom) / 2) + ")\"");
  // The points, a range as a bar, each with its value written beside it (when there are few).
  const bool write_values = placed.size() <= 16;
  for (const std::size_t i : placed) {
    const StoredClaim& sc = c.claims[i];
    const DateRange t = compare::claim_time(sc);
    const double cx = x((static_cast<double>(t.lo) + t.hi) / 2.0), cy = y((sc.claim.lo + sc.claim.hi) / 2);
    const std::size_t k = static_cast<std::size_t>(std::find(outlets.begin(), outlets.end(), sc.outlet) - outlets.begin());
    const std::string title = "<title>" + html_escape(sc.outlet + " · " + to_iso(t) + " · " + compare::describe_value(sc.claim)) + "</title>";
    const char* col = kPalette[k % (sizeof kPalette / sizeof kPalette[0])];
    if (sc.claim.hi > sc.claim.lo)
      out += "<line x1=\"" + fixed(cx) + "\" y1=\"" + fixed(y(sc.claim.lo)) + "\" x2=\"" + fixed(cx) + "\" y2=\"" + fixed(y(sc.claim.hi)) +
             "\" stroke=\"" + col + "\" stroke-width=\"3\"/>\n";
    // A figure known only to the month (or a story's days) spans them: a bar, not a day it was not given on.
    if (t.hi > t.lo)
      out += "<line x1=\"" + fixed(x(t.lo)) + "\" y1=\"" + fixed(cy) + "\" x2=\"" + fixed(x(t.hi)) + "\" y2=\"" + fixed(cy) +
             "\" stroke=\"" + col + "\" stroke-opacity=\"0.45\" stroke-width=\"3\"/>\n";
    out += mark(k, cx, cy, title) + "\n";
    if (write_values) text(cx + 7, cy - 6, "start", number((sc.claim.lo + sc.claim.hi) / 2), " fill=\"#333\"");
  }
  out += "</svg>\n<p class=\"legend\">";
  // The legend in the order the outlets first give a figure, only outlets with a point.
  for (std::size_t k = 0; k < outlets.size(); ++k)
    out += "<span><svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\">" + mark(k, 6, 6, "") + "</svg> " +
           html_escape(outlets[k].empty() ? (lang == Lang::ar ? "(غير معروف)" : "(unknown)") : outlets[k]) + "</span> ";
  out += "</p>\n";
  return out;
}

// The stories: each one event's documents, with how its verdicts fell; a story's name filters the
// verdicts to it (with the page's script).
void html_stories(std::ostream& out, const Comparison& c, const Words& w, Lang lang) {
  std::map<int, std::map<Relation, std::size_t>> tally;
  for (const Verdict& v : c.verdicts) {
    if (v.set_aside() || v.claims.empty() || v.claims.front() >= c.frames.size()) continue;
    const int story = c.frames[v.claims.front()].story;
    if (story >= 0) ++tally[story][v.relation];
  }
  out << "<section id=\"stories\">\n<h2>" << w.stories << " (" << c.stories.size() << ")</h2>\n";
  if (c.stories.empty()) {
    out << "<p class=\"note\">" << w.no_story << "</p>\n</section>\n";
    return;
  }
  out << "<div class=\"scroll\"><table>\n<tr><th>" << w.story << "</th><th>" << w.event << "</th><th>" << w.dates << "</th><th>"
      << w.documents << "</th><th>" << w.conflicts << "</th><th>" << w.possible << "</th><th>" << w.agreements << "</th><th>"
      << w.evolutions << "</th></tr>\n";
  for (const Story& st : c.stories) {
    auto& t = tally[st.id];
    out << "<tr><td><a href=\"#story=" << st.id << "\" title=\"" << w.show_verdicts << "\"><bdi>" << html_escape(st.label) << "</bdi></a></td><td>"
        << html_escape(lang == Lang::ar ? label_ar(st.event_type) : st.event_type) << "</td><td><bdi dir=\"ltr\">"
        << (st.dates.known() ? to_iso(st.dates) : std::string("–")) << "</bdi></td><td>" << st.documents.size() << "</td><td>"
        << t[Relation::conflict] << "</td><td>" << t[Relation::possible_conflict] << "</td><td>" << t[Relation::agree] << "</td><td>"
        << t[Relation::evolves] << "</td></tr>\n";
  }
  out << "</table></div>\n";
  // Each story opened: its documents, and the timeline of the figure it gives most (its toll, its
  // votes), when three or more are placed in time.
  std::map<int, std::vector<std::size_t>> claims_of;
  for (std::size_t i = 0; i < c.claims.size() && i < c.frames.size(); ++i)
    if (c.frames[i].story >= 0) claims_of[c.frames[i].story].push_back(i);
  for (const Story& st : c.stories) {
    const std::vector<std::size_t>& in_story = claims_of[st.id];
    out << "<details class=\"story\" id=\"story-" << st.id << "\"><summary><bdi>" << html_escape(st.label) << "</bdi> — "
        << html_escape(lang == Lang::ar ? label_ar(st.event_type) : st.event_type) << "</summary>\n<ul>\n";
    std::set<std::string> listed;
    for (const std::size_t i : in_story) {
      const StoredClaim& sc = c.claims[i];
      if (!listed.insert(sc.document).second) continue;
      out << "<li>" << html_escape(sc.outlet.empty() ? w.unknown_outlet : sc.outlet) << " · <bdi dir=\"ltr\">"
          << (sc.published.known() ? to_iso(sc.published) : std::string(w.unknown_date)) << "</bdi> · " << document_link(sc)
          << "</li>\n";
    }
    out << "</ul>\n";
    std::map<std::string, std::vector<std::size_t>> by_class;  // "count|deaths" -> claims placed in time
    for (const std::size_t i : in_story) {
      const Claim& cl = c.claims[i].claim;
      if ((cl.kind == Kind::count || cl.kind == Kind::percent) && !cl.counted.empty() && compare::claim_time(c.claims[i]).known())
        by_class[std::string(to_string(cl.kind)) + "|" + cl.counted].push_back(i);
    }
    const auto most = std::max_element(by_class.begin(), by_class.end(),
                                       [](const auto& a, const auto& b) { return a.second.size() < b.second.size(); });
    if (most != by_class.end() && most->second.size() >= 3) out << timeline_svg(c, most->second, lang);
    out << "</details>\n";
  }
  out << "</section>\n";
}

// The filter bar: hidden until the page's script shows it (without the script it could do nothing).
void html_filters(std::ostream& out, const Comparison& c, const Words& w, Lang lang) {
  out << "<form id=\"filters\" hidden onsubmit=\"return false\">\n<label>" << w.relation << "<select name=\"relation\"><option value=\"\">"
      << w.all << "</option>";
  for (const Relation r : {Relation::conflict, Relation::possible_conflict, Relation::agree, Relation::evolves, Relation::inconsistent,
                           Relation::consistent})
    out << "<option value=\"" << to_string(r) << "\">" << (lang == Lang::ar ? label_ar(to_string(r)) : std::string(to_string(r)))
        << "</option>";
  out << "</select></label>\n<label>" << w.min_strength << "<input name=\"strength\" type=\"number\" min=\"0\" max=\"9\" step=\"1\"></label>\n<label>"
      << w.outlet << "<select name=\"outlet\"><option value=\"\">" << w.all << "</option>";
  for (const compare::OutletRow& r : c.outlets)
    if (!r.outlet.empty()) out << "<option value=\"" << html_escape(r.outlet) << "\">" << html_escape(r.outlet) << "</option>";
  out << "</select></label>\n<label>" << w.story << "<select name=\"story\"><option value=\"\">" << w.all << "</option>";
  for (const Story& st : c.stories) out << "<option value=\"" << st.id << "\">" << html_escape(st.label) << "</option>";
  out << "</select></label>\n<label>" << w.from << "<input name=\"from\" type=\"date\"></label>\n<label>" << w.to
      << "<input name=\"to\" type=\"date\"></label>\n<label>" << w.search << "<input name=\"q\" type=\"search\"></label>\n"
      << "<output id=\"shown\" data-label=\"" << w.shown << "\"></output>\n</form>\n";
}

void write_consistency_html(std::ostream& out, const Comparison& c, const Summary& s) {
  const Words& w = words(s.lang);
  out << "<!DOCTYPE html>\n<html dir=\"" << w.dir << "\" lang=\"" << w.lang << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << w.title << "</title>\n<style>" << kCss << "</style>\n</head>\n<body>\n"
      << "<h1>" << w.title << "</h1>\n<p class=\"note\">" << html_escape(w.intro) << format_number(c.options.tolerance * 100)
      << w.window << c.options.window_days << w.days << "</p>\n";
  out << "<nav class=\"toc\" aria-label=\"" << w.contents << "\"><strong>" << w.contents << ":</strong> <a href=\"#summary\">"
      << w.summary << "</a> <a href=\"#stories\">" << w.stories << "</a> <a href=\"#conflicts\">" << w.conflicts
      << "</a> <a href=\"#possible-conflicts\">" << w.possible << "</a> <a href=\"#agreements\">" << w.agreements
      << "</a> <a href=\"#evolutions\">" << w.evolutions << "</a> <a href=\"#inconsistencies\">" << w.inconsistencies
      << "</a>" << (c.set_aside() > 0 ? std::string(" <a href=\"#set-aside\">") + w.set_aside + "</a>" : std::string())
      << " <a href=\"#outlets\">" << w.outlet_table << "</a></nav>\n";
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
  html_stories(out, c, w, s.lang);
  html_filters(out, c, w, s.lang);
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
        << timeline_svg(c, claims, s.lang);
    for (const Verdict* v : by_subject[subject])
      if (listed++ < kMaxListed) html_verdict(out, c, *v, s.lang);
  }
  html_more(out, evolutions.size(), w);
  out << "</section>\n";

  html_section(out, c, "inconsistencies", w.inconsistencies, Relation::inconsistent, w.no_inconsistency, s.lang);
  html_section(out, c, "consistent", w.consistent, Relation::consistent, w.no_check, s.lang);
  if (c.set_aside() > 0) html_list(out, c, "set-aside", w.set_aside_title, set_aside(c), "", s.lang);

  out << "<section id=\"outlets\">\n<h2>" << w.outlet_table << "</h2>\n<div class=\"scroll\"><table>\n<tr><th>" << w.outlet << "</th><th>"
      << w.documents << "</th><th>" << w.claims << "</th><th>" << w.agree << "</th><th>" << w.conflict << "</th><th>"
      << w.evolves << "</th><th>" << w.inconsistent << "</th><th>" << w.agreement_rate << "</th></tr>\n";
  for (const compare::OutletRow& r : c.outlets)
    out << "<tr><td>" << html_escape(r.outlet.empty() ? w.unknown_outlet : r.outlet) << "</td><td>" << r.documents << "</td><td>"
        << r.claims << "</td><td>" << r.agree << "</td><td>" << r.conflict << "</td><td>" << r.evolves << "</td><td>"
        << r.inconsistent << "</td><td>" << percent(r.agree, r.agree + r.conflict) << "</td></tr>\n";
  out << "</table></div>\n</section>\n<script id=\"mizan-filters\">" << kScript << "</script>\n</body>\n</html>\n";
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
  std::vector<char> used(c.claims.size(), 0);  // the claims the verdicts rest on, marked by index
  bool first = true;
  for (const Verdict& v : c.verdicts) {
    out << (first ? "\n" : ",\n") << "    {\"id\": " << json(v.id) << ", \"relation\": " << json(to_string(v.relation))
        << ", \"check\": " << json(to_string(v.check)) << ", \"subject\": " << json(v.subject)
        << ", \"reason\": " << json(v.reason) << ", \"reason_ar\": " << json(reason_ar(v.reason, kind_of(c, v), kPlainVoice))
        << ", \"strength\": " << v.strength << ", \"slots\": " << json(v.slots)
        << ", \"slots_ar\": " << json(slots_ar(v.slots, kPlainVoice)) << ", \"claims\": [";
    first = false;
    for (std::size_t k = 0; k < v.claims.size(); ++k) {
      out << (k ? ", " : "") << c.claims[v.claims[k]].id;
      used[v.claims[k]] = 1;
    }
    out << "], \"more_pairs\": " << v.more_pairs;
    if (v.review)
      out << ", \"review\": {\"status\": " << json(v.review->status) << ", \"note\": " << json(v.review->note)
          << ", \"by\": " << json(v.review->by) << ", \"at\": " << json(v.review->at) << "}";
    out << "}";
  }
  out << (first ? "],\n" : "\n  ],\n") << "  \"claims\": [";
  // The claims the verdicts rest on, by id.
  std::vector<std::size_t> listed;
  for (std::size_t i = 0; i < used.size(); ++i)
    if (used[i]) listed.push_back(i);
  std::sort(listed.begin(), listed.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(c.claims[a].id, c.claims[a].document, a) < std::tie(c.claims[b].id, c.claims[b].document, b);
  });
  first = true;
  for (const std::size_t i : listed) {
    const StoredClaim& sc = c.claims[i];
    const Claim& cl = sc.claim;
    const Span n = number_in_sentence(sc);
    out << (first ? "\n" : ",\n") << "    {\"id\": " << sc.id << ", \"doc\": " << json(sc.document)
        << ", \"outlet\": " << json(sc.outlet) << ", \"published\": " << json(to_iso(sc.published))
        << ", \"url\": " << json(sc.url) << ", \"kind\": " << json(to_string(cl.kind))
        << ", \"value\": " << json(format_value(cl)) << ", \"qualifier\": " << json(to_string(cl.qualifier))
        << ", \"subject\": " << json(cl.subject_key) << ", \"time\": " << json(to_iso(cl.time))
        << ", \"said_by\": " << json(cl.said_by) << ", \"excerpt\": " << json(cl.excerpt)
        << ", \"sentence\": " << json(sc.sentence_text) << ", \"number\": [" << n.begin << ", " << n.end << "]";
    if (i < c.frames.size()) {
      const Frame& f = c.frames[i];
      out << ", \"story\": " << (f.story < 0 ? std::string("null") : std::to_string(f.story))
          << ", \"event_type\": " << json(f.event_type) << ", \"event_time\": " << json(to_iso(f.time))
          << ", \"time_borrowed\": " << (f.time_borrowed ? "true" : "false");
    }
    out << "}";
    first = false;
  }
  out << (first ? "],\n" : "\n  ],\n") << "  \"stories\": [";
  first = true;
  for (const Story& st : c.stories) {
    out << (first ? "\n" : ",\n") << "    {\"id\": " << st.id << ", \"event_type\": " << json(st.event_type)
        << ", \"label\": " << json(st.label) << ", \"dates\": " << json(to_iso(st.dates))
        << ", \"documents\": " << st.documents.size() << "}";
    first = false;
  }
  out << (first ? "],\n" : "\n  ],\n") << "  \"outlets\": [";
  first = true;
  for (const compare::OutletRow& r : c.outlets) {
    out << (first ? "\n" : ",\n") << "    {\"outlet\": " << json(r.outlet) << ", \"documents\": " << r.documents
        << ", \"claims\": " << r.claims << ", \"agree\": " << r.agree << ", \"conflict\": " << r.conflict
        << ", \"possible_conflict\": " << r.possible_conflict
        << ", \"evolves\": " << r.evolves << ", \"inconsistent\": " << r.inconsistent << "}";
    first = false;
  }
  out << (first ? "]\n" : "\n  ]\n") << "}\n";
}

void write_verdicts_table(std::ostream& out, const Comparison& c, bool csv) {
  const char sep = csv ? ',' : '\t';
  auto cell = [&](std::string_view v) { return csv ? csv_field(v) : sheet_tsv(v); };
  const std::vector<std::string> header = {"id", "relation", "strength", "story", "subject", "doc_a", "outlet_a", "published_a",
                                           "value_a", "excerpt_a", "url_a", "doc_b", "outlet_b", "published_b", "value_b",
                                           "excerpt_b", "url_b", "more_claims", "reason", "reason_ar", "review", "review_note"};
  for (std::size_t k = 0; k < header.size(); ++k) out << (k ? std::string(1, sep) : "") << header[k];
  out << (csv ? "\r\n" : "\n");
  for (const Verdict& v : c.verdicts) {
    const int story = !v.claims.empty() && v.claims.front() < c.frames.size() ? c.frames[v.claims.front()].story : -1;
    std::vector<std::string> row = {v.id, std::string(to_string(v.relation)), std::to_string(v.strength),
                                    story >= 0 ? std::to_string(story) : std::string(), v.subject};
    for (std::size_t k = 0; k < 2; ++k) {
      if (k < v.claims.size()) {
        const StoredClaim& s = c.claims[v.claims[k]];
        row.insert(row.end(), {s.document, s.outlet, to_iso(s.published), compare::describe_value(s.claim), s.claim.excerpt, s.url});
      } else {
        row.insert(row.end(), 6, std::string());
      }
    }
    row.push_back(std::to_string(v.claims.size() > 2 ? v.claims.size() - 2 : 0));
    row.push_back(v.reason);
    row.push_back(reason_ar(v.reason, kind_of(c, v), kPlainVoice));
    row.push_back(v.review ? v.review->status : std::string());
    row.push_back(v.review ? v.review->note : std::string());
    for (std::size_t k = 0; k < row.size(); ++k) out << (k ? std::string(1, sep) : "") << cell(row[k]);
    out << (csv ? "\r\n" : "\n");
  }
}

}  // namespace mizan::report
