#include "extract/extract.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "grammar/lexicon.hpp"
#include "grammar/scan.hpp"
#include "text/fold.hpp"
#include "text/segment.hpp"

namespace mizan::extract {

namespace {

using grammar::Found;
using ast::QuantityKind;
using lexicon::PhraseTable;

// A phrase table and its bit in Word::tables: words_of() marks each word with the tables that have a
// phrase beginning with it, so match_at() passes over most words without building any phrase.
struct Phrases : PhraseTable {
  Phrases(const char* file, int bit, std::size_t column = 0) : PhraseTable(file, column), file(file), bit(1u << bit) {}
  const char* file;
  std::uint32_t bit;
};

struct Tables {
  Phrases counted{"counted", 0};
  Phrases places{"places", 1};
  Phrases organisations{"organisations", 2};
  Phrases series{"series", 3};
  Phrases events{"events", 4};
  Phrases speech_verbs{"speech_verbs", 5};
  Phrases speaker_stops{"speaker_stops", 6};
  Phrases outlets{"outlets", 7};
  Phrases page_stamps{"page_stamps", 8};
  Phrases exchange_markers{"exchange_markers", 9};
  Phrases hedges{"hedges", 10};
  Phrases hedge_positions{"hedges", 10, 1};  // the same phrases: before or after the number
  Phrases titles{"titles", 11};
  Phrases ordinal_excluded{"ordinal_excluded_nouns", 12};
  Phrases scores{"scores", 13};
  Phrases person_roles{"person_roles", 14};
  Phrases subset_classes{"subset_classes", 21};
  Phrases percent_heads{"percent_heads", 15};
  Phrases event_types{"event_types", 16};
  Phrases event_place_markers{"event_place_markers", 17};
  Phrases percent_heads_before{"percent_heads_before", 18};
  Phrases clause_breaks{"clause_breaks", 19};
  Phrases count_heads{"count_heads", 20};
  Phrases partial_markers{"partial_markers", 22};
  Phrases paren_heads{"paren_heads", 23};
  Phrases toll_heads{"toll_heads", 24};
  // First word of a phrase (and that word without its ال) -> the tables with such phrases. Every
  // form clitic_forms() gives is the word, a suffix of it, or ال and a suffix of it, so the
  // suffixes of a word looked up here say which tables can match at it.
  std::unordered_map<std::string_view, std::uint32_t> starts = [this] {
    std::unordered_map<std::string_view, std::uint32_t> out;
    const std::string_view al = "\xd8\xa7\xd9\x84";
    for (const Phrases* t : {&counted, &places, &organisations, &series, &events, &speech_verbs, &speaker_stops,
                             &outlets, &page_stamps, &exchange_markers, &hedges, &titles, &ordinal_excluded,
                             &scores, &person_roles, &subset_classes, &percent_heads, &event_types, &event_place_markers,
                             &percent_heads_before, &clause_breaks, &count_heads, &partial_markers, &paren_heads, &toll_heads})
      for (const lexicon::Row& r : lexicon::rows(t->file)) {  // rows() are kept for the program's life
        const std::string_view head = std::string_view(r.form).substr(0, r.form.find(' '));
        out[head] |= t->bit;
        if (head.substr(0, al.size()) == al) out[head.substr(al.size())] |= t->bit;
      }
    return out;
  }();
  // The place each event series is held in: its names looked up in the gazetteer.
  std::map<std::string, std::string> event_places = [this] {
    std::map<std::string, std::string> out;
    for (const lexicon::Row& r : lexicon::rows("events"))
      if (const std::string* place = places.find(r.form)) out.emplace(std::string(r.field(0)), *place);
    return out;
  }();
};

const Tables& tables() {
  static const Tables t;
  return t;
}

// Whether `counted` is one of the lexicon's classes (deaths, fighters), not a noun kept as written.
bool is_counted_class(const std::string& counted) {
  return lexicon::column_values("counted", 0).count(counted) || lexicon::column_values("person_roles", 0).count(counted) ||
         lexicon::column_values("count_heads", 0).count(counted) || lexicon::column_values("subset_classes", 0).count(counted) ||
         lexicon::column_values("paren_heads", 0).count(counted);
}

// How many words before a date "منذ" makes it the start of a period.
constexpr std::size_t kSinceWords = 8;

// How many words after a count a word singling out part of it is looked for ("205 في حالة خطيرة").
constexpr std::size_t kSubsetWords = 3;

// Classes that say only "people" or "cases" (شخص، مواطن، حالة): what happened to them, or the total
// they are part of, may say what they count.
bool is_generic_class(const std::string& counted) { return counted == "people" || counted == "cases"; }

// Folded forms that are never a counted noun by themselves.
bool is_function_word(std::string_view w) {
  static const std::vector<std::string> kWords = [] {
    std::vector<std::string> v;
    for (const char* s : {"في", "من", "على", "الى", "إلى", "عن", "مع", "و", "او", "أو", "ثم", "منهم", "منها",
                          "بين", "حتى", "عند", "هذا", "هذه", "ذلك", "تلك", "كل", "بعد", "قبل", "نحو", "حول", "خلال",
                          "منذ", "لدى", "اي", "أي", "ان", "أن", "إن", "قد", "لا", "لم", "لن", "ما", "التي", "الذي"})
      v.push_back(fold_word(s));
    return v;
  }();
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

struct Word {
  std::uint32_t begin, end;  // in the sentence's folded text
  std::uint32_t tables = ~0u;  // Phrases::bit of each table a phrase of which may begin here
  std::uint32_t size() const { return end - begin; }
};

// Whether the two bytes at `p` are one of the letters a clitic or the article is made of: و ف ب ل ك ا.
bool clitic_letter(const char* p) {
  const auto a = static_cast<unsigned char>(p[0]), b = static_cast<unsigned char>(p[1]);
  return (a == 0xd9 && (b == 0x88 || b == 0x81 || b == 0x84 || b == 0x83)) || (a == 0xd8 && (b == 0xa8 || b == 0xa7));
}

std::uint32_t tables_starting_at(std::string_view word) {
  const auto& starts = tables().starts;
  std::uint32_t mask = 0;
  // The word, then the word less up to three clitic letters: only a prefix of such letters can be
  // taken off (وبالجيش → بالجيش، الجيش، جيش), so a word that begins with another letter costs one lookup.
  for (std::size_t cut = 0; cut <= 6 && cut < word.size(); cut += 2) {
    if (cut && !clitic_letter(word.data() + cut - 2)) break;
    if (const auto it = starts.find(word.substr(cut)); it != starts.end()) mask |= it->second;
  }
  return mask;
}

std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!is_word_byte(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    const std::size_t b = i;
    while (i < s.size() && is_word_byte(static_cast<unsigned char>(s[i]))) ++i;
    // A word of two letters or more and a number written together ("عن مقتل59 شخصاً", "وصل إلى
    // 165922حالة") are two words; a clitic on a number ("و3", "ب3-3") and a year's marker ("1448هـ",
    // "2023م") stay with it.
    const auto digit = [&](std::size_t k) { return s[k] >= '0' && s[k] <= '9'; };
    std::size_t from = b;
    for (std::size_t k = b + 1; k < i; ++k) {
      if (digit(k) == digit(k - 1)) continue;
      // The letters beside the boundary: before it where a number begins, after it where one ends.
      std::size_t letters = digit(k) ? k - from : 0;
      for (std::size_t e = k; !digit(k) && e < i && !digit(e); ++e) ++letters;
      if (letters < 4) continue;  // fewer than two Arabic letters
      out.push_back({static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(k), tables_starting_at(s.substr(from, k - from))});
      from = k;
    }
    out.push_back({static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(i), tables_starting_at(s.substr(from, i - from))});
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

const std::string kWaw = "\xd9\x88", kFa = "\xd9\x81", kBa = "\xd8\xa8", kLam = "\xd9\x84", kKaf = "\xd9\x83";
const std::string kAl = "\xd8\xa7\xd9\x84";

// The word as written, and with its clitics (و ف ب ل ك، لل → ال) taken off. Tables::starts relies
// on every form being the word, a suffix of it, or ال and a suffix of it.
std::vector<std::string> clitic_forms(std::string_view w) {
  std::vector<std::string> out{std::string(w)};
  std::string_view rest = w;
  if ((starts_with(rest, kWaw) || starts_with(rest, kFa)) && rest.size() > 4) {
    rest.remove_prefix(2);
    out.emplace_back(rest);
  }
  if ((starts_with(rest, kBa) || starts_with(rest, kLam) || starts_with(rest, kKaf)) && rest.size() > 4) {
    const bool lil = starts_with(rest, kLam + kLam);
    rest.remove_prefix(2);
    out.emplace_back(rest);
    if (lil) out.push_back(kAl + std::string(rest.substr(2)));
  }
  return out;
}

struct Match {
  const std::string* value = nullptr;
  std::size_t first = 0, count = 0;  // words
};

// The longest phrase of `table` starting at word k (the first word may carry clitics).
Match match_at(const Phrases& table, std::string_view s, const std::vector<Word>& words, std::size_t k) {
  if (!(words[k].tables & table.bit)) return {};
  const std::size_t max = std::min(table.max_words(), words.size() - k);
  for (std::size_t n = max; n >= 1; --n) {
    std::string rest;
    for (std::size_t j = k + 1; j < k + n; ++j) {
      rest.push_back(' ');
      rest.append(s.substr(words[j].begin, words[j].end - words[j].begin));
    }
    for (const std::string& head : clitic_forms(s.substr(words[k].begin, words[k].end - words[k].begin))) {
      if (const std::string* v = table.find(head + rest)) return {v, k, n};
    }
  }
  return {};
}

// The phrase of `table` nearest to the words [first, after) of a claim: in the `before` words
// before it or the `after_n` words after it (the nearest wins; after counts as nearer at equal
// distance). Fills `slot` and returns it, or null.
const Match* nearest_in(const Phrases& table, std::string_view s, const std::vector<Word>& words, std::size_t first,
                        std::size_t after, std::size_t before, std::size_t after_n, Match& slot) {
  std::size_t best = SIZE_MAX;
  // Before the claim, by how far the phrase ends from it: of two phrases that end at one word, the
  // longer ("بمصرع وإصابة أكثر من 200 شخص": dead and injured, not injured).
  for (std::size_t k = first; k-- > (first > before ? first - before : 0);) {
    const Match m = match_at(table, s, words, k);
    if (!m.value) continue;
    const std::size_t gap = first >= k + m.count ? first - (k + m.count) + 1 : 1;
    if (gap < best || (gap == best && m.count > slot.count)) best = gap, slot = m;
  }
  // After the claim, up to the next clause: a word that begins with و starts another ("مقتل 371
  // شخصا وإصابة 1089").
  for (std::size_t k = after; k < std::min(words.size(), after + after_n); ++k) {
    if (starts_with(s.substr(words[k].begin), kWaw)) break;
    const Match m = match_at(table, s, words, k);
    if (m.value && k - after + 1 <= best) best = k - after + 1, slot = m;
  }
  return best == SIZE_MAX ? nullptr : &slot;
}

// A counted noun at word k, also with its article: "عشرات المواطنين" counts مواطنين.
Match match_counted(std::string_view s, const std::vector<Word>& words, std::size_t k) {
  const Phrases& counted = tables().counted;
  Match m = match_at(counted, s, words, k);
  if (m.value) return m;
  for (const std::string& form : clitic_forms(s.substr(words[k].begin, words[k].size()))) {
    if (form.size() > 6 && starts_with(form, kAl))
      if (const std::string* v = counted.find(std::string_view(form).substr(kAl.size()))) return {v, k, 1};
  }
  return {};
}

std::vector<Match> all_matches(const Phrases& table, std::string_view s, const std::vector<Word>& words) {
  std::vector<Match> out;
  for (std::size_t k = 0; k < words.size();) {
    Match m = match_at(table, s, words, k);
    if (m.value) {
      out.push_back(m);
      k += m.count;
    } else {
      ++k;
    }
  }
  return out;
}

// Index of the first word that begins at or after byte `at`.
std::size_t word_at_or_after(const std::vector<Word>& words, std::uint32_t at) {
  return static_cast<std::size_t>(
      std::lower_bound(words.begin(), words.end(), at, [](const Word& w, std::uint32_t x) { return w.begin < x; }) -
      words.begin());
}

// The match nearest to the words [first, last) of a claim; matches after it count as nearer.
// `ms` in text order, not overlapping (as all_matches gives them): only those within reach are
// looked at, so that a sentence of many matches and many claims costs no more per claim.
const Match* nearest(const std::vector<Match>& ms, std::size_t first, std::size_t last, std::size_t reach_after = 10,
                     std::size_t reach_before = 14) {
  const Match* best = nullptr;
  std::size_t best_cost = SIZE_MAX;
  const auto from = std::lower_bound(ms.begin(), ms.end(), first, [&](const Match& m, std::size_t at) {
    return m.first + m.count + reach_before < at;
  });
  for (auto it = from; it != ms.end() && it->first <= last + reach_after; ++it) {
    const Match& m = *it;
    std::size_t cost;
    if (m.first >= last) {
      if (m.first - last > reach_after) continue;
      cost = m.first - last;
    } else if (m.first + m.count <= first) {
      if (first - (m.first + m.count) > reach_before) continue;
      cost = (first - (m.first + m.count)) * 3 + 2;
    } else {
      continue;  // inside the claim itself
    }
    if (cost < best_cost) best_cost = cost, best = &m;
  }
  return best;
}

// A place and another joined to it by و ("الزلزال المدمر الذي ضرب سوريا وتركيا إلى نحو 15.700 ألف
// قتيل") are one place of their own, both together ("تركيا وسورية", in a fixed order): a toll of the
// two countries is neither's.
std::string joined_places(const std::vector<Match>& places, const Match& m, std::string_view s, const std::vector<Word>& words) {
  for (const Match& o : places) {
    const Match* first = nullptr;
    const Match* second = nullptr;
    if (o.first == m.first + m.count) first = &m, second = &o;
    else if (o.first + o.count == m.first) first = &o, second = &m;
    else continue;
    const Word& w = words[second->first];
    if (!starts_with(s.substr(w.begin, w.size()), kWaw) || *first->value == *second->value) continue;
    const std::string& a = std::min(*first->value, *second->value);
    const std::string& b = std::max(*first->value, *second->value);
    return a + " و" + b;
  }
  return *m.value;
}

// How many words a dateline takes at the start of a sentence (0: none). A dateline ends at a dash
// (- – —) among the first kDatelineWords words, with no digit and no word of the prepositions في/من
// before it ("دبي، الإمارات العربية المتحدة (CNN)— ...", "جاكرتا - ..."), or at a colon right after
// a place that opens the sentence ("القاهرة: ..."). A dash further on, or after "في درنة", sets off
// an aside ("وفي درنة - المدينة الأكثر تضررا - بلغ ...").
std::size_t dateline_words(std::string_view s, const std::vector<Word>& words, const std::vector<Match>& places) {
  constexpr std::size_t kDatelineWords = 6;
  if (words.empty()) return 0;
  static const std::string kIn = fold_word("في"), kFrom = fold_word("من");
  const std::uint32_t limit = words.size() > kDatelineWords ? words[kDatelineWords].begin : static_cast<std::uint32_t>(s.size());
  for (std::uint32_t i = 0; i < limit; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9') return 0;
    const bool dash = c == '-' || (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                                   (static_cast<unsigned char>(s[i + 2]) == 0x93 || static_cast<unsigned char>(s[i + 2]) == 0x94));
    const bool colon = c == ':';
    if (!dash && !colon) continue;
    std::size_t before = 0;
    while (before < words.size() && words[before].end <= i) ++before;
    if (before == 0) return 0;
    for (std::size_t k = 0; k < before; ++k) {
      std::string_view w = s.substr(words[k].begin, words[k].size());
      if (starts_with(w, kWaw) || starts_with(w, kFa)) w.remove_prefix(kWaw.size());
      if (w == kIn || w == kFrom) return 0;
    }
    if (dash) return before;
    // A colon: only right after a place that opens the sentence.
    const bool place_first = std::any_of(places.begin(), places.end(), [&](const Match& m) { return m.first == 0 && m.first + m.count == before; });
    return place_first ? before : 0;
  }
  return 0;
}

// A place further after a claim, in the same clause: "قرابة 20 ألف مقاتل من هيئة تحرير الشام يتمركزون
// حاليا في ريف إدلب" — up to 10 words on, with no other number and no و-clause between.
const Match* place_after_verb(const std::vector<Match>& places, std::string_view s, const std::vector<Word>& words,
                              std::size_t last) {
  for (const Match& m : places) {
    if (m.first < last || m.first - last > 10) continue;
    bool same_clause = true;
    for (std::size_t k = last; k < m.first && same_clause; ++k) {
      const std::string_view w = s.substr(words[k].begin, words[k].size());
      same_clause = !(w[0] >= '0' && w[0] <= '9') && !(k > last && starts_with(w, kWaw) && w.size() > 2);
    }
    if (same_clause) return &m;
  }
  return nullptr;
}

Qualifier qualifier_of(ast::Bound b) {
  switch (b) {
    case ast::Bound::about: return Qualifier::about;
    case ast::Bound::at_least: return Qualifier::at_least;
    case ast::Bound::at_most: return Qualifier::at_most;
    case ast::Bound::range: return Qualifier::range;
    case ast::Bound::vague: return Qualifier::vague;
    default: return Qualifier::exact;
  }
}

// How many of `smaller` make one `larger`, for units that are written together ("3 سنوات و4
// أشهر"); 0 when they are not such a pair.
double unit_factor(std::string_view larger, std::string_view smaller) {
  static const struct {
    const char* larger;
    const char* smaller;
    double factor;
  } kPairs[] = {{"year", "month", 12}, {"month", "day", 30}, {"week", "day", 7}, {"day", "hour", 24},
                {"hour", "minute", 60}, {"minute", "second", 60}};
  for (const auto& p : kPairs)
    if (larger == p.larger && smaller == p.smaller) return p.factor;
  return 0;
}

// "655.000", "34.097": one to three digits, a dot, three digits.
bool is_dot_thousands(std::string_view number) {
  const auto dot = number.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 3 || number.size() != dot + 4) return false;
  return std::all_of(number.begin(), number.end(), [](char c) { return c == '.' || (c >= '0' && c <= '9'); });
}

bool is_year_like(const Found& f) {
  const auto& q = f.quantity;
  return q.bound == ast::Bound::exact && q.lo == q.hi && q.lo >= 1900 && q.lo <= 2100 &&
         q.lo == std::floor(q.lo) && f.number_end - f.number_begin == 4;
}

// The class of a dual noun ("جنديين" → soldiers), or null. The word itself must not be a listed
// form (مسلحين is a plural), its stem must be.
const std::string* dual_class(std::string_view word) {
  const PhraseTable& counted = tables().counted;
  static const std::string kYn = "\xd9\x8a\xd9\x86", kAn = "\xd8\xa7\xd9\x86", kT = "\xd8\xaa",
                           kH = "\xd9\x87";
  static const std::string kTa = "\xd8\xaa\xd8\xa7";  // تا
  // حالتا وفاة، سيارتا إسعاف: a feminine dual before the noun it is joined to loses its ن.
  if (word.size() > 8 && word.substr(word.size() - 4) == kTa) {
    for (const std::string& w : clitic_forms(word)) {
      if (w.size() <= 8 || w.substr(w.size() - 4) != kTa) continue;
      if (const std::string* c = counted.find(w.substr(0, w.size() - 4) + kH)) return c;
    }
    return nullptr;
  }
  // Its clitic forms end as the word does and are no longer: most words are passed over here.
  if (word.size() < 8 || !(word.substr(word.size() - 4) == kYn || word.substr(word.size() - 4) == kAn)) return nullptr;
  for (const std::string& w : clitic_forms(word)) {
    if (counted.find(w)) return nullptr;
    const std::string_view v(w);
    if (v.size() < 8 || !(v.substr(v.size() - 4) == kYn || v.substr(v.size() - 4) == kAn)) continue;
    std::string_view stem = v.substr(0, v.size() - 4);
    if (const std::string* c = counted.find(stem)) return c;
    if (stem.size() > 2 && stem.substr(stem.size() - 2) == kT) {  // امرأتين → امرأة
      if (const std::string* c = counted.find(std::string(stem.substr(0, stem.size() - 2)) + kH)) return c;
    }
  }
  return nullptr;
}

struct DocContext {
  const Document& doc;
  const FoldedText& folded;
  DateRange reference;  // what relative dates are read against: the publication, or see reference_date()
  std::string dominant_event;
  std::string last_speaker;  // within the current paragraph
};

std::string original_text(const DocContext& dc, std::uint32_t sentence_base, std::uint32_t b, std::uint32_t e) {
  const Span sp = dc.folded.original(sentence_base + b, sentence_base + e);
  std::string out = dc.doc.text.substr(sp.begin, sp.end - sp.begin);
  while (!out.empty() && (out.back() == ' ' || out.back() == ':' || out.back() == ',')) out.pop_back();
  return out;
}

// Who the sentence attributes its claims to, or "" (then the paragraph's last speaker or the outlet).
std::string speaker_of(const DocContext& dc, std::string_view s, std::uint32_t base, const std::vector<Word>& words,
                       const std::vector<Match>& orgs) {
  const Tables& t = tables();
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Match verb = match_at(t.speech_verbs, s, words, k);
    if (!verb.value) continue;
    std::size_t from = k + verb.count;
    // نقلت وكالة ... عن وزارة ...: the source is after عن.
    const std::string verb_text(s.substr(words[k].begin, words[k].end - words[k].begin));
    for (std::size_t j = from; j < std::min(words.size(), from + 6); ++j) {
      if (s.substr(words[j].begin, words[j].end - words[j].begin) == fold_word("عن") &&
          verb_text.find(fold_word("نقل")) != std::string::npos) {
        from = j + 1;
        break;
      }
    }
    // A named organisation right after the verb speaks.
    for (const Match& m : orgs)
      if (m.first == from) return *m.value;
    // Titles and ranks before the name are not the name.
    std::size_t title_end = from;
    while (title_end < words.size() && title_end < from + 8) {
      if (match_at(t.titles, s, words, title_end).value) {
        ++title_end;
        continue;
      }
      bool org = false;
      for (const Match& m : orgs)
        if (m.first == title_end && title_end > from) org = true, title_end += m.count;
      if (!org) break;
    }
    std::size_t end = title_end;
    while (end < words.size() && end < title_end + 3) {
      if (match_at(t.speaker_stops, s, words, end).value) break;
      if (s[words[end].begin] >= '0' && s[words[end].begin] <= '9') break;
      if (end > title_end && (match_at(t.titles, s, words, end).value || match_at(t.series, s, words, end).value)) break;
      if (end > from && s.substr(words[end - 1].end, words[end].begin - words[end - 1].end).find_first_of(":,\"") !=
                            std::string_view::npos)
        break;
      // A name that is a definite noun phrase ("السلطات السعودية") ends at the first indefinite word:
      // "السلطات السعودية ارتفاع ..." — that word begins what they said.
      auto definite = [&](std::size_t w) { return starts_with(s.substr(words[w].begin), kAl); };
      if (end > title_end && definite(title_end) && definite(end - 1) && !definite(end)) break;
      ++end;
    }
    if (end > title_end) return original_text(dc, base, words[title_end].begin, words[end - 1].end);
    for (const Match& m : orgs)
      if (m.first >= from && m.first < title_end) return *m.value;  // "رئيس المركز ...": the body
    if (title_end > from) return original_text(dc, base, words[from].begin, words[title_end - 1].end);
    // A pronoun subject: an organisation just before the verb ("وكانت الوزارة أعلنت"), else the
    // paragraph's last speaker.
    for (const Match& m : orgs)
      if (m.first + m.count <= k && k - (m.first + m.count) <= 2) return *m.value;
    return dc.last_speaker;
  }
  return "";
}

// A count the grammar did not read (a dual noun, a side's goals): n of `counted` at the sentence's
// bytes `at`, its number at `number`; held on the publication day, said by the sentence's speaker,
// with the place (and, given orgs, the actor) nearest to word k.
Claim count_at(const DocContext& dc, std::uint32_t index, std::uint32_t base, double n, const std::string& counted,
               Span at, Span number, std::size_t k, const std::vector<Match>* orgs, const std::vector<Match>& places,
               const std::string& said_by) {
  Claim c;
  c.kind = Kind::count;
  c.lo = c.hi = n;
  c.counted = counted;
  c.sentence = index;
  c.time = dc.doc.published;
  c.said_by = said_by;
  if (orgs)
    if (const Match* m = nearest(*orgs, k, k + 1, 6, 6)) c.actor = *m->value;
  if (const Match* m = nearest(places, k, k + 1, 6, 12)) c.location = *m->value;
  c.number_span = dc.folded.original(base + number.begin, base + number.end);
  c.claim_span = dc.folded.original(base + at.begin, base + at.end);
  c.excerpt = dc.doc.text.substr(c.claim_span.begin, c.claim_span.size());
  return c;
}

// Match results: each side's goals is a count of goals. "بنتيجة 0 – 2" is two counts (0 and 2), not
// a range; "بثلاثة أهداف دون رد" adds the other side's 0; "بهدفين لهدف" and "مقابل هدف" its 1; "تعادل
// سلبا" is 0 for both sides. Words and roles: grammar/lexicon/scores.tsv.
void add_scores(const DocContext& dc, std::uint32_t index, std::uint32_t base, std::string_view s,
                const std::vector<Word>& words, const std::vector<Match>& places, const std::vector<Found>& found,
                std::vector<std::size_t>& found_of_claim, std::size_t first_claim, const std::string& said_by,
                std::vector<Claim>& out) {
  const Tables& t = tables();
  if (std::none_of(words.begin(), words.end(), [&](const Word& w) { return (w.tables & t.scores.bit) != 0; })) return;
  auto goals = [&](double n, std::uint32_t b, std::uint32_t e, std::uint32_t number_b, std::uint32_t number_e) {
    return count_at(dc, index, base, n, "goals", {b, e}, {number_b, number_e}, word_at_or_after(words, b), nullptr,
                    places, said_by);
  };
  std::vector<Claim> added;
  // Whether a count of goals of this sentence ends right before byte `at` (a space or من between).
  auto goals_before = [&](std::uint32_t at) {
    const std::uint32_t o = dc.folded.original(base + at, base + at).begin;
    return std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first_claim), out.end(), [&](const Claim& c) {
      return c.kind == Kind::count && c.counted == "goals" && c.claim_span.end <= o && o - c.claim_span.end <= 6;
    });
  };
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Match m = match_at(t.scores, s, words, k);
    if (!m.value) continue;
    const std::uint32_t b = words[k].begin, e = words[k + m.count - 1].end;
    const std::string& role = *m.value;
    if (role == "result") {
      // The range right after it becomes two counts.
      for (std::size_t ci = first_claim; ci < out.size(); ++ci) {
        const std::size_t fi = found_of_claim[ci - first_claim];
        if (fi == SIZE_MAX) continue;
        const Found& f = found[fi];
        Claim& c = out[ci];
        if (c.kind != Kind::count || c.lo >= c.hi || f.begin < e || f.begin - e > 3) continue;
        // The second number: the digits after the dash.
        std::uint32_t p = f.number_end;
        while (p < f.end && !(s[p] >= '0' && s[p] <= '9')) ++p;
        std::uint32_t q = p;
        while (q < f.end && s[q] >= '0' && s[q] <= '9') ++q;
        if (p == q) break;
        added.push_back(goals(c.hi, f.begin, q, p, q));
        c.hi = c.lo;
        c.counted = "goals";
        c.qualifier = Qualifier::exact;
        break;
      }
    } else if (role == "goalless") {
      for (int side = 0; side < 2; ++side) added.push_back(goals(0, b, e, b, e));
    } else if (goals_before(b)) {
      added.push_back(goals(role == "against" ? 1 : 0, b, e, b, e));
    }
    k += m.count - 1;
  }
  for (Claim& c : added) {
    out.push_back(std::move(c));
    found_of_claim.push_back(SIZE_MAX);
  }
}

void build_sentence(DocContext& dc, std::uint32_t index, Span folded_span, const std::vector<Word>& words,
                    std::vector<Claim>& out, std::int32_t& next_group) {
  const Tables& t = tables();
  const std::string_view s = std::string_view(dc.folded.text).substr(folded_span.begin, folded_span.size());
  const std::uint32_t base = folded_span.begin;
  std::vector<Found> found;
  grammar::find_quantities(s, found);
  const auto orgs = all_matches(t.organisations, s, words);
  if (found.empty() && std::none_of(words.begin(), words.end(), [&](const Word& w) {
        return (w.tables & t.scores.bit) || dual_class(s.substr(w.begin, w.size())) != nullptr;
      })) {
    // No claim here (no number, no dual noun); only who speaks may carry over to the paragraph's
    // next sentences.
    if (std::string speaker = speaker_of(dc, s, base, words, orgs); !speaker.empty()) dc.last_speaker = std::move(speaker);
    return;
  }
  const auto places = all_matches(t.places, s, words);
  // The places a count may be of: not one that names where the event happened (زلزال الحوز، مركزها
  // بإقليم الحوز).
  // Where each cardinal of the sentence begins and the word right after it.
  std::vector<std::pair<std::size_t, std::size_t>> cardinal_words;
  for (const Found& f : found)
    if (f.quantity.kind == QuantityKind::number)
      cardinal_words.emplace_back(word_at_or_after(words, f.begin), word_at_or_after(words, f.end));
  // A dateline opening the sentence names where the report was filed, not where what it counts
  // happened ("دبي، الإمارات العربية المتحدة (CNN)— لقى ما لا يقل عن 100 شخص حتفهم ... في قضاء
  // الحمدانية", "جاكرتا - ارتفع عدد القتلى من الحج", "القاهرة: فاز الرئيس"): words before a dash
  // among its first few, with no number and no preposition before it, or a place and a colon.
  const std::size_t dateline = dateline_words(s, words, places);
  std::vector<Match> count_places;
  {
    const auto triggers = all_matches(t.event_types, s, words);
    const auto markers = all_matches(t.event_place_markers, s, words);
    for (const Match& p : places) {
      const bool names_event =
          std::any_of(triggers.begin(), triggers.end(), [&](const Match& m) { return m.first + m.count == p.first; }) ||
          std::any_of(markers.begin(), markers.end(),
                      [&](const Match& m) { return m.first + m.count <= p.first && p.first - (m.first + m.count) <= 3; });
      // A country's name right after a number is whom it counts ("و165 إندونيسيا": Indonesians).
      const bool counted_people =
          std::any_of(cardinal_words.begin(), cardinal_words.end(), [&](const auto& w) { return w.second == p.first; });
      if (!names_event && !counted_people && p.first >= dateline) count_places.push_back(p);
    }
  }
  // The places a count at words [first, last) may take: not one just after an earlier cardinal of
  // the sentence, nor one after a later cardinal, which are those cardinals' ("132 إندونيسيًا و41
  // أردنيًا ... و13 من كردستان العراق و11 إيرانيًا": neither the 41 nor the 11 are in Kurdistan).
  constexpr std::size_t kOwnPlaceWords = 3;
  std::vector<Match> places_of_count;
  // ... nor one after a word that begins another clause (grammar/lexicon/clause_breaks.tsv).
  const auto breaks = all_matches(t.clause_breaks, s, words);
  std::optional<std::string> paren_head;  // what a bare number in parentheses counts here, once looked for
  // ... nor one in the words that say who speaks, before the إن or أن that opens what he said ("وقال
  // توفيق الشكري، المتحدث باسم الهلال الأحمر في بنغازي، إن حصيلة المفقودين تقدر بحوالي 9 آلاف": the
  // spokesman is in Benghazi, the missing in Derna).
  const auto saying = all_matches(t.speech_verbs, s, words);
  std::vector<std::size_t> openers;  // words إن / أن
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = s.substr(words[k].begin, words[k].size());
    if (w == "\xd8\xa7\xd9\x86") openers.push_back(k);  // ان (إن and أن folded)
  }
  auto speakers_place = [&](const Match& p, std::size_t first) {
    // (openers are in text order: only those between the place and the count are looked at.)
    for (auto o = std::upper_bound(openers.begin(), openers.end(), p.first); o != openers.end() && *o < first; ++o)
      for (const Match& v : saying)
        if (v.first < p.first && p.first - v.first <= 12 && *o - v.first <= 16) return true;
    return false;
  };
  // Only the places near the count can be its place (nearest: 12 words before it, 6 after;
  // place_after_verb: 10 after; joined_places: one place beside those): a sentence of many places
  // and many counts costs no more per count.
  constexpr std::size_t kPlaceReach = 20;
  // How far back a toll's head may be from the count it rose to ("ارتفعت حصيلة ضحايا ... إلى 227").
  constexpr std::size_t kTollHeadWords = 20;
  // Whether the word before word `w` is "إلى" (a count a toll rose to).
  static const std::string kTo = fold_word("إلى");
  auto after_to = [&](std::size_t w) { return w > 0 && s.substr(words[w - 1].begin, words[w - 1].size()) == kTo; };
  // A noun joined by و starts the next item ("إلى اثني عشر الف وثلاثمئة والمصابين إلى ...",
  // "5 قتلى و10 جرحى"): not this number's noun, nor its place (nouns in و, وفاة، وفود, are listed whole).
  const auto next_item = [&](std::string_view w) { return starts_with(w, "\xd9\x88") && !tables().counted.find(w); };
  auto count_places_for = [&](std::size_t first, std::size_t last) -> const std::vector<Match>& {
    places_of_count.clear();
    const auto near = std::lower_bound(count_places.begin(), count_places.end(), first, [](const Match& p, std::size_t at) {
      return p.first + p.count + kPlaceReach < at;
    });
    for (auto it = near; it != count_places.end() && it->first <= last + kPlaceReach; ++it) {
      const Match& p = *it;
      // (cardinal_words and breaks are in text order: a binary search finds those that can matter.)
      bool anothers = false;
      if (p.first + p.count <= first) {
        for (auto w = std::lower_bound(cardinal_words.begin(), cardinal_words.end(), p.first + 1 - std::min(p.first + 1, kOwnPlaceWords),
                                       [](const auto& c, std::size_t at) { return c.second < at; });
             w != cardinal_words.end() && w->second <= p.first && !anothers; ++w)
          anothers = w->first < first;
      } else if (p.first >= last) {
        const auto w = std::lower_bound(cardinal_words.begin(), cardinal_words.end(), last,
                                        [](const auto& c, std::size_t at) { return c.first < at; });
        anothers = w != cardinal_words.end() && w->first < p.first;
      }
      bool other_clause = false;
      if (p.first >= last) {
        const auto b = std::lower_bound(breaks.begin(), breaks.end(), last, [](const Match& m, std::size_t at) { return m.first < at; });
        other_clause = b != breaks.end() && b->first < p.first;
      }
      if (!anothers && !other_clause && !(p.first + p.count <= first && speakers_place(p, first))) places_of_count.push_back(p);
    }
    return places_of_count;
  };
  const auto events = all_matches(t.events, s, words);
  const auto series = all_matches(t.series, s, words);
  bool stamp = !all_matches(t.page_stamps, s, words).empty();

  // When a claim holds: the date or relative time expression of its sentence nearest to it, else
  // the publication date.
  struct TimeMention {
    std::uint32_t begin, end;
    DateRange range;
    std::uint32_t since = UINT32_MAX;  // where "منذ" opens the period it starts, if it does
  };
  std::vector<TimeMention> times;
  // A date a period runs from ("تحتجزهم منذ بدء العدوان ... في 7 تشرين الأول 2023") is no figure's
  // time, but one inside the phrase ("منذ حادث غرق العبارة الذي خلف 304 قتلى في عام 2014").
  static const std::string since = fold_word("منذ");
  auto since_at = [&](std::uint32_t at) {
    std::size_t k = word_at_or_after(words, at);
    for (std::size_t seen = 0; k-- > 0 && seen < kSinceWords; ++seen) {
      const std::string_view w = s.substr(words[k].begin, words[k].size());
      if (w == since || (starts_with(w, kWaw) && w.substr(kWaw.size()) == since)) return words[k].begin;
    }
    return UINT32_MAX;
  };
  for (const Found& f : found) {
    if (f.quantity.kind != QuantityKind::date && f.quantity.kind != QuantityKind::relative_time) continue;
    const DateRange r = grammar::resolve_date(f.quantity.date, dc.reference);
    if (r.known()) times.push_back({f.begin, f.end, r, since_at(f.begin)});
  }
  // The nearest time the sentence names, not past another figure ("نسبة المشاركة 28.8%، مقابل 45%
  // في انتخابات عام 2019": 2019 is the 45%'s).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> figures;
  for (const Found& f : found)
    if (f.quantity.kind != QuantityKind::date && f.quantity.kind != QuantityKind::relative_time &&
        f.quantity.kind != QuantityKind::time_of_day && f.quantity.kind != QuantityKind::ordinal &&
        f.quantity.kind != QuantityKind::reference)  // "في الجولة الأولى من انتخابات عام 2019" is one phrase
      figures.emplace_back(f.begin, f.end);
  std::sort(figures.begin(), figures.end());
  // Whether a figure other than [b, e) lies within [lo, hi]: a binary search, so that a sentence of
  // many numbers and dates costs no more than its dates per claim.
  auto figure_between = [&](std::uint32_t lo, std::uint32_t hi, std::uint32_t b, std::uint32_t e) {
    for (auto it = std::lower_bound(figures.begin(), figures.end(), std::make_pair(lo, std::uint32_t{0}));
         it != figures.end() && it->first <= hi; ++it)
      if (it->second <= hi && !(it->first == b && it->second == e)) return true;
    return false;
  };
  auto time_near = [&](const Found& f) {
    const TimeMention* best = nullptr;
    std::uint32_t best_gap = UINT32_MAX;
    for (const TimeMention& t : times) {
      const std::uint32_t gap = t.end <= f.begin ? f.begin - t.end : t.begin >= f.end ? t.begin - f.end : 0;
      if (gap >= best_gap) continue;
      if (t.since != UINT32_MAX && !(f.begin > t.since && f.end <= t.begin)) continue;
      if (!figure_between(std::min(t.end, f.end), std::max(t.begin, f.begin), f.begin, f.end)) best_gap = gap, best = &t;
    }
    return best ? best->range : dc.doc.published;
  };

  std::string speaker = speaker_of(dc, s, base, words, orgs);
  if (speaker.empty()) speaker = dc.last_speaker;
  else dc.last_speaker = speaker;
  const std::string said_by = speaker.empty() ? dc.doc.outlet : speaker;

  const std::size_t first_claim = out.size();
  std::vector<std::size_t> found_of_claim;  // index into `found` per claim of this sentence
  for (std::size_t fi = 0; fi < found.size(); ++fi) {
    const Found& f = found[fi];
    const ast::Quantity& q = f.quantity;
    Claim c;
    c.sentence = index;
    c.lo = q.lo;
    c.hi = q.hi;
    c.qualifier = qualifier_of(q.bound);
    c.time = time_near(f);
    c.said_by = said_by;
    std::uint32_t claim_end = f.end;
    const std::size_t w_first = word_at_or_after(words, f.begin);
    std::size_t w_last = word_at_or_after(words, f.end);  // first word after the quantity
    switch (q.kind) {
      case QuantityKind::time_of_day:
      case QuantityKind::relative_time:
        continue;
      case QuantityKind::date: {
        const DateRange r = grammar::resolve_date(q.date, dc.reference);
        if (stamp || !r.known()) continue;
        // A weekday alone ("الخميس") says when, like "أمس"; a date claim names a day, month or year.
        if (q.date.month == 0 && !q.date.month_relative && q.date.year == 0) continue;
        c.kind = Kind::date;
        c.date_value = r;
        c.time = r;
        c.lo = r.lo;
        c.hi = r.hi;
        c.qualifier = r.lo == r.hi ? Qualifier::exact : Qualifier::range;
        if (const Match* m = nearest(series, w_first, w_last, 4, 12)) c.counted = *m->value;
        if (!c.counted.empty()) {
          if (const Match* e = nearest(events, w_first, w_last, 6, 12)) c.event = *e->value;
          else c.event = dc.dominant_event;
        }
        break;
      }
      case QuantityKind::reference:
        c.kind = Kind::reference;
        c.qualifier = Qualifier::identifier;
        c.counted = q.unit;
        break;
      case QuantityKind::ordinal: {
        c.kind = Kind::ordinal;
        // "التقدير الأولي السريع": the masculine adjective "preliminary", written with ي, which folding
        // makes the feminine ordinal "الأولى" (the first). After a noun that is not feminine (ة, folded
        // to ه), it is no ordinal; "الجولة الأولي" (ى written ي, as Egyptian papers do) stays the first.
        if (q.lo == 1 && q.hi == 1 && q.unit.empty() && w_first > 0) {
          const Span o = dc.folded.original(base + f.number_begin, base + f.number_end);
          const std::string& text = dc.doc.text;
          const bool written_ya = o.end >= 2 && o.end <= text.size() && static_cast<unsigned char>(text[o.end - 2]) == 0xD9 &&
                                  static_cast<unsigned char>(text[o.end - 1]) == 0x8A;
          const std::string_view prev = s.substr(words[w_first - 1].begin, words[w_first - 1].size());
          const bool feminine = prev.size() >= 2 && prev.substr(prev.size() - 2) == "\xd9\x87";  // ة folded to ه
          if (written_ya && !feminine) continue;
        }
        // "استضافت أستانا 5 اجتماعات": a plural noun after makes it a count; "أستانا 7 اجتماعا
        // ثلاثيا" (a singular after 3-10) is round 7 holding a meeting.
        bool count_follows = w_last < words.size() && words[w_last].begin - f.end <= 1 &&
                             match_at(t.counted, s, words, w_last).value;
        if (count_follows && q.lo <= 10) {
          const std::string_view noun = s.substr(words[w_last].begin, words[w_last].size());
          if (noun.size() >= 2 && noun.substr(noun.size() - 2) == "\xd8\xa7") count_follows = false;
        }
        if (!q.unit.empty() && count_follows) {  // "استضافت أستانا 5 اجتماعات": a count, not round 5
          c.kind = Kind::count;
          c.qualifier = Qualifier::exact;
        } else if (!q.unit.empty()) {  // أستانا 7
          c.event = q.unit;
          const Match* m = nearest(series, w_first, w_last, 0, 2);
          c.counted = m ? *m->value : "round";
        } else {
          const Match* m = nullptr;
          for (const Match& sm : series)
            if (sm.first + sm.count <= w_first && w_first - (sm.first + sm.count) <= 2) m = &sm;
          bool series_noun = m != nullptr;
          if (m) {
            c.counted = *m->value;
          } else {
            // "المركز الثالث", "الدقيقة الرابعة": the noun right before names the series.
            if (w_first == 0) continue;
            const std::string_view prev = s.substr(words[w_first - 1].begin, words[w_first - 1].end - words[w_first - 1].begin);
            const bool adjacent = words[w_first - 1].end + 1 >= f.begin;
            if (!adjacent || is_function_word(prev) || (prev[0] >= '0' && prev[0] <= '9')) continue;
            if (match_at(t.ordinal_excluded, s, words, w_first - 1).value) continue;
            c.counted = clitic_forms(prev).back();
          }
          // A round with no series named near it is of the series the article is about.
          if (const Match* e = nearest(events, w_first, w_last, 4, 3)) c.event = *e->value;
          else if (series_noun) c.event = dc.dominant_event;
        }
        break;
      }
      case QuantityKind::vague:
        c.kind = Kind::vague;
        break;
      case QuantityKind::percent:
        c.kind = Kind::percent;
        break;
      case QuantityKind::money:
        c.kind = Kind::money;
        c.counted = q.unit;
        break;
      case QuantityKind::duration:
        c.kind = Kind::duration;
        c.counted = q.unit;
        break;
      case QuantityKind::number:
        c.kind = Kind::count;
        break;
    }
    Match role_match{};
    if (c.kind == Kind::percent) {
      // What it is a percentage of: "نسبة المشاركة 46%", "84% من الأصوات".
      // Of the heads read on either side and those read before the number only ("الأصوات" after it is
      // what follows: "66.8% بإجمالي أصوات يزيد عن 44 مليون" is a turnout), the nearest.
      Match before_match{};
      const Match* head = nearest_in(t.percent_heads, s, words, w_first, w_last, 8, 3, role_match);
      const Match* before = nearest_in(t.percent_heads_before, s, words, w_first, w_last, 6, 0, before_match);
      auto distance = [&](const Match* m) { return m->first >= w_last ? m->first - w_last + 1 : w_first - m->first; };
      if (before && (!head || distance(before) < distance(head))) head = before;
      if (head) c.counted = *head->value;
      // A group of people right after the percentage is whom it is the share of: "58 بالمائة رجالا
      // و42 بالمائة نساء" (of the voters), not the turnout.
      if (w_last < words.size() && words[w_last].begin - f.end <= 3) {
        const Match m = match_counted(s, words, w_last);
        if (m.value && lexicon::column_values("person_classes", lexicon::kForms).count(*m.value)) c.counted = *m.value;
      }
      // A head followed by someone with ل takes the class its row gives for that (third column of
      // grammar/lexicon/percent_heads.tsv): "بلغت نسبة التصويت لبزشكيان 42.5 بالمئة" is his share; the
      // rate of a year ("لعام 2024", a word of time_units.tsv) is still the turnout.
      if (head && head->first + head->count < words.size()) {
        // Each head's row, by the address of the value its table gives (rows() are kept for the
        // program's life, and a table's values are their fields).
        static const std::map<const std::string*, std::string> for_someone = [] {
          std::map<const std::string*, std::string> out;
          for (const lexicon::Row& r : lexicon::rows("percent_heads"))
            if (!r.field(1).empty()) out.emplace(&r.fields[0], std::string(r.field(1)));
          return out;
        }();
        static const auto& time_units = lexicon::column_values("time_units", lexicon::kForms);
        if (const auto it = for_someone.find(head->value); it != for_someone.end()) {
          const std::string_view next = s.substr(words[head->first + head->count].begin, words[head->first + head->count].size());
          const std::vector<std::string> bare = clitic_forms(next);
          const bool of_time = std::any_of(bare.begin(), bare.end(), [&](const std::string& w) { return time_units.count(w) != 0; });
          if (starts_with(next, kLam) && !of_time) c.counted = it->second;
        }
      }
    }
    if (c.kind == Kind::count || c.kind == Kind::vague) {
      // The counted noun: the next word (or the one after من), through the lexicon.
      std::size_t k = w_last;
      bool counted_known = false;
      std::uint32_t from = f.end;  // the noun must follow at once: the number, or من right after it
      if (k < words.size() && words[k].begin - f.end <= 3 &&
          s.substr(words[k].begin, words[k].end - words[k].begin) == fold_word("من"))
        from = words[k++].end;
      // ... not past a closing parenthesis ("دي ماريا (36) أهداف المنتخب").
      const bool closed = k < words.size() && s.substr(from, words[k].begin - from).find(')') != std::string_view::npos;
      if (k < words.size() && words[k].begin - from <= 3 && !closed && !next_item(s.substr(words[k].begin, words[k].size()))) {
        const std::string_view w = s.substr(words[k].begin, words[k].end - words[k].begin);
        const Match m = match_counted(s, words, k);
        if (m.value) {
          counted_known = true;
          c.counted = *m.value;
          claim_end = words[k + m.count - 1].end;
          w_last = k + m.count;
        } else if (!is_function_word(w) && !(w[0] >= '0' && w[0] <= '9') && (from == f.end || starts_with(w, "\xd8\xa7\xd9\x84"))) {
          // After من a noun the lexicon does not know counts only when it is definite, a part of a
          // whole ("89 من الأسرى"); "23 من ركلة جزاء" is a minute and how the goal was scored.
          c.counted = std::string(w);
          claim_end = words[k].end;
          w_last = k + 1;
        }
      }
      // "بنسبة 9.56، فيما ...": a bare number after نسبة is a percentage.
      // A head right before the number that says what it counts ("في الدقيقة 82 عاد مبابي": the
      // minute, not "عاد"): grammar/lexicon/count_heads.tsv.
      if (c.kind == Kind::count && !counted_known && w_first > 0) {
        const Match head = match_at(t.count_heads, s, words, w_first - 1);
        if (head.value && head.first + head.count == w_first) {
          c.counted = *head.value;
          counted_known = true;
          claim_end = f.end;
          w_last = word_at_or_after(words, f.end);
        }
      }
      // A bare number opening parentheses in a sentence whose words say what such numbers count
      // ("دي ماريا (36)" where goals are told: the minute): grammar/lexicon/paren_heads.tsv.
      if (c.kind == Kind::count && !counted_known && c.counted.empty()) {
        const std::string_view before = s.substr(0, f.number_begin);
        const std::size_t last = before.find_last_not_of(' ');
        if (last != std::string_view::npos && before[last] == '(') {
          if (!paren_head) {
            const auto heads = all_matches(t.paren_heads, s, words);
            paren_head = heads.empty() ? std::string() : *heads.front().value;
          }
          if (!paren_head->empty()) {
            c.counted = *paren_head;
            counted_known = true;
          }
        }
      }
      if (c.kind == Kind::count && !counted_known && c.counted.empty() && w_first > 0) {
        static const std::string ratio = fold_word("نسبة");
        const Word& before = words[w_first - 1];
        for (const std::string& form : clitic_forms(s.substr(before.begin, before.size())))
          if (form == ratio) {
            c.kind = Kind::percent;
            break;
          }
      }
      // A count that rose to a year-like figure is a count: "ارتفع عدد الوفيات في المغرب إلى 2041".
      bool risen_to = false;
      if (c.kind == Kind::count && !counted_known && is_year_like(f) && w_first > 0) {
        Match count_role{};
        risen_to = after_to(w_first) && nearest_in(t.person_roles, s, words, w_first, w_first, 8, 0, count_role) != nullptr;
      }
      if (c.kind == Kind::count && !counted_known && is_year_like(f) && !risen_to) {
        // "2014 و2018", "بنهاية 2013": a year, not a count.
        c.kind = Kind::date;
        c.date_value = DateRange::year(static_cast<int>(q.lo));
        c.time = c.date_value;
        c.lo = c.date_value.lo;
        c.hi = c.date_value.hi;
        c.counted.clear();
        claim_end = f.end;
      }
      // "مرة واحدة": واحد after its noun is an adjective, not a count.
      const bool digits = s[f.number_begin] >= '0' && s[f.number_begin] <= '9';
      if (c.kind == Kind::count && !digits && q.lo == 1 && q.hi == 1 && !counted_known) continue;
      // "34.097 شهيدا", "والإصابات إلى 76.980": one dot before exactly three digits is read as a
      // decimal by the grammar, but a count of people or things is whole — it groups thousands.
      if (c.kind == Kind::count && q.lo == q.hi &&
          is_dot_thousands(s.substr(f.number_begin, f.number_end - f.number_begin))) {
        c.lo = c.hi = std::round(q.lo * 1000);
      }
      // "نصف المحافظات", "ونصف الدرجة": a fraction of something is not a count of things.
      if (c.kind == Kind::count && !digits && q.hi < 1) continue;
      // "مقتل 80 مواطنا", "135 شخصا لقوا حتفهم", "ارتفع عدد القتلى إلى 2012": people, or a number with
      // no known noun, counted for what happened to them.
      // ... and cases a toll rose to ("ارتفع عدد الوفيات إلى 3373 حالة": deaths), though not cases a
      // word of what befell people merely stands near ("2264 إصابة جديدة ... و 2727 حالة شفاء").
      if (c.kind == Kind::count && (!counted_known || c.counted == "people" || (c.counted == "cases" && after_to(w_first)))) {
        const std::size_t after = counted_known || c.counted.empty() ? w_last : w_last - 1;
        const Match* role = c.counted == "cases" ? nullptr : nearest_in(t.person_roles, s, words, w_first, after, 8, 3, role_match);
        // ... or by the toll it rose to, named further back: "ارتفعت حصيلة ضحايا الفيضانات المدمرة التي
        // اجتاحت مناطق شرق وجنوب إسبانيا قبل نحو ثلاثة أسابيع إلى 227 شخصًا" (grammar/lexicon/toll_heads.tsv).
        if (!role && after_to(w_first))
          for (std::size_t k = w_first - 1; k-- > (w_first > kTollHeadWords ? w_first - kTollHeadWords : 0);) {
            const Match head = match_at(t.toll_heads, s, words, k);
            if (!head.value || k + head.count >= w_first - 1) continue;
            // (The nearest head is the toll's: "فيما ارتفع العدد الإجمالي لحالات الشفاء إلى 94150 حالة"
            // counts recoveries, not the deaths of a head further back.)
            if (const Match r = match_at(t.person_roles, s, words, k + head.count); r.value) {
              role_match = r;
              role = &role_match;
            }
            break;
          }
        // "مقتل وإصابة 300 شخص" counts the dead and the injured together (casualties); in "حالتا وفاة
        // وإصابة ستة عشر آخرين" the deaths have their own number (a dual) and the 16 are injured: the
        // role is the phrase's last word's.
        if (role && role->count > 1 && role->first > 0) {
          const std::string_view prev = s.substr(words[role->first - 1].begin, words[role->first - 1].size());
          const bool numbered = dual_class(prev) != nullptr ||
                                std::any_of(cardinal_words.begin(), cardinal_words.end(), [&](const auto& w) { return w.second == role->first; });
          if (numbered)
            if (const Match last = match_at(t.person_roles, s, words, role->first + role->count - 1); last.value) role_match = last, role = &role_match;
        }
        if (role) {
          c.counted = *role->value;
          counted_known = true;
        }
      } else if (c.kind == Kind::count && c.counted == "families") {
        // Families, too, are counted for what happened to them, and stay families: "نزوح نحو 500
        // أسرة" are displaced families, "الأسر المتضررة ... 31666 أسرة" affected ones.
        if (const Match* role = nearest_in(t.person_roles, s, words, w_first, w_last - 1, 8, 3, role_match))
          c.counted = *role->value + " families";
      }
      // A part of them singled out a few words on ("205 في حالة خطيرة", "1500 جريح بحاجة لعلاجات") or
      // between its head and the number ("عدد المصابين بإصابات خفيفة إلى 116 شخصا"):
      // grammar/lexicon/subset_classes.tsv, not across another number or a comma.
      if (c.kind == Kind::count) {
        // The subset class at word k, when no number or comma stands in the bytes [gap_b, gap_e).
        auto subset_at = [&](std::size_t k, std::uint32_t gap_b, std::uint32_t gap_e) -> std::optional<std::string> {
          const std::string_view w = s.substr(words[k].begin, words[k].size());
          const std::string_view gap = s.substr(gap_b, gap_e > gap_b ? gap_e - gap_b : 0);
          if ((w[0] >= '0' && w[0] <= '9') || gap.find(',') != std::string_view::npos || gap.find("\xd8\x8c") != std::string_view::npos)
            return std::string();  // a stop: look no further this way
          const Match m = match_at(t.subset_classes, s, words, k);
          if (m.value && (k >= w_last || m.first + m.count <= w_first)) return *m.value;
          return std::nullopt;
        };
        std::string subset;
        for (std::size_t k = w_last; k < words.size() && k < w_last + kSubsetWords; ++k)
          if (const auto r = subset_at(k, f.end, words[k].begin)) {
            subset = *r;
            break;
          }
        for (std::size_t k = w_first, seen = 0; subset.empty() && k-- > 0 && seen < kSubsetWords; ++seen)
          if (const auto r = subset_at(k, words[k].end, f.begin)) {
            subset = *r;
            break;
          }
        // A row that names the class it applies to singles out part of that class only.
        static const std::unordered_map<std::string, std::string> subset_of = [] {
          std::unordered_map<std::string, std::string> out;
          for (const lexicon::Row& r : lexicon::rows("subset_classes")) out.emplace(r.field(0), r.field(1));
          return out;
        }();
        if (const auto of = subset_of.find(subset); of != subset_of.end() && !of->second.empty() && of->second != c.counted)
          subset.clear();
        if (!subset.empty()) {
          c.counted = subset;
          counted_known = true;
        }
      }
      // A hedge after the noun: "5 آلاف شخص تقريبا" — one written after its number, never one that
      // opens the next ("44373 قتيلا ونحو 63000 جريح": نحو is the next number's).
      if (w_last < words.size()) {
        const Match h = match_at(t.hedges, s, words, w_last);
        const Match where = match_at(t.hedge_positions, s, words, w_last);
        if (h.value && *h.value == "about" && where.value && *where.value == "after" && c.qualifier == Qualifier::exact) {
          c.qualifier = Qualifier::about;
          claim_end = words[w_last + h.count - 1].end;
        }
      }
    }
    if (c.kind == Kind::count || c.kind == Kind::vague || c.kind == Kind::percent || c.kind == Kind::money) {
      if (const Match* m = nearest(orgs, w_first, w_last, 6, 6)) {
        c.actor = *m->value;
        if (m->first >= w_last && m->first - w_last <= 3) claim_end = std::max(claim_end, words[m->first + m->count - 1].end);
      }
      const std::vector<Match>& mine = count_places_for(w_first, w_last);
      const Match* m = nearest(mine, w_first, w_last, 6, 12);
      // A place after a word that opens the next item (و and a noun: "أضرار الزلزال في تركيا 34 مليار
      // دولار والوضع بسوريا كارثي") is that item's when the count has one before it.
      if (m && m->first >= w_last) {
        bool past_next_item = false;
        for (std::size_t k = w_last; k < m->first && !past_next_item; ++k) {
          const std::string_view w = s.substr(words[k].begin, words[k].size());
          past_next_item = next_item(w) && !is_function_word(w);
        }
        if (past_next_item)
          if (const Match* before = nearest(mine, w_first, w_last, 0, 12); before && before->first < w_first) m = before;
      }
      if (m) c.location = joined_places(mine, *m, s, words);
      else if (const Match* later = place_after_verb(mine, s, words, w_last)) c.location = joined_places(mine, *later, s, words);
    } else if (c.kind == Kind::ordinal || c.kind == Kind::date) {
      // A round of a series is held where the series is; otherwise the nearest place.
      if (auto it = t.event_places.find(c.event); it != t.event_places.end()) c.location = it->second;
      else if (const Match* m = nearest(places, w_first, w_last, 8, 8)) c.location = *m->value;
    }
    c.number_span = dc.folded.original(base + f.number_begin, base + f.number_end);
    c.claim_span = dc.folded.original(base + f.begin, base + claim_end);
    c.excerpt = dc.doc.text.substr(c.claim_span.begin, c.claim_span.size());
    out.push_back(std::move(c));
    found_of_claim.push_back(fi);
  }

  // "أربع سنوات وستة أشهر" is one duration, 54 months: a duration joined by و to the next smaller
  // unit merges into it.
  for (std::size_t ci = first_claim; ci + 1 < out.size(); ++ci) {
    Claim& a = out[ci];
    Claim& b = out[ci + 1];
    if (a.kind != Kind::duration || b.kind != Kind::duration || a.lo != a.hi || b.lo != b.hi) continue;
    const Found& fa = found[found_of_claim[ci - first_claim]];
    const Found& fb = found[found_of_claim[ci + 1 - first_claim]];
    if (fb.begin < fa.end || fb.begin - fa.end > 2 || !starts_with(s.substr(fb.begin), kWaw)) continue;
    const double factor = unit_factor(a.counted, b.counted);
    if (factor == 0) continue;
    b.lo = b.hi = a.lo * factor + b.lo;
    b.claim_span.begin = a.claim_span.begin;
    b.number_span.begin = a.number_span.begin;
    b.excerpt = dc.doc.text.substr(b.claim_span.begin, b.claim_span.size());
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(ci));
    found_of_claim.erase(found_of_claim.begin() + static_cast<std::ptrdiff_t>(ci - first_claim));
  }

  // A figure written in digits and then in words ("بمبلغ (1,147,400,000,000) ألف ومائة وسبعة وأربعين
  // مليارًا وأربعمائة مليون ريال", a decree's style) is one claim: the digits, with the words' unit.
  for (std::size_t ci = first_claim; ci + 1 < out.size(); ++ci) {
    Claim& a = out[ci];
    const Claim& b = out[ci + 1];
    if (a.kind != Kind::count || (b.kind != Kind::money && b.kind != Kind::count) || a.lo != b.lo || a.hi != b.hi) continue;
    const std::size_t ia = found_of_claim[ci - first_claim], ib = found_of_claim[ci + 1 - first_claim];
    if (ia == SIZE_MAX || ib == SIZE_MAX) continue;
    const Found& fa = found[ia];
    const Found& fb = found[ib];
    if (fb.begin < fa.number_end || fb.begin - fa.number_end > 4) continue;
    const std::string_view between = s.substr(fa.number_end, fb.begin - fa.number_end);
    if (between.find_first_not_of(" ()") != std::string_view::npos || between.find(')') == std::string_view::npos) continue;
    a.kind = b.kind;
    a.counted = b.counted;
    a.actor = b.actor.empty() ? a.actor : b.actor;
    a.location = b.location.empty() ? a.location : b.location;
    a.claim_span.end = b.claim_span.end;
    a.excerpt = dc.doc.text.substr(a.claim_span.begin, a.claim_span.size());
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(ci + 1));
    found_of_claim.erase(found_of_claim.begin() + static_cast<std::ptrdiff_t>(ci + 1 - first_claim));
  }

  // A number joined by و right after a count, with no noun of its own, counts what that count
  // counts: "الدقيقتين 80 و81" are two minutes.
  for (std::size_t ci = first_claim + 1; ci < out.size(); ++ci) {
    Claim& c = out[ci];
    const Claim& prev = out[ci - 1];
    if (c.kind != Kind::count || prev.kind != Kind::count || !is_counted_class(prev.counted) || is_counted_class(c.counted)) continue;
    const std::size_t ia = found_of_claim[ci - 1 - first_claim], ib = found_of_claim[ci - first_claim];
    if (ia == SIZE_MAX || ib == SIZE_MAX) continue;
    const Found& fa = found[ia];
    const Found& fb = found[ib];
    if (fb.number_begin < fa.number_end) continue;
    // Joined by و at once, or after a few words of the first's ("23 من ركلة جزاء و109").
    const std::string_view between = s.substr(fa.number_end, fb.number_begin - fa.number_end);
    const std::size_t waw = between.rfind(" " + kWaw);
    if (waw == std::string_view::npos || between.substr(waw).find_first_not_of(" \xd9\x88") != std::string_view::npos) continue;
    if (std::count(between.begin(), between.end(), ' ') > 5 || between.find_first_of("0123456789(),.") != std::string_view::npos) continue;
    c.counted = prev.counted;
  }

  // Duals are counts of two: "جنديين", "شخصين", "امرأتين" (the stem is a counted noun).
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Word& wd = words[k];
    const bool inside = std::any_of(found.begin(), found.end(), [&](const Found& f) {
      return wd.begin < f.end && wd.end > f.begin;
    });
    if (inside) continue;
    const std::string_view w = s.substr(wd.begin, wd.size());
    const std::string* cls = dual_class(w);
    if (!cls) continue;
    out.push_back(count_at(dc, index, base, 2, *cls, {wd.begin, wd.end}, {wd.begin, wd.end}, k, &orgs, places, said_by));
    found_of_claim.push_back(SIZE_MAX);
  }

  add_scores(dc, index, base, s, words, places, found, found_of_claim, first_claim, said_by, out);

  // Breakdowns: "15 عملية قصف في محافظة إدلب و16 في محافظة اللاذقية و7 في حلب": counts joined by و,
  // each followed by its place.
  std::vector<std::size_t> chain;
  auto close_chain = [&]() {
    if (chain.size() >= 2) {
      const std::int32_t g = next_group++;
      double sum = 0, max_part = 0;
      const std::string first_class = out[chain.front()].counted;
      for (std::size_t ci : chain) {
        Claim& part = out[ci];
        part.group = g;
        part.role = Role::part;
        // A part that names no class, or only cases or people, counts what the first part counts
        // ("1351 وفاة بإقليم الحوز، و492 حالة بإقليم تارودانت": 492 deaths).
        if (part.counted.empty() || (is_generic_class(part.counted) && is_counted_class(first_class) && !is_generic_class(first_class)))
          part.counted = first_class;
        if (part.actor.empty()) part.actor = out[chain.front()].actor;
        sum += part.lo;
        max_part = std::max(max_part, part.lo);
      }
      // Its total: the nearest earlier count of this or the two sentences before that is larger than
      // every part, of the parts' class when they name one ("2022 شخص، بينما بلغ عدد الجرحى 2421 ...
      // 1351 وفاة بإقليم الحوز، و492 حالة": the 2022 dead, not the 2421 injured).
      const std::string& part_class = out[chain.front()].counted;
      static const auto& outcomes = lexicon::column_values("person_roles", 0);
      static const auto& subsets = lexicon::column_values("subset_classes", 0);
      auto outcome = [&](const std::string& k) { return outcomes.count(k) != 0 || subsets.count(k) != 0; };
      const bool named = is_counted_class(part_class) && !is_generic_class(part_class);
      // ... unless the count right before the first part is the list's own first item, joined to it
      // by و ("658 مصريًا و183 إندونيسيًا و68 هنديًا", "منهم 169 هنديًا، و53 بريطانيًا"): then the
      // list has no total here.
      bool list_of_siblings = false;
      if (const std::size_t j0 = chain.front() - 1; chain.front() > first_claim && out[j0].kind == Kind::count &&
                                                    found_of_claim[j0 - first_claim] != SIZE_MAX) {
        const Found& before = found[found_of_claim[j0 - first_claim]];
        const Found& head = found[found_of_claim[chain.front() - first_claim]];
        if (before.number_end <= head.number_begin && starts_with(s.substr(head.begin), kWaw)) {
          const std::string_view between = s.substr(before.number_end, head.number_begin - before.number_end);
          list_of_siblings = std::count(between.begin(), between.end(), ' ') <= 3 &&
                             between.find_first_of("0123456789()") == std::string_view::npos;
        }
      }
      // Parts said to be only some of their total ("غالبية الوفيات في إقليمي الحوز (1293)"):
      // grammar/lexicon/partial_markers.tsv in the few words before the first part.
      bool some_only = false;
      if (found_of_claim[chain.front() - first_claim] != SIZE_MAX) {
        const std::size_t k0 = word_at_or_after(words, found[found_of_claim[chain.front() - first_claim]].begin);
        for (std::size_t k = k0, seen = 0; !some_only && k-- > 0 && seen < 6; ++seen)
          some_only = match_at(t.partial_markers, s, words, k).value != nullptr;
      }
      // A count of the parts' own class is preferred to one of people or cases, nearer or not (the
      // 2012 dead, not "2059، حالة" read after the injured).
      std::size_t pick = SIZE_MAX, loose = SIZE_MAX;
      for (std::size_t j = chain.front(); !list_of_siblings && j-- > 0;) {
        const Claim& cand = out[j];
        if (cand.kind != Kind::count || cand.group >= 0 || cand.sentence + 2 < index) continue;
        if (cand.lo <= max_part) continue;
        // (Parts that count what befell people are never of a count of something else that befell
        // them: "19 مصابًا ... في مستشفيات نينوى، و33 مصابًا في مستشفيات دهوك" are not the 41
        // unidentified dead before them.)
        if (pick == SIZE_MAX && !(outcome(part_class) && outcome(cand.counted) && cand.counted != part_class)) pick = j;
        if (!named || cand.counted == part_class) {
          pick = j;
          loose = SIZE_MAX;
          break;
        }
        if (loose == SIZE_MAX && (!is_counted_class(cand.counted) || is_generic_class(cand.counted))) loose = j;
      }
      if (loose != SIZE_MAX) pick = loose;
      if (pick != SIZE_MAX) {
        Claim& total = out[pick];
        total.group = g;
        total.role = some_only ? Role::partial_total : Role::total;
        // A part counts what its total counts: "2012 قتيلا، منهم 1293 في الحوز".
        if (is_counted_class(total.counted))
          for (std::size_t ci : chain)
            if (!is_counted_class(out[ci].counted) || is_generic_class(out[ci].counted)) out[ci].counted = total.counted;
      }
      (void)sum;
    }
    chain.clear();
  };
  for (std::size_t ci = first_claim; ci < out.size(); ++ci) {
    const Claim& c = out[ci];
    if (c.kind != Kind::count || found_of_claim[ci - first_claim] == SIZE_MAX) {
      close_chain();
      continue;
    }
    const Found& f = found[found_of_claim[ci - first_claim]];
    if (!chain.empty()) {
      const Found& prev = found[found_of_claim[chain.back() - first_claim]];
      const bool joined = starts_with(s.substr(f.begin), kWaw);
      const std::size_t gap_words = word_at_or_after(words, f.begin) - word_at_or_after(words, prev.end);
      const bool place_between = std::any_of(places.begin(), places.end(), [&](const Match& m) {
        return words[m.first].begin >= prev.end && words[m.first].end <= f.begin;
      });
      if (joined && place_between && gap_words <= 8) {
        chain.push_back(ci);
        continue;
      }
      close_chain();
    }
    // A part names its place right after it.
    const bool place_after = std::any_of(places.begin(), places.end(), [&](const Match& m) {
      const std::size_t w = word_at_or_after(words, f.end);
      return m.first >= w && m.first <= w + 4;
    });
    if (place_after) chain.push_back(ci);
  }
  close_chain();
  // Each part's location is the place right after it.
  for (std::size_t ci = first_claim; ci < out.size(); ++ci) {
    Claim& c = out[ci];
    if (c.role != Role::part || found_of_claim[ci - first_claim] == SIZE_MAX) continue;
    const Found& f = found[found_of_claim[ci - first_claim]];
    const std::size_t w = word_at_or_after(words, f.end);
    for (const Match& m : places)
      if (m.first >= w && m.first <= w + 4) {
        c.location = *m.value;
        break;
      }
  }

  // Breakdowns in parentheses: "رصد 23 انتهاكا ... في محافظات إدلب (12) واللاذقية (6) وحماة (2)":
  // each number in parentheses right after a place is that place's part of the total before it.
  {
    auto in_parentheses = [&](const Found& f) {
      std::size_t b = f.number_begin, e = f.number_end;
      while (b > 0 && s[b - 1] == ' ') --b;
      while (e < s.size() && s[e] == ' ') ++e;
      return b > 0 && s[b - 1] == '(' && e < s.size() && s[e] == ')';
    };
    std::vector<std::size_t> parts;
    for (std::size_t ci = first_claim; ci < out.size(); ++ci) {
      Claim& c = out[ci];
      if (c.kind != Kind::count || c.group >= 0 || found_of_claim[ci - first_claim] == SIZE_MAX) continue;
      const Found& f = found[found_of_claim[ci - first_claim]];
      if (!in_parentheses(f)) continue;
      // The place that ends right before the opening parenthesis.
      std::uint32_t open = f.number_begin;
      while (open > 0 && s[open - 1] != '(') --open;
      const Match* place = nullptr;
      for (const Match& m : places)
        if (words[m.first + m.count - 1].end + 2 >= open && words[m.first + m.count - 1].end < open) place = &m;
      if (!place) continue;
      c.location = *place->value;
      if (!is_counted_class(c.counted)) c.counted.clear();  // "(12) واللاذقية": the next place is not what it counts
      c.claim_span = dc.folded.original(base + words[place->first].begin, base + std::min<std::size_t>(f.number_end + 1, s.size()));
      c.excerpt = dc.doc.text.substr(c.claim_span.begin, c.claim_span.size());
      parts.push_back(ci);
    }
    if (parts.size() >= 2) {
      // Parts that name no class count what a noun a few words before the first part's place names
      // ("وتركزت غالبية الوفيات في إقليمي الحوز (1293)، وتارودانت (452)": deaths), so that their
      // total is the count of that class (the 2012 dead, not the 2059 injured named after them).
      const Claim& first_part = out[parts.front()];
      if (first_part.counted.empty()) {
        const Found& f = found[found_of_claim[parts.front() - first_claim]];
        std::size_t k_place = word_at_or_after(words, f.begin);
        for (const Match& m : places)
          if (words[m.first + m.count - 1].end <= f.number_begin && m.first < k_place && m.first + 4 >= k_place) k_place = m.first;
        Match role_match;
        if (const Match* role = nearest_in(t.person_roles, s, words, k_place, k_place, 6, 0, role_match))
          for (const std::size_t ci : parts) out[ci].counted = *role->value;
      }
      chain = parts;
      close_chain();  // links them to their total and gives them its class
    }
  }

  // Exchanges: two counts with "مقابل" between them.
  const auto markers = all_matches(t.exchange_markers, s, words);
  if (!markers.empty()) {
    for (std::size_t a = first_claim; a < out.size(); ++a) {
      if (out[a].kind != Kind::count || out[a].group >= 0 || found_of_claim[a - first_claim] == SIZE_MAX) continue;
      const Found& fa = found[found_of_claim[a - first_claim]];
      for (std::size_t b = a + 1; b < out.size(); ++b) {
        if (out[b].kind != Kind::count || out[b].group >= 0 || found_of_claim[b - first_claim] == SIZE_MAX) continue;
        const Found& fb = found[found_of_claim[b - first_claim]];
        const bool between = std::any_of(markers.begin(), markers.end(), [&](const Match& m) {
          return words[m.first].begin >= fa.end && words[m.first].end <= fb.begin;
        });
        if (!between) continue;
        const std::int32_t g = next_group++;
        out[a].group = out[b].group = g;
        out[a].role = Role::side_a;
        out[b].role = Role::side_b;
        break;
      }
    }
  }
}

// The event series the article names most often (its sentences' words given, as build_sentence
// takes them).
std::string dominant_event(const FoldedText& folded, const std::vector<Span>& spans,
                           const std::vector<std::vector<Word>>& words) {
  std::map<std::string, int> counts;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const std::string_view s = std::string_view(folded.text).substr(spans[i].begin, spans[i].size());
    for (const Match& m : all_matches(tables().events, s, words[i])) ++counts[*m.value];
  }
  std::string best;
  int best_n = 0;
  for (const auto& [e, n] : counts)
    if (n > best_n) best = e, best_n = n;
  return best;
}

// An undated article is read against the latest full date it names (month precision): its
// "ديسمبر الماضي" then means the December before the events it reports, not nothing.
DateRange reference_date(const Document& doc, const FoldedText& folded) {
  if (doc.published.known()) return doc.published;
  std::vector<Found> found;
  grammar::find_quantities(folded.text, found);
  DateRange latest;
  for (const Found& f : found) {
    const ast::DateExpr& d = f.quantity.date;
    if (f.quantity.kind != QuantityKind::date || d.year == 0 || d.month == 0 || d.islamic || d.year_relative) continue;
    const DateRange r = grammar::resolve_date(d, {});
    if (r.known() && (!latest.known() || r.hi > latest.hi)) latest = r;
  }
  if (!latest.known()) return {};
  const Ymd at = civil_from_days(latest.hi);
  return DateRange::month(at.year, at.month);
}

}  // namespace

std::string subject_key(const Claim& c) {
  std::string k(to_string(c.kind));
  // A round of a named series is the same event wherever a report says it was.
  const bool event_only = (c.kind == Kind::ordinal || c.kind == Kind::date) && !c.event.empty();
  static const std::string kNone;
  for (const std::string* part : {&c.counted, event_only ? &kNone : &c.actor, event_only ? &kNone : &c.location, &c.event}) {
    k.push_back('|');
    k.append(*part);
  }
  return k;
}

Extraction extract(const Document& doc) {
  Extraction ex;
  const FoldedText folded = fold(doc.text);
  std::vector<Span> spans;
  split_sentences(folded.text, spans);
  std::vector<std::vector<Word>> words(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i)
    words[i] = words_of(std::string_view(folded.text).substr(spans[i].begin, spans[i].size()));
  DocContext dc{doc, folded, reference_date(doc, folded), dominant_event(folded, spans, words), {}};
  std::int32_t next_group = 0;
  for (std::uint32_t i = 0; i < spans.size(); ++i) {
    ex.sentences.push_back({i, folded.original(spans[i].begin, spans[i].end)});
    // A new paragraph forgets the last speaker.
    const std::uint32_t gap = i ? spans[i - 1].end : 0;  // only the gap is searched: linear in the text
    if (spans[i].begin > 0 &&
        std::string_view(folded.text).substr(gap, spans[i].begin - gap).find('\n') != std::string_view::npos)
      dc.last_speaker.clear();
    build_sentence(dc, i, spans[i], words[i], ex.claims, next_group);
  }
  for (Claim& c : ex.claims) c.subject_key = subject_key(c);
  return ex;
}

std::string outlet_from_text(std::string_view text) {
  const FoldedText f = fold(text);
  const std::string marker = fold_word("المصدر");
  const std::size_t at = f.text.rfind(marker);
  if (at == std::string::npos) return "";
  std::string_view rest = std::string_view(f.text).substr(at + marker.size());
  rest = rest.substr(0, rest.find('\n'));
  const auto words = words_of(rest);
  for (std::size_t k = 0; k < words.size() && k < 3; ++k) {
    const Match m = match_at(tables().outlets, rest, words, k);
    if (m.value) return *m.value;
  }
  return "";
}

std::vector<NumberHit> numbers_in(std::string_view text, const DateRange& reference) {
  const FoldedText f = fold(text);
  std::vector<Found> found;
  grammar::find_quantities(f.text, found);
  std::vector<NumberHit> out;
  for (const Found& x : found) {
    const ast::Quantity& q = x.quantity;
    NumberHit h;
    h.span = f.original(x.begin, x.end);
    // The qualifier shows as a prefix: ~15000 (about), >=30 (at least), <=100 (at most).
    // A range with a hedge after it ("بين 3 و5 مليارات دولار وربما أكثر") keeps its prefix.
    auto range = [&]() {
      const char* prefix = q.bound == ast::Bound::about ? "~" : q.bound == ast::Bound::at_least ? ">="
                         : q.bound == ast::Bound::at_most ? "<=" : "";
      if (q.lo != q.hi) return prefix + format_number(q.lo) + ".." + format_number(q.hi);
      return prefix + format_number(q.lo);
    };
    switch (q.kind) {
      case QuantityKind::number: h.kind = "number"; h.value = range(); break;
      case QuantityKind::vague: h.kind = "vague"; h.value = range(); break;
      case QuantityKind::ordinal: h.kind = "ordinal"; h.value = range(); break;
      case QuantityKind::percent: h.kind = "percent"; h.value = range(); break;
      case QuantityKind::money: h.kind = "money"; h.value = range() + " " + q.unit; break;
      case QuantityKind::duration: h.kind = "duration"; h.value = range() + " " + q.unit; break;
      case QuantityKind::reference: h.kind = "reference"; h.value = range(); break;
      case QuantityKind::time_of_day: h.kind = "time"; break;
      case QuantityKind::date:
      case QuantityKind::relative_time:
        h.kind = "date";
        h.value = to_iso(grammar::resolve_date(q.date, reference));
        break;
    }
    if (h.kind == "time") {
      const Span sp = h.span;
      h.value = std::string(text.substr(sp.begin, sp.size()));
    }
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace mizan::extract
