// The quantity grammar, form by form, through extract::numbers_in (what `mizan numbers` prints):
// each row is a sentence as news writes it, the text the grammar must match and the kind and value.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/extract.hpp"
#include "model/date.hpp"

namespace {

using mizan::extract::NumberHit;

struct Case {
  const char* sentence;
  const char* matched;  // the original text of the hit
  const char* kind;
  const char* value;
};

const mizan::DateRange kPublished = *mizan::parse_iso("2024-11-20");

std::string hits_of(const std::vector<NumberHit>& hits, std::string_view text) {
  std::string s;
  for (const NumberHit& h : hits)
    s += std::string(s.empty() ? "" : " | ") + h.kind + " [" + std::string(text.substr(h.span.begin, h.span.size())) + "] " + h.value;
  return s;
}

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string sentence = c.sentence;
    CAPTURE(sentence);
    const auto hits = mizan::extract::numbers_in(sentence, kPublished);
    const std::string found = hits_of(hits, sentence);
    CAPTURE(found);
    bool ok = false;
    for (const NumberHit& h : hits)
      ok |= h.kind == c.kind && sentence.substr(h.span.begin, h.span.size()) == c.matched && h.value == c.value;
    const std::string expected = std::string(c.kind) + " [" + c.matched + "] " + c.value;
    CAPTURE(expected);
    CHECK(ok);
  }
}

// No hit of `kind` anywhere in the sentence.
void check_none(const std::vector<const char*>& sentences, const std::string& kind) {
  for (const char* s : sentences) {
    const std::string sentence = s;
    CAPTURE(sentence);
    const auto hits = mizan::extract::numbers_in(sentence, kPublished);
    const std::string found = hits_of(hits, sentence);
    CAPTURE(found);
    for (const NumberHit& h : hits) CHECK(h.kind != kind);
  }
}

}  // namespace

TEST_CASE("grammar: digits of both scripts, separators and decimals") {
  check_cases({
      {"قتل 15000 شخص في الغارة", "15000", "number", "15000"},
      {"قتل ١٥٠٠٠ شخص في الغارة", "١٥٠٠٠", "number", "15000"},
      {"قتل ۱۵۰۰۰ شخص في الغارة", "۱۵۰۰۰", "number", "15000"},
      {"بلغ العدد 15,000 شخص", "15,000", "number", "15000"},
      {"بلغ العدد ١٥٬٠٠٠ شخص", "١٥٬٠٠٠", "number", "15000"},
      {"بلغ العدد 1.500.000 شخص", "1.500.000", "number", "1500000"},
      {"بلغ العدد 15 000 شخص", "15 000", "number", "15000"},
      {"نزح 1،5 مليون شخص", "1،5 مليون", "number", "1500000"},
      {"نزح ١٫٥ مليون شخص", "١٫٥ مليون", "number", "1500000"},
      {"بلغ معدل النمو 2.5 هذا الربع", "2.5", "number", "2.5"},
      {"انخفضت الحرارة إلى -3 درجات", "-3", "number", "-3"},
      {"بلغت الحرارة سالب خمسة", "سالب خمسة", "number", "-5"},
      {"بلغت النسبة واحد فاصل خمسة", "واحد فاصل خمسة", "number", "1.5"},
  });
}

TEST_CASE("grammar: clitics on digits and words") {
  check_cases({
      {"قتل 3 جنود و16 مدنيا", "و16", "number", "16"},
      {"قصفت المدينة بـ15 صاروخا", "بـ15", "number", "15"},
      {"حكم عليه ل5 سنوات", "ل5 سنوات", "duration", "5 year"},
      {"عاد ك15 لاجئا", "ك15", "number", "15"},
      {"قتل جندي وخمسة مدنيين", "وخمسة", "number", "5"},
      {"أفرج عن الأسرى بخمسة شروط", "بخمسة", "number", "5"},
  });
  // ك before a word is not a clitic of a number: كمية is not ك + مية (100).
  check_none({"وصلت كمية من المساعدات", "كميات كبيرة من القمح"}, "number");
}

TEST_CASE("grammar: masculine and feminine, nominative and oblique") {
  check_cases({
      {"قتل خمسة جنود", "خمسة", "number", "5"},
      {"قتلت خمس نساء", "خمس", "number", "5"},
      {"أصيب اثنان من الجنود", "اثنان", "number", "2"},
      {"أصيب اثنين من الجنود", "اثنين", "number", "2"},
      {"أصيبت اثنتان من النساء", "اثنتان", "number", "2"},
      {"قتل عشرون شخصا", "عشرون", "number", "20"},
      {"قتل عشرين شخصا", "عشرين", "number", "20"},
      {"عبر خمسة عشر جنديا", "خمسة عشر", "number", "15"},
      {"عبرت خمس عشرة سيارة", "خمس عشرة", "number", "15"},
      {"قتل أحد عشر جنديا", "أحد عشر", "number", "11"},
      {"قتلت إحدى عشرة امرأة", "إحدى عشرة", "number", "11"},
      {"قتل اثنا عشر جنديا", "اثنا عشر", "number", "12"},
  });
}

TEST_CASE("grammar: duals of thousands and millions") {
  check_cases({
      {"شارك ألفان في المسيرة", "ألفان", "number", "2000"},
      {"شارك ألفين في المسيرة", "ألفين", "number", "2000"},
      {"نزح مليونان من السكان", "مليونان", "number", "2000000"},
      {"أنفقت مليونين على الإعمار", "مليونين", "number", "2000000"},
      {"خصص ملياران للإعمار", "ملياران", "number", "2000000000"},
      {"استمر القصف يومين", "يومين", "duration", "2 day"},
      {"انتظروا ساعتين", "ساعتين", "duration", "2 hour"},
      // A dual in construct counts its noun; before و and a number it is the accusative of one
      // (Jordan's 2024 turnout: "مليونا و622 ألفا و514 ناخبا", 1,622,514 voters).
      {"وزعت ألفا وحدة سكنية", "ألفا", "number", "2000"},
      {"بلغ عدد المقترعين مليونا و622 ألفا و514 ناخبا", "مليونا و622 ألفا و514", "number", "1622514"},
      {"بلغ عدد النازحين مليونا وخمسمائة ألف", "مليونا وخمسمائة ألف", "number", "1500000"},
  });
}

TEST_CASE("grammar: hundreds in both spellings") {
  check_cases({
      {"قتل ثلاثمائة شخص", "ثلاثمائة", "number", "300"},
      {"قتل ثلاثمئة شخص", "ثلاثمئة", "number", "300"},
      {"قتل ثلاث مئة شخص", "ثلاث مئة", "number", "300"},
      {"قتل ثلاثة مائة شخص", "ثلاثة مائة", "number", "300"},
      {"قتل مئتان", "مئتان", "number", "200"},
      {"قتل مئتين", "مئتين", "number", "200"},
      {"قتل مائتي شخص", "مائتي", "number", "200"},
      {"أصيب خمسمائة وعشرون", "خمسمائة وعشرون", "number", "520"},
  });
}

TEST_CASE("grammar: compounds and multipliers") {
  check_cases({
      {"قتل واحد وأربعون مسلحا", "واحد وأربعون", "number", "41"},
      {"شارك مئة وخمسون ألفا", "مئة وخمسون ألفا", "number", "150000"},
      {"نحو 15 ألف إرهابي", "نحو 15 ألف", "number", "~15000"},
      {"نزح 2 مليون شخص", "2 مليون", "number", "2000000"},
      {"نزح 2,5 مليون شخص", "2,5 مليون", "number", "2500000"},
      {"عاد ثلاثة آلاف لاجئ", "ثلاثة آلاف", "number", "3000"},
      {"عاد خمسة ملايين لاجئ", "خمسة ملايين", "number", "5000000"},
      {"بلغت الكلفة ألف وخمسمائة", "ألف وخمسمائة", "number", "1500"},
      {"وقع ثلاثة آلاف وأربعمائة وواحد وثلاثون", "ثلاثة آلاف وأربعمائة وواحد وثلاثون", "number", "3431"},
      // Words, then digits (tests/data/stories: hajj-heat-2024_08, election-tunisia-2024_05).
      {"توفي ألف و301 حاج", "ألف و301", "number", "1301"},
      {"صوت مليونين و704 آلاف و155 ناخبًا", "مليونين و704 آلاف و155", "number", "2704155"},
      // Thousands and more, then a larger scale: the scale multiplies the whole (budget-saudi-2026_01).
      {"تُقدّر الإيرادات ألف ومائة وسبعة وأربعين مليارًا وأربعمائة مليون ريال", "ألف ومائة وسبعة وأربعين مليارًا وأربعمائة مليون ريال",
       "money", "1147400000000 SAR"},
      {"بلغت ألف وخمسمائة مليون دولار", "ألف وخمسمائة مليون دولار", "money", "1500000000 USD"},
      {"بين ألف وخمسة آلاف", "بين ألف وخمسة آلاف", "number", "1000..5000"},
      // Groups joined by a space alone, each below the last scale (election-egypt-2023_06, _02).
      {"بإجمالي 39 مليون 702 الف 457 صوتا", "39 مليون 702 الف 457", "number", "39702457"},
      {"حصل على 39 مليونا 702 ألفا و451 صوتا", "39 مليونا 702 ألفا و451", "number", "39702451"},
      // A fraction of the last scale after و, the scale said again or not (syrianpc.com on the
      // Turkey-Syria earthquake: "أكثر من مليون وربع المليون شخص بلا مأوى").
      {"أصبح أكثر من مليون وربع المليون شخص بلا مأوى", "أكثر من مليون وربع المليون", "number", ">=1250000"},
      {"نزح مليون ونصف المليون شخص", "مليون ونصف المليون", "number", "1500000"},
      {"نحو ثلاثة ملايين ونصف المليون", "نحو ثلاثة ملايين ونصف المليون", "number", "~3500000"},
      {"نزح 3 ملايين ونصف", "3 ملايين ونصف", "number", "3500000"},
      {"حضر ألف ونصف", "ألف ونصف", "number", "1500"},
      // The article on the units before a plural scale (quake-turkey-syria-2023_06).
      {"تجاوز عدد القتلى الثلاثة الاف", "الثلاثة الاف", "number", "3000"},
      {"وارتفع عدد المصابين الى الخمسة الاف وستمئة", "الخمسة الاف وستمئة", "number", "5600"},
  });
  // Alone, a unit with the article is no number ("the five states").
  check_none({"اجتمعت الدول الخمسة في جنيف", "قال الخمسة إنهم"}, "number");
  // Below a thousand, a fraction after و is not added: "خمسة ونصف" is five, then a half.
  check_cases({{"انتظروا خمسة ونصف", "خمسة", "number", "5"}});
}

TEST_CASE("grammar: a space joins no group that is not below the last scale") {
  // "5 آلاف 3000": a thousands group after thousands; "تريليون 2025": a year of four digits.
  check_cases({
      {"بلغت 5 آلاف 3000 حالة", "5 آلاف", "number", "5000"},
      {"بلغت 5 آلاف 3000 حالة", "3000", "number", "3000"},
      {"بلغت 1.172 تريليون 2025", "1.172 تريليون", "number", "1172000000000"},
  });
}

TEST_CASE("grammar: vague quantities are documented intervals") {
  check_cases({
      {"سقط عشرات القتلى", "عشرات", "vague", "20..99"},
      {"أصيب مئات المدنيين", "مئات", "vague", "200..999"},
      {"نزح عشرات الآلاف", "عشرات الآلاف", "vague", "20000..99999"},
      {"فر الآلاف من اللاجئين", "الآلاف", "vague", "2000..9999"},
      {"عاد بضعة جنود", "بضعة", "vague", "3..9"},
      {"تكرر القصف عدة مرات", "عدة", "vague", "3..10"},
  });
}

TEST_CASE("grammar: hedges and bounds") {
  check_cases({
      {"قتل نحو 200 شخص", "نحو 200", "number", "~200"},
      {"قتل حوالي 200 شخص", "حوالي 200", "number", "~200"},
      {"قتل قرابة 30 شخصا", "قرابة 30", "number", "~30"},
      {"قتل زهاء 40 شخصا", "زهاء 40", "number", "~40"},
      {"قتل ما يقارب 50 شخصا", "ما يقارب 50", "number", "~50"},
      {"قتل 60 تقريبا", "60 تقريبا", "number", "~60"},
      {"قتل أكثر من 100 شخص", "أكثر من 100", "number", ">=100"},
      {"قتل ما لا يقل عن 20 شخصا", "ما لا يقل عن 20", "number", ">=20"},
      {"قتل أزيد من 30 شخصا", "أزيد من 30", "number", ">=30"},
      {"قتل ما يزيد عن 40 شخصا", "ما يزيد عن 40", "number", ">=40"},
      {"قتل 200 أو أكثر", "200 أو أكثر", "number", ">=200"},
      {"قتل أقل من 10 أشخاص", "أقل من 10", "number", "<=10"},
      {"قتل ما لا يزيد عن 5 أشخاص", "ما لا يزيد عن 5", "number", "<=5"},
      {"عدد لا يتجاوز 7 أشخاص", "لا يتجاوز 7", "number", "<=7"},
      // A count that went past a figure (flood-derna-2023_02, election-egypt-2023_08), also with the
      // article standing alone before the digits.
      {"ليبيا تجاوز 5200 شخص", "تجاوز 5200", "number", ">=5200"},
      {"ارتفع العدد ليتجاوز 5000 قتيل", "ليتجاوز 5000", "number", ">=5000"},
      {"بنسبة تتجاوز الـ 89%", "تتجاوز الـ 89%", "percent", ">=89"},
      {"أكثر من الـ 100 شخص", "أكثر من الـ 100", "number", ">=100"},
      // blast-beirut-2020_06: the governor's range, "and perhaps more" after its currency.
      {"إن حجم الأضرار يتراوح بين 3 و5 مليارات دولار وربما أكثر، موضحاً", "بين 3 و5 مليارات دولار وربما أكثر", "money",
       ">=3000000000..5000000000 USD"},
      {"قتل 200 أو ربما أكثر", "200 أو ربما أكثر", "number", ">=200"},
      // What went past the figure between the verb and it (adwaalwatan.com on the World Bank's
      // Turkey estimate: "تسببت بخسائر تتجاوز قيمتها 34 مليار دولار").
      {"تسببت بخسائر تتجاوز قيمتها 34 مليار دولار.", "تتجاوز قيمتها 34 مليار دولار", "money", ">=34000000000 USD"},
      {"نازحون يتجاوز عددهم 300 ألف", "يتجاوز عددهم 300 ألف", "number", ">=300000"},
      {"معتقلون لا يتجاوز عددهم 5", "لا يتجاوز عددهم 5", "number", "<=5"},
  });
}

TEST_CASE("grammar: ranges") {
  check_cases({
      {"قتل بين 10 و15 شخصا", "بين 10 و15", "number", "10..15"},
      {"قتل من 10 إلى 15 شخصا", "من 10 إلى 15", "number", "10..15"},
      {"قتل 10-15 شخصا", "10-15", "number", "10..15"},
      {"قتل بين عشرة و خمسة عشر", "بين عشرة و خمسة عشر", "number", "10..15"},
      {"قتل 20 إلى 100 شخص", "20 إلى 100", "number", "20..100"},
      // A scale word after the second end is the first's too (blast-beirut-2020_06: "التقديرات الأولية
      // للخسائر المادية ... تتراوح بين 3 وخمسة مليارات"), in words or digits, by any range word.
      {"تتراوح بين 3 وخمسة مليارات.", "بين 3 وخمسة مليارات", "number", "3000000000..5000000000"},
      {"نزح ما بين 500 و600 ألف شخص", "ما بين 500 و600 ألف", "number", "500000..600000"},
      {"من 10 إلى 15 ألفا", "من 10 إلى 15 ألفا", "number", "10000..15000"},
      {"نزح 3-5 آلاف شخص", "3-5 آلاف", "number", "3000..5000"},
      // Not when the second end's scale is written in digits, nor when the first end is not below
      // what the scale multiplies.
      {"قتل بين 3 و5000 شخص", "بين 3 و5000", "number", "3..5000"},
      {"ارتفع من 700 إلى 5 آلاف", "من 700 إلى 5 آلاف", "number", "700..5000"},
  });
}

TEST_CASE("grammar: ordinals masculine and feminine, and after an event name") {
  check_cases({
      {"في الجولة الخامسة من المفاوضات", "الخامسة", "ordinal", "5"},
      {"في الاجتماع الخامس", "الخامس", "ordinal", "5"},
      {"الجولة الحادية عشرة من محادثات أستانا", "الحادية عشرة", "ordinal", "11"},
      {"المؤتمر الحادي عشر", "الحادي عشر", "ordinal", "11"},
      {"الدورة الخامسة والعشرين", "الخامسة والعشرين", "ordinal", "25"},
      {"الذكرى المائة وواحد", "المائة وواحد", "ordinal", "101"},
      {"انطلقت أستانا 7 أمس", "أستانا 7", "ordinal", "7"},
      {"في جنيف 8", "جنيف 8", "ordinal", "8"},
      {"المرحلة الـ11", "الـ11", "ordinal", "11"},
  });
}

TEST_CASE("grammar: dates with month names of every region and Hijri months") {
  check_cases({
      {"وقع الهجوم في 14 تموز 2024", "14 تموز 2024", "date", "2024-07-14"},
      {"وقع الهجوم في 14 يوليو 2024", "14 يوليو 2024", "date", "2024-07-14"},
      {"في 3 شباط", "3 شباط", "date", "2025-02-03"},
      {"في 3 فبراير", "3 فبراير", "date", "2025-02-03"},   // a month far across the new year: the coming one
      {"في 3 آذار", "3 آذار", "date", "2024-03-03"},       // otherwise the publication's year
      {"وقع الهجوم في مارس", "في مارس", "date", "2024-03"},
      {"عقد الاجتماع تشرين الأول", "تشرين الأول", "date", "2024-10"},  // not "the first"
      {"بين 3 و 12 سبتمبر", "بين 3 و 12 سبتمبر", "date", "2024-09-03..2024-09-12"},
      {"في السبعينيات", "السبعينيات", "date", "1970-01-01..1979-12-31"},
      {"اخر يوم بشهر عشرة سنة 2015", "اخر يوم بشهر عشرة سنة 2015", "date", "2015-10-31"},
      {"في كانون الأول 2023", "كانون الأول 2023", "date", "2023-12"},
      {"في ديسمبر 2023", "ديسمبر 2023", "date", "2023-12"},
      {"صام في رمضان 1445", "رمضان 1445", "date", "2024-03-11..2024-04-09"},
      {"في ذو الحجة 1444", "ذو الحجة 1444", "date", "2023-06-19..2023-07-18"},
      {"في 14/11/2024", "14/11/2024", "date", "2024-11-14"},
      {"في 2024-11-14", "2024-11-14", "date", "2024-11-14"},
      {"في 14-09-1432 هـ", "14-09-1432 هـ", "date", "2011-08-14"},
      {"الاثنين 18 تشرين الثاني", "الاثنين 18 تشرين الثاني", "date", "2024-11-18"},
      {"في منتصف آذار 2024", "منتصف آذار 2024", "date", "2024-03-15"},
      {"في أواخر شباط 2024", "أواخر شباط 2024", "date", "2024-02-21..2024-02-29"},
      {"في عيد الفطر 2013", "عيد الفطر 2013", "date", "2013-08-08"},
      {"في رمضان 2019", "رمضان 2019", "date", "2019-05-06..2019-06-03"},
      {"في عيد الفصح 2013", "عيد الفصح 2013", "date", "2013-03-31"},
  });
}

TEST_CASE("grammar: day ranges") {
  check_cases({
      {"تعقد يومي 7-8 من يوليو الجاري", "يومي 7-8 من يوليو الجاري", "date", "2024-07-07..2024-07-08"},
      {"يومي 14 و15 تموز", "يومي 14 و15 تموز", "date", "2024-07-14..2024-07-15"},
      {"في الرابع والخامس من تموز", "الرابع والخامس من تموز", "date", "2024-07-04..2024-07-05"},
      {"من 13 الى 15 تموز", "من 13 الى 15 تموز", "date", "2024-07-13..2024-07-15"},
      {"تموز 13-15", "تموز 13-15", "date", "2024-07-13..2024-07-15"},
  });
}

TEST_CASE("grammar: relative dates resolved against the publication, with their precision") {
  check_cases({
      {"قتل اليوم", "اليوم", "date", "2024-11-20"},
      {"قتل أمس", "أمس", "date", "2024-11-19"},
      {"يصل غدا", "غدا", "date", "2024-11-21"},
      {"قتل أول أمس", "أول أمس", "date", "2024-11-18"},
      {"في الأسبوع الماضي", "الأسبوع الماضي", "date", "2024-11-11..2024-11-17"},
      {"في الشهر الماضي", "الشهر الماضي", "date", "2024-10"},
      {"في يوليو الجاري", "يوليو الجاري", "date", "2024-07"},
      {"في كانون الأول القادم", "كانون الأول القادم", "date", "2024-12"},
      {"في هذا العام", "هذا العام", "date", "2024"},
      {"في العام الماضي", "العام الماضي", "date", "2023"},
      {"يوم الأحد الماضي", "يوم الأحد الماضي", "date", "2024-11-17"},
      {"الخميس القادم", "الخميس القادم", "date", "2024-11-21"},
      {"يونيو العام المقبل", "يونيو العام المقبل", "date", "2025-06"},
      {"الثلاثاء الثالث من أيلول 2024", "الثلاثاء الثالث من أيلول 2024", "date", "2024-09-17"},
      {"آخر اثنين من آذار 2024", "آخر اثنين من آذار 2024", "date", "2024-03-25"},
      {"اليوم الاثنين", "اليوم الاثنين", "date", "2024-11-20"},
      {"خلال 3 أيام القادمة", "3 أيام القادمة", "date", "2024-11-21..2024-11-23"},
      {"في الربع الثالث من عام 2016", "الربع الثالث من عام 2016", "date", "2016-07-01..2016-09-30"},
      {"في العقد القادم", "العقد القادم", "date", "2030-01-01..2039-12-31"},
  });
}

TEST_CASE("grammar: seasons, decades, spans, and counts of days back or ahead of the publication") {
  // Published on Wednesday 2024-11-20.
  check_cases({
      {"في صيف 2016", "صيف 2016", "date", "2016-06-01..2016-08-31"},
      {"خلال الصيف الماضي", "الصيف الماضي", "date", "2024-06-01..2024-08-31"},
      {"الربيع القادم", "الربيع القادم", "date", "2025-03-01..2025-05-31"},
      {"هذا الشتاء", "هذا الشتاء", "date", "2024-12-01..2025-02-28"},
      {"شتاء 2023", "شتاء 2023", "date", "2023-12-01..2024-02-29"},
      {"في الخريف", "الخريف", "date", "2024-09-01..2024-11-30"},
      {"في ربيع عام 2011", "ربيع عام 2011", "date", "2011-03-01..2011-05-31"},
      {"في سبعينيات القرن الماضي", "سبعينيات", "date", "1970-01-01..1979-12-31"},
      {"منذ الثمانينات", "الثمانينات", "date", "1980-01-01..1989-12-31"},
      {"قتل قبل شهرين", "قبل شهرين", "date", "2024-09"},
      {"قتل 4 أشخاص قبل 3 أيام", "قبل 3 أيام", "date", "2024-11-17"},
      {"وصل قبل أسبوعين", "قبل أسبوعين", "date", "2024-11-06"},
      {"قبل عامين", "قبل عامين", "date", "2022"},
      {"قبل 15 يوما", "قبل 15 يوما", "date", "2024-11-05"},
      {"أعلن قبل شهر أن الاتفاق انتهى", "قبل شهر", "date", "2024-10"},
      {"بعد أسبوعين من الآن", "بعد أسبوعين من الآن", "date", "2024-12-04"},
      {"وصل منذ أسبوع", "منذ أسبوع", "date", "2024-11-13"},
      {"منذ يوم الجمعة", "يوم الجمعة", "date", "2024-11-15"},
      {"الحرب المستمرة منذ 8 سنوات", "8 سنوات", "duration", "8 year"},
      {"خلال اليومين الماضيين", "اليومين الماضيين", "date", "2024-11-18..2024-11-19"},
      {"في العقدين الماضيين", "العقدين الماضيين", "date", "2004-01-01..2023-12-31"},
      {"في السنوات الخمس الماضية", "السنوات الخمس الماضية", "date", "2019-01-01..2023-12-31"},
      {"عاد يوم 15", "يوم 15", "date", "2024-11-15"},
      // The 27th is still to come on the 20th: the latest 27th is October's.
      {"عاد يوم 27", "يوم 27", "date", "2024-10-27"},
      {"سأعود في 28-نوفمبر", "28-نوفمبر", "date", "2024-11-28"},
      {"في جمادى الثاني 1446", "جمادى الثاني 1446", "date", "2024-12-02..2024-12-31"},
      // Traps: قبل before a year, a month, a weekday or a definite noun is "before", not "ago";
      // a span counted from an event stays a duration.
      {"قبل عام 2011", "عام 2011", "date", "2011"},
      {"قبل 3 سنوات من الانتخابات", "3 سنوات", "duration", "3 year"},
  });
  check_none({"اندلع الربيع العربي في تونس", "قال ربيع الحسن إن", "وصلوا قبل يوم الانتخابات"}, "date");
  for (const char* s : {"قبل عام 2011", "قبل شهر رمضان", "قبل يوم الجمعة", "قبل 3 سنوات من الانتخابات"}) {
    const std::string sentence = s;
    CAPTURE(sentence);
    for (const NumberHit& h : mizan::extract::numbers_in(sentence, kPublished))
      CHECK(sentence.substr(h.span.begin, 4) != "\xd9\x82\xd8\xa8");  // no match begins with قبل
  }
}

TEST_CASE("grammar: durations, percentages and money") {
  check_cases({
      {"هدنة لمدة يومين", "يومين", "duration", "2 day"},
      {"استمرت ثلاثة أسابيع", "ثلاثة أسابيع", "duration", "3 week"},
      {"خلال 48 ساعة", "48 ساعة", "duration", "48 hour"},
      {"هدنة لمدة أسبوع", "لمدة أسبوع", "duration", "1 week"},
      {"استمر القصف يوما كاملا", "يوما كاملا", "duration", "1 day"},
      {"صام خلال شهر رمضان 1445", "شهر رمضان 1445", "date", "2024-03-11..2024-04-09"},
      {"قتل 3 أشخاص منذ يومين", "منذ يومين", "date", "2024-11-18"},
      {"الحرب المستمرة منذ 10 سنوات", "10 سنوات", "duration", "10 year"},
      {"ارتفعت بنسبة 15%", "15%", "percent", "15"},
      {"ارتفعت بنسبة ١٥٪", "١٥٪", "percent", "15"},
      {"ارتفعت خمسة في المئة", "خمسة في المئة", "percent", "5"},
      {"ارتفعت بالمائة 10", "بالمائة 10", "percent", "10"},
      {"قدم مليون دولار", "مليون دولار", "money", "1000000 USD"},
      {"بسعر 500 ليرة", "500 ليرة", "money", "500 SYP"},
      {"بسعر 10$ فقط", "10$", "money", "10 USD"},
      {"دفع عشرون ألف ريال و اثنتا عشرة هللة", "عشرون ألف ريال و اثنتا عشرة هللة", "money", "20000.12 SAR"},
      {"دفع ألفا ريال", "ألفا ريال", "money", "2000 SAR"},
      {"دفع اثنان ريالان", "اثنان ريالان", "money", "2 SAR"},
  });
  // ألفا alone is the accusative of a thousand, not the dual.
  check_cases({{"قتل خمسة عشر ألفا من الجنود", "خمسة عشر ألفا", "number", "15000"}});
}

TEST_CASE("grammar: identifiers, phone numbers and times of day are never counts") {
  check_cases({
      {"وفق قرار مجلس الأمن 2254", "قرار مجلس الأمن 2254", "reference", "2254"},
      {"بموجب القرار رقم 2118", "القرار رقم 2118", "reference", "2118"},
      // A disease's name (bulletin-morocco-covid_07: "بسبب فيروس كورونا المستجد «كوفيد - 19»، اليوم").
      {"بسبب فيروس كورونا المستجد «كوفيد - 19»، اليوم", "كوفيد - 19", "reference", "19"},
      {"مرض كوفيد-19 في المغرب", "كوفيد-19", "reference", "19"},
      // An aircraft's model (crash-jeju-2024_06: "وهي من طراز بوينج 737-800، الهبوط اضطراريًا").
      {"وهي من طراز بوينج 737-800، الهبوط", "بوينج 737-800", "reference", "737"},
      {"اتصلوا على هاتف 0112345678", "هاتف 0112345678", "reference", "112345678"},
      {"بدأ القصف الساعة 14:30", "الساعة 14:30", "time", "الساعة 14:30"},
  });
  // A month name alone is not a date: مارس is also "he practised".
  check_none({"مارس الجيش ضغطا كبيرا", "قال طارق رمضان"}, "date");
  check_none({"وفق قرار مجلس الأمن 2254", "بدأ القصف الساعة 14:30", "اتصلوا على هاتف 0112345678",
              "العنوان 192.168.1.2", "وهي من طراز بوينج 737-800، الهبوط"},
             "number");
}

TEST_CASE("grammar: a partial parse never yields a wrong value") {
  // ألفان is 2000 or nothing, never 1000; مليارات is not مليار + "ات".
  check_cases({
      {"ألفان", "ألفان", "number", "2000"},
      {"خسر 5 مليارات دولار", "5 مليارات دولار", "money", "5000000000 USD"},
  });
  check_none({"نزح ألفان"}, "vague");
  for (const char* s : {"ألفان", "ألفين", "مليونان"}) {
    const std::string sentence = s;
    CAPTURE(sentence);
    const auto hits = mizan::extract::numbers_in(sentence, kPublished);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].span.size() == sentence.size());
    CHECK(hits[0].value != "1000");
    CHECK(hits[0].value != "1000000");
  }
  // A year that fails its check after a date leaves the date's year alone.
  check_cases({{"في 14 نوفمبر 20241 شخصا", "14 نوفمبر", "date", "2024-11-14"}});
  // Two numbers joined by و are not summed unless the first is thousands or more.
  check_cases({{"اثنان واثنين", "اثنان", "number", "2"}});
}

TEST_CASE("grammar: خمس is five before a noun and a fifth before a definite one") {
  check_cases({
      {"قتلت خمس نساء", "خمس", "number", "5"},
      {"خلال خمس سنوات", "خمس سنوات", "duration", "5 year"},
      {"يعيش خمس السكان في المخيمات", "خمس", "number", "0.2"},
      {"نصف السكان", "نصف", "number", "0.5"},
      {"ثلاثة أرباع المساحة", "ثلاثة أرباع", "number", "0.75"},
  });
}

TEST_CASE("grammar: Egyptian and Levantine spoken numerals") {
  check_cases({
      {"حداشر", "حداشر", "number", "11"},
      {"تلاتة و تلاتين", "تلاتة و تلاتين", "number", "33"},
      {"تلتمية وخمسين", "تلتمية وخمسين", "number", "350"},
      {"اتنين مليون", "اتنين مليون", "number", "2000000"},
  });
}

#include "text/calendar.hpp"
#include "text/gen/icu_months.hpp"

// The month names are read from ICU at build time and compiled in: the table mizan uses is what
// the ICU it runs with gives, name for name and in order (a stale table after an ICU upgrade fails
// here), and it holds the names of each region (يناير، كانون الثاني، جانفي، يوليوز، محرم).
TEST_CASE("grammar: the built-in month names are ICU's") {
  const std::vector<mizan::MonthName>& built = mizan::icu_month_names();
  const std::vector<mizan::MonthName> read = mizan::gen::read_icu_month_names();
  REQUIRE(built.size() == read.size());
  for (std::size_t k = 0; k < read.size(); ++k) {
    CAPTURE(read[k].name);
    CHECK(built[k].name == read[k].name);
    CHECK(built[k].month == read[k].month);
    CHECK(built[k].islamic == read[k].islamic);
  }
  auto has = [&](const char* name, int month, bool islamic) {
    return std::any_of(built.begin(), built.end(), [&](const mizan::MonthName& m) {
      return m.name == name && m.month == month && m.islamic == islamic;
    });
  };
  CHECK(has("يناير", 1, false));
  CHECK(has("كانون الثاني", 1, false));
  CHECK(has("جانفي", 1, false));
  CHECK(has("يوليوز", 7, false));
  CHECK(has("محرم", 1, true));
}

#include "grammar/lexicon.hpp"
#include "grammar/lexicon_data.hpp"
#include "grammar/lexicon_lines.hpp"
#include "text/fold.hpp"

// The lexicon's forms are folded at build time and compiled in: each is what folding its TSV cell
// with the ICU mizan runs with gives, row for row in every file (a stale table fails here), and
// the rows read are the file's (no row lost or shifted).
TEST_CASE("grammar: the lexicon's forms folded at build time are its cells folded") {
  REQUIRE(mizan::lexicon::kFoldedFormsCount == mizan::lexicon::kEmbeddedFileCount);
  std::size_t checked = 0;
  for (std::size_t i = 0; i < mizan::lexicon::kEmbeddedFileCount; ++i) {
    const mizan::lexicon::EmbeddedFile& file = mizan::lexicon::kEmbeddedFiles[i];
    CAPTURE(file.name);
    const mizan::lexicon::FoldedForms* folded = nullptr;
    for (std::size_t j = 0; j < mizan::lexicon::kFoldedFormsCount; ++j)
      if (std::string(mizan::lexicon::kFoldedForms[j].name) == file.name) folded = &mizan::lexicon::kFoldedForms[j];
    REQUIRE(folded != nullptr);
    std::vector<std::string> cells;
    mizan::lexicon::each_data_line(file.text, [&](std::string_view line) { cells.push_back(mizan::fold_word(mizan::lexicon::first_cell(line))); });
    REQUIRE(folded->count == cells.size());
    for (std::size_t k = 0; k < cells.size(); ++k) CHECK(folded->forms[k] == cells[k]);
    // ... and the rows read are those whose folded form is not empty, in order.
    std::vector<std::string> nonempty;
    for (const std::string& c : cells)
      if (!c.empty()) nonempty.push_back(c);
    const std::vector<mizan::lexicon::Row>& rows = mizan::lexicon::rows(file.name);
    REQUIRE(rows.size() == nonempty.size());
    for (std::size_t k = 0; k < rows.size(); ++k) CHECK(rows[k].form == nonempty[k]);
    checked += cells.size();
  }
  CHECK(checked > 1000);
  // A form written with marks and another alef is read folded (grammar/lexicon/hedges.tsv: "أكثر من").
  const auto& hedges = mizan::lexicon::rows("hedges");
  CHECK(std::any_of(hedges.begin(), hedges.end(), [](const mizan::lexicon::Row& r) { return r.form == mizan::fold_word("أكثر من"); }));
}
