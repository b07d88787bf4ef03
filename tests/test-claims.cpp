// Claims: what each quantity becomes — counted class, actor, location, time, speaker, links — and
// the subject keys that decide what is compared with what.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

#include "cli/commands.hpp"
#include "extract/extract.hpp"
#include "ingest/reader.hpp"
#include "report/escape.hpp"
#include "test_util.hpp"

using namespace mizan;

namespace {

cli::Extracted extract_text(const std::string& text, const std::string& date = "2021-07-02") {
  Document d;
  d.name = "t.txt";
  d.text = text;
  d.outlet = "test";
  d.published = *parse_iso(date);
  return cli::extract_document(std::move(d));
}

// The first claim of a kind other than date (dates of the sentence are its time).
const Claim* first_claim(const cli::Extracted& e) {
  for (const Claim& c : e.claims)
    if (c.kind != Kind::date) return &c;
  return e.claims.empty() ? nullptr : &e.claims[0];
}

std::vector<cli::Extracted> seeds() {
  const ingest::Manifest manifest = ingest::Manifest::load(test::source_path("corpus/seeds/manifest.tsv"));
  std::vector<cli::Extracted> out;
  for (const auto& [file, entry] : manifest.entries()) {
    const std::string path = test::source_path("corpus/seeds/" + file);
    std::vector<std::string> problems;
    auto docs = ingest::read_documents(path, ingest::read_file(path), &manifest, {}, problems);
    for (auto& d : docs) out.push_back(cli::extract_document(std::move(d)));
  }
  return out;
}

struct KeyPair {
  const char* a;
  const char* b;
};

// Extracts both sentences and compares the subject keys of their first claims.
template <std::size_t N>
void check_keys(const KeyPair (&pairs)[N], bool same) {
  for (const KeyPair& p : pairs) {
    const std::string a = p.a, b = p.b;
    CAPTURE(a);
    CAPTURE(b);
    const auto ea = extract_text(a), eb = extract_text(b);
    const Claim* ca = first_claim(ea);
    const Claim* cb = first_claim(eb);
    REQUIRE(ca != nullptr);
    REQUIRE(cb != nullptr);
    if (same) CHECK(ca->subject_key == cb->subject_key);
    else CHECK(ca->subject_key != cb->subject_key);
  }
  CHECK(N >= 30);
}

struct SingleClaim {
  const char* text;
  Kind kind;
  double value;
};

// Each text has exactly one claim, of this kind and value.
template <std::size_t N>
void check_single_claims(const SingleClaim (&cases)[N]) {
  for (const SingleClaim& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto e = extract_text(text);
    REQUIRE(e.claims.size() == 1);
    CHECK(e.claims[0].kind == c.kind);
    CHECK(e.claims[0].lo == doctest::Approx(c.value));
  }
}

}  // namespace

TEST_CASE("claims: every expected claim of the seeds is found with its kind and value") {
  const auto docs = seeds();
  const auto gold = test::tsv_rows(test::read(test::source_path("tests/data/seeds/expected_values.tsv")));
  std::map<std::string, std::vector<bool>> used;
  int found = 0, total = 0;
  for (std::size_t i = 1; i < gold.size(); ++i) {
    if (gold[i].size() < 3) continue;
    const std::string& file = gold[i][0];
    const std::string& kind = gold[i][1];
    const std::string& value = gold[i][2];
    ++total;
    bool hit = false;
    for (const auto& e : docs) {
      if (e.doc.name.rfind(file, 0) != 0) continue;
      auto& u = used[e.doc.name];
      u.resize(e.claims.size());
      for (std::size_t k = 0; k < e.claims.size() && !hit; ++k) {
        const Claim& c = e.claims[k];
        if (u[k]) continue;
        const std::string v = format_value(c);
        bool ok = false;
        if (kind == "vague") ok = c.kind == Kind::vague;
        else if (kind == "exchange") ok = c.kind == Kind::count && (c.role == Role::side_a || c.role == Role::side_b) && v == value;
        else if (kind == "breakdown") ok = c.kind == Kind::count && c.role == Role::part && v == value;
        else ok = to_string(c.kind) == kind && v.rfind(value, 0) == 0;
        if (ok) u[k] = hit = true;
      }
    }
    CAPTURE(file);
    CAPTURE(kind);
    CAPTURE(value);
    CHECK(hit);
    found += hit;
  }
  MESSAGE("seed recall " << found << "/" << total);
}

TEST_CASE("claims: the seeds' identifiers, page stamps and dates are never counts") {
  for (const auto& e : seeds()) {
    for (const Claim& c : e.claims) {
      CAPTURE(e.doc.name);
      CAPTURE(c.excerpt);
      if (c.kind == Kind::count) {
        CHECK(c.lo != 2254);                       // resolution 2254
        CHECK_FALSE((c.lo >= 1900 && c.lo <= 2100));  // years
        CHECK(c.excerpt.find("2024") == std::string::npos);  // the page's update stamp
      }
      if (c.kind == Kind::date) CHECK(to_iso(c.date_value) != "2024-11-14");  // the stamp is no claim
    }
  }
}

TEST_CASE("claims: breakdown and exchange of seed 002 are linked") {
  for (const auto& e : seeds()) {
    if (e.doc.name.rfind("002", 0) != 0) continue;
    const Claim* total = nullptr;
    std::vector<const Claim*> parts, sides;
    for (const Claim& c : e.claims) {
      if (c.role == Role::total) total = &c;
      if (c.role == Role::part) parts.push_back(&c);
      if (c.role == Role::side_a || c.role == Role::side_b) sides.push_back(&c);
    }
    REQUIRE(total != nullptr);
    CHECK(total->lo == 41);
    CHECK(total->counted == "violations");
    REQUIRE(parts.size() == 4);
    double sum = 0;
    std::vector<std::string> places;
    for (const Claim* p : parts) {
      CHECK(p->group == total->group);
      CHECK(p->counted == "shelling");
      sum += p->lo;
      places.push_back(p->location);
    }
    CHECK(sum == 41);
    CHECK(places == std::vector<std::string>{"إدلب", "اللاذقية", "حلب", "حماة"});
    REQUIRE(sides.size() == 2);
    CHECK(sides[0]->group == sides[1]->group);
    CHECK(sides[0]->counted == "soldiers");
    CHECK(sides[1]->counted == "fighters");
  }
}

TEST_CASE("claims: who said it") {
  struct Case {
    const char* text;
    const char* said_by;
  } cases[] = {
      {"وقال لافرنتييف: يوجد في محافظة إدلب نحو 15 ألف إرهابي.", "لافرنتييف"},
      {"وقال نائب رئيس المركز الروسي للمصالحة اللواء البحري فاديم كوليت في بيان له، إن المسلحين نفذوا 15 عملية قصف.",
       "فاديم كوليت"},
      {"أعلن المركز الروسي للمصالحة في سورية عن رصده 41 انتهاكا.", "المركز الروسي للمصالحة"},
      {"قتل 5 جنود في حلب.", "test"},  // no speaker: the outlet
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto e = extract_text(text);
    const Claim* claim = first_claim(e);
    REQUIRE(claim != nullptr);
    CHECK(claim->said_by == c.said_by);
  }
}

TEST_CASE("claims: when a claim holds") {
  const auto e = extract_text("استضافت أستانا 5 اجتماعات هذا العام كان آخرها في الرابع والخامس من تموز الماضي.", "2017-09-14");
  const Claim* count = nullptr;
  for (const Claim& c : e.claims)
    if (c.kind == Kind::count) count = &c;
  REQUIRE(count != nullptr);
  CHECK(to_iso(count->time) == "2017");  // هذا العام is nearer than the date of the last meeting
  const auto f = extract_text("قتل 3 جنود أمس في حلب.", "2021-07-02");
  CHECK(to_iso(first_claim(f)->time) == "2021-07-01");
  const auto g = extract_text("قتل 3 جنود في حلب.", "2021-07");
  CHECK(to_iso(first_claim(g)->time) == "2021-07");  // the publication, to its precision
}

TEST_CASE("claims: duals are counts of two") {
  for (const char* text : {"قتل جنديين في حلب.", "إصابة شخصين في حادث.", "بينهم امرأتين.", "نتج عنه حالتا وفاة."}) {
    const std::string t = text;
    CAPTURE(t);
    const auto e = extract_text(t);
    REQUIRE(e.claims.size() == 1);
    CHECK(e.claims[0].kind == Kind::count);
    CHECK(e.claims[0].lo == 2);
  }
  // A listed plural is not a dual, nor a word that only ends as a joined dual does (وقتا، كلتا).
  const auto p = extract_text("هاجم المسلحين القرية.");
  CHECK(p.claims.empty());
  CHECK(extract_text("قضى وقتا طويلا في كلتا المدينتين.").claims.empty());
  // "اثنين من المسعفين": the noun after من.
  const auto m = extract_text("إصابة اثنين من المسعفين.");
  REQUIRE(m.claims.size() == 1);
  CHECK(m.claims[0].counted == "paramedics");
}

TEST_CASE("claims: paraphrases of one claim get the same subject key") {
  const KeyPair pairs[] = {
      {"يوجد في محافظة إدلب نحو 15 ألف إرهابي من تنظيم جبهة النصرة", "حوالي خمسة عشر ألف مقاتل من النصرة في ادلب"},
      {"قتل 12 جنديا في حلب", "قتل ١٢ جنديا في حلب"},
      {"أصيب 30 مدنيا في إدلب", "اصيب 30 مدنيا في ادلب"},
      {"رصد المركز 15 انتهاكا في حماة", "رصد المركز ١٥ انتهاكا في محافظة حماة"},
      {"مقتل 20 مسلحا من داعش في دير الزور", "مقتل 20 عنصرا من تنظيم الدولة في دير الزور"},
      {"نزوح 5000 شخص من إدلب", "نزح خمسة آلاف مواطن من ادلب"},
      {"أطلق سراح 5 جنود من الجيش السوري", "الإفراج عن خمسة عسكريين من الجيش العربي السوري"},
      {"رصد 41 انتهاكا في منطقة وقف التصعيد في إدلب", "سجل 41 خرقا في إدلب"},
      {"استشهد 3 أطفال في غزة", "استشهاد ثلاثة أطفال في قطاع غزة"},
      {"وصل 200 لاجئ إلى لبنان", "وصول مئتي لاجئ الى لبنان"},
      {"تدمير 7 دبابات للجيش التركي", "دمرت سبع آليات للقوات التركية"},
      {"شن الطيران 10 غارات على إدلب", "شن الطيران عشر غارات على ادلب"},
      {"إصابة 4 أشخاص في حمص", "اصابة اربعة اشخاص في حمص"},
      {"اعتقال 25 شخصا في دمشق", "اعتقل خمسة وعشرين شخصا بدمشق"},
      {"سقوط 6 قذائف على حلب", "سقطت ست قذائف على مدينة حلب"},
      {"نحو 3 آلاف نازح في عفرين", "قرابة ثلاثة آلاف نازح في عفرين"},
      {"سقط 2000 جريح في غزة", "سقط ألفي جريح في غزة"},
      {"سقط 11 قتيلا في الموصل", "سقط أحد عشر قتيلا في الموصل"},
      {"مقتل 150 ألف شخص في سورية", "مقتل مئة وخمسين ألف شخص في سوريا"},
      {"سقط 1,500 قتيل في السودان", "سقط 1500 قتيل في السودان"},
      {"وصل 2.5 مليون لاجئ إلى تركيا", "وصل 2٫5 مليون لاجئ الى تركيا"},
      {"هدم 40 منزلا في القدس", "هدم أربعين منزلاً في القدس"},
      {"مقتل 8 جنود من الجيش الإسرائيلي", "مقتل ثمانية جنود من الجيش الاسرائيلي"},
      {"أطلق 30 صاروخا من غزة", "أطلقت ثلاثون صاروخا من قطاع غزة"},
      {"نحو 10 آلاف مسلح من جبهة النصرة في إدلب", "زهاء عشرة آلاف مسلح من هيئة تحرير الشام في ادلب"},
      {"اختطاف 12 مدنيا في درعا", "خطف اثني عشر مدنيا في درعا"},
      {"قتل ١٥ مسلحا من داعش في الرقة", "قتل 15 إرهابيا من تنظيم داعش في الرقة"},
      {"نقل 300 جريح إلى بيروت", "نقل ثلاثمائة جريح الى بيروت"},
      {"دخلت 50 شاحنة إلى غزة", "دخول خمسين شاحنة الى غزة"},
      {"سجلت 700 إصابة في مصر", "سجلت سبعمائة إصابة في مصر"},
      {"الجولة السابعة من محادثات أستانا", "اجتماع أستانا 7"},
      {"قرار مجلس الأمن 2254", "القرار 2254"},
  };
  check_keys(pairs, true);
}

TEST_CASE("claims: different claims get different subject keys") {
  const KeyPair pairs[] = {
      {"نحو 15 ألف إرهابي في إدلب", "رصد 41 انتهاكا في إدلب"},
      {"قتل 5 جنود في حلب", "قتل 5 جنود في حماة"},
      {"مقتل 20 مسلحا من داعش في الرقة", "مقتل 20 مسلحا من جبهة النصرة في الرقة"},
      {"عشرات المسلحين في إدلب", "50 مسلحا في إدلب"},
      {"قرار مجلس الأمن 2254", "وصل 2254 شخصا"},
      {"الجولة السابعة من محادثات أستانا", "وهذه العملية الخامسة من نوعها"},
      {"اجتماع أستانا 7", "اجتماع جنيف 7"},
      {"بلغت نسبة البطالة 15%", "عاد 15 شخصا"},
      {"منحة بقيمة 500 مليون دولار", "منحة بقيمة 500 مليون جنيه"},
      {"استمر الاجتماع لمدة يومين", "استمر الاجتماع 48 ساعة"},
      {"سقط 30 قتيلا في غزة", "سقط 30 جريحا في غزة"},
      {"قتل 9 جنود في درعا", "قتل 9 مدنيين في درعا"},
      {"أصيب 4 أطفال في حمص", "أصيبت 4 نساء في حمص"},
      {"دمر 12 منزلا في رفح", "دمر 12 مبنى في رفح"},
      {"وصل 300 لاجئ إلى لبنان", "وصل 300 لاجئ إلى تركيا"},
      {"شنت 10 غارات على إدلب", "أطلقت 10 صواريخ على إدلب"},
      {"الجولة المقبلة في كانون الأول القادم", "عقد 5 اجتماعات"},
      {"أفرج عن 7 معتقلين في دمشق", "قتل 7 جنود في دمشق"},
      {"دمرت 3 دبابات في حلب", "أسقطت 3 طائرات في حلب"},
      {"اعتقال 6 أشخاص في دمشق", "اعتقال 6 أشخاص في ريف دمشق"},
      {"مقتل 11 مقاتلا من قسد", "مقتل 11 مقاتلا من الجيش السوري"},
      {"حصل الحزب على 40 مقعدا", "حصل الحزب على 40 صوتا"},
      {"بقيمة 100 ريال", "بقيمة 100 دولار"},
      {"بنسبة 20%", "بقيمة 20 دولارا"},
      {"تسجيل 800 حالة في مصر", "تسجيل 800 حالة في السعودية"},
      {"مقتل 14 شخصا في الموصل", "مقتل 14 شخصا في بغداد"},
      {"سقط 25 جريحا في جنين", "سقط 25 قتيلا في جنين"},
      {"على بعد 30 كيلومترا", "على بعد 30 مترا"},
      {"نقل 5 أطنان من القمح", "نقل 5 براميل من النفط"},
      {"دخل الجيش 4 قرى", "دخل الجيش 4 بلدات"},
      {"الجولة السادسة من محادثات أستانا", "الجولة السادسة من محادثات جنيف"},
  };
  check_keys(pairs, false);
}

TEST_CASE("claims: one dot before three digits groups thousands in a count, not in a percentage") {
  const SingleClaim cases[] = {
      {"ارتفعت الحصيلة إلى 34.097 شهيدا.", Kind::count, 34097},
      {"والإصابات إلى 76.980.", Kind::count, 76980},
      {"بلغ التضخم 2.950 في المئة.", Kind::percent, 2.95},
      {"بلغ المؤشر 0.3 نقطة.", Kind::count, 0.3},
  };
  check_single_claims(cases);
}

TEST_CASE("claims: a duration in two units is one duration in the smaller") {
  const auto e = extract_text("قضت المحكمة بالسجن أربع سنوات وستة أشهر، والحبس 3 سنوات و4 أشهر لمتهم آخر.");
  std::vector<double> months;
  for (const Claim& c : e.claims)
    if (c.kind == Kind::duration) {
      CHECK(c.counted == "month");
      months.push_back(c.lo);
    }
  CHECK(months == std::vector<double>{54, 40});
}

TEST_CASE("claims: Jordanian decimals, article numbers with their preposition") {
  const auto e = extract_text("ارتفع التضخم بنسبة 21ر1 بالمئة ليبلغ 29ر102 نقطة، وفقا للمادة 83 من القانون.");
  REQUIRE(e.claims.size() == 3);
  CHECK(e.claims[0].kind == Kind::percent);
  CHECK(e.claims[0].lo == doctest::Approx(1.21));
  CHECK(e.claims[1].kind == Kind::count);
  CHECK(e.claims[1].lo == doctest::Approx(102.29));
  CHECK(e.claims[2].kind == Kind::reference);
  CHECK(e.claims[2].lo == 83);
}

TEST_CASE("claims: digit groups joined by و after a multiplier are one number") {
  const SingleClaim cases[] = {
      {"أدلى 17 مليون و383 ألفًا و117 ناخبًا بأصواتهم.", Kind::count, 17383117},
      {"بلغ عدد الإصابات 1 مليون و269 ألف و 657 حالة.", Kind::count, 1269657},
      {"بلغت الموازنة ٣ تريليونات و٨٧٠ مليار جنيه.", Kind::money, 3870000000000},
  };
  check_single_claims(cases);
  // Without a multiplier, "1500 و200" are two numbers.
  CHECK(extract_text("سقط 1500 قتيل و200 جريح.").claims.size() == 2);
}

TEST_CASE("claims: a range named in words may go downwards") {
  const auto e = extract_text("تنخفض درجات الحرارة من 24 الى 12 درجة مئوية.");
  REQUIRE(e.claims.size() == 1);
  CHECK(e.claims[0].lo == 12);
  CHECK(e.claims[0].hi == 24);
  CHECK(e.claims[0].qualifier == Qualifier::range);
  CHECK(e.claims[0].counted == "degrees");
}

TEST_CASE("claims: a match result is a count of goals for each side") {
  auto goals_of = [](const std::string& text) {
    std::vector<double> v;
    for (const Claim& c : extract_text(text).claims)
      if (c.kind == Kind::count && c.counted == "goals") v.push_back(c.lo);
    std::sort(v.begin(), v.end());
    return v;
  };
  // A score after نتيجة is two counts, not the range 0..2.
  CHECK(goals_of("خسر الفريق أمام ضيفه بنتيجة 0 – 2 في الدوري.") == std::vector<double>{0, 2});
  CHECK(goals_of("فاز الوحدة بثلاثة أهداف دون رد.") == std::vector<double>{0, 3});
  CHECK(goals_of("فاز الجيش على الشرطة بهدفين لهدف.") == std::vector<double>{1, 2});
  CHECK(goals_of("فاز بهدفين مقابل هدف للكرامة.") == std::vector<double>{1, 2});
  CHECK(goals_of("وتعادل الوحدة مع المحافظة سلبا.") == std::vector<double>{0, 0});
  // Without a count of goals before them, these words are not a score.
  CHECK(goals_of("أفرج عنهم دون مقابل.").empty());
  CHECK(goals_of("ارتفع عدد الإصابات بين 10 - 15 حالة، وكانت النتيجة سيئة.").empty());
}

// Numbers are written with std::to_chars, not snprintf (a report writes hundreds of thousands): the
// digits are printf's, ties and long values included.
TEST_CASE("claims: a number written to N decimals is printf's \"%.*f\"") {
  std::uint64_t x = 88172645463325252ull;  // xorshift: many values, the same each run
  auto next = [&] {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    return x;
  };
  std::vector<double> values = {0.0, -0.0, 0.05, 0.15, 0.25, 2.5, 27.75, 84.305, 1e15 + 0.5, 1.919e12, 39702457, -12.345, 1e300};
  for (int k = 0; k < 20000; ++k) {
    const double v = static_cast<double>(next() % 2000000000) / 1000.0 - 1000000.0;
    values.push_back(v);
    values.push_back(std::round(v * 100) / 100 + 0.005);  // a tie at the third decimal, as written
  }
  std::size_t differ = 0;
  std::string first;
  for (const double v : values)
    for (const int decimals : {0, 1, 2, 3, 6}) {
      char buf[512];
      std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
      if (const std::string ours = mizan::format_fixed(v, decimals); ours != buf && differ++ == 0) first = ours + " vs " + buf;
    }
  INFO("first difference: " << first);
  CHECK(differ == 0);
  CHECK(mizan::format_fixed(0.125, 2) == "0.12");  // a tie goes to the even digit, as printf's
  CHECK(mizan::format_number(1.919e12) == "1919000000000");
}
