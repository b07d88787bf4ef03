#include "match/match.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "grammar/lexicon.hpp"
#include "text/fold.hpp"

namespace mizan::match {

namespace {

// Documents whose words are at least this alike (cosine of their rare-word weights) may report one event.
constexpr double kStorySimilarity = 0.10;
// A story of a one-off event spans at most this many days; a toll or a series of bulletins at most
// kSeriesDays. Documents further apart report different occurrences, however alike their words.
constexpr int kStoryDays = 30;
constexpr int kSeriesDays = 150;
// Each document enters the candidate index with this many of its rarest shared words; a word in
// more than kMaxPosting documents names no one event.
constexpr std::size_t kIndexWords = 40;
constexpr std::size_t kMaxPosting = 64;
constexpr double kPriorDocuments = 20;
// The words either side of a claim's number that make its context.
constexpr std::size_t kContextWords = 6;

constexpr std::string_view kAl = "\xd8\xa7\xd9\x84";  // ال

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Letters in a folded word (Arabic letters are two bytes).
std::size_t letters(std::string_view w) {
  std::size_t n = 0;
  for (const char c : w)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// The word without its clitics: و ف ب ل ك before ال, لل, ال, or a single و/ف before a long word.
std::string_view stem(std::string_view w) {
  static const std::string_view clitics[] = {"\xd9\x88", "\xd9\x81", "\xd8\xa8", "\xd9\x84", "\xd9\x83"};
  for (const std::string_view c : clitics)
    if (starts_with(w, c) && starts_with(w.substr(c.size()), kAl) && letters(w) > 4) return w.substr(c.size() + kAl.size());
  if (starts_with(w, "\xd9\x84\xd9\x84") && letters(w) > 4) return w.substr(4);  // لل
  if (starts_with(w, kAl) && letters(w) > 3) return w.substr(kAl.size());
  if ((starts_with(w, "\xd9\x88") || starts_with(w, "\xd9\x81")) && letters(w) > 4) return w.substr(2);
  return w;
}

std::vector<std::string_view> words_of(std::string_view folded) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !is_word_byte(static_cast<unsigned char>(folded[i]))) ++i;
    const std::size_t b = i;
    while (i < folded.size() && is_word_byte(static_cast<unsigned char>(folded[i]))) ++i;
    if (i > b) out.push_back(folded.substr(b, i - b));
  }
  return out;
}

// The forms a first word of a phrase may take in a lexicon: as written, without its clitics, and
// with ال for a word that had ال and a clitic.
std::vector<std::string> first_forms(std::string_view w) {
  std::vector<std::string> out{std::string(w)};
  const std::string_view s = stem(w);
  if (s.size() != w.size()) {
    out.emplace_back(s);
    out.push_back(std::string(kAl) + std::string(s));
  }
  return out;
}

class PhraseFinder {
 public:
  PhraseFinder(std::string_view file, std::size_t column) : table_(file, column) {}
  // Every phrase of the table in the words, longest first at each position.
  template <typename F>
  void each(const std::vector<std::string_view>& words, F&& found) const {
    for (std::size_t k = 0; k < words.size(); ++k) {
      const std::vector<std::string> firsts = first_forms(words[k]);
      for (std::size_t n = std::min(table_.max_words(), words.size() - k); n >= 1; --n) {
        const std::string* value = nullptr;
        for (const std::string& f : firsts) {
          std::string phrase = f;
          for (std::size_t j = 1; j < n; ++j) {
            phrase += ' ';
            phrase += words[k + j];
          }
          if ((value = table_.find(phrase))) break;
        }
        if (value) {
          found(*value);
          k += n - 1;
          break;
        }
      }
    }
  }

 private:
  lexicon::PhraseTable table_;
};

const PhraseFinder& event_finder() {
  static const PhraseFinder f("event_types", 0);
  return f;
}
const PhraseFinder& place_finder() {
  static const PhraseFinder f("places", 0);
  return f;
}

// Words that say nothing of what a claim is about (grammar/lexicon/context_stopwords.tsv), stemmed.
const std::set<std::string, std::less<>>& function_words() {
  static const auto words = [] {
    std::set<std::string, std::less<>> out;
    for (const lexicon::Row& r : lexicon::rows("context_stopwords")) out.emplace(stem(r.form));
    return out;
  }();
  return words;
}

// Whether `value` is a class listed in a lexicon: in its first column (the form, folded) or in the
// given value column.
bool in_lexicon_column(const char* file, std::size_t column, const std::string& value, bool first_column) {
  static std::map<std::string, std::set<std::string, std::less<>>> cache;
  static std::mutex lock;
  const std::lock_guard<std::mutex> guard(lock);
  const std::string key = std::string(file) + (first_column ? "#form" : "#" + std::to_string(column));
  auto it = cache.find(key);
  if (it == cache.end()) {
    std::set<std::string, std::less<>> values;
    for (const lexicon::Row& r : lexicon::rows(file)) values.emplace(first_column ? r.form : std::string(r.field(column)));
    it = cache.emplace(key, std::move(values)).first;
  }
  return it->second.count(value) != 0;
}

// A counted class that names no particular thing: none, people, cases, or a noun the lexicon lacks.
bool generic_counted(const std::string& counted) {
  static const std::set<std::string, std::less<>> classes = [] {
    std::set<std::string, std::less<>> out;
    for (const char* file : {"counted", "person_roles"})
      for (const lexicon::Row& r : lexicon::rows(file)) out.emplace(r.field(0));
    return out;
  }();
  if (counted.empty() || counted == "people" || counted == "cases") return true;
  if (classes.count(counted)) return false;
  // A noun the lexicon lacks is a thing of its own (مطارات، مدن), unless it is a nationality
  // ("16 سعوديا", "13 إسرائيليا", "4 سودانيين"): people, said by where they come from.
  for (const std::string_view end : {"\xd9\x8a\xd8\xa7", "\xd9\x8a\xd9\x8a\xd9\x86", "\xd9\x8a\xd9\x88\xd9\x86"})  // يا يين يون
    if (counted.size() > end.size() + 4 && counted.compare(counted.size() - end.size(), end.size(), end) == 0) return true;
  return false;
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



// The words within `reach` words of a claim's number in its sentence (folded, clitics off, no
// digits, no function words), each with its weight, sorted and distinct.
template <typename Weight>
std::vector<std::pair<std::string, float>> context_words(const StoredClaim& s, std::size_t reach, Weight&& weight) {
  std::vector<std::pair<std::string, float>> out;
  const Span n = s.claim.number_span, sent = s.sentence_span;
  if (n.begin < sent.begin || n.end > sent.end || sent.size() != s.sentence_text.size()) return out;
  const std::string before = fold_word(std::string_view(s.sentence_text).substr(0, n.begin - sent.begin));
  const std::string after = fold_word(std::string_view(s.sentence_text).substr(n.end - sent.begin));
  std::vector<std::string_view> wb = words_of(before), wa = words_of(after);
  if (wb.size() > reach) wb.erase(wb.begin(), wb.end() - static_cast<std::ptrdiff_t>(reach));
  if (wa.size() > reach) wa.resize(reach);
  std::set<std::string_view> seen;
  for (const auto* ws : {&wb, &wa})
    for (const std::string_view w : *ws) {
      const std::string_view st = stem(w);
      if (letters(st) < 3 || std::all_of(st.begin(), st.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
      if (function_words().count(st)) continue;
      seen.insert(st);
    }
  for (const std::string_view w : seen) out.emplace_back(std::string(w), weight(w));
  return out;
}

}  // namespace

std::string event_type_in(std::string_view text) {
  const std::string folded = fold_word(text);
  std::map<std::string, int> counts;
  event_finder().each(words_of(folded), [&](const std::string& type) { ++counts[type]; });
  return most_frequent(counts);
}

EventClass event_class_of(std::string_view event_type) {
  const auto it = event_classes().find(std::string(event_type));
  return it == event_classes().end() ? EventClass::unknown : it->second;
}

std::vector<std::string> place_chain(const std::string& place) {
  std::vector<std::string> out;
  std::string at = place;
  while (!at.empty() && out.size() < 8) {
    if (std::find(out.begin(), out.end(), at) != out.end()) break;
    out.push_back(at);
    const auto it = parents().find(fold_word(at));
    at = it == parents().end() ? std::string() : it->second;
  }
  return out;
}

Profile profile_of(const DocumentText& doc) {
  Profile p;
  p.id = doc.id;
  p.published = doc.published;
  const std::string title = fold_word(doc.title);
  const std::string text = fold_word(doc.text);
  const std::vector<std::string_view> title_words = words_of(title), text_words = words_of(text);

  std::map<std::string, int> types, countries;
  // The headline says what the article is about: its triggers count twice.
  event_finder().each(title_words, [&](const std::string& t) { types[t] += 2; });
  event_finder().each(text_words, [&](const std::string& t) { ++types[t]; });
  p.event_type = most_frequent(types);
  auto count_place = [&](const std::string& place) {
    const std::vector<std::string> chain = place_chain(place);
    if (chain.size() > 1 || parents().count(fold_word(place)) == 0) ++countries[chain.back()];
  };
  place_finder().each(title_words, count_place);
  place_finder().each(text_words, count_place);
  p.country = most_frequent(countries);
  for (const auto& [c, n] : countries) p.countries.push_back(c);

  std::set<std::string_view> seen;
  for (const auto* ws : {&title_words, &text_words})
    for (const std::string_view w : *ws) {
      const std::string_view s = stem(w);
      if (letters(s) < 3 || std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
      if (function_words().count(s)) continue;
      seen.insert(s);
    }
  p.words.assign(seen.begin(), seen.end());
  return p;
}

Framing frame_claims(const std::vector<StoredClaim>& claims, std::vector<Profile> profiles) {
  Framing out;
  std::sort(profiles.begin(), profiles.end(), [](const Profile& a, const Profile& b) { return a.id < b.id; });
  const std::size_t n = profiles.size();

  // Rare words: document frequency over the profiled documents.
  std::unordered_map<std::string_view, std::uint32_t> df;
  for (const Profile& p : profiles)
    for (const std::string& w : p.words) ++df[w];
  // How rare a word is, with a prior of kPriorDocuments documents in which it is rare: a store of a
  // handful of articles cannot tell a name from a common word by its own counts.
  auto idf = [&](std::string_view w) {
    return std::log((static_cast<double>(n) + kPriorDocuments) / (static_cast<double>(df[w]) + 1.0));
  };
  // Each document's weight: its words shared with at least one other document.
  std::vector<double> norm(n, 0.0);
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> postings;
  for (std::size_t d = 0; d < n; ++d) {
    std::vector<std::string_view> shared;
    for (const std::string& w : profiles[d].words) {
      const std::uint32_t f = df[w];
      if (f < 2) continue;
      const double x = idf(w);
      norm[d] += x * x;
      if (f <= kMaxPosting) shared.push_back(w);
    }
    std::sort(shared.begin(), shared.end(), [&](std::string_view a, std::string_view b) {
      return std::make_pair(df[a], a) < std::make_pair(df[b], b);
    });
    if (shared.size() > kIndexWords) shared.resize(kIndexWords);
    for (const std::string_view w : shared) postings[w].push_back(static_cast<std::uint32_t>(d));
  }
  std::set<std::pair<std::uint32_t, std::uint32_t>> candidates;
  for (const auto& [w, docs] : postings)
    for (std::size_t i = 0; i < docs.size(); ++i)
      for (std::size_t j = i + 1; j < docs.size(); ++j) candidates.emplace(docs[i], docs[j]);

  auto similarity = [&](std::size_t a, std::size_t b) {
    const auto& wa = profiles[a].words;
    const auto& wb = profiles[b].words;
    double dot = 0;
    std::size_t i = 0, j = 0;
    while (i < wa.size() && j < wb.size()) {
      if (wa[i] < wb[j]) ++i;
      else if (wb[j] < wa[i]) ++j;
      else {
        const double x = idf(wa[i]);
        dot += x * x;
        ++i, ++j;
      }
    }
    return norm[a] > 0 && norm[b] > 0 ? dot / std::sqrt(norm[a] * norm[b]) : 0.0;
  };
  // When each document's events happened: its date, else what its text names (the latest full date
  // of its date claims, else the year it names most). Two documents told months or years apart
  // report different occurrences, however alike their words.
  std::unordered_map<std::int64_t, std::size_t> profile_of_doc;
  for (std::size_t d = 0; d < n; ++d) profile_of_doc[profiles[d].id] = d;
  std::vector<DateRange> anchor(n);
  {
    // The month an undated document names most (ties: the latest), and its latest full date in that
    // month. Years alone are not used: an article names past years and plans (رؤية 2030) as often
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
      int best = 0;
      for (const auto& [month, slot] : months[d])
        if (slot.first >= best) best = slot.first, anchor[d] = slot.second;
    }
  }

  // A growing story: the event types, main countries, countries named and dates of its documents.
  struct Cluster {
    std::set<std::string> types, main_countries, named_countries;
    DateRange dates;
  };
  std::vector<Cluster> clusters(n);
  for (std::size_t d = 0; d < n; ++d) {
    const Profile& p = profiles[d];
    if (!p.event_type.empty()) clusters[d].types.insert(p.event_type);
    if (!p.country.empty()) clusters[d].main_countries.insert(p.country);
    clusters[d].named_countries.insert(p.countries.begin(), p.countries.end());
    clusters[d].dates = anchor[d];
  }
  auto disjoint = [](const std::set<std::string>& a, const std::set<std::string>& b) {
    for (const std::string& x : a)
      if (b.count(x)) return false;
    return true;
  };
  auto compatible = [&](const Cluster& a, const Cluster& b) {
    if (!a.types.empty() && !b.types.empty() && disjoint(a.types, b.types)) return false;
    // Articles centred on different countries report different events, unless each names the other's.
    if (!a.main_countries.empty() && !b.main_countries.empty() && disjoint(a.main_countries, b.main_countries) &&
        (disjoint(b.named_countries, a.main_countries) || disjoint(a.named_countries, b.main_countries)))
      return false;
    if (a.dates.known() && b.dates.known()) {
      // A one-off event is told within weeks; a toll or a series of bulletins may run for months.
      bool one_off = !a.types.empty() || !b.types.empty();
      for (const auto* t : {&a.types, &b.types})
        for (const std::string& x : *t) one_off = one_off && event_class_of(x) == EventClass::one_off;
      const int span = std::max(a.dates.hi, b.dates.hi) - std::min(a.dates.lo, b.dates.lo);
      if (span > (one_off ? kStoryDays : kSeriesDays)) return false;
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
    if (ra == rb || !compatible(clusters[ra], clusters[rb])) continue;
    u.join(ra, rb);
    const std::size_t root = u.find(ra), other = root == ra ? rb : ra;
    Cluster& into = clusters[root];
    const Cluster& from = clusters[other];
    into.types.insert(from.types.begin(), from.types.end());
    into.main_countries.insert(from.main_countries.begin(), from.main_countries.end());
    into.named_countries.insert(from.named_countries.begin(), from.named_countries.end());
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
  for (const auto& [root, members] : groups) {
    if (members.size() < 2) continue;
    Story s;
    s.id = static_cast<std::int32_t>(out.stories.size());
    std::map<std::string, int> types;
    std::map<std::string_view, int> shared;
    for (const std::size_t d : members) {
      const Profile& p = profiles[d];
      s.documents.push_back(p.id);
      story_of[p.id] = s.id;
      if (!p.event_type.empty()) ++types[p.event_type];
      if (p.published.known()) {
        if (!s.dates.known()) s.dates = p.published;
        s.dates.lo = std::min(s.dates.lo, p.published.lo);
        s.dates.hi = std::max(s.dates.hi, p.published.hi);
        s.dates.precision = std::min(s.dates.precision, p.published.precision);
      }
      for (const std::string& w : p.words)
        if (df[w] >= 2) ++shared[w];
    }
    s.event_type = most_frequent(types);
    // The label: the words most of its documents share and few others use.
    std::vector<std::pair<double, std::string_view>> ranked;
    for (const auto& [w, c] : shared)
      if (c * 2 >= static_cast<int>(members.size())) ranked.emplace_back(-c * idf(w), w);
    std::sort(ranked.begin(), ranked.end());
    for (std::size_t k = 0; k < ranked.size() && k < 4; ++k) s.label += (k ? " " : "") + std::string(ranked[k].second);
    out.stories.push_back(std::move(s));
  }

  // Documents whose claims state several values of one kind and class.
  std::map<std::tuple<std::int64_t, Kind, std::string>, std::set<std::pair<double, double>>> values_of;
  for (const StoredClaim& c : claims) {
    values_of[{c.document_id, c.claim.kind, c.claim.counted}].emplace(c.claim.lo, c.claim.hi);
    values_of[{c.document_id, c.claim.kind, std::string()}].emplace(c.claim.lo, c.claim.hi);  // of any class
  }

  out.frames.resize(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const StoredClaim& s = claims[i];
    Frame& f = out.frames[i];
    const auto st = story_of.find(s.document_id);
    f.story = st == story_of.end() ? -1 : st->second;
    f.event_type = event_type_in(s.sentence_text);
    f.event_in_sentence = !f.event_type.empty();
    if (f.event_type.empty()) {
      if (const auto p = profile_of_doc.find(s.document_id); p != profile_of_doc.end())
        f.event_type = profiles[p->second].event_type;
      if (f.event_type.empty() && f.story >= 0) f.event_type = out.stories[static_cast<std::size_t>(f.story)].event_type;
    }
    f.event_class = event_class_of(f.event_type);
    f.places = place_chain(s.claim.location);
    f.counted_generic = generic_counted(s.claim.counted);
    f.counted_person = in_lexicon_column("person_classes", 0, s.claim.counted, true);
    f.counted_outcome = in_lexicon_column("person_roles", 0, s.claim.counted, false);
    f.crowded = values_of[{s.document_id, s.claim.kind, f.counted_generic ? std::string() : s.claim.counted}].size() > 1;
    f.context = context_words(s, kContextWords, [](std::string_view) { return 0.0f; });
    // A date claim holds when it was said; any other claim at its own time, else its document's.
    f.time = s.claim.kind == Kind::date && s.published.known() ? s.published
             : s.claim.time.known()                           ? s.claim.time
                                                              : s.published;
    // An undated document's claim without a day of its own is placed on the day its text names
    // most (a dateline, or the latest full date of its most named month).
    if (!s.published.known() && f.time.precision != Precision::day) {
      if (const auto p = profile_of_doc.find(s.document_id); p != profile_of_doc.end()) {
        const DateRange& a = anchor[p->second];
        if (a.known() && a.precision == Precision::day && (!f.time.known() || (a.lo >= f.time.lo && a.hi <= f.time.hi))) {
          f.time = a;
          f.time_from_text = true;
        }
      }
    }
    if (!f.time.known() && f.story >= 0) {
      f.time = out.stories[static_cast<std::size_t>(f.story)].dates;
      f.time_borrowed = f.time.known();
    }
  }
  // Context words are weighed by how few of the claims of the same kind in the same story (or, out
  // of any story, in the same document) have them: "ريال" beside every sum of a budget says nothing,
  // "الإيرادات" or a candidate's name tells the budget's lines and the candidates apart.
  std::map<std::pair<std::int64_t, Kind>, std::vector<std::size_t>> groups_of_kind;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Frame& f = out.frames[i];
    groups_of_kind[{f.story >= 0 ? f.story : -1 - claims[i].document_id, claims[i].claim.kind}].push_back(i);
  }
  for (const auto& [key, members] : groups_of_kind) {
    std::unordered_map<std::string, std::uint32_t> in_claims;
    for (const std::size_t i : members)
      for (const auto& [w, weight] : out.frames[i].context) ++in_claims[w];
    const double size = static_cast<double>(members.size());
    for (const std::size_t i : members)
      for (auto& [w, weight] : out.frames[i].context)
        weight = static_cast<float>(std::log((size + 1.0) / (static_cast<double>(in_claims[w]) + 1.0)));
  }
  return out;
}

}  // namespace mizan::match
