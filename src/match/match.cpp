#include "match/match.hpp"

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include "grammar/lexicon.hpp"
#include "model/pair_hash.hpp"
#include "model/word_ids.hpp"
#include "text/fold.hpp"

namespace mizan::match {

namespace {

// Documents whose words are at least this alike (cosine of their rare-word weights) may report one event.
constexpr double kStorySimilarity = 0.10;
// How many of the body's mentions of an event type one in the headline is worth.
constexpr int kTitleWeight = 5;
// A story of a one-off event spans at most this many days; a toll or a series of bulletins at most
// kSeriesDays. Documents further apart report different occurrences, however alike their words.
constexpr int kStoryDays = 30;
constexpr int kSeriesDays = 150;
// Each document enters the candidate index with this many of its rarest shared words; a word in
// more than kMaxPosting documents names no one event.
constexpr std::size_t kIndexWords = 100;
constexpr std::size_t kMaxPosting = 64;
constexpr double kPriorDocuments = 20;
constexpr std::size_t kMinSharedWords = 5;
// The words either side of a claim's number that make its context.
constexpr std::size_t kContextWords = 4;
// ... and at most this many before it, back to the previous number of its kind.
constexpr std::size_t kClauseWords = 16;
// How many words before a figure of someone's (votes, a share of the vote) are read for whose it is.
constexpr std::size_t kParticipantWords = 20;
// How far back a verb of saying gives a weekday as the day a figure was announced.
constexpr std::size_t kStatementDayWords = 5;

constexpr std::string_view kAl = "\xd8\xa7\xd9\x84";  // ال

inline bool starts_with(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (s[i] != p[i]) return false;
  return true;
}

// Whether a word begins with a digit, Western or Arabic-Indic (٤) or Persian (۴).
bool starts_with_digit(std::string_view w) {
  if (w.empty()) return false;
  const auto b0 = static_cast<unsigned char>(w[0]);
  if (b0 >= '0' && b0 <= '9') return true;
  if (w.size() < 2) return false;
  const auto b1 = static_cast<unsigned char>(w[1]);
  return (b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) || (b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9);
}

// Letters in a folded word (Arabic letters are two bytes).
std::size_t letters(std::string_view w) {
  std::size_t n = 0;
  for (const char c : w)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// The word without its clitics: و ف ب ل ك before ال, لل, ال, or a single و/ف before a long word.
std::string_view stem(std::string_view w) {
  // Byte by byte: و (D9 88), ف (D9 81), ب (D8 A8), ل (D9 84), ك (D9 83); ال is D8 A7 D9 84.
  const auto at = [&](std::size_t i) { return i < w.size() ? static_cast<unsigned char>(w[i]) : 0u; };
  const auto al_at = [&](std::size_t i) { return at(i) == 0xD8 && at(i + 1) == 0xA7 && at(i + 2) == 0xD9 && at(i + 3) == 0x84; };
  const unsigned b0 = at(0), b1 = at(1);
  const bool waw_fa = b0 == 0xD9 && (b1 == 0x88 || b1 == 0x81);
  const bool clitic = waw_fa || (b0 == 0xD9 && (b1 == 0x84 || b1 == 0x83)) || (b0 == 0xD8 && b1 == 0xA8);
  if (clitic && al_at(2) && letters(w) > 4) return w.substr(6);
  if (b0 == 0xD9 && b1 == 0x84 && at(2) == 0xD9 && at(3) == 0x84 && letters(w) > 4) return w.substr(4);  // لل
  if (al_at(0) && letters(w) > 3) return w.substr(4);
  if (waw_fa && letters(w) > 4) return w.substr(2);
  return w;
}

// The word without a particle ب ل ك before a long word ("لميزانية"، "بمصر"), for looking it up in a
// list of names and triggers only: the stem keeps it ("بيروت", "لبنان" begin with one).
std::string_view unparticled(std::string_view w) {
  if ((starts_with(w, "\xd8\xa8") || starts_with(w, "\xd9\x84") || starts_with(w, "\xd9\x83")) && letters(w) > 4)
    return w.substr(2);
  return w;
}

std::vector<std::string_view> words_of(std::string_view folded) {
  std::vector<std::string_view> out;
  out.reserve(folded.size() / 8 + 1);  // an Arabic word and its space are about eight bytes
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !is_word_byte(static_cast<unsigned char>(folded[i]))) ++i;
    const std::size_t b = i;
    while (i < folded.size() && is_word_byte(static_cast<unsigned char>(folded[i]))) ++i;
    if (i > b) out.push_back(folded.substr(b, i - b));
  }
  return out;
}

// A phrase table of the lexicon and the words its phrases begin with (views into lexicon::rows(),
// which are kept for the program's life).
class PhraseFinder {
 public:
  PhraseFinder(std::string_view file, std::size_t column) : table_(file, column) {
    for (const lexicon::Row& r : lexicon::rows(file)) {
      const std::string_view head = std::string_view(r.form).substr(0, r.form.find(' '));
      starts_.insert(head);
      if (starts_with(head, kAl)) starts_.insert(head.substr(kAl.size()));
    }
  }
  // Every phrase of the table in the words, the longest at each position (the first word as
  // written, without its clitics, or with ال for a word that had ال and a clitic); `found` gets the
  // value, and may take the phrase's first word and its number of words too.
  // `may_start`, when given, says for each word whether it or its stem begins a phrase (from
  // word_marks()): the words are then not looked up again.
  template <typename F>
  void each(const std::vector<std::string_view>& words, F&& found, const std::vector<bool>* may_start = nullptr) const {
    std::string phrase;
    std::vector<std::size_t> ends;
    for (std::size_t k = 0; k < words.size(); ++k) {
      // Most words begin no phrase: skip them before building any.
      if (may_start ? !(*may_start)[k]
                    : (!starts_.count(words[k]) && !starts_.count(stem(words[k])) && !starts_.count(unparticled(words[k]))))
        continue;
      const std::string_view w = words[k], s = stem(w), p = unparticled(w);
      const std::size_t most = std::min(table_.max_words(), words.size() - k);
      std::size_t best_n = 0;
      const std::string* value = nullptr;
      for (int form = 0; form < 4 && best_n < most; ++form) {
        if ((form == 1 || form == 2) && s.size() == w.size()) continue;
        if (form == 3 && p.size() == w.size()) continue;
        phrase.clear();
        if (form == 2) phrase.append(kAl);
        phrase.append(form == 0 ? w : form == 3 ? p : s);
        ends.assign(1, phrase.size());
        for (std::size_t j = 1; j < most; ++j) {
          phrase.push_back(' ');
          phrase.append(words[k + j]);
          ends.push_back(phrase.size());
        }
        for (std::size_t n = most; n > best_n; --n)
          if (const std::string* found_value = table_.find(std::string_view(phrase).substr(0, ends[n - 1]))) {
            best_n = n;
            value = found_value;
            break;
          }
      }
      if (best_n == 0) continue;
      if constexpr (std::is_invocable_v<F, const std::string&, std::size_t, std::size_t>) found(*value, k, best_n);
      else found(*value);
      k += best_n - 1;
    }
  }

  const std::unordered_set<std::string_view>& starts() const { return starts_; }

 private:
  lexicon::PhraseTable table_;
  std::unordered_set<std::string_view> starts_;
};

const PhraseFinder& event_finder() {
  static const PhraseFinder f("event_types", 0);
  return f;
}
const PhraseFinder& stage_finder() {
  static const PhraseFinder f("toll_stages", 0);
  return f;
}
// The gazetteer's forms, for a one-word lookup.
const lexicon::PhraseTable& places_table() {
  static const lexicon::PhraseTable t("places", 0);
  return t;
}
const PhraseFinder& place_finder() {
  static const PhraseFinder f("places", 0);
  return f;
}

// Words that say nothing of what a claim is about (grammar/lexicon/context_stopwords.tsv), stemmed.
const std::unordered_set<std::string_view>& function_words() {
  static const auto words = [] {
    std::unordered_set<std::string_view> out;  // views into rows(), kept for the program's life
    for (const lexicon::Row& r : lexicon::rows("context_stopwords")) out.insert(stem(r.form));
    return out;
  }();
  return words;
}

// A counted class that names no particular thing: none, people, cases, or a noun the lexicon lacks.
bool generic_counted(const std::string& counted) {
  if (counted.empty() || counted == "people" || counted == "cases") return true;
  if (lexicon::column_values("counted", 0).count(counted) || lexicon::column_values("person_roles", 0).count(counted))
    return false;
  // A word kept as written that is no noun: a small word ("887 تم"، "922 على الأقل، وفق"), a number
  // word ("(165,400,000,000) مائة"), or the next clause ("912 وأصيب 5383"; the lexicon's nouns in
  // و, وفاة، وفود, are known classes).
  if (function_words().count(stem(counted)) || function_words().count(counted) ||
      lexicon::column_values("numbers", lexicon::kForms).count(counted) ||
      (starts_with(counted, "\xd9\x88") && letters(counted) > 3))
    return true;
  // A noun the lexicon lacks is a thing of its own (مطارات، مدن), unless it is a nationality
  // ("16 سعوديا", "13 إسرائيليا", "4 سودانيين"): people, said by where they come from.
  for (const std::string_view end : {"\xd9\x8a\xd8\xa7", "\xd9\x8a\xd9\x8a\xd9\x86", "\xd9\x8a\xd9\x88\xd9\x86"})  // يا يين يون
    if (counted.size() > end.size() + 4 && counted.compare(counted.size() - end.size(), end.size(), end) == 0) return true;
  return false;
}

// What a word may be to the lexicon lists a profile reads, found with one lookup of the word and one
// of its stem: the start of an event phrase or of a place, a function word.
enum WordMark : std::uint8_t { kEventStart = 1, kPlaceStart = 2, kFunctionWord = 4 };
const std::unordered_map<std::string_view, std::uint8_t>& word_marks() {
  static const auto marks = [] {
    std::unordered_map<std::string_view, std::uint8_t> out;
    for (const std::string_view w : event_finder().starts()) out[w] |= kEventStart;
    for (const std::string_view w : place_finder().starts()) out[w] |= kPlaceStart;
    for (const std::string_view w : function_words()) out[w] |= kFunctionWord;
    return out;
  }();
  return marks;
}

struct MarkedWords {
  std::vector<std::string_view> stems;
  std::vector<bool> event, place, function;
};

MarkedWords mark(const std::vector<std::string_view>& words) {
  MarkedWords m;
  m.stems.reserve(words.size());
  m.event.reserve(words.size());
  m.place.reserve(words.size());
  m.function.reserve(words.size());
  const auto& marks = word_marks();
  for (const std::string_view w : words) {
    const std::string_view s = stem(w);
    std::uint8_t of_word = 0, of_stem = 0;
    if (const auto it = marks.find(w); it != marks.end()) of_word = it->second;
    if (s.size() == w.size()) of_stem = of_word;
    else if (const auto it = marks.find(s); it != marks.end()) of_stem = it->second;
    if (const std::string_view p = unparticled(w); p.size() != w.size())
      if (const auto it = marks.find(p); it != marks.end()) of_word |= it->second & (kEventStart | kPlaceStart);
    m.stems.push_back(s);
    m.event.push_back(((of_word | of_stem) & kEventStart) != 0);
    m.place.push_back(((of_word | of_stem) & kPlaceStart) != 0);
    m.function.push_back((of_stem & kFunctionWord) != 0);
  }
  return m;
}

const std::unordered_map<std::string, EventClass>& event_classes() {
  static const auto m = [] {
    std::unordered_map<std::string, EventClass> out;
    for (const lexicon::Row& r : lexicon::rows("event_types"))
      out[std::string(r.field(0))] = r.field(1) == "one_off" ? EventClass::one_off : EventClass::toll;
    return out;
  }();
  return m;
}

// Event types carried out in parts on several days (event_types.tsv, unfolds = days).
const std::unordered_set<std::string>& events_in_parts() {
  static const auto m = [] {
    std::unordered_set<std::string> out;
    for (const lexicon::Row& r : lexicon::rows("event_types"))
      if (r.field(2) == "days") out.insert(std::string(r.field(0)));
    return out;
  }();
  return m;
}

// Folded canonical place -> its parent, as written.
const std::unordered_map<std::string, std::string>& parents() {
  static const auto m = [] {
    std::unordered_map<std::string, std::string> out;
    for (const lexicon::Row& r : lexicon::rows("place_parents")) out[r.form] = std::string(r.field(0));
    return out;
  }();
  return m;
}

// The most frequent key; ties go to the smallest, so that the same text gives the same answer.
std::string most_frequent(const std::map<std::string, int>& counts) {
  std::string best;
  int n = 0;
  for (const auto& [k, c] : counts)
    if (c > n) best = k, n = c;
  return best;
}

struct Union {
  std::vector<std::size_t> parent;
  explicit Union(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};



// The raw text of a claim's clause either side of its number, cut to about `reach_before` and
// `reach_after` words (whole words), bytes `from` and `to` in the document; empty when the claim's
// spans do not fit its sentence. Only these bytes are folded by the callers (a long sentence costs
// no more).
struct ClauseText {
  std::string_view before, after;
  bool ok = false;
};
ClauseText clause_text(const StoredClaim& s, std::uint32_t from, std::uint32_t to, std::size_t reach_before, std::size_t reach_after) {
  ClauseText out;
  const Span n = s.claim.number_span, sent = s.sentence_span;
  if (n.begin < sent.begin || n.end > sent.end || sent.size() != s.sentence_text.size()) return out;
  from = std::min(std::max(from, sent.begin), n.begin);
  to = std::max(std::min(to, sent.end), n.end);
  out.before = std::string_view(s.sentence_text).substr(from - sent.begin, n.begin - from);
  out.after = std::string_view(s.sentence_text).substr(n.end - sent.begin, to - n.end);
  if (out.before.size() > reach_before * 32) {
    out.before.remove_prefix(out.before.size() - reach_before * 32);
    out.before.remove_prefix(std::min(out.before.size(), out.before.find(' ')));  // a whole word first
  }
  if (out.after.size() > reach_after * 32) out.after = out.after.substr(0, out.after.rfind(' ', reach_after * 32));
  out.ok = true;
  return out;
}

// The sentence being framed, folded once for all the pieces of it its claims' tests fold (the
// clause before a number, the words after it, the words before a date): frame_claims frames the
// claims of one sentence one after the other, and a piece of the folded sentence is the piece
// folded (the fold is one code point at a time; NFKC joins a letter and its mark, which the fold
// then drops). Only while frame_claims runs, on its thread: its claims, and their sentences, live
// until it returns.
struct SentenceFold {
  bool active = false;
  const char* data = nullptr;
  std::size_t size = 0;
  FoldedText folded;
};
thread_local SentenceFold sentence_fold;

std::string fold_piece(const StoredClaim& s, std::string_view piece) {
  const std::string_view sent = s.sentence_text;
  SentenceFold& c = sentence_fold;
  if (!c.active || piece.data() < sent.data() || piece.data() + piece.size() > sent.data() + sent.size()) return fold_word(piece);
  if (c.data != sent.data() || c.size != sent.size()) {
    fold_into(sent, c.folded);
    c.data = sent.data();
    c.size = sent.size();
  }
  const std::vector<std::uint32_t>& to = c.folded.to_original;
  const auto b = static_cast<std::uint32_t>(piece.data() - sent.data());
  const auto e = static_cast<std::uint32_t>(b + piece.size());
  const std::size_t fb = static_cast<std::size_t>(std::lower_bound(to.begin(), to.end(), b) - to.begin());
  const std::size_t fe = static_cast<std::size_t>(std::lower_bound(to.begin(), to.end(), e) - to.begin());
  return c.folded.text.substr(std::min(fb, c.folded.text.size()), fe > fb ? fe - fb : 0);
}

// The words of a claim's clause: back to the previous number of its kind in the sentence (at most
// `reach_before` words: "عبد المجيد تبون، في الصدارة وتحصل على 5329253 صوت، بنسبة 94.65"), and on
// to the next number (at most `reach_after`), byte offsets `from` and `to` in the document; folded,
// clitics off, no digits, no function words, each with its weight, sorted and distinct.
template <typename Weight>
std::vector<std::pair<std::uint32_t, float>> context_words(const StoredClaim& s, std::size_t reach_before, std::size_t reach_after,
                                                           std::uint32_t from, std::uint32_t to, Weight&& weight) {
  std::vector<std::pair<std::uint32_t, float>> out;
  const ClauseText text = clause_text(s, from, to, reach_before, reach_after);
  if (!text.ok) return out;
  const std::string before = fold_piece(s, text.before);
  const std::string after = fold_piece(s, text.after);
  std::vector<std::string_view> wb = words_of(before), wa = words_of(after);
  if (wb.size() > reach_before) wb.erase(wb.begin(), wb.end() - static_cast<std::ptrdiff_t>(reach_before));
  if (wa.size() > reach_after) wa.resize(reach_after);
  std::vector<std::string_view> seen;
  for (const auto* ws : {&wb, &wa})
    for (const std::string_view w : *ws) {
      std::string_view st = stem(w);
      // A place's name after a particle is the name ("بمأرب" beside "مأرب").
      if (const std::string_view p = unparticled(st); p.size() != st.size() && !places_table().find(st) && places_table().find(p)) st = p;
      if (letters(st) < 3 || std::all_of(st.begin(), st.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
      if (function_words().count(st)) continue;
      seen.push_back(st);
    }
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  for (const std::string_view w : seen) out.emplace_back(context_word_id(w), weight(w));
  std::sort(out.begin(), out.end());
  return out;
}

// The country a nationality adjective names, inflected or not ("أردنيًا", "المصريّين", "تايلانديين"),
// from grammar/lexicon/demonyms.tsv; null for any other word. `plural_only`: a plural of people alone
// ("الحجاج المصريين", not the ministry of "وزارة الصحة السودانية").
const std::string* demonym_country(std::string_view w, bool plural_only = false, bool counted = false) {
  static const lexicon::PhraseTable table("demonyms", 0);
  static const std::vector<std::string> endings = [] {
    std::vector<std::string> out;
    for (const char* e : {"\xd9\x8a\xd9\x8a\xd9\x86", "\xd9\x8a\xd9\x88\xd9\x86", "\xd9\x8a\xd8\xa7", "\xd9\x8a\xd8\xa9",
                          "\xd9\x8a\xd8\xa7\xd8\xaa"})  // ـيين ـيون ـيا ـية ـيات
      out.push_back(fold_word(e));
    return out;
  }();
  // A country's own name (سوريا، السعودية، تركيا) is a place, however like an adjective it ends,
  // except as what a number counts ("165 إندونيسيا": Indonesians).
  const lexicon::PhraseTable& places = places_table();
  if (!counted && (places.find(w) || places.find(unparticled(w)) || places.find(stem(w)))) return nullptr;
  w = unparticled(stem(w));
  if (const std::string* c = table.find(w); c && !plural_only) return c;
  for (std::size_t k = 0; k < (plural_only ? 2 : endings.size()); ++k)
    if (const std::string& e = endings[k]; w.size() > e.size() && w.substr(w.size() - e.size()) == e)
      if (const std::string* c = table.find(w.substr(0, w.size() - e.size() + 2))) return c;  // keep the nisba ي
  return nullptr;
}

// A count's nationality: the first nationality adjective in the few words after its number ("41
// حاجا أردنيا", "أربعة مواطنين تايلانديين", "323 من المتوفين كانوا مصريين"), else the nearest plural
// of one in its clause before it ("الحجاج المصريين إلى 9"), unless a verb of saying stands between ("قال مسؤول
// مصري إن 550 حاجا": the official's). Empty when none.
constexpr std::size_t kNationalityAfter = 4, kNationalityBefore = 6;
std::string nationality_of(const StoredClaim& s, std::uint32_t from, std::uint32_t to, bool counts_people = false,
                           bool* origin = nullptr) {
  if (s.claim.kind != Kind::count) return {};
  const ClauseText text = clause_text(s, from, to, kNationalityBefore, kNationalityAfter);
  if (!text.ok) return {};
  const std::string after = fold_piece(s, text.after);
  const std::vector<std::string_view> wa = words_of(after);
  static const std::string min = fold_word("\xd9\x85\xd9\x86");  // من
  const lexicon::PhraseTable& places = places_table();
  static const std::string feminine = fold_word("\xd9\x8a\xd8\xa9"), feminine_plural = fold_word("\xd9\x8a\xd8\xa7\xd8\xaa");  // ـية ـيات
  for (std::size_t k = 0; k < wa.size() && k < kNationalityAfter; ++k) {
    // Further on, a feminine adjective is another noun's ("6 نساء من السجون الإسرائيلية").
    const std::string_view w = wa[k];
    const bool further_feminine = k >= 2 && ((w.size() > feminine.size() && w.substr(w.size() - feminine.size()) == feminine) ||
                                             (w.size() > feminine_plural.size() && w.substr(w.size() - feminine_plural.size()) == feminine_plural));
    if (further_feminine) continue;
    if (const std::string* c = demonym_country(wa[k], false, /*counted=*/k == 0)) return *c;
    // People "from" a country: "5 حجّاج من المغرب" are Moroccans.
    if (k > 0 && k + 1 < wa.size() && wa[k] == min && counts_people) {
      const std::string* place = places.find(wa[k + 1]);
      if (place && shared_place_chain(*place).size() == 1) {
        if (origin) *origin = true;
        return *place;
      }
    }
  }
  static const lexicon::PhraseTable saying("speech_verbs", 0);
  const std::string before = fold_piece(s, text.before);
  const std::vector<std::string_view> wb = words_of(before);
  for (std::size_t k = wb.size(), seen = 0; k-- > 0 && seen < kNationalityBefore; ++seen) {
    if (saying.find(wb[k]) || saying.find(stem(wb[k]))) break;
    if (const std::string* c = demonym_country(wb[k], /*plural_only=*/true)) return *c;
  }
  return {};
}

// A claim's clause before its number, folded and cut into words, read once for the tests below.
// Filled in place and never moved: the words are views into the folded text.
struct ClauseBefore {
  ClauseBefore(const StoredClaim& s, std::uint32_t from, std::uint32_t to, std::size_t reach = kClauseWords) {
    const ClauseText text = clause_text(s, from, to, reach, 0);
    if (!text.ok) return;
    folded = fold_piece(s, text.before);
    words = words_of(folded);
  }
  ClauseBefore(const ClauseBefore&) = delete;
  ClauseBefore& operator=(const ClauseBefore&) = delete;
  std::string folded;
  std::vector<std::string_view> words;  // views into `folded`
};

// The country whose authority a toll's clause gives it from, before its number: a nationality
// adjective a few words after a body of grammar/lexicon/authorities.tsv ("وذكرت إدارة الكوارث
// التركية أن عدد القتلى ارتفع إلى 2316": Turkey's). Empty when none.
constexpr std::size_t kAuthorityWords = 4;
// How far back from a count its sentence is read for the authority that gives it.
constexpr std::size_t kSentenceWords = 30;
std::string authority_country(const ClauseBefore& before) {
  static const lexicon::PhraseTable bodies("authorities", 0);
  const std::vector<std::string_view>& wb = before.words;
  for (std::size_t k = 0; k < wb.size(); ++k) {
    const std::string two = k + 1 < wb.size() ? std::string(wb[k]) + " " + std::string(wb[k + 1]) : std::string();
    const bool body = bodies.find(unparticled(wb[k])) || bodies.find(stem(wb[k])) || (!two.empty() && bodies.find(unparticled(two)));
    if (!body) continue;
    for (std::size_t j = k + 1; j < wb.size() && j <= k + kAuthorityWords; ++j)
      if (const std::string* c = demonym_country(wb[j])) return *c;
  }
  return {};
}

// How far back a count's clause, before its number, says it holds relative to its report: the
// first two-word past phrase of grammar/lexicon/relative_time.tsv in it whose unit is one of `units`
// ("وقضى العام الماضي أكثر من 200 حاج": a year; "قد أعلن الأسبوع الماضي": a week), as its unit and
// how many units back; an empty unit when it names none.
struct PastTime {
  std::string_view unit;
  int back = 0;
};
PastTime past_time(const ClauseBefore& before, std::initializer_list<std::string_view> units) {
  static const std::map<std::string, PastTime> past = [] {
    std::map<std::string, PastTime> out;  // the units are views into rows(), kept for the program's life
    for (const lexicon::Row& r : lexicon::rows("relative_time"))
      if (const int offset = std::atoi(std::string(r.field(1)).c_str()); offset < 0) out.emplace(fold_word(r.form), PastTime{r.field(0), -offset});
    return out;
  }();
  const std::vector<std::string_view>& wb = before.words;
  for (std::size_t k = 0; k + 1 < wb.size(); ++k)
    if (const auto it = past.find(std::string(unparticled(wb[k])) + " " + std::string(wb[k + 1]));
        it != past.end() && std::find(units.begin(), units.end(), it->second.unit) != units.end())
      return it->second;
  return {};
}

// Whether a count's clause names a past year (a figure of another year's occurrence).
bool of_a_past_year(const ClauseBefore& before) { return !past_time(before, {"year"}).unit.empty(); }

// How many weeks before its report a count's clause says it was given ("الأسبوع الماضي": 1, "الشهر
// الماضي": 4); 0 when it says neither.
int told_weeks_before(const ClauseBefore& before) {
  const PastTime t = past_time(before, {"week", "month"});
  return t.unit == "week" ? t.back : t.unit == "month" ? 4 * t.back : 0;
}

// The days of the week (grammar/lexicon/weekdays.tsv, the rows that name one): folded form -> ISO
// number (1 Monday .. 7 Sunday).
const std::unordered_map<std::string_view, int>& weekdays() {
  static const std::unordered_map<std::string_view, int> out = [] {
    std::unordered_map<std::string_view, int> m;  // views into rows(), kept for the program's life
    for (const lexicon::Row& r : lexicon::rows("weekdays"))
      if (r.field(1) == "yes") m[r.form] = std::atoi(std::string(r.field(0)).c_str());
    return m;
  }();
  return out;
}

// The day of the week a word names, with or without و before it (ISO 1 Monday .. 7 Sunday); 0 for
// any other word.
int weekday_of_word(std::string_view w) {
  const std::string_view bare = starts_with(w, "\xd9\x88") ? w.substr(2) : w;  // و
  const auto it = weekdays().find(bare);
  return it != weekdays().end() && it->second >= 1 && it->second <= 7 ? it->second : 0;
}

// The day of the week a claim's clause names before its number ("وتم يوم الجمعة تبادل 318 أسيراً"),
// as an ISO number; 0 when none, or when it names today ("اليوم الجمعة").
int weekday_in_clause(const ClauseBefore& before) {
  static const std::string today = fold_word("اليوم");
  const std::vector<std::string_view>& wb = before.words;
  for (std::size_t k = wb.size(); k-- > 0;)
    if (const int wd = weekday_of_word(wb[k])) return k > 0 && wb[k - 1] == today ? 0 : wd;
  return 0;
}

// What a sum of money is of: the words of grammar/lexicon/money_heads.tsv in its clause before the
// amount, within a few words and after any figure before it ("إجمالي الخسائر ... تتراوح بين 10 و15
// مليار دولار": losses; "الإيرادات 1172 مليار ريال والنفقات 1251": spending). Empty when none, or
// when the words name two things ("تجاوزت النفقات الإيرادات فقدرت الأولى بـ1.25 تريليون").
constexpr std::size_t kSumHeadWords = 8;
std::string sum_of(const ClauseBefore& before) {
  static const lexicon::PhraseTable heads("money_heads", 0);
  const std::vector<std::string_view>& wb = before.words;
  const std::string* found = nullptr;
  for (std::size_t k = wb.size(), seen = 0; k-- > 0 && seen < kSumHeadWords; ++seen) {
    if (std::any_of(wb[k].begin(), wb[k].end(), [](char c) { return c >= '0' && c <= '9'; })) break;
    const std::string* c = heads.find(stem(wb[k]));
    if (!c) c = heads.find(unparticled(wb[k]));
    // "وبعجز": و, then a particle before a short word (unparticled keeps it before four letters).
    if (const std::string_view w = stem(wb[k]); !c && w.size() > 2 && (starts_with(w, "\xd8\xa8") || starts_with(w, "\xd9\x84")))
      c = heads.find(w.substr(2));
    if (!c) continue;
    if (found && *found != *c) return {};
    found = c;
  }
  return found ? *found : std::string();
}

// Whether a figure's clause before its number makes it a threshold no one reached
// (grammar/lexicon/threshold_markers.tsv: "مع عدم حصول أي مرشح على 50% من الأصوات").
bool a_threshold(const ClauseBefore& before) {
  static const PhraseFinder markers("threshold_markers", 0);
  bool found = false;
  markers.each(before.words, [&](const std::string&) { found = true; });
  return found;
}

// The part of an event carried out in parts a claim's context words name: an ordinal (1 to 10, from
// grammar/lexicon/ordinals.tsv) beside a noun of grammar/lexicon/batch_nouns.tsv; 0 when none, or
// when two ordinals differ.
int part_named(const std::vector<std::pair<std::uint32_t, float>>& context) {
  static const std::map<std::string, int> ordinal = [] {
    std::map<std::string, int> out;
    for (const lexicon::Row& r : lexicon::rows("ordinals")) {
      const int v = std::atoi(std::string(r.field(0)).c_str());
      if (r.field(1) == "unit" && v >= 1 && v <= 10) out.emplace(std::string(stem(fold_word(r.form))), v);
    }
    return out;
  }();
  static const std::set<std::string> nouns = [] {
    std::set<std::string> out;
    for (const lexicon::Row& r : lexicon::rows("batch_nouns")) out.insert(std::string(stem(fold_word(r.form))));
    return out;
  }();
  bool noun = false;
  int part = 0;
  for (const auto& [id, weight] : context) {
    const std::string w(context_word(id));
    if (nouns.count(w)) noun = true;
    if (const auto it = ordinal.find(w); it != ordinal.end()) {
      if (part && part != it->second) return 0;
      part = it->second;
    }
  }
  return noun ? part : 0;
}

// Whether the few words before byte `at` of a claim's sentence say "since" (منذ) before the claim's
// own number: a date there is where a period starts, not the claim's time ("تحتجزهم منذ بدء العدوان
// ... في 7 تشرين الأول 2023، وسيتم الإفراج عن 42"); a claim inside the phrase is of that date ("منذ
// حادث غرق العبارة الذي خلف 304 قتلى في عام 2014").
constexpr std::size_t kSinceWords = 8, kSinceBytes = 200;
// A verb of saying this many words before a date makes it the day something was said.
constexpr std::size_t kSaidOnWords = 6;
// The words a few before byte `at` of a claim's sentence, folded: only the kSinceBytes before it are
// read (a sentence may be 8 KiB long and name many dates). Filled in place (the words are views into
// `folded`); false when `at` is not within the sentence.
struct WordsBefore {
  std::string folded;
  std::vector<std::string_view> words;
  std::size_t from = 0;  // where `folded` starts in the sentence text
};
bool words_before(const StoredClaim& s, std::uint32_t at, WordsBefore& out) {
  const Span sent = s.sentence_span;
  if (at < sent.begin || at > sent.end || sent.size() != s.sentence_text.size()) return false;
  std::size_t from = at - sent.begin > kSinceBytes ? at - sent.begin - kSinceBytes : 0;
  while (from > 0 && (static_cast<unsigned char>(s.sentence_text[from]) & 0xC0) == 0x80) --from;  // a UTF-8 boundary
  out.from = from;
  out.folded = fold_piece(s, std::string_view(s.sentence_text).substr(from, at - sent.begin - from));
  out.words = words_of(out.folded);
  return true;
}

bool since_date(const StoredClaim& s, std::uint32_t at) {
  static const std::string since = fold_word("منذ");
  WordsBefore before;
  if (!words_before(s, at, before)) return false;
  const std::vector<std::string_view>& wb = before.words;
  const std::size_t from = before.from;
  const bool inside = s.claim.number_span.begin < at && s.claim.number_span.begin >= s.sentence_span.begin + from;
  for (std::size_t k = wb.size(), seen = 0; k-- > 0 && seen < kSinceWords; ++seen)
    if (unparticled(wb[k]) == since || wb[k] == since) {
      // Inside when the claim's number lies after this منذ (and before the date).
      if (!inside) return true;
      const std::string_view prefix =
          std::string_view(s.sentence_text).substr(from, s.claim.number_span.begin - s.sentence_span.begin - from);
      const std::size_t words_before_number = words_of(fold_piece(s, prefix)).size();
      return words_before_number <= k;  // the number comes before منذ: outside the phrase
    }
  return false;
}

// Whether a date at byte `at` of a claim's sentence is when something was said: a verb of saying
// a few words before it ("وأعلنت وزارة الخارجية الأردنية، السبت 15 يونيو 2024، وفاة 6 حجاج").
bool said_on_date(const StoredClaim& s, std::uint32_t at) {
  static const lexicon::PhraseTable saying("speech_verbs", 0);
  WordsBefore before;
  if (!words_before(s, at, before)) return false;
  const std::vector<std::string_view>& wb = before.words;
  for (std::size_t k = wb.size(), seen = 0; k-- > 0 && seen < kSaidOnWords; ++seen)
    if (saying.find(wb[k]) || saying.find(stem(wb[k])) || saying.find(unparticled(wb[k]))) return true;
  return false;
}

// Whether a word is one the lexicon knows as something other than a name (an event's trigger, a
// month, a number, a counted class, a title, a verb of saying: a word of any phrase of
// grammar/lexicon/ but the organisations', which name parties): in a store of one election alone,
// `الانتخابات`, `الرئيس`, `أكتوبر` are in most of its reports and in no other, and name no one.
bool lexicon_word(std::string_view folded) {
  static const std::unordered_set<std::string_view> known = [] {
    std::unordered_set<std::string_view> out;  // views into rows(), kept for the program's life
    for (const std::string& file : lexicon::names()) {
      if (file == "organisations") continue;
      for (const lexicon::Row& r : lexicon::rows(file))
        for (const std::string_view w : words_of(r.form)) out.insert(stem(w));
    }
    return out;
  }();
  return known.count(folded) != 0 || known.count(stem(folded)) != 0;
}

// Whether a claim of an event of this type is someone's (grammar/lexicon/participant_classes.tsv):
// a candidate's share of the vote or votes; a percentage of no class where a share is someone's.
bool someones(const Claim& c, const std::string& event_type) {
  static const std::set<std::pair<std::string, std::string>> classes = [] {
    std::set<std::pair<std::string, std::string>> out;
    for (const lexicon::Row& r : lexicon::rows("participant_classes")) out.emplace(r.form, std::string(r.field(0)));
    return out;
  }();
  const auto& shares = lexicon::column_values("percent_heads", 1);
  if (c.kind == Kind::percent && c.counted.empty())
    return std::any_of(classes.begin(), classes.end(), [&](const auto& k) { return k.second == event_type && shares.count(k.first); });
  return (c.kind == Kind::percent || c.kind == Kind::count) && classes.count({c.counted, event_type}) != 0;
}

// Whether a claim's clause gives it as of an hour of the day ("إلى حدود الساعة العاشرة مساءً، بلغ
// عدد الوفيات 2012", "بلغت 14.16% إلى حدود الساعة الواحدة بعد الزوال"): a word of
// grammar/lexicon/hour_markers.tsv, then الساعة, then the hour (digits, or an hour word of the same
// file such as العاشرة), back to the clause's start or up to ten words on, past
// the other figures of a list ("26.46 بالمائة داخل الوطن و18.31 بالمائة خارج الوطن بحلول الساعة
// الخامسة": both).
bool as_of_hour(const StoredClaim& s, std::uint32_t from, std::uint32_t to) {
  constexpr std::size_t kWords = 10;
  const ClauseText text = clause_text(s, from, to, kClauseWords, kWords);
  if (!text.ok) return false;
  static const lexicon::PhraseTable markers("hour_markers", 0);
  auto is = [&](std::string_view word, std::string_view what) {
    const std::string* v = markers.find(word);
    return v && *v == what;
  };
  // The first words of the stages of days, so that a pair of words is looked up only after one.
  static const std::unordered_set<std::string_view> stage_starts = [] {
    std::unordered_set<std::string_view> out;  // views into rows(), kept for the program's life
    for (const lexicon::Row& r : lexicon::rows("hour_markers"))
      if (r.field(0) == "stage") out.insert(std::string_view(r.form).substr(0, r.form.find(' ')));
    return out;
  }();
  auto names_hour = [&](std::string_view raw, std::size_t limit) {
    const std::string folded = fold_piece(s, raw);
    const std::vector<std::string_view> w = words_of(folded);
    for (std::size_t k = 0; k + 1 < w.size() && k < limit; ++k) {
      // A stage of days ("في أول يومين من التصويت").
      if (stage_starts.count(w[k]) && is(std::string(w[k]) + " " + std::string(w[k + 1]), "stage")) return true;
      if (k == 0) continue;
      const std::string* marker = markers.find(w[k - 1]);
      if (!marker) marker = markers.find(unparticled(w[k - 1]));
      if (!marker || *marker != "as_of") continue;
      // "إلى حدود الرابعة زوالا": an hour after the marker without الساعة.
      if (is(w[k], "hour")) return true;
      if (!is(w[k], "clock")) continue;
      const std::string_view next = w[k + 1];
      if ((next[0] >= '0' && next[0] <= '9') || is(next, "hour")) return true;
    }
    return false;
  };
  return names_hour(text.before, SIZE_MAX) || names_hour(text.after, kWords);
}

// Whether a count is given as one period's (grammar/lexicon/period_markers.tsv): a marker in the few
// words after its number, up to the next number (a number of hours inside the marker, "خلال ال24
// ساعة", is part of it), or one that ends right before it ("خلال الأربع والعشرين الساعة الماضية
// 3763 حالة").
bool per_period(const StoredClaim& s, std::uint32_t from) {
  static const PhraseFinder markers("period_markers", 0);
  constexpr std::size_t kAfterWords = 6;
  const ClauseText text = clause_text(s, from, std::numeric_limits<std::uint32_t>::max(), kClauseWords, kAfterWords);
  if (!text.ok) return false;
  const std::string after = fold_piece(s, text.after);
  std::vector<std::string_view> wa = words_of(after);
  if (wa.size() > kAfterWords) wa.resize(kAfterWords);
  for (std::size_t k = 0; k < wa.size(); ++k) {
    const std::string_view w = unparticled(wa[k]);
    const bool digits = !w.empty() && (std::isdigit(static_cast<unsigned char>(w.back())) != 0);
    const bool hours = k + 1 < wa.size() && starts_with(wa[k + 1], "\xd8\xb3\xd8\xa7\xd8\xb9");  // ساع
    if (digits && !hours) {
      wa.resize(k);
      break;
    }
  }
  bool found = false;
  markers.each(wa, [&](const std::string&) { found = true; });
  if (found) return true;
  const std::string before = fold_piece(s, text.before);
  const std::vector<std::string_view> wb = words_of(before);
  markers.each(wb, [&](const std::string&, std::size_t first, std::size_t n) { found = found || first + n + 1 >= wb.size(); });
  return found;
}

// Whether a count is written right after و, the next item of a list ("و 72 حالة", "و72").
bool joined_by_and(const StoredClaim& s) {
  const Span n = s.claim.number_span, sent = s.sentence_span;
  if (n.begin < sent.begin || n.begin > sent.end || sent.size() != s.sentence_text.size()) return false;
  std::string_view before = std::string_view(s.sentence_text).substr(0, n.begin - sent.begin);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return before.size() >= 2 && before.substr(before.size() - 2) == "\xd9\x88" &&
         (before.size() == 2 || before[before.size() - 3] == ' ');
}

// Whether the word or two after a count say it counts others of the kind ("9 مصابين آخرين"): read
// after another count of its class in the sentence, an increment, not a running total.
bool more_of_them(const StoredClaim& s) {
  static const std::string others[] = {fold_word("آخرين"), fold_word("آخرون"), fold_word("أخرى"), fold_word("إضافيين")};
  const ClauseText text = clause_text(s, s.claim.number_span.begin, std::numeric_limits<std::uint32_t>::max(), 0, 3);
  if (!text.ok) return false;
  const std::string after = fold_piece(s, text.after);
  const std::vector<std::string_view> wa = words_of(after);
  for (std::size_t k = 0; k < wa.size() && k < 2; ++k)
    for (const std::string& o : others)
      if (unparticled(wa[k]) == o) return true;
  return false;
}

// The event type named most in folded text ("" if none).
std::string event_type_in_folded(std::string_view folded) {
  std::map<std::string, int> counts;
  event_finder().each(words_of(folded), [&](const std::string& type) { ++counts[type]; });
  return most_frequent(counts);
}

}  // namespace

std::string event_type_in(std::string_view text) { return event_type_in_folded(fold_word(text)); }

EventClass event_class_of(std::string_view event_type) {
  const auto it = event_classes().find(std::string(event_type));
  return it == event_classes().end() ? EventClass::unknown : it->second;
}

const PlaceChain& shared_place_chain(const std::string& place) {
  // Each place's chain is worked out once, and shared.
  static std::unordered_map<std::string, PlaceChain> cache;
  static std::mutex lock;
  const std::lock_guard<std::mutex> guard(lock);
  if (const auto it = cache.find(place); it != cache.end()) return it->second;
  auto chain_of = [](const std::string& from) {
    std::vector<std::string> out;
    std::string at = from;
    while (!at.empty() && out.size() < 8) {
      if (std::find(out.begin(), out.end(), at) != out.end()) break;
      out.push_back(at);
      const auto it = parents().find(fold_word(at));
      at = it == parents().end() ? std::string() : it->second;
    }
    return out;
  };
  std::vector<std::string> out = chain_of(place);
  // Places joined by و ("اللاذقية وحلب") lie where all of them lie: within their nearest common
  // place (سورية), which is compatible with it and with anything else inside it.
  static const std::string joint = " \xd9\x88";  // " و"
  if (out.size() == 1 && place.find(joint) != std::string::npos) {
    std::vector<std::vector<std::string>> parts;
    for (std::size_t b = 0; b <= place.size();) {
      const std::size_t e = std::min(place.find(joint, b), place.size());
      parts.push_back(chain_of(place.substr(b, e - b)));
      b = e + joint.size();
    }
    for (std::size_t k = 1; k < parts.front().size(); ++k) {
      const std::string& common = parts.front()[k];
      if (std::all_of(parts.begin() + 1, parts.end(), [&](const std::vector<std::string>& c) {
            return std::find(c.begin() + 1, c.end(), common) != c.end() || (!c.empty() && c.front() == common);
          })) {
        out.insert(out.end(), parts.front().begin() + static_cast<std::ptrdiff_t>(k), parts.front().end());
        break;
      }
    }
  }
  return cache.emplace(place, PlaceChain(std::move(out))).first->second;  // map nodes stay where they are
}

std::vector<std::string> place_chain(const std::string& place) {
  const PlaceChain& chain = shared_place_chain(place);
  return std::vector<std::string>(chain.begin(), chain.end());
}

std::uint32_t Vocabulary::id(std::string_view word) {
  if (const auto it = ids_.find(word); it != ids_.end()) return it->second;
  const std::string_view stored = storage_.emplace_back(word);
  const auto id = static_cast<std::uint32_t>(words_.size());
  words_.push_back(stored);
  ids_.emplace(stored, id);
  return id;
}

DocumentProfile describe_document(std::string_view title_text, std::string_view body) {
  DocumentProfile p;
  p.known = true;
  const std::string title = fold_word(title_text);
  const std::string text = fold_word(body);
  const std::vector<std::string_view> title_words = words_of(title), text_words = words_of(text);
  const MarkedWords title_marks = mark(title_words), text_marks = mark(text_words);

  std::map<std::string, int> types, countries;
  // The year a one-off event is of, when the text says it soon after the event's name ("ميزانية
  // 2024"، "انتخابات 2019"، "الميزانية العامة للدولة للعام المالي 2024"): another year's budget or
  // election is another event.
  std::map<std::string, int> years;
  auto year_after = [&](const std::vector<std::string_view>& ws, std::size_t k, std::size_t n, const std::string& t) {
    if (event_class_of(t) != EventClass::one_off) return;
    for (std::size_t j = k + n; j < ws.size() && j < k + n + 6; ++j) {
      const std::string_view w = ws[j];
      if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
          (w[0] == '1' || w[0] == '2')) {
        int year = std::stoi(std::string(w));
        // A Hijri year (ميزانية 1445/1446هـ) ends in the Gregorian year 579 later (1445 → 2024);
        // other four-digit numbers are counts (تبادل 1056 أسيرا).
        if (year >= 1350 && year < 1500) year += 579;
        if (year < 1950 || year > 2100) continue;
        ++years[std::to_string(year)];
        return;
      }
    }
  };
  // The headline says what the article is about: its triggers outweigh the body's mentions of the
  // events it recalls (an exchange's report that goes on about the talks it came from).
  event_finder().each(
      title_words,
      [&](const std::string& t, std::size_t k, std::size_t n) {
        types[t] += kTitleWeight;
        year_after(title_words, k, n, t);
      },
      &title_marks.event);
  event_finder().each(
      text_words,
      [&](const std::string& t, std::size_t k, std::size_t n) {
        ++types[t];
        year_after(text_words, k, n, t);
      },
      &text_marks.event);
  // The latest year named: an article recalls past budgets and elections more often than it plans
  // the next ones.
  if (!years.empty()) p.event_year = years.rbegin()->first;
  p.event_type = most_frequent(types);
  // The country each place of the gazetteer lies in, worked out once.
  static const std::unordered_map<std::string, std::string> country_of = [] {
    std::unordered_map<std::string, std::string> out;
    for (const lexicon::Row& r : lexicon::rows("places")) {
      const std::string canonical(r.field(0));
      if (!out.count(canonical)) out[canonical] = shared_place_chain(canonical).back();
    }
    return out;
  }();
  static const std::unordered_set<std::string> not_countries = [] {
    std::unordered_set<std::string> out;
    for (const lexicon::Row& r : lexicon::rows("places"))
      if (r.field(1) == "world") out.insert(std::string(r.field(0)));
    return out;
  }();
  auto count_place = [&](const std::string& place) {
    if (not_countries.count(place)) return;
    const auto it = country_of.find(place);
    ++countries[it == country_of.end() ? place : it->second];
  };
  place_finder().each(title_words, count_place, &title_marks.place);
  place_finder().each(text_words, count_place, &text_marks.place);
  p.country = most_frequent(countries);
  for (const auto& [c, n] : countries) p.countries.push_back(c);

  // The days of the week it names ("الأربعاء", "اليوم الجمعة"): they place an undated article within
  // its story's dates.
  // A day named beside اليوم ("اليوم الجمعة"، "مساء اليوم الخميس") is the day it was written
  // (bit 0 set, and only such days kept); any other names a day on or before it ("ضرب فجر يوم الاثنين").
  static const std::string today = fold_word("اليوم");
  // ... and a day a verb of saying just before names ("وأعلنت وزارة الداخلية، مساء الأحد، أن"، "كما
  // ذكرت شبكة سي إن إن، الجمعة 21 يونيو") is the day its figures were given: the report's day, as
  // far as its counts go.
  static const lexicon::PhraseTable saying("speech_verbs", 0);
  const auto said_on = [&](std::size_t k) {
    for (std::size_t j = k, seen = 0; j-- > 0 && seen < kStatementDayWords; ++seen) {
      const std::string_view w = text_words[j];
      const std::string_view bare_w = starts_with(w, "\xd9\x88") ? w.substr(2) : w;  // و
      if (saying.find(w) || saying.find(bare_w) || saying.find(stem(bare_w))) return true;
    }
    return false;
  };
  std::uint8_t named = 0, named_today = 0;
  for (std::size_t k = 0; k < text_words.size(); ++k) {
    if (const int wd = weekday_of_word(text_words[k])) {
      const bool as_today = (k > 0 && text_words[k - 1] == today) || (k + 1 < text_words.size() && text_words[k + 1] == today) || said_on(k);
      // A weekday before a day of the month is part of a date ("هز العاصمة الثلاثاء 4 أغسطس"): the
      // day of the event it names, not of the news, unless a verb of saying gives it ("كما ذكرت شبكة
      // سي إن إن، الجمعة 21 يونيو").
      if (!as_today && k + 1 < text_words.size() && starts_with_digit(text_words[k + 1])) continue;
      named = static_cast<std::uint8_t>(named | (1u << wd));
      if (as_today) named_today = static_cast<std::uint8_t>(named_today | (1u << wd));
    }
  }
  p.weekdays = named_today ? static_cast<std::uint8_t>(named_today | 1u) : named;

  std::vector<std::string_view> words;
  for (const MarkedWords* m : {&title_marks, &text_marks})
    for (std::size_t k = 0; k < m->stems.size(); ++k) {
      const std::string_view s = m->stems[k];
      if (m->function[k] || letters(s) < 3 || std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        continue;
      words.push_back(s);
    }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  p.words.assign(words.begin(), words.end());
  return p;
}

Profile profile_from(std::int64_t id, const DateRange& published, const DocumentProfile& d, Vocabulary& vocabulary) {
  Profile p;
  p.id = id;
  p.published = published;
  p.event_type = d.event_type;
  p.event_year = d.event_year;
  p.country = d.country;
  p.countries = d.countries;
  p.weekdays = d.weekdays;
  p.words.reserve(d.words.size());
  for (const std::string& w : d.words) p.words.push_back(vocabulary.id(w));
  std::sort(p.words.begin(), p.words.end());
  return p;
}

Profile profile_of(const DocumentText& doc, Vocabulary& vocabulary) {
  return profile_from(doc.id, doc.published, describe_document(doc.title, doc.text), vocabulary);
}

namespace {

// How many words after a given name or a title a word of a person's name may be written.
constexpr std::size_t kNameWords = 3;

// Whether a folded word begins a person's name or announces one: a given name or particle of names,
// or a title with the article.
bool name_cue(std::string_view w) {
  static const std::unordered_set<std::string_view> cues = [] {
    std::unordered_set<std::string_view> out;  // views into rows(), kept for the program's life
    for (const lexicon::Row& r : lexicon::rows("name_particles")) out.insert(r.form);
    for (const lexicon::Row& r : lexicon::rows("titles"))
      if (r.form.find(' ') == std::string::npos && starts_with(r.form, kAl)) out.insert(r.form);
    return out;
  }();
  return cues.count(w) != 0 || cues.count(unparticled(w)) != 0 ||
         (w.size() > 2 && (starts_with(w, "\xd9\x88") || starts_with(w, "\xd9\x81")) && cues.count(w.substr(2)) != 0);
}

}  // namespace

Framing frame_claims(const std::vector<StoredClaim>& claims, std::vector<Profile> profiles, const Vocabulary& vocabulary,
                     std::optional<std::int64_t> article) {
  Framing out;
  // In order of id: an order of indices, then each profile moved once (a sort would move the
  // profiles, their words and names, some log n times each).
  if (!std::is_sorted(profiles.begin(), profiles.end(), [](const Profile& a, const Profile& b) { return a.id < b.id; })) {
    std::vector<std::size_t> by_id(profiles.size());
    std::iota(by_id.begin(), by_id.end(), 0);
    std::sort(by_id.begin(), by_id.end(), [&](std::size_t a, std::size_t b) { return profiles[a].id < profiles[b].id; });
    std::vector<Profile> sorted;
    sorted.reserve(profiles.size());
    for (const std::size_t k : by_id) sorted.push_back(std::move(profiles[k]));
    profiles = std::move(sorted);
  }
  const std::size_t n = profiles.size();

  // Rare words: document frequency over the profiled documents.
  // Each document's words, as ids of the vocabulary, and how many documents have each.
  std::vector<std::vector<std::uint32_t>> doc_words(n);
  std::vector<std::uint32_t> df(vocabulary.size(), 0);
  for (std::size_t d = 0; d < n; ++d) {
    doc_words[d] = std::move(profiles[d].words);
    for (const std::uint32_t w : doc_words[d]) ++df[w];
  }
  // A word of one document only is shared with none: what follows reads only the others (the
  // similarity of two documents, a story's names), so each document keeps only those, in order.
  for (std::vector<std::uint32_t>& words : doc_words)
    words.erase(std::remove_if(words.begin(), words.end(), [&](std::uint32_t w) { return df[w] < 2; }), words.end());
  auto word_text = [&](std::uint32_t w) { return vocabulary.word(w); };
  // How rare a word is, with a prior of kPriorDocuments documents in which it is rare: a store of a
  // handful of articles cannot tell a name from a common word by its own counts.
  std::vector<double> idf(df.size());
  for (std::size_t w = 0; w < df.size(); ++w)
    idf[w] = std::log((static_cast<double>(n) + kPriorDocuments) / (static_cast<double>(df[w]) + 1.0));
  // Each document's weight: its words shared with at least one other document.
  std::vector<double> norm(n, 0.0);
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> postings;
  for (std::size_t d = 0; d < n; ++d) {
    std::vector<std::uint32_t> shared;
    for (const std::uint32_t w : doc_words[d]) {
      if (df[w] < 2) continue;
      norm[d] += idf[w] * idf[w];
      if (df[w] <= kMaxPosting) shared.push_back(w);
    }
    std::sort(shared.begin(), shared.end(), [&](std::uint32_t a, std::uint32_t b) {
      return std::make_pair(df[a], word_text(a)) < std::make_pair(df[b], word_text(b));
    });
    if (shared.size() > kIndexWords) shared.resize(kIndexWords);
    for (const std::uint32_t w : shared) postings[w].push_back(static_cast<std::uint32_t>(d));
  }
  // Each document's index words, and the documents that share one with it (each pair once, from
  // its lower document: a mark per document, no sort of every pair the postings make).
  std::vector<std::vector<std::uint32_t>> indexed(n);
  for (const auto& [w, docs] : postings)
    for (const std::uint32_t d : docs) indexed[d].push_back(w);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> candidates;
  {
    std::vector<std::uint32_t> seen_with(n, std::numeric_limits<std::uint32_t>::max());
    for (std::uint32_t a = 0; a < n; ++a)
      for (const std::uint32_t w : indexed[a])
        for (const std::uint32_t b : postings[w])
          if (b > a && seen_with[b] != a) {
            seen_with[b] = a;
            candidates.emplace_back(a, b);
          }
  }

  // Cosine of the two documents' rare-word weights; 0 when they share fewer than kMinSharedWords
  // (a one-line item shares a word or two with anything). The candidates come grouped by their
  // first document, whose words are marked once in `marked` (by word id) for all its partners;
  // the partner's words are looked up in increasing order, so the sum is the same as a merge's.
  std::vector<std::uint32_t> marked(df.size(), std::numeric_limits<std::uint32_t>::max());
  std::size_t marked_for = std::numeric_limits<std::size_t>::max();
  auto similarity = [&](std::size_t a, std::size_t b) {
    if (marked_for != a) {
      for (const std::uint32_t w : doc_words[a]) marked[w] = static_cast<std::uint32_t>(a);
      marked_for = a;
    }
    double dot = 0;
    std::size_t shared = 0;
    for (const std::uint32_t w : doc_words[b])
      if (marked[w] == a) {
        dot += idf[w] * idf[w];
        ++shared;
      }
    if (shared < kMinSharedWords) return 0.0;
    return norm[a] > 0 && norm[b] > 0 ? dot / std::sqrt(norm[a] * norm[b]) : 0.0;
  };
  // When each document's events happened: its date, else what its text names (the latest full date
  // of its date claims, else the year it names most). Two documents told months or years apart
  // report different occurrences, however alike their words.
  std::unordered_map<std::int64_t, std::size_t> profile_of_doc;
  for (std::size_t d = 0; d < n; ++d) profile_of_doc[profiles[d].id] = d;
  std::vector<DateRange> anchor(n);
  {
    // The month an undated document names most, at least twice (ties: the latest), and its latest
    // full date in that month. Years alone are not used: an article names past years and plans (رؤية 2030) as often
    // as the year it tells.
    std::vector<std::map<std::int32_t, std::pair<int, DateRange>>> months(n);
    for (const StoredClaim& c : claims) {
      const auto p = profile_of_doc.find(c.document_id);
      if (p == profile_of_doc.end() || c.claim.kind != Kind::date || !c.claim.date_value.known()) continue;
      const DateRange& v = c.claim.date_value;
      if (v.precision == Precision::year || v.hi - v.lo > 31) continue;
      const Ymd at = civil_from_days(v.hi);
      auto& slot = months[p->second][at.year * 12 + at.month - 1];
      ++slot.first;
      if (!slot.second.known() || v.hi > slot.second.hi) slot.second = v;
    }
    for (std::size_t d = 0; d < n; ++d) {
      if (profiles[d].published.known()) {
        anchor[d] = profiles[d].published;
        continue;
      }
      // A month named once may be another event's (an earlier earthquake); twice, it is the story's.
      int best = 1;
      for (const auto& [month, slot] : months[d])
        if (slot.first > best || (slot.first == best && best > 1)) best = slot.first, anchor[d] = slot.second;
    }
  }

  // A growing story: the event types, main countries, countries named and dates of its documents.
  struct Cluster {
    std::set<std::string> types, main_countries, named_countries, years;
    DateRange dates;
  };
  // Made for the documents a link reaches only (a store of 450k documents links a few thousand).
  std::unordered_map<std::size_t, Cluster> cluster_at;
  auto cluster_of = [&](std::size_t d) -> Cluster& {
    auto [it, fresh] = cluster_at.try_emplace(d);
    if (fresh) {
      const Profile& p = profiles[d];
      Cluster& c = it->second;
      if (!p.event_type.empty()) c.types.insert(p.event_type);
      if (!p.country.empty()) c.main_countries.insert(p.country);
      c.named_countries.insert(p.countries.begin(), p.countries.end());
      if (!p.event_year.empty()) c.years.insert(p.event_year);
      c.dates = anchor[d];
    }
    return it->second;
  };
  auto disjoint = [](const std::set<std::string>& a, const std::set<std::string>& b) {
    for (const std::string& x : a)
      if (b.count(x)) return false;
    return true;
  };
  // Years all more than two years before the other side's dates name past occurrences an article
  // recalls ("مقابل 45% في انتخابات عام 2019" in an undated report of 2024's), not the event it tells.
  auto recalled = [](const std::set<std::string>& years, const DateRange& dates) {
    if (years.empty() || !dates.known()) return false;
    const int first = civil_from_days(dates.lo).year;
    return std::all_of(years.begin(), years.end(), [&](const std::string& y) { return std::atoi(y.c_str()) < first - 2; });
  };
  auto compatible = [&](const Cluster& a, const Cluster& b) {
    if (!a.types.empty() && !b.types.empty() && disjoint(a.types, b.types)) return false;
    if (!a.years.empty() && !b.years.empty() && disjoint(a.years, b.years) && !recalled(a.years, b.dates) &&
        !recalled(b.years, a.dates))
      return false;
    // Articles centred on different countries report different events, unless one names the
    // other's (the Hajj's deaths told from Jakarta name Saudi Arabia).
    if (!a.main_countries.empty() && !b.main_countries.empty() && disjoint(a.main_countries, b.main_countries) &&
        disjoint(b.named_countries, a.main_countries) && disjoint(a.named_countries, b.main_countries))
      return false;
    if (a.dates.known() && b.dates.known()) {
      // A one-off event is told within weeks; a toll or a series of bulletins may run for months.
      bool one_off = !a.types.empty() || !b.types.empty();
      for (const auto* t : {&a.types, &b.types})
        for (const std::string& x : *t) one_off = one_off && event_class_of(x) == EventClass::one_off;
      // A one-off event both name by its year (the 2026 budget, announced in October, passed in
      // December) may be told over months.
      const bool same_year = !a.years.empty() && !b.years.empty();
      const int span = std::max(a.dates.hi, b.dates.hi) - std::min(a.dates.lo, b.dates.lo);
      if (span > (one_off && !same_year ? kStoryDays : kSeriesDays)) return false;
    }
    return true;
  };
  Union u(n);
  // Strongest links first, so that a story grows from its closest documents.
  std::vector<std::tuple<double, std::uint32_t, std::uint32_t>> links;
  for (const auto& [a, b] : candidates) {
    const double sim = similarity(a, b);
    if (sim >= kStorySimilarity) links.emplace_back(-sim, a, b);
  }
  std::sort(links.begin(), links.end());
  for (const auto& [sim, a, b] : links) {
    const std::size_t ra = u.find(a), rb = u.find(b);
    if (ra == rb || !compatible(cluster_of(ra), cluster_of(rb))) continue;
    u.join(ra, rb);
    const std::size_t root = u.find(ra), other = root == ra ? rb : ra;
    Cluster& into = cluster_of(root);
    const Cluster& from = cluster_of(other);
    into.types.insert(from.types.begin(), from.types.end());
    into.main_countries.insert(from.main_countries.begin(), from.main_countries.end());
    into.named_countries.insert(from.named_countries.begin(), from.named_countries.end());
    into.years.insert(from.years.begin(), from.years.end());
    if (from.dates.known()) {
      if (!into.dates.known()) into.dates = from.dates;
      into.dates.lo = std::min(into.dates.lo, from.dates.lo);
      into.dates.hi = std::max(into.dates.hi, from.dates.hi);
    }
  }

  // Stories: groups of two or more documents, numbered by their first document.
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t d = 0; d < n; ++d) groups[u.find(d)].push_back(d);
  std::unordered_map<std::int64_t, std::int32_t> story_of;
  // The dates each story lends its undated documents: the article's own date is not lent to the
  // stored documents it is checked against (it would date them by the very report they are weighed
  // against), so without the article.
  std::vector<DateRange> lent;
  std::vector<std::unordered_set<std::string>> story_names;
  std::unordered_map<std::int64_t, std::vector<std::size_t>> claims_of_doc;
  for (std::size_t i = 0; i < claims.size(); ++i) claims_of_doc[claims[i].document_id].push_back(i);
  for (const auto& group : groups) {
    const std::vector<std::size_t>& members = group.second;
    if (members.size() < 2) continue;
    Story s;
    s.id = static_cast<std::int32_t>(out.stories.size());
    std::map<std::string, int> types;
    std::map<std::uint32_t, int> shared;
    // The story's dates: of its documents dated to the day, else of those dated to the month.
    auto dates_of = [&](bool with_article) {
      DateRange days, months;
      for (const std::size_t d : members) {
        const Profile& p = profiles[d];
        if (!p.published.known() || (!with_article && article && p.id == *article)) continue;
        DateRange& into = p.published.precision == Precision::day ? days : months;
        if (!into.known()) into = p.published;
        into.lo = std::min(into.lo, p.published.lo);
        into.hi = std::max(into.hi, p.published.hi);
        into.precision = std::min(into.precision, p.published.precision);
      }
      return days.known() ? days : months;
    };
    for (const std::size_t d : members) {
      const Profile& p = profiles[d];
      s.documents.push_back(p.id);
      story_of[p.id] = s.id;
      if (!p.event_type.empty()) ++types[p.event_type];
      for (const std::uint32_t w : doc_words[d])
        if (df[w] >= 2) ++shared[w];
    }
    s.dates = dates_of(true);
    lent.push_back(dates_of(false));
    // The story's names: words in three or more of its documents and seldom elsewhere (a fifth of
    // their documents at most), that name no place: its candidates, parties, people.
    std::unordered_set<std::string> names;
    for (const auto& [w, c] : shared)
      if (c >= 3 && (static_cast<int>(df[w]) - c) * 5 <= c) {
        const std::string_view text = word_text(w);
        if (!places_table().find(text) && !places_table().find(unparticled(text)) && !lexicon_word(text)) names.emplace(text);
      }
    s.event_type = most_frequent(types);
    // ... written as part of a person's name in the sentences of its figures at least once: within
    // three words after a given name or particle of names (grammar/lexicon/name_particles.tsv) or a
    // title with the article (`المرشح`, `الرئيس`: grammar/lexicon/titles.tsv), as in "المترشح الحر
    // عبد المجيد تبون". A store of one story alone shares its generic words only with itself
    // (`اللجنة`, `النتائج`, `المستقلة`), and "رئيس اللجنة" names a body, not a person.
    // (Only for the event types whose figures may be someone's: grammar/lexicon/participant_classes.tsv.)
    if (!names.empty() && lexicon::column_values("participant_classes", 0).count(s.event_type)) {
      std::unordered_set<std::string> written;
      std::unordered_set<const char*> seen;
      for (const std::size_t d : members)
        for (const std::size_t ci : claims_of_doc[profiles[d].id]) {
          const std::string_view sentence = claims[ci].sentence_text.view();
          if (!seen.insert(sentence.data()).second) continue;
          const std::string folded = fold_word(sentence);
          std::size_t since = kNameWords + 1;
          for (const std::string_view w : words_of(folded)) {
            if (name_cue(w)) {
              since = 0;
              continue;
            }
            if (++since <= kNameWords)
              if (const std::string st(stem(w)); names.count(st)) written.insert(st);
          }
        }
      for (auto it = names.begin(); it != names.end();) it = written.count(*it) ? std::next(it) : names.erase(it);
    }
    story_names.push_back(std::move(names));
    // The label: the words most of its documents share and few others use.
    std::vector<std::pair<double, std::string_view>> ranked;
    for (const auto& [w, c] : shared)
      if (c * 2 >= static_cast<int>(members.size())) ranked.emplace_back(-c * idf[w], word_text(w));
    std::sort(ranked.begin(), ranked.end());
    for (std::size_t k = 0; k < ranked.size() && k < 4; ++k) s.label += (k ? " " : "") + std::string(ranked[k].second);
    out.stories.push_back(std::move(s));
  }
  // What the stories were made of is not needed to frame the claims: freed now, before the frames
  // are made, when memory peaks (the words of every document, their index and the links).
  auto release = [](auto& v) { std::decay_t<decltype(v)>().swap(v); };
  release(doc_words);
  release(postings);
  release(indexed);
  release(candidates);
  release(links);
  release(marked);
  release(cluster_at);

  // Documents whose claims state several values of one kind and class (or of one kind, for a claim
  // whose class is generic): claims sorted by document, kind, class and value, counted in one pass.
  std::vector<std::size_t> by_value(claims.size());
  std::iota(by_value.begin(), by_value.end(), 0);
  auto values_key = [&](std::size_t i, bool any_class) {
    const Claim& c = claims[i].claim;
    return std::make_tuple(claims[i].document_id, c.kind, any_class ? std::string_view() : std::string_view(c.counted));
  };
  std::vector<bool> several_of_class(claims.size()), several_of_kind(claims.size());
  for (const bool any_class : {false, true}) {
    std::sort(by_value.begin(), by_value.end(), [&](std::size_t x, std::size_t y) {
      return std::make_tuple(values_key(x, any_class), claims[x].claim.lo, claims[x].claim.hi) <
             std::make_tuple(values_key(y, any_class), claims[y].claim.lo, claims[y].claim.hi);
    });
    std::vector<bool>& several = any_class ? several_of_kind : several_of_class;
    for (std::size_t b = 0, e = 0; b < by_value.size(); b = e) {
      bool distinct = false;
      for (e = b + 1; e < by_value.size() && values_key(by_value[e], any_class) == values_key(by_value[b], any_class); ++e)
        distinct = distinct || claims[by_value[e]].claim.lo != claims[by_value[b]].claim.lo ||
                   claims[by_value[e]].claim.hi != claims[by_value[b]].claim.hi;
      for (std::size_t k = b; k < e; ++k) several[by_value[k]] = distinct;
    }
  }

  // Each claim's clause: from the end of the previous number of its kind in its sentence to the
  // start of the next number.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> clause(claims.size(), {0u, std::numeric_limits<std::uint32_t>::max()});
  std::vector<DateRange> clause_date(claims.size());
  std::vector<bool> said_date(claims.size());  // that date is when the claim was said (said_on_date)
  std::vector<bool> hour_fronted(claims.size());  // its sentence opens with the hour it is given as of
  std::vector<bool> spread(claims.size());        // its sentence counts after it the places it is spread over
  const auto& spread_classes = lexicon::column_values("spread_classes", lexicon::kForms);

  {
    std::vector<std::size_t> by_place(claims.size());
    std::iota(by_place.begin(), by_place.end(), 0);
    std::sort(by_place.begin(), by_place.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(claims[a].document_id, claims[a].sentence_span.begin, claims[a].claim.number_span.begin, a) <
             std::tie(claims[b].document_id, claims[b].sentence_span.begin, claims[b].claim.number_span.begin, b);
    });
    for (std::size_t b = 0, e = 0; b < by_place.size(); b = e) {
      const StoredClaim& first = claims[by_place[b]];
      for (e = b + 1; e < by_place.size() && claims[by_place[e]].document_id == first.document_id &&
                      claims[by_place[e]].sentence_span.begin == first.sentence_span.begin;
           ++e) {
      }
      // Linear in the sentence's claims: the last end seen of each kind, and the next claim that is
      // not a date, found from the right.
      std::map<Kind, std::uint32_t> last_end;
      std::vector<std::size_t> next_not_date(e - b + 1, e);
      for (std::size_t q = e; q-- > b;)
        next_not_date[q - b] = claims[by_place[q]].claim.kind != Kind::date ? q : next_not_date[q - b + 1];
      for (std::size_t k = b; k < e; ++k) {
        const Claim& c = claims[by_place[k]].claim;
        if (const auto it = last_end.find(c.kind); it != last_end.end() && it->second <= c.number_span.begin)
          clause[by_place[k]].first = it->second;
        last_end[c.kind] = c.number_span.end;
        std::size_t q = k + 1;
        while (q < e && claims[by_place[q]].claim.number_span.begin < c.number_span.end) ++q;
        // A date after the number is part of its clause ("خلف 304 قتلى في عام 2014").
        if (c.kind != Kind::date && q < e) q = next_not_date[q - b];
        if (q < e) clause[by_place[k]].second = claims[by_place[q]].claim.number_span.begin;
      }
      // The dates named in each claim's clause (the earliest wins); else a date the sentence opens
      // with, before any other number ("وفي يناير 2020، ضرب زلزال بقوة 6.7 درجات ... مقتل أكثر من
      // 40 شخصا").
      // An hour the sentence opens with is its numbers' ("إلى حدود الساعة العاشرة مساءً، بلغ عدد
      // الوفيات ... 2012 شخصاً، وعدد الجرحى 2059").
      if (as_of_hour(claims[by_place[b]], 0, claims[by_place[b]].claim.number_span.begin))
        for (std::size_t k = b; k < e; ++k) hour_fronted[by_place[k]] = true;
      // The counts before the last count of several places the sentence gives ("10 ولايات") are spread over them.
      for (std::size_t q = e; q-- > b;) {
        const Claim& places = claims[by_place[q]].claim;
        if (places.kind != Kind::count || places.lo < 2 || !spread_classes.count(places.counted)) continue;
        for (std::size_t k = b; k < q; ++k) spread[by_place[k]] = claims[by_place[k]].claim.kind == Kind::count;
        break;
      }
      DateRange fronted;
      for (std::size_t q = b; q < e; ++q) {
        const Claim& d = claims[by_place[q]].claim;
        if (d.kind != Kind::date) break;
        if (d.date_value.known() && !fronted.known()) fronted = d.date_value;
      }
      // The sentence's dates in order; each claim looks at those from its clause's start on (a
      // bounded number of them: a sentence that is a list of dates costs no more per claim).
      std::vector<std::size_t> dates;
      for (std::size_t q = b; q < e; ++q)
        if (claims[by_place[q]].claim.kind == Kind::date && claims[by_place[q]].claim.date_value.known()) dates.push_back(q);
      constexpr std::size_t kClauseDates = 16;
      for (std::size_t k = b; k < e; ++k) {
        const auto [from, to] = clause[by_place[k]];
        const StoredClaim& at_k = claims[by_place[k]];
        auto d_it = std::lower_bound(dates.begin(), dates.end(), from, [&](std::size_t q, std::uint32_t at) {
          return claims[by_place[q]].claim.number_span.begin < at;
        });
        for (std::size_t seen = 0; d_it != dates.end() && seen < kClauseDates; ++d_it, ++seen) {
          const std::size_t q = *d_it;
          const Claim& d = claims[by_place[q]].claim;
          if (d.number_span.begin >= to) break;
          if (q == k || d.number_span.end > to) continue;
          // After the number, a date of its clause follows within a few words ("خلف 304 قتلى في
          // عام 2014"); one further on is of what the sentence says next.
          if (d.number_span.begin >= at_k.claim.number_span.end) {
            const Span sent = at_k.sentence_span;
            if (d.number_span.begin > sent.end || at_k.claim.number_span.end < sent.begin || sent.size() != at_k.sentence_text.size()) continue;
            const std::string_view gap = std::string_view(at_k.sentence_text)
                                             .substr(at_k.claim.number_span.end - sent.begin, d.number_span.begin - at_k.claim.number_span.end);
            if (static_cast<std::size_t>(std::count(gap.begin(), gap.end(), ' ')) > kContextWords) continue;
          }
          // A date a period runs from ("تحتجزهم منذ بدء العدوان ... في 7 تشرين الأول 2023") is not
          // when the figure holds.
          if (since_date(at_k, d.number_span.begin)) continue;
          DateRange& at = clause_date[by_place[k]];
          if (!at.known() || d.date_value.hi < at.hi) {
            at = d.date_value;
            said_date[by_place[k]] = d.number_span.begin < at_k.claim.number_span.begin && said_on_date(at_k, d.number_span.begin);
          }
        }
      }
      for (std::size_t k = b; k < e; ++k) {
        if (claims[by_place[k]].claim.kind == Kind::date || clause_date[by_place[k]].known()) continue;
        if (fronted.known()) clause_date[by_place[k]] = fronted;
      }
    }
  }

  out.frames.resize(claims.size());
  // (Hash maps: a report of a million claims looks a sentence up a million times.)
  std::unordered_map<std::pair<std::int64_t, std::uint32_t>, std::string, PairHash> sentence_events;
  std::unordered_map<std::pair<std::int64_t, std::uint32_t>, bool, PairHash> sentence_stages;
  const auto& person_classes = lexicon::column_values("person_classes", lexicon::kForms);
  const auto& outcome_classes = lexicon::column_values("person_roles", 0);
  const auto& measure_classes = lexicon::column_values("measure_classes", lexicon::kForms);
  // The claims of one sentence one after the other, so that the sentence is folded once for them
  // all (fold_piece); each claim's frame depends on nothing framed before it.
  std::vector<std::size_t> by_sentence(claims.size());
  std::iota(by_sentence.begin(), by_sentence.end(), 0);
  std::sort(by_sentence.begin(), by_sentence.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(claims[a].document_id, claims[a].sentence_span.begin, a) < std::tie(claims[b].document_id, claims[b].sentence_span.begin, b);
  });
  struct FoldScope {
    FoldScope() { sentence_fold.active = true; }
    ~FoldScope() { sentence_fold = SentenceFold{}; }
  } fold_scope;
  // The classes counted so far in the sentence at hand: "إرسال 4 مصابين ... وإرسال 9 مصابين آخرين"
  // counts nine more (an increment), not all the injured sent.
  std::pair<std::int64_t, std::uint32_t> at_sentence{-1, 0};
  std::vector<std::string> counted_before;
  bool last_per_period = false;  // the sentence's last count was one period's
  for (const std::size_t i : by_sentence) {
    const StoredClaim& s = claims[i];
    Frame& f = out.frames[i];
    if (at_sentence != std::make_pair(s.document_id, s.claim.sentence)) {
      at_sentence = {s.document_id, s.claim.sentence};
      counted_before.clear();
      last_per_period = false;
    }
    const bool counted_again = s.claim.kind == Kind::count && !s.claim.counted.empty() &&
                               std::find(counted_before.begin(), counted_before.end(), s.claim.counted) != counted_before.end();
    if (s.claim.kind == Kind::count) counted_before.push_back(s.claim.counted);
    const auto st = story_of.find(s.document_id);
    f.story = st == story_of.end() ? -1 : st->second;
    // One sentence often holds several claims: its event type is read once.
    const auto sentence_key = std::make_pair(s.document_id, s.claim.sentence);
    auto cached = sentence_events.find(sentence_key);
    if (cached == sentence_events.end())
      cached = sentence_events.emplace(sentence_key, event_type_in_folded(fold_piece(s, s.sentence_text))).first;
    f.event_type = cached->second;
    f.event_in_sentence = !f.event_type.empty();
    if (f.event_type.empty()) {
      if (const auto p = profile_of_doc.find(s.document_id); p != profile_of_doc.end())
        f.event_type = profiles[p->second].event_type;
      if (f.event_type.empty() && f.story >= 0) f.event_type = out.stories[static_cast<std::size_t>(f.story)].event_type;
    }
    f.event_class = event_class_of(f.event_type);
    // A toll its sentence gives as a count that rose to it.
    if (f.event_class == EventClass::toll && s.claim.kind == Kind::count) {
      auto staged = sentence_stages.find(sentence_key);
      if (staged == sentence_stages.end()) {
        bool any = false;
        stage_finder().each(words_of(fold_piece(s, s.sentence_text)), [&](const std::string&) { any = true; });
        staged = sentence_stages.emplace(sentence_key, any).first;
      }
      f.toll_stage = staged->second;
    }
    f.event_in_parts = events_in_parts().count(f.event_type) != 0;
    f.places = shared_place_chain(s.claim.location);
    f.counted_generic = generic_counted(s.claim.counted);
    f.counted_person = person_classes.count(s.claim.counted) != 0;
    f.counted_outcome = outcome_classes.count(s.claim.counted) != 0;
    f.counted_measure = measure_classes.count(s.claim.counted) != 0;
    f.crowded = f.counted_generic ? several_of_kind[i] : several_of_class[i];
    f.context = context_words(s, kClauseWords, kContextWords, clause[i].first, clause[i].second, [](std::string_view) { return 0.0f; });
    if (f.event_in_parts) f.part = part_named(f.context);
    bool origin = false;
    f.nationality = nationality_of(s, clause[i].first, clause[i].second, person_classes.count(s.claim.counted) != 0, &origin);
    // The country people are from is not where the count was made.
    if (origin && !f.places.empty() && f.places.back() == f.nationality) f.places.clear();
    // The clause before the number, folded once for the tests that read it.
    std::optional<ClauseBefore> before;
    auto before_words = [&]() -> const ClauseBefore& {
      if (!before) before.emplace(s, clause[i].first, clause[i].second);
      return *before;
    };
    // A toll with no place nor nationality of its own, given from a country's authority, was counted
    // there; people counted by who they are (pilgrims) are that country's.
    if (f.places.empty() && f.nationality.empty() && f.event_class == EventClass::toll && s.claim.kind == Kind::count)
      // The authority may open the sentence, before an earlier figure ("وأعلنت إدارة الكوارث
      // والطوارئ التركية ارتفاع عدد القتلى لأكثر من 12300 والمصابين إلى نحو 63 ألفا": both Turkey's).
      if (std::string c = authority_country(before_words()); !c.empty() ||
          !(c = authority_country(ClauseBefore(s, 0, clause[i].second, kSentenceWords))).empty()) {
        if (f.counted_person) f.nationality = c;
        else f.places = shared_place_chain(c);
      }
    if (s.claim.kind == Kind::money) f.sum_of = sum_of(before_words());
    // ... and so is the next item of a list joined by و ("في آخر 24 ساعة، 2264 إصابة جديدة ... و 2727
    // حالة شفاء و 72 حالة وفاة": the day's deaths).
    f.per_period = f.event_class == EventClass::toll && s.claim.kind == Kind::count &&
                   (per_period(s, clause[i].first) || (counted_again && more_of_them(s)) || (last_per_period && joined_by_and(s)));
    if (s.claim.kind == Kind::count) last_per_period = f.per_period;
    f.spread = spread[i];
    // Whose share of the vote, or whose votes: the story's names in the claim's clause before it
    // ("فيما حصل المرشح زهير المغزاوي ... على 97ر1 بالمائة").
    if (f.story >= 0 && someones(s.claim, f.event_type)) {
      // (Given names and particles, grammar/lexicon/name_particles.tsv, are lexicon words: no names.)
      const auto& names = story_names[static_cast<std::size_t>(f.story)];
      // Only the last words before the number name whose it is: a name a long way back in the clause
      // ("... لمصلحة السيسي، ... باتت نسبة التصويت ... بعدما بلغت 66.8%") is what the clause was about
      // before it came to the figure.
      // Of those, whose it is: the last written there as a person's name, within three words after a
      // given name or a title ("المرشح يوسف أوشيش، السكرتير الوطني الأول لجبهة القوى الاشتراكية،
      // ... بـ2.16 بالمئة": Aouchiche's, not his party's), else the last.
      const std::vector<std::string_view>& wb = before_words().words;
      std::size_t since = kNameWords + 1;
      std::string as_name;
      for (std::size_t k = wb.size() > kParticipantWords ? wb.size() - kParticipantWords : 0; k < wb.size(); ++k) {
        if (name_cue(wb[k])) {
          since = 0;
          continue;
        }
        ++since;
        if (const std::string st(stem(wb[k])); names.count(st)) {
          f.participants.push_back(st), f.participant = st;
          if (since <= kNameWords) as_name = st;
        }
      }
      if (!as_name.empty()) f.participant = as_name;
      std::sort(f.participants.begin(), f.participants.end());
      f.participants.erase(std::unique(f.participants.begin(), f.participants.end()), f.participants.end());
    }
    f.as_of_hour = s.claim.kind != Kind::date && (hour_fronted[i] || as_of_hour(s, clause[i].first, std::numeric_limits<std::uint32_t>::max()));
    // A date claim holds when it was said; so does a toll (the date in its sentence is the day of
    // the earthquake, not of the count), and so does a sum a disaster cost ("الزلزال الذي ضرب ...
    // في السادس من فبراير ... تسببت بخسائر تجاوزت 34 مليار دولار": the estimate is of the day it was
    // given); any other claim at its own time, else its document's.
    const bool said_when = s.claim.kind == Kind::date ||
                           (f.event_class == EventClass::toll && (s.claim.kind == Kind::count || s.claim.kind == Kind::money));
    // A date in the claim's own clause says its time better than one elsewhere in the sentence
    // ("نفقات ... في 2028، مقابل نفقات تقدّر بـ1.419 تريليون ... لعام 2026" is of 2028).
    // ... unless the date is when the toll was said ("أعلنت الوزارة، السبت 15 يونيو، وفاة 6"): that day.
    f.time = said_when && said_date[i] && clause_date[i].precision == Precision::day ? clause_date[i]
             : said_when && s.published.known() ? s.published
             : said_when                      ? DateRange{}
             : clause_date[i].known()         ? clause_date[i]
             : s.claim.time.known()           ? s.claim.time
                                              : s.published;
    // A count its clause places a year or more before its story ("the deadliest since 1993, when
    // 68 died", "2300 died in the 2015 Mina crush") is of another occurrence: of no story, at its time.
    if (f.story >= 0 && s.claim.kind != Kind::date && clause_date[i].known()) {
      const DateRange& span = out.stories[static_cast<std::size_t>(f.story)].dates;
      const DateRange& at = span.known() ? span : s.published;
      if (at.known() && clause_date[i].hi < at.lo - 365) {
        f.story = -1;
        f.time = clause_date[i];
      }
    }
    // ... and so is one its clause gives as last year's: of no story.
    if (f.story >= 0 && s.claim.kind == Kind::count && of_a_past_year(before_words())) f.story = -1;
    // ... and so is a threshold no one reached ("مع عدم حصول أي مرشح على 50% من الأصوات").
    if (f.story >= 0 && s.claim.kind != Kind::date && a_threshold(before_words())) f.story = -1;
    // A toll its clause gives as said a week or a month before the report ("وكان وزير الصحة قد أعلن
    // الأسبوع الماضي، ارتفاع ضحايا انفجار بيروت إلى 136 قتيلا") is of that earlier day, known only
    // roughly: of a dated report, the weeks before it; of an undated one, its story's dates.
    const int weeks_before = said_when && s.claim.kind == Kind::count ? told_weeks_before(before_words()) : 0;
    if (weeks_before > 0) {
      f.time = s.published.precision == Precision::day
                   ? DateRange{s.published.lo - 7 * weeks_before - 6, s.published.lo - 7 * weeks_before, Precision::day}
                   : DateRange{};
    }
    // An undated document's claim (or one dated only to the month) without a day of its own is
    // placed on the day its text names most (a dateline, or the latest full date of its most named
    // month).
    const bool undated = s.published.precision != Precision::day && weeks_before == 0;
    if (undated && f.time.precision != Precision::day) {
      if (const auto p = profile_of_doc.find(s.document_id); p != profile_of_doc.end()) {
        const DateRange& a = anchor[p->second];
        if (a.known() && a.precision == Precision::day && (!f.time.known() || (a.lo >= f.time.lo && a.hi <= f.time.hi))) {
          f.time = a;
          f.time_from_text = true;
        }
      }
    }
    // Else, in a story whose dates span at most a week, the latest day of those it names by weekday.
    auto story_dates = [&] {
      const auto k = static_cast<std::size_t>(f.story);
      return article && s.document_id == *article ? out.stories[k].dates : lent[k];
    };
    if (undated && f.time.precision != Precision::day && f.story >= 0) {
      const DateRange span = story_dates();
      const auto p = profile_of_doc.find(s.document_id);
      if (span.known() && p != profile_of_doc.end() && profiles[p->second].weekdays && span.hi - span.lo <= 6) {
        const std::uint8_t days = profiles[p->second].weekdays;
        for (std::int32_t d = span.hi + 1; d >= span.lo - 1; --d) {
          const int iso = ((d % 7) + 7 + 3) % 7 + 1;  // 1970-01-01 was a Thursday (ISO 4)
          if (days & (1u << iso)) {
            if (!f.time.known() || (d >= f.time.lo && d <= f.time.hi)) {
              // Written that day ("اليوم الجمعة"), or on a day from it to the story's last.
              f.time = {d, (days & 1u) ? d : std::max(d, span.hi), Precision::day};
              f.time_from_text = true;
            }
            break;
          }
        }
      }
    }
    // A batch of an event carried out in parts whose clause names its weekday ("وتم يوم الجمعة تبادل
    // 318 أسيراً من الجانبين، فيما جرى السبت، تبادل 350 أسيراً") was that day: the latest such day on
    // or before its report's day (its date, or the day it names as today).
    if (f.event_in_parts && s.claim.kind == Kind::count && !clause_date[i].known() && f.time.precision == Precision::day &&
        f.time.lo == f.time.hi && (s.published.precision == Precision::day || f.time_from_text))
      if (const int wd = weekday_in_clause(before_words())) {
        std::int32_t d = f.time.lo;
        while ((((d % 7) + 7 + 3) % 7 + 1) != wd) --d;  // 1970-01-01 was a Thursday (ISO 4)
        f.time = {d, d, Precision::day};
      }
    if (!f.time.known() && f.story >= 0) {
      f.time = story_dates();
      f.time_borrowed = f.time.known();
    }
  }
  // A figure a document states twice is one figure: when one of its sentences gives it as a stage
  // of a rising count ("لقي 85 شخصاً على الأقل مصرعهم ... ومن المتوقع ارتفاع حصيلة الضحايا"), so
  // are its other mentions ("وأكدت السلطات مقتل 85 شخصًا في الحادث").
  {
    std::set<std::tuple<std::int64_t, std::string, double, double>> staged;
    for (std::size_t i = 0; i < claims.size(); ++i)
      if (out.frames[i].toll_stage) staged.emplace(claims[i].document_id, claims[i].claim.counted, claims[i].claim.lo, claims[i].claim.hi);
    for (std::size_t i = 0; i < claims.size(); ++i)
      if (out.frames[i].event_class == EventClass::toll && claims[i].claim.kind == Kind::count &&
          staged.count({claims[i].document_id, claims[i].claim.counted, claims[i].claim.lo, claims[i].claim.hi}))
        out.frames[i].toll_stage = true;
  }
  // The parts of a breakdown are of their total's stage: "إلى حدود الساعة العاشرة مساءً، بلغ عدد
  // الوفيات 2012 ... وتركزت غالبية الوفيات في إقليمي الحوز (1293)، وتارودانت (452)" gives the
  // provinces' dead as of ten in the evening too.
  {
    std::unordered_map<std::pair<std::int64_t, std::int32_t>, std::size_t, PairHash> total_of;
    for (std::size_t i = 0; i < claims.size(); ++i)
      if (claims[i].claim.group >= 0 && (claims[i].claim.role == Role::total || claims[i].claim.role == Role::partial_total))
        total_of[{claims[i].document_id, claims[i].claim.group}] = i;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      if (claims[i].claim.group < 0 || claims[i].claim.role != Role::part) continue;
      const auto t = total_of.find({claims[i].document_id, claims[i].claim.group});
      if (t == total_of.end()) continue;
      Frame& f = out.frames[i];
      const Frame& total = out.frames[t->second];
      f.as_of_hour = f.as_of_hour || total.as_of_hour;
      f.toll_stage = f.toll_stage || (total.toll_stage && f.event_class == EventClass::toll);
    }
  }
  // Context words are weighed by how few of the claims of the same kind in the same story (or, out
  // of any story, in the same document) have them: "ريال" beside every sum of a budget says nothing,
  // "الإيرادات" or a candidate's name tells the budget's lines and the candidates apart.
  // The groups: the claims sorted by their group's key (one map of counts, reused group after group).
  auto group_of = [&](std::size_t i) {
    const Frame& f = out.frames[i];
    return std::make_pair(f.story >= 0 ? f.story : -1 - claims[i].document_id, claims[i].claim.kind);
  };
  std::vector<std::size_t> by_group(claims.size());
  std::iota(by_group.begin(), by_group.end(), 0);
  std::stable_sort(by_group.begin(), by_group.end(), [&](std::size_t x, std::size_t y) { return group_of(x) < group_of(y); });
  std::unordered_map<std::uint32_t, std::uint32_t> in_claims;
  for (std::size_t b = 0, e = 0; b < by_group.size(); b = e) {
    for (e = b + 1; e < by_group.size() && group_of(by_group[e]) == group_of(by_group[b]); ++e) {
    }
    in_claims.clear();
    for (std::size_t k = b; k < e; ++k)
      for (const auto& [w, weight] : out.frames[by_group[k]].context) ++in_claims[w];
    const double size = static_cast<double>(e - b);
    for (std::size_t k = b; k < e; ++k)
      for (auto& [w, weight] : out.frames[by_group[k]].context)
        weight = static_cast<float>(std::log((size + 1.0) / (static_cast<double>(in_claims[w]) + 1.0)));
  }
  return out;
}

}  // namespace mizan::match
