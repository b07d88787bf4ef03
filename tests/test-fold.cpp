#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "text/fold.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"

using namespace mizan;

TEST_CASE("fold: each folded character class") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"إِدْلِب", "ادلب"},                 // tashkeel dropped, hamza-under alef folded
      {"أستانا", "استانا"},               // alef with hamza above
      {"آستانا", "استانا"},               // alef madda
      {"ٱلله", "الله"},                   // alef wasla
      {"جـــبهة", "جبهه"},                // tatweel dropped, teh marbuta folded
      {"مستشفى", "مستشفي"},               // alef maksura folded to yeh
      {"١٥ ألف", "15 الف"},               // Eastern Arabic-Indic digits
      {"۱۵", "15"},                       // Persian digits
      {"1٫5", "1.5"},                     // Arabic decimal separator
      {"15٬000", "15,000"},               // Arabic thousands separator
      {"1،5 مليون", "1,5 مليون"},         // Arabic comma
      {"«داعش»", "\"داعش\""},             // guillemets
      {"“المعارضة”", "\"المعارضه\""},     // curly quotes
      {"١٥٪", "15%"},                     // Arabic percent sign
      {"هل؟", "هل?"},                     // Arabic question mark
      {"a\u200fb", "ab"},                 // bidi mark dropped
      {"مسؤول", "مسوول"},                 // waw with hamza
      {"ﻻ", "لا"},                        // presentation-form ligature (NFKC)
      {"ABC", "abc"},                     // ASCII case
  };
  for (const auto& c : cases) {
    const std::string in = c.in;
    CAPTURE(in);
    CHECK(fold_word(c.in) == c.out);
  }
}

TEST_CASE("fold: every folded byte maps back to the original text") {
  const std::string original = "قال لافرنتييف: يوجد في مُحافظة إدلب نحو ١٥ ألف إرهابي";
  const FoldedText f = fold(original);
  REQUIRE(f.to_original.size() == f.text.size() + 1);
  CHECK(f.to_original.back() == original.size());
  // The folded "15" maps back to the Eastern digits "١٥".
  const auto at = f.text.find("15");
  REQUIRE(at != std::string::npos);
  const Span sp = f.original(at, at + 2);
  CHECK(original.substr(sp.begin, sp.size()) == "١٥");
  // A word with tashkeel maps back whole, tashkeel included.
  const auto w = f.text.find("محافظه");
  REQUIRE(w != std::string::npos);
  const Span ws = f.original(w, w + std::string("محافظه").size());
  CHECK(original.substr(ws.begin, ws.size()) == "مُحافظة");
  // Offsets never decrease.
  for (std::size_t i = 1; i < f.to_original.size(); ++i) CHECK(f.to_original[i - 1] <= f.to_original[i]);
}

TEST_CASE("fold: NFKC changes keep the offset map consistent") {
  const std::string original = "ﻻ ١٥ ﻹ";  // ligatures decompose to two letters each
  const FoldedText f = fold(original);
  CHECK(f.text == "لا 15 لا");
  const auto at = f.text.find("15");
  const Span sp = f.original(at, at + 2);
  CHECK(original.substr(sp.begin, sp.size()) == "١٥");
}

TEST_CASE("fold: invalid UTF-8 bytes become spaces, never a crash") {
  const std::string bad = std::string("abc") + char(0xff) + "def" + char(0xd8);
  const FoldedText f = fold(bad);
  CHECK(f.text == "abc def ");
  CHECK(utf8::first_invalid(bad) == 3);
  CHECK(utf8::first_invalid("سورية") == std::string::npos);
}

TEST_CASE("segment: sentences split at . ? ! and newlines, not at the Arabic comma") {
  const std::string text = fold_word(
      "وقال لافرنتييف، رئيس الوفد، إن الجولة ناجحة. هل ستعقد جولة أخرى؟ نعم!\nسطر جديد بلا نقطة");
  std::vector<Span> spans;
  split_sentences(text, spans);
  REQUIRE(spans.size() == 4);
  CHECK(text.substr(spans[0].begin, spans[0].size()) == fold_word("وقال لافرنتييف، رئيس الوفد، إن الجولة ناجحة."));
  CHECK(text.substr(spans[1].begin, spans[1].size()) == fold_word("هل ستعقد جولة أخرى؟"));
  CHECK(text.substr(spans[3].begin, spans[3].size()) == fold_word("سطر جديد بلا نقطة"));
}

TEST_CASE("segment: a decimal point does not end a sentence") {
  const std::string text = "بلغ التضخم 2.5 في المئة. ثم ارتفع";
  std::vector<Span> spans;
  split_sentences(fold_word(text), spans);
  CHECK(spans.size() == 2);
}

// The match stage folds a sentence once and cuts the pieces its tests read (the clause before a
// number, the words after it) out of the folded text by the offset map, instead of folding each
// piece: that is only right if a piece of the folded sentence is the piece folded. Checked at
// every pair of character boundaries of text with what could break it: tashkeel and hamza written
// as combining marks (NFKC joins them to the letter before), presentation forms and a ligature
// (NFKC splits them), tatweel, Arabic-Indic digits and separators, a lam-alef, spaces of all kinds.
TEST_CASE("fold: a piece of a folded sentence is the piece folded") {
  const std::string sentence =
      "قُتِلَ ٣٬٥٠٠ شخص في إدلب ﻻ غيرَ، وَالأمم المتحدة: ﷲ ﺍﻟﺴﻼﻡ ـــ 15 ألفا  و\xd9\x88\xd9\x94" "ا\xd9\x93 ١٢٫٥%";
  const FoldedText whole = fold(sentence);
  std::vector<std::size_t> starts;  // every character boundary
  for (std::size_t i = 0; i <= sentence.size(); ++i)
    if (i == sentence.size() || (static_cast<unsigned char>(sentence[i]) & 0xC0) != 0x80) starts.push_back(i);
  std::size_t checked = 0;
  for (std::size_t x = 0; x < starts.size(); ++x)
    for (std::size_t y = x; y < starts.size(); ++y) {
      const auto b = static_cast<std::uint32_t>(starts[x]), e = static_cast<std::uint32_t>(starts[y]);
      const auto& to = whole.to_original;
      const std::size_t fb = static_cast<std::size_t>(std::lower_bound(to.begin(), to.end(), b) - to.begin());
      const std::size_t fe = static_cast<std::size_t>(std::lower_bound(to.begin(), to.end(), e) - to.begin());
      const std::string cut = whole.text.substr(std::min(fb, whole.text.size()), fe > fb ? fe - fb : 0);
      const std::string alone = fold_word(std::string_view(sentence).substr(b, e - b));
      if (cut != alone) {
        CAPTURE(b);
        CAPTURE(e);
        CHECK(cut == alone);
      }
      ++checked;
    }
  CHECK(checked > 1000);
}
