#include "corpus_gen.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_map>

#include "sentences.hpp"
#include "extract/extract.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/lexicon_data.hpp"
#include "model/date.hpp"
#include "model/error.hpp"
#include "text/fold.hpp"

namespace mizan::bench {

namespace {

// xoshiro256** seeded by splitmix64: the same numbers on every platform, unlike <random>'s
// distributions.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    for (auto& s : s_) {
      seed += 0x9E3779B97F4A7C15ull;
      std::uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
      s = z ^ (z >> 31);
    }
  }
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  // Uniform in [0, n).
  std::uint64_t below(std::uint64_t n) { return static_cast<std::uint64_t>((static_cast<unsigned __int128>(next()) * n) >> 64); }
  // Uniform in [lo, hi].
  std::int64_t between(std::int64_t lo, std::int64_t hi) { return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1))); }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

// ---- the words of the stories ------------------------------------------------------------------

enum class Category : std::uint8_t { casualty, attack, displacement, detention, damage };
enum class Actors : std::uint8_t { none, armies, armed, any };

struct CountedClass {
  const char* name;        // the class of grammar/lexicon/counted.tsv
  const char* singular;    // after 100, 1000, ألف: "جندي"
  const char* accusative;  // after 11-99: "جنديا"
  const char* plural;      // after 3-10: "جنود"
  bool feminine;
  Category category;
  Actors actors;
  std::int64_t lo, hi;  // the values it takes
  bool breakdown;       // can be the total of a breakdown
  const char* verb_noun;  // "مقتل" before the count
  const char* passive;    // "قتلوا" after it
};

const std::vector<CountedClass>& classes() {
  static const std::vector<CountedClass> v = {
      {"deaths", "قتيل", "قتيلا", "قتلى", false, Category::casualty, Actors::none, 3, 3000, true, "سقوط", "سقطوا"},
      {"injured", "جريح", "جريحا", "جرحى", false, Category::casualty, Actors::none, 3, 8000, true, "سقوط", "أصيبوا"},
      {"civilians", "مدني", "مدنيا", "مدنيين", false, Category::casualty, Actors::none, 3, 3000, true, "مقتل", "قتلوا"},
      {"children", "طفل", "طفلا", "أطفال", false, Category::casualty, Actors::none, 3, 900, false, "مقتل", "قتلوا"},
      {"people", "شخص", "شخصا", "أشخاص", false, Category::casualty, Actors::none, 3, 40000, false, "إيواء", "نقلوا"},
      {"soldiers", "جندي", "جنديا", "جنود", false, Category::casualty, Actors::armies, 3, 600, false, "مقتل", "قتلوا"},
      {"fighters", "مسلح", "مسلحا", "مسلحين", false, Category::casualty, Actors::armed, 3, 20000, false, "مقتل", "قتلوا"},
      {"fighters", "إرهابي", "إرهابيا", "إرهابيين", false, Category::casualty, Actors::armed, 3, 20000, false, "مقتل", "قتلوا"},
      {"violations", "انتهاك", "انتهاكا", "انتهاكات", false, Category::attack, Actors::armed, 3, 400, true, "", ""},
      {"violations", "خرق", "خرقا", "خروقات", false, Category::attack, Actors::armed, 3, 400, true, "", ""},
      {"shelling", "قذيفة", "قذيفة", "قذائف", true, Category::attack, Actors::any, 3, 3000, true, "", ""},
      {"airstrikes", "غارة", "غارة", "غارات", true, Category::attack, Actors::armies, 3, 600, true, "", ""},
      {"missiles", "صاروخ", "صاروخا", "صواريخ", false, Category::attack, Actors::any, 3, 900, true, "", ""},
      {"drones", "مسيرة", "مسيرة", "مسيرات", true, Category::attack, Actors::any, 3, 150, false, "", ""},
      {"displaced", "نازح", "نازحا", "نازحين", false, Category::displacement, Actors::none, 100, 2000000, true, "", ""},
      {"displaced", "لاجئ", "لاجئا", "لاجئين", false, Category::displacement, Actors::none, 100, 2000000, true, "", ""},
      {"detainees", "معتقل", "معتقلا", "معتقلين", false, Category::detention, Actors::any, 3, 6000, false, "", ""},
      {"detainees", "محتجز", "محتجزا", "محتجزين", false, Category::detention, Actors::any, 3, 6000, false, "", ""},
      {"houses", "منزل", "منزلا", "منازل", false, Category::damage, Actors::none, 3, 30000, true, "", ""},
      {"vehicles", "آلية", "آلية", "آليات", true, Category::damage, Actors::any, 3, 300, false, "", ""},
      {"villages", "قرية", "قرية", "قرى", true, Category::damage, Actors::any, 3, 80, false, "", ""},
  };
  return v;
}

// Canonical organisations of organisations.tsv that stories use as actors; surface forms come
// from the lexicon.
const std::vector<std::string> kArmies = {"الجيش السوري", "الجيش التركي", "الجيش الروسي", "الجيش الإسرائيلي", "الجيش الحر"};
const std::vector<std::string> kArmed = {"داعش", "جبهة النصرة", "القاعدة", "حزب الله", "حماس", "قسد", "الجيش الحر"};

// Canonical places of places.tsv where stories happen; the breakdowns' parts are Syrian.
const std::vector<std::string> kSyrianPlaces = {
    "إدلب", "الباب", "الحسكة", "الرقة", "السويداء", "الغوطة الشرقية", "القامشلي", "القنيطرة", "اللاذقية", "تدمر",
    "جرابلس", "حلب", "حماة", "حمص", "درعا", "دمشق", "دير الزور", "ريف دمشق", "طرطوس", "عفرين", "منبج"};
const std::vector<std::string> kOtherPlaces = {
    "الموصل", "بغداد", "العراق", "اليمن", "صنعاء", "عدن", "غزة", "الضفة الغربية", "القدس", "بيروت", "لبنان",
    "ليبيا", "طرابلس", "السودان", "الخرطوم", "أفغانستان", "كابول"};
// A breakdown's total is of a region and its parts of places in it.
struct Region {
  std::string name;
  std::vector<std::string> parts;
};
const std::vector<Region>& regions() {
  static const std::vector<Region> v = {
      {"سورية", kSyrianPlaces},
      {"حلب", {"الباب", "جرابلس", "منبج", "عفرين"}},
      {"العراق", {"الموصل", "بغداد"}},
      {"اليمن", {"صنعاء", "عدن"}},
  };
  return v;
}

// Who a sentence quotes: none of them is an organisation or a place of the lexicon.
const std::vector<std::string> kSpeakers = {
    "المرصد السوري لحقوق الإنسان", "مصدر عسكري", "مصدر محلي", "ناشطون", "مصدر طبي", "الدفاع المدني",
    "مراسل الوكالة", "مصدر أمني", "شهود عيان", "مسؤول محلي", "فريق منسقو الاستجابة", "مصدر في وزارة الدفاع"};

const std::vector<std::string> kOutlets = {
    "سانا", "الوطن", "هوى الشام", "الرأي", "البيان", "الجزيرة", "العربية", "سبوتنيك", "روسيا اليوم", "الأناضول",
    "الحرة", "عنب بلدي", "الشرق الأوسط", "المدن", "فرانس برس", "رويترز"};

const char* const kWeekdays[] = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"};
const char* const kEgyptianMonths[] = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
                                      "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
const char* const kLevantineMonths[] = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
                                       "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
const std::vector<std::string> kAboutHedges = {"نحو", "حوالي", "قرابة", "ما يقارب", "زهاء"};
const std::vector<std::string> kAtLeastHedges = {"أكثر من", "ما لا يقل عن", "أزيد من"};

// ---- the lexicon, as written ---------------------------------------------------------------------

// Surface forms (as written in the TSV, not folded) of each canonical name in a lexicon file.
std::map<std::string, std::vector<std::string>> surface_forms(const std::string& file) {
  std::map<std::string, std::vector<std::string>> out;
  for (std::size_t i = 0; i < lexicon::kEmbeddedFileCount; ++i) {
    if (file != lexicon::kEmbeddedFiles[i].name) continue;
    std::istringstream in(lexicon::kEmbeddedFiles[i].text);
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      if (header) {
        header = false;
        continue;
      }
      const auto tab = line.find('\t');
      if (tab == std::string::npos) continue;
      const auto tab2 = line.find('\t', tab + 1);
      out[line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1)].push_back(line.substr(0, tab));
    }
  }
  if (out.empty()) throw Error("mizan-gen: the lexicon has no " + file + ".tsv");
  return out;
}

// The forms whose folded spelling the lexicon maps back to `canonical`: what the extractor reads.
std::vector<std::string> checked_forms(const std::map<std::string, std::vector<std::string>>& all,
                                       const lexicon::PhraseTable& table, const std::string& canonical) {
  std::vector<std::string> out;
  const auto it = all.find(canonical);
  if (it != all.end())
    for (const std::string& f : it->second) {
      const std::string* v = table.find(fold_word(f));
      if (v && *v == canonical) out.push_back(f);
    }
  if (out.empty()) throw Error("mizan-gen: no surface form of '" + canonical + "' in the lexicon maps back to it");
  return out;
}

// Whether any run of words of `phrase` is a place of the gazetteer.
bool names_a_place(const lexicon::PhraseTable& places, const std::string& phrase) {
  std::vector<std::string> words;
  std::istringstream in(fold_word(phrase));
  for (std::string w; in >> w;) words.push_back(w);
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string run;
    for (std::size_t j = i; j < words.size(); ++j) {
      run += (j > i ? " " : "") + words[j];
      if (places.find(run)) return true;
    }
  }
  return false;
}

// ---- numbers -------------------------------------------------------------------------------------

std::string to_digits(std::int64_t v, const char* const digits[10], const char* group_sep) {
  std::string plain = std::to_string(v);
  std::string out;
  for (std::size_t i = 0; i < plain.size(); ++i) {
    if (group_sep && i > 0 && (plain.size() - i) % 3 == 0) out += group_sep;
    out += digits[plain[i] - '0'];
  }
  return out;
}

const char* const kAscii[10] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
const char* const kArabicIndic[10] = {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};
const char* const kPersian[10] = {"۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹"};

// 3..10 with a counted noun: the number takes the other gender ("ثلاثة جنود", "ثلاث غارات").
std::string unit_word(int n, bool feminine_noun) {
  static const char* const masc_noun[] = {"", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"};
  static const char* const fem_noun[] = {"", "واحدة", "اثنتين", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"};
  return feminine_noun ? fem_noun[n] : masc_noun[n];
}

// 1..99 in words, genitive/accusative as after مقتل or نحو.
std::string below_hundred(int n, bool fem) {
  static const char* const tens[] = {"", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"};
  if (n <= 10) return unit_word(n, fem);
  if (n == 11) return fem ? "إحدى عشرة" : "أحد عشر";
  if (n == 12) return fem ? "اثنتي عشرة" : "اثني عشر";
  if (n < 20) return unit_word(n - 10, fem) + (fem ? " عشرة" : " عشر");
  const int t = n / 10, u = n % 10;
  if (u == 0) return tens[t];
  return unit_word(u, fem) + " و" + tens[t];
}

std::string hundreds_word(int h, bool alt) {
  static const char* const stems[] = {"", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
  const char* hundred = alt ? "مائة" : "مئة";
  if (h == 1) return hundred;
  if (h == 2) return alt ? "مائتي" : "مئتي";
  return std::string(stems[h]) + hundred;
}

// 1..999, with the noun's gender deciding the units.
std::string below_thousand(int n, bool fem, bool alt) {
  const int h = n / 100, r = n % 100;
  std::string out;
  if (h) out = hundreds_word(h, alt);
  if (r) out += (out.empty() ? "" : " و") + below_hundred(r, fem);
  return out;
}

std::string words(std::int64_t v, bool fem, bool alt) {
  const int t = static_cast<int>(v / 1000), r = static_cast<int>(v % 1000);
  std::string out;
  if (t == 1) out = "ألف";
  else if (t == 2) out = "ألفي";
  else if (t >= 3 && t <= 10) out = unit_word(t, false) + " آلاف";
  else if (t > 10) out = below_thousand(t, false, alt) + " ألف";
  if (r) out += (out.empty() ? "" : " و") + below_thousand(r, fem, alt);
  return out;
}

}  // namespace

std::string render_number(std::int64_t v, NumberForm form, bool feminine) {
  if (v < 0) return "";
  switch (form) {
    case NumberForm::digits: return to_digits(v, kAscii, nullptr);
    case NumberForm::grouped: return v >= 1000 ? to_digits(v, kAscii, ",") : "";
    case NumberForm::arabic_indic: return to_digits(v, kArabicIndic, nullptr);
    case NumberForm::arabic_indic_grouped: return v >= 1000 ? to_digits(v, kArabicIndic, "٬") : "";
    case NumberForm::persian: return to_digits(v, kPersian, nullptr);
    case NumberForm::multiplier:
      if (v >= 1000000 && v % 100000 == 0) {
        const std::int64_t whole = v / 1000000, tenths = (v / 100000) % 10;
        std::string n = std::to_string(whole);
        if (tenths) n += "." + std::to_string(tenths);
        return n + " مليون";
      }
      if (v >= 3000 && v % 1000 == 0 && v < 1000000) {
        const std::int64_t k = v / 1000;
        return std::to_string(k) + (k <= 10 ? " آلاف" : " ألف");
      }
      return "";
    case NumberForm::words:
      if (v < 3 || v >= 1000000) return "";
      return words(v, feminine, (v % 7) == 0);
  }
  return "";
}

const char* to_string(Expect e) {
  switch (e) {
    case Expect::agree: return "agree";
    case Expect::conflict: return "conflict";
    case Expect::evolves: return "evolves";
    case Expect::sums: return "sums";
    case Expect::does_not_sum: return "does_not_sum";
  }
  return "";
}

namespace {

std::optional<Expect> expect_from_string(const std::string& s) {
  for (Expect e : {Expect::agree, Expect::conflict, Expect::evolves, Expect::sums, Expect::does_not_sum})
    if (s == to_string(e)) return e;
  return std::nullopt;
}

std::string iso_day(std::int32_t day) { return to_iso(DateRange{day, day, Precision::day}); }

std::string json_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(ch);
        }
    }
  }
  return out;
}

// ---- stories -------------------------------------------------------------------------------------

// A subject as the extractor will key it.
struct Subject {
  std::size_t cls = 0;   // index into classes()
  std::string actor;     // canonical, or ""
  std::string place;     // canonical
  std::string key() const { return std::string("count|") + classes()[cls].name + "|" + actor + "|" + place + "|"; }
};

struct Part {
  std::int64_t value;
  std::string place;
};

// One story reported in one article.
struct Mention {
  std::uint32_t story = 0;
  Expect expect = Expect::agree;
  Subject subject;
  std::int32_t event_day = 0;    // when the count holds
  std::int32_t publish_day = 0;  // when the article says it
  std::int64_t value = 0;
  char qualifier = 'e';  // e exact, a about, l at least
  std::string side = "-";
  std::vector<Part> parts;  // a breakdown's
};

struct Article {
  std::vector<Mention> mentions;
};

}  // namespace

struct CorpusGenerator::Impl {
  GenOptions options;
  Rng rng;
  GenStats stats;

  // What the lexicon lets the stories say, checked against it once.
  std::map<std::string, std::vector<std::string>> place_forms, actor_forms;
  std::vector<std::string> fillers;

  std::int32_t day = 0;                                   // the day being written
  std::map<std::int32_t, std::vector<Mention>> pending;  // by publication day
  std::vector<std::pair<Article, std::int32_t>> today;   // articles of `day` not yet written
  std::size_t today_next = 0;
  std::unordered_map<std::string, std::int32_t> busy_until;  // subject key -> first free day
  std::uint32_t next_story = 0;
  std::set<std::uint32_t> counted_stories;  // stories with a mention written
  std::map<std::uint32_t, std::vector<std::pair<std::string, std::string>>> conflict_docs;  // story -> (doc, side)

  explicit Impl(const GenOptions& o) : options(o), rng(o.seed) {
    const lexicon::PhraseTable places("places", 0), orgs("organisations", 0), counted("counted", 0);
    const auto all_places = surface_forms("places");
    const auto all_orgs = surface_forms("organisations");
    for (const auto* list : {&kSyrianPlaces, &kOtherPlaces})
      for (const std::string& p : *list) place_forms[p] = checked_forms(all_places, places, p);
    for (const Region& r : regions()) place_forms[r.name] = checked_forms(all_places, places, r.name);
    for (const auto* list : {&kArmies, &kArmed})
      for (const std::string& a : *list) {
        // "قوات سوريا الديمقراطية" names a place too: the extractor would read سوريا as the location.
        std::vector<std::string> forms = checked_forms(all_orgs, orgs, a);
        forms.erase(std::remove_if(forms.begin(), forms.end(), [&](const std::string& f) { return names_a_place(places, f); }),
                    forms.end());
        if (forms.empty()) throw Error("mizan-gen: every form of '" + a + "' names a place");
        actor_forms[a] = std::move(forms);
      }
    for (const CountedClass& c : classes())
      for (const char* form : {c.singular, c.accusative, c.plural}) {
        const std::string* v = counted.find(fold_word(form));
        if (!v || *v != c.name)
          throw Error(std::string("mizan-gen: counted.tsv does not map '") + form + "' to " + c.name);
      }
    // Fillers are real sentences without a quantity; whatever the grammar finds in one is dropped.
    for (const char* s : filler_sentences())
      if (extract::numbers_in(s, DateRange{}).empty()) fillers.emplace_back(s);
    if (fillers.size() < 8) throw Error("mizan-gen: fewer than 8 filler sentences are free of quantities");
    day = days_from_civil(o.start_year, 1, 1);
  }

  // ---- planning ----

  bool reserve(const std::vector<std::string>& keys, std::int32_t from, std::int32_t until) {
    for (const std::string& k : keys) {
      const auto it = busy_until.find(k);
      if (it != busy_until.end() && it->second > from) return false;
    }
    // Another story of the same subject must be more than the comparator's 30-day window away.
    for (const std::string& k : keys) busy_until[k] = until + 32;
    return true;
  }

  std::string pick_actor(const CountedClass& c) {
    switch (c.actors) {
      case Actors::none: return "";
      case Actors::armies: return rng.chance(85) ? rng.pick(kArmies) : "";
      case Actors::armed: return rng.chance(85) ? rng.pick(kArmed) : "";
      case Actors::any: {
        if (!rng.chance(80)) return "";
        return rng.chance(40) ? rng.pick(kArmies) : rng.pick(kArmed);
      }
    }
    return "";
  }

  std::int64_t pick_value(const CountedClass& c) {
    const double lo = std::log(static_cast<double>(c.lo)), hi = std::log(static_cast<double>(c.hi));
    auto v = static_cast<std::int64_t>(std::exp(lo + (hi - lo) * rng.unit() * rng.unit()));
    v = std::max<std::int64_t>(v, c.lo);
    // Big counts are often round: "15 ألف", "1.5 مليون".
    if (v >= 3000 && rng.chance(50)) v = v / 1000 * 1000;
    if (v >= 1000000 && rng.chance(70)) v = v / 100000 * 100000;
    return v;
  }

  // When a mention of an event of `event_day` is published: that day, the next ("أمس"), or a few
  // days later with an explicit date.
  std::int32_t publish_day_for(std::int32_t event_day) {
    const auto r = rng.below(100);
    if (r < 60) return event_day;
    if (r < 90) return event_day + 1;
    return event_day + static_cast<std::int32_t>(rng.between(2, 4));
  }

  void schedule(Mention m) {
    pending[m.publish_day].push_back(std::move(m));
  }

  // An "about" or "at least" that still agrees with `v`, or `v` itself.
  void agreeing_variant(Mention& m, std::int64_t v, bool allow_at_least) {
    m.value = v;
    m.qualifier = 'e';
    const auto r = rng.below(100);
    if (r < 20 && v >= 20) {
      // about v' with |v' - v| <= 4%: the ±10% of "about" covers v.
      const auto d = static_cast<std::int64_t>(std::floor(static_cast<double>(v) * 0.04 * rng.unit()));
      m.value = rng.chance(50) ? v + d : v - d;
      if (m.value >= 3000 && m.value % 1000 != 0 && rng.chance(50)) {
        const std::int64_t rounded = (m.value + 500) / 1000 * 1000;
        if (std::llabs(rounded - v) * 100 <= v * 6) m.value = rounded;
      }
      m.qualifier = 'a';
    } else if (r < 30 && allow_at_least && v >= 20) {
      m.value = v - std::max<std::int64_t>(1, static_cast<std::int64_t>(static_cast<double>(v) * 0.05 * rng.unit()));
      m.qualifier = 'l';
    } else if (r < 45) {
      m.qualifier = 'a';  // "about v" itself
    }
  }

  bool new_simple_story(std::int32_t d, Expect expect) {
    const std::size_t ci = rng.below(classes().size());
    const CountedClass& c = classes()[ci];
    Subject s{ci, pick_actor(c), rng.chance(70) ? rng.pick(kSyrianPlaces) : rng.pick(kOtherPlaces)};
    const std::uint32_t id = next_story;
    if (expect == Expect::evolves) {
      const int steps = static_cast<int>(rng.between(2, 3));
      std::vector<std::int32_t> days{d};
      for (int i = 1; i < steps; ++i) days.push_back(days.back() + static_cast<std::int32_t>(rng.between(35, 75)));
      if (!reserve({s.key()}, d, days.back() + 4)) return false;
      ++next_story;
      std::int64_t v = pick_value(c);
      for (int i = 0; i < steps; ++i) {
        const int n = static_cast<int>(rng.between(1, 2));
        for (int k = 0; k < n; ++k) {
          Mention m;
          m.story = id;
          m.expect = expect;
          m.subject = s;
          m.event_day = days[i];
          m.publish_day = publish_day_for(days[i]);
          m.side = std::to_string(i + 1);
          // Rises by a third or more: the ±10% of two "about"s never meet.
          m.value = v;
          m.qualifier = rng.chance(30) ? 'a' : 'e';
          schedule(m);
        }
        v = v + std::max<std::int64_t>(v / 3 + 1, static_cast<std::int64_t>(static_cast<double>(v) * (0.4 + rng.unit())));
      }
      return true;
    }
    if (!reserve({s.key()}, d, d + 4)) return false;
    ++next_story;
    const std::int64_t v = pick_value(c);
    const int n = static_cast<int>(rng.between(2, 4));
    // A conflict: some outlets say w, far enough from v that no qualifier brings them together.
    std::int64_t w = 0;
    int b_count = 0;
    if (expect == Expect::conflict) {
      w = (rng.chance(50) || v < 10) ? v + std::max<std::int64_t>(v / 2 + 2, static_cast<std::int64_t>(static_cast<double>(v) * (0.5 + rng.unit())))
                                     : v / 2;
      if (w >= 3000 && rng.chance(50)) w = w / 1000 * 1000;
      b_count = static_cast<int>(rng.between(1, n - 1));
    }
    for (int k = 0; k < n; ++k) {
      Mention m;
      m.story = id;
      m.expect = expect;
      m.subject = s;
      m.event_day = d;
      m.publish_day = publish_day_for(d);
      if (expect == Expect::conflict) {
        const bool side_b = k < b_count;
        m.side = side_b ? "B" : "A";
        m.value = side_b ? w : v;
        m.qualifier = rng.chance(25) ? 'a' : 'e';
      } else {
        agreeing_variant(m, v, true);
      }
      schedule(m);
    }
    return true;
  }

  bool new_breakdown_story(std::int32_t d, Expect expect) {
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < classes().size(); ++i)
      if (classes()[i].breakdown) candidates.push_back(i);
    const std::size_t ci = rng.pick(candidates);
    const CountedClass& c = classes()[ci];
    const Region& region = rng.pick(regions());
    Subject s{ci, pick_actor(c), region.name};
    std::vector<std::string> places = region.parts;
    rng.shuffle(places);
    places.resize(std::min(places.size(), static_cast<std::size_t>(rng.between(2, 5))));
    // Parts name no counted noun today; if the extractor comes to give them the total's, they must
    // still not meet another story, so their subjects are reserved too.
    std::vector<std::string> keys{s.key()};
    for (const std::string& p : places) {
      keys.push_back(Subject{ci, s.actor, p}.key());
      keys.push_back(Subject{ci, "", p}.key());
    }
    if (!reserve(keys, d, d + 4)) return false;
    const std::uint32_t id = next_story++;
    std::vector<Part> parts;
    std::int64_t sum = 0;
    const std::int64_t scale = c.lo >= 100 ? 100 : 1;
    std::int64_t max_part = 0;
    for (const std::string& p : places) {
      std::int64_t v = rng.between(1, 60) * scale;
      // A bare 1900..2100 is read as a year, not a count.
      if (v >= 1900 && v <= 2100) v = 2200;
      parts.push_back({v, p});
      sum += v;
      max_part = std::max(max_part, v);
    }
    std::int64_t total = sum;
    if (expect == Expect::does_not_sum) {
      const std::int64_t off = std::max<std::int64_t>(scale, static_cast<std::int64_t>(static_cast<double>(sum) * (0.05 + 0.3 * rng.unit())));
      total = rng.chance(60) ? sum + off : sum - off;
      // A total is larger than each of its parts (else nothing reads it as their total).
      if (total <= max_part || total == sum) total = sum + off;
    }
    const int reports = rng.chance(70) ? 1 : 2;
    for (int k = 0; k < reports; ++k) {
      Mention m;
      m.story = id;
      m.expect = expect;
      m.subject = s;
      m.event_day = d;
      m.publish_day = publish_day_for(d);
      m.value = total;
      m.parts = parts;
      schedule(m);
    }
    return true;
  }

  void new_story(std::int32_t d) {
    const auto r = static_cast<int>(rng.below(100));
    Expect e = Expect::agree;
    if (r < options.conflict_pct) e = Expect::conflict;
    else if (r < options.conflict_pct + options.evolve_pct) e = Expect::evolves;
    else if (r < options.conflict_pct + options.evolve_pct + options.breakdown_pct) e = rng.chance(50) ? Expect::sums : Expect::does_not_sum;
    const bool ok = (e == Expect::sums || e == Expect::does_not_sum) ? new_breakdown_story(d, e) : new_simple_story(d, e);
    (void)ok;  // a subject still busy: the day has one story fewer
  }

  void plan_day() {
    const int n = options.articles_per_day;
    std::vector<int> capacity(static_cast<std::size_t>(n));
    int total = 0;
    for (int& k : capacity) total += (k = static_cast<int>(rng.between(1, 4)));
    for (int attempts = 0; static_cast<int>(pending[day].size()) < total && attempts < total * 3; ++attempts) new_story(day);
    std::vector<Mention> due = std::move(pending[day]);
    pending.erase(day);
    rng.shuffle(due);
    std::vector<Article> articles(static_cast<std::size_t>(n));
    std::size_t cursor = 0;
    for (Mention& m : due) {
      // The next article with room that does not already tell this story.
      bool placed = false;
      for (std::size_t tries = 0; tries < articles.size() * 2 && !placed; ++tries) {
        const std::size_t a = (cursor + tries) % articles.size();
        const bool room = static_cast<int>(articles[a].mentions.size()) < capacity[a] || tries >= articles.size();
        const bool has = std::any_of(articles[a].mentions.begin(), articles[a].mentions.end(),
                                     [&](const Mention& x) { return x.story == m.story; });
        if (room && !has) {
          articles[a].mentions.push_back(std::move(m));
          cursor = a + 1;
          placed = true;
        }
      }
    }
    today.clear();
    for (Article& a : articles) today.emplace_back(std::move(a), day);
    today_next = 0;
  }

  // ---- writing ----

  std::string weekday(std::int32_t d) const { return kWeekdays[((d % 7) + 7 + 4) % 7]; }

  // The time words of a mention: "", اليوم, أمس الثلاثاء, يوم 12 آذار ...
  std::string time_phrase(const Mention& m) {
    const Ymd e = civil_from_days(m.event_day);
    auto explicit_date = [&]() {
      const std::string month = rng.chance(50) ? kEgyptianMonths[e.month - 1] : kLevantineMonths[e.month - 1];
      const std::string dd = rng.chance(80) ? std::to_string(e.day) : render_number(e.day, NumberForm::arabic_indic, false);
      switch (rng.below(3)) {
        case 0: return "يوم " + dd + " " + month;
        case 1: return "في " + dd + " من " + month;
        default: return "في " + dd + " " + month + " " + std::to_string(e.year);
      }
    };
    const std::int32_t gap = m.publish_day - m.event_day;
    if (gap == 0) {
      switch (rng.below(6)) {
        case 0: case 1: return "";
        case 2: return "اليوم";
        case 3: return "اليوم " + weekday(m.event_day);
        case 4: return rng.chance(50) ? "صباح اليوم" : "مساء اليوم";
        default: return explicit_date();
      }
    }
    if (gap == 1) {
      switch (rng.below(5)) {
        case 0: return "أمس";
        case 1: return "أمس " + weekday(m.event_day);
        case 2: return "مساء أمس";
        default: return explicit_date();
      }
    }
    return explicit_date();
  }

  // The count and its noun as written: "نحو 15 ألف مسلح", "٤١ انتهاكا", "خمسة وعشرين قتيلا".
  std::string quantity(const Mention& m, const CountedClass& c) {
    std::vector<NumberForm> forms = {NumberForm::digits, NumberForm::digits, NumberForm::digits, NumberForm::arabic_indic,
                                     NumberForm::persian, NumberForm::words, NumberForm::grouped,
                                     NumberForm::arabic_indic_grouped, NumberForm::multiplier, NumberForm::multiplier};
    std::string number;
    NumberForm form = NumberForm::digits;
    // "خمس آليات" folds to خمس اليات, which the grammar reads as a fraction of something definite
    // ("خمس ال..."): number words are kept from plurals that begin with آل.
    const bool words_ok = std::string_view(c.plural).rfind("آل", 0) != 0;
    for (int tries = 0; tries < 8 && number.empty(); ++tries) {
      form = rng.pick(forms);
      if (form == NumberForm::words && !words_ok) continue;
      number = render_number(m.value, form, c.feminine);
    }
    if (number.empty()) number = render_number(m.value, form = NumberForm::digits, c.feminine);
    // The noun agrees with how the number ends.
    const char* noun = c.singular;
    if (form == NumberForm::multiplier) {
      noun = c.singular;
      if (m.value < 1000000 && (m.value / 1000) % 100 >= 11 && rng.chance(50)) number += "ا";  // "15 ألفا"
    } else {
      const std::int64_t r = m.value % 100;
      if (m.value >= 3 && m.value <= 10) noun = c.plural;
      else if (r >= 3 && r <= 10 && m.value < 1000) noun = c.plural;
      else if (r >= 11) noun = c.accusative;
    }
    std::string q = number + " " + noun;
    if (m.qualifier == 'a') q = rng.pick(kAboutHedges) + " " + q;
    else if (m.qualifier == 'l') q = rng.pick(kAtLeastHedges) + " " + q;
    return q;
  }

  std::string actor_phrase(const Subject& s) {
    if (s.actor.empty()) return "";
    const std::string& form = rng.pick(actor_forms.at(s.actor));
    // The place follows within the extractor's reach (six words): long names take the short "من".
    const bool long_name = std::count(form.begin(), form.end(), ' ') >= 2;
    switch (long_name ? 0 : rng.below(3)) {
      case 0: return " من " + form;
      case 1: return " من قبل " + form;
      default:  // ل + ال → لل
        return form.rfind("ال", 0) == 0 ? " لل" + form.substr(std::string("ال").size()) : " لـ" + form;
    }
  }

  std::string place(const std::string& canonical) { return rng.pick(place_forms.at(canonical)); }

  static void replace_all(std::string& s, const std::string& what, const std::string& with) {
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size())) s.replace(at, what.size(), with);
  }

  static std::string tidy(std::string s) {
    replace_all(s, "  ", " ");
    replace_all(s, " ،", "،");
    replace_all(s, " .", ".");
    return s;
  }

  // One sentence telling the mention's story; its quantity text goes to `written`.
  std::string story_sentence(const Mention& m, std::string& written) {
    const CountedClass& c = classes()[m.subject.cls];
    const std::string q = quantity(m, c);
    written = q;
    const std::string t = time_phrase(m);
    const std::string s = rng.pick(kSpeakers);
    const std::string a = actor_phrase(m.subject);
    if (!m.parts.empty()) {
      // "ورصد المركز 41 انتهاكا في سورية، منها 15 في إدلب و16 في اللاذقية و7 في حلب"
      std::string out;
      switch (rng.below(3)) {
        case 0: out = "ورصد " + s + " " + t + " ما مجموعه " + q + a + " في " + place(m.subject.place) + "، منها "; break;
        case 1: out = "وأعلن " + s + " " + t + " تسجيل " + q + a + " في " + place(m.subject.place) + "، بينها "; break;
        default: out = "وقال " + s + " إنه وثق " + t + " ما مجموعه " + q + a + " في " + place(m.subject.place) + "، منها "; break;
      }
      for (std::size_t i = 0; i < m.parts.size(); ++i) {
        const NumberForm f = rng.chance(70) ? NumberForm::digits : NumberForm::arabic_indic;
        if (i) out += " و";
        out += render_number(m.parts[i].value, f, c.feminine) + " في " + place(m.parts[i].place);
      }
      return tidy(out + ".");
    }
    const std::string p = place(m.subject.place);
    std::string out;
    switch (c.category) {
      case Category::casualty:
        switch (rng.below(4)) {
          case 0: out = "أعلن " + s + " " + t + " " + c.verb_noun + " " + q + a + " في " + p + "."; break;
          case 1: out = "وقال " + s + " إن " + q + a + " " + c.passive + " في " + p + " " + t + "."; break;
          case 2: out = "وأفاد " + s + " " + t + " ب" + c.verb_noun + " " + q + a + " في " + p + " جراء القصف."; break;
          default: out = "وذكر " + s + " أن " + p + " شهدت " + t + " " + c.verb_noun + " " + q + a + "."; break;
        }
        break;
      case Category::attack:
        switch (rng.below(3)) {
          case 0: out = "ورصد " + s + " " + t + " وقوع " + q + a + " في " + p + "."; break;
          case 1: out = "وأعلن " + s + " " + t + " تسجيل " + q + a + " في " + p + "."; break;
          default: out = "وقال " + s + " إن " + p + " تعرضت " + t + " إلى " + q + a + "."; break;
        }
        break;
      case Category::displacement:
        switch (rng.below(3)) {
          case 0: out = "ووثق " + s + " " + t + " نزوح " + q + " من " + p + "."; break;
          case 1: out = "وقال " + s + " إن " + q + " فروا من " + p + " " + t + "."; break;
          default: out = "وأعلن " + s + " " + t + " عودة " + q + " إلى " + p + "."; break;
        }
        break;
      case Category::detention:
        switch (rng.below(2)) {
          case 0: out = "وأعلن " + s + " " + t + " الإفراج عن " + q + a + " في " + p + "."; break;
          default: out = "وقال " + s + " إن " + q + a + " في " + p + " أطلق سراحهم " + t + "."; break;
        }
        break;
      case Category::damage:
        switch (rng.below(2)) {
          case 0: out = "وأحصى " + s + " " + t + " تدمير " + q + a + " في " + p + "."; break;
          default: out = "وأفاد " + s + " " + t + " بتضرر " + q + a + " في " + p + " جراء المعارك."; break;
        }
        break;
    }
    return tidy(out);
  }

  std::string filler_paragraph(int sentences) {
    std::string out;
    for (int i = 0; i < sentences; ++i) {
      if (i) out += " ";
      out += rng.pick(fillers);
    }
    return out;
  }

  void write_article(const Article& a, std::int32_t pub, std::string& line, std::vector<TruthRow>& truth) {
    const std::uint64_t index = stats.articles;
    char id[32];
    std::snprintf(id, sizeof id, "g%08llu", static_cast<unsigned long long>(index));
    const std::string outlet = rng.pick(kOutlets);
    std::string text = filler_paragraph(static_cast<int>(rng.between(1, 2)));
    std::string title;
    for (const Mention& m : a.mentions) {
      std::string written;
      const std::string sentence = story_sentence(m, written);
      if (title.empty()) title = std::string(classes()[m.subject.cls].verb_noun[0] ? classes()[m.subject.cls].verb_noun : "تسجيل") + " " + written;
      text += "\n\n" + sentence;
      if (rng.chance(40)) text += " " + rng.pick(fillers);
      if (rng.chance(60)) text += "\n\n" + filler_paragraph(static_cast<int>(rng.between(1, 3)));
      TruthRow r;
      r.story = m.story;
      r.expect = m.expect;
      r.doc = id;
      r.outlet = outlet;
      r.published = iso_day(pub);
      r.time = iso_day(m.event_day);
      r.subject = m.subject.key();
      r.value = m.value;
      r.qualifier = m.qualifier == 'a' ? "about" : m.qualifier == 'l' ? "at_least" : "exact";
      r.side = m.side;
      r.role = m.parts.empty() ? "claim" : "total";
      r.text = written;
      truth.push_back(r);
      for (const Part& p : m.parts) {
        TruthRow pr = r;
        pr.subject = "-";
        pr.value = p.value;
        pr.qualifier = "exact";
        pr.role = "part";
        pr.text = p.place;
        truth.push_back(pr);
      }
      if (counted_stories.insert(m.story).second) ++stats.stories[static_cast<int>(m.expect)];
      if (m.expect == Expect::conflict) {
        auto& docs = conflict_docs[m.story];
        for (const auto& [doc, side] : docs)
          if (side != m.side) ++stats.conflict_pairs;
        docs.emplace_back(id, m.side);
      }
    }
    text += "\n\n" + filler_paragraph(static_cast<int>(rng.between(1, 3)));
    if (title.empty()) title = "تطورات المسار السياسي";
    line = "{\"id\":\"" + std::string(id) + "\",\"outlet\":\"" + json_escape(outlet) + "\",\"published\":\"" + iso_day(pub) +
           "\",\"url\":\"https://news.example/" + id + "\",\"title\":\"" + json_escape(title) + "\",\"text\":\"" +
           json_escape(text) + "\"}\n";
    stats.text_bytes += text.size();
  }

  bool next(std::string& line, std::vector<TruthRow>& truth) {
    truth.clear();
    if (options.max_docs && stats.articles >= options.max_docs) return false;
    if (!options.max_docs && stats.bytes >= options.target_bytes) return false;
    while (today_next >= today.size()) {
      plan_day();
      ++day;
    }
    const auto& [article, pub] = today[today_next++];
    write_article(article, pub, line, truth);
    for (const TruthRow& r : truth) {
      if (r.role != "part") ++stats.planted_claims;
    }
    ++stats.articles;
    stats.bytes += line.size();
    return true;
  }
};

CorpusGenerator::CorpusGenerator(const GenOptions& options) : impl_(std::make_unique<Impl>(options)) {}
CorpusGenerator::~CorpusGenerator() = default;

bool CorpusGenerator::next(std::string& jsonl_line, std::vector<TruthRow>& truth) { return impl_->next(jsonl_line, truth); }

const GenStats& CorpusGenerator::stats() const { return impl_->stats; }

void CorpusGenerator::extend(std::uint64_t more) {
  impl_->options.max_docs = impl_->stats.articles + more;
}

std::string truth_header() {
  return "story\texpect\tdoc\toutlet\tpublished\ttime\tsubject\tvalue\tqualifier\tside\trole\ttext\n";
}

std::string to_tsv(const TruthRow& r) {
  return std::to_string(r.story) + "\t" + to_string(r.expect) + "\t" + r.doc + "\t" + r.outlet + "\t" + r.published + "\t" +
         r.time + "\t" + r.subject + "\t" + std::to_string(r.value) + "\t" + r.qualifier + "\t" + r.side + "\t" + r.role +
         "\t" + r.text + "\n";
}

bool parse_truth_line(const std::string& line, TruthRow& r) {
  std::vector<std::string> f;
  std::size_t at = 0;
  while (true) {
    const std::size_t tab = line.find('\t', at);
    f.push_back(line.substr(at, tab == std::string::npos ? std::string::npos : tab - at));
    if (tab == std::string::npos) break;
    at = tab + 1;
  }
  if (f.size() != 12) return false;
  const auto e = expect_from_string(f[1]);
  if (!e) return false;
  try {
    r.story = static_cast<std::uint32_t>(std::stoul(f[0]));
    r.value = std::stoll(f[7]);
  } catch (const std::exception&) {
    return false;
  }
  r.expect = *e;
  r.doc = f[2];
  r.outlet = f[3];
  r.published = f[4];
  r.time = f[5];
  r.subject = f[6];
  r.qualifier = f[8];
  r.side = f[9];
  r.role = f[10];
  r.text = f[11];
  return true;
}

std::vector<TruthRow> read_truth(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot read the planted truth");
  std::vector<TruthRow> out;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (n == 1 || line.empty()) continue;
    TruthRow r;
    if (!parse_truth_line(line, r)) throw Error(path + ":" + std::to_string(n) + ": not a truth row");
    out.push_back(std::move(r));
  }
  return out;
}

GenStats write_corpus(const GenOptions& options, const std::string& dir) {
  namespace fs = std::filesystem;
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("corpus-", 0) == 0 && entry.path().extension() == ".jsonl") fs::remove(entry.path());
  }
  CorpusGenerator gen(options);
  std::ofstream truth(dir + "/truth.tsv", std::ios::binary);
  truth << truth_header();
  std::ofstream shard;
  std::uint64_t shard_size = 0;
  int shard_index = 0;
  std::string line;
  std::vector<TruthRow> rows;
  std::string buffer;
  while (gen.next(line, rows)) {
    if (!shard.is_open() || shard_size >= options.shard_bytes) {
      if (shard.is_open()) shard.close();
      char name[32];
      std::snprintf(name, sizeof name, "/corpus-%04d.jsonl", shard_index++);
      shard.open(dir + name, std::ios::binary);
      if (!shard) throw Error(dir + name + ": cannot write");
      shard_size = 0;
    }
    shard << line;
    shard_size += line.size();
    buffer.clear();
    for (const TruthRow& r : rows) buffer += to_tsv(r);
    truth << buffer;
  }
  shard.close();
  truth.close();
  if (!truth) throw Error(dir + "/truth.tsv: cannot write");
  const GenStats s = gen.stats();
  fs::remove_all(dir + "/holdout");
  if (options.holdout) {
    fs::create_directories(dir + "/holdout");
    std::ofstream held_truth(dir + "/holdout/truth.tsv", std::ios::binary);
    held_truth << truth_header();
    gen.extend(options.holdout);
    for (int i = 0; gen.next(line, rows); ++i) {
      char name[40];
      std::snprintf(name, sizeof name, "/holdout/probe-%03d.jsonl", i);
      std::ofstream(dir + name, std::ios::binary) << line;
      for (const TruthRow& r : rows) held_truth << to_tsv(r);
    }
  }
  std::ofstream meta(dir + "/meta.tsv", std::ios::binary);
  meta << "key\tvalue\n"
       << "seed\t" << options.seed << "\n"
       << "target_bytes\t" << options.target_bytes << "\n"
       << "max_docs\t" << options.max_docs << "\n"
       << "articles_per_day\t" << options.articles_per_day << "\n"
       << "holdout\t" << options.holdout << "\n"
       << "articles\t" << s.articles << "\n"
       << "jsonl_bytes\t" << s.bytes << "\n"
       << "text_bytes\t" << s.text_bytes << "\n"
       << "shards\t" << shard_index << "\n"
       << "planted_claims\t" << s.planted_claims << "\n"
       << "conflict_pairs\t" << s.conflict_pairs << "\n";
  return s;
}

std::uint64_t parse_size(const std::string& text) {
  if (text.empty()) throw Error("a size is empty");
  std::size_t used = 0;
  double v = 0;
  try {
    v = std::stod(text, &used);
  } catch (const std::exception&) {
    throw Error("'" + text + "' is not a size (e.g. 200M, 2G, 64k)");
  }
  const std::string unit = text.substr(used);
  double mult = 1;
  if (unit == "k" || unit == "K") mult = 1024;
  else if (unit == "M" || unit == "m") mult = 1024.0 * 1024;
  else if (unit == "G" || unit == "g") mult = 1024.0 * 1024 * 1024;
  else if (!unit.empty()) throw Error("'" + text + "' is not a size (e.g. 200M, 2G, 64k)");
  if (v < 0) throw Error("a size is negative");
  return static_cast<std::uint64_t>(v * mult);
}

}  // namespace mizan::bench
