#include <doctest/doctest.h>

#include "ingest/json.hpp"
#include "ingest/reader.hpp"
#include "ingest/sha256.hpp"
#include "model/error.hpp"
#include "test_util.hpp"

using namespace mizan;
using namespace mizan::ingest;

namespace {
const std::string kBody = "قال المتحدث إن 5 جنود أصيبوا.\n";

Document read_one(const std::string& path, const std::string& bytes, const Manifest* m = nullptr,
                  const Overrides& o = {}) {
  std::vector<std::string> problems;
  auto docs = read_documents(path, bytes, m, o, problems);
  REQUIRE(docs.size() == 1);
  return docs[0];
}
}  // namespace

TEST_CASE("ingest: metadata precedence is flags, manifest, header, then nothing") {
  test::TempDir dir;
  test::write(dir / "m.tsv", "file\toutlet\tpublished\tnote\na.txt\tمن الملف\t2020-05-06\tx\n");
  const Manifest m = Manifest::load(dir / "m.tsv");
  const std::string with_header = "outlet: من الترويسة\npublished: 2019-01-02\nurl: https://example.org/a\n\n" + kBody;

  // Header alone.
  Document d = read_one("a.txt", with_header);
  CHECK(d.outlet == "من الترويسة");
  CHECK(to_iso(d.published) == "2019-01-02");
  CHECK(d.url == "https://example.org/a");
  CHECK(d.text == kBody);
  CHECK(d.date_source == Source::header);

  // The manifest beats the header.
  d = read_one("a.txt", with_header, &m);
  CHECK(d.outlet == "من الملف");
  CHECK(to_iso(d.published) == "2020-05-06");

  // Flags beat both.
  Overrides o;
  o.outlet = "من العلم";
  o.published = parse_date_arg("2021-07", "--date");
  d = read_one("a.txt", with_header, &m, o);
  CHECK(d.outlet == "من العلم");
  CHECK(to_iso(d.published) == "2021-07");
  CHECK(d.published.precision == Precision::month);

  // No header, no manifest row: unknown.
  d = read_one("b.txt", kBody, &m);
  CHECK(d.outlet.empty());
  CHECK_FALSE(d.published.known());
}

TEST_CASE("ingest: 'published: unknown' means no date; a bad date is refused with its place") {
  Document d = read_one("a.txt", "published: unknown\n\n" + kBody);
  CHECK_FALSE(d.published.known());
  std::vector<std::string> problems;
  CHECK_THROWS_AS(read_documents("a.txt", "published: 2019-13-45\n\n" + kBody, nullptr, {}, problems), InputError);
  CHECK_THROWS_WITH_AS(parse_date_arg("yesterday", "--date"), doctest::Contains("--date"), InputError);
}

TEST_CASE("ingest: a document nothing dates takes the day or month its address gives") {
  // Addresses of real news pages, as their sites write dates in their paths.
  CHECK(to_iso(date_in_url("https://safiralchamal.com/2022/09/22/307478")) == "2022-09-22");
  CHECK(to_iso(date_in_url("http://arabic.people.com.cn/n3/2024/0912/c31662-20218239.html")) == "2024-09-12");
  CHECK(to_iso(date_in_url("https://arabicpost.live/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2024/09/11/%D8%AC%D8%A8%D9%87")) == "2024-09-11");
  CHECK(to_iso(date_in_url("https://syriafriends.net/2022/09/%d8%a7%d8%b1%d8%aa%d9%81%d8%a7%d8%b9/")) == "2022-09");
  CHECK(to_iso(date_in_url("https://touwensa.com/index.php/international-affairs/1531-2022-10-31-09-08-47.html")) == "");
  CHECK_FALSE(date_in_url("https://ajel.sa/international/tgntmz8tq4").known());
  CHECK_FALSE(date_in_url("https://al-jareeda.com/archives/110535").known());
  CHECK_FALSE(date_in_url("https://example.org/2024/13/01/x").known());  // no 13th month
  // Read with "published: unknown": the address dates it; a date the header gives wins.
  Document d = read_one("a.txt", "url: https://safiralchamal.com/2022/09/22/307478\npublished: unknown\n\n" + kBody);
  CHECK(to_iso(d.published) == "2022-09-22");
  CHECK(d.date_source == Source::url);
  d = read_one("a.txt", "url: https://safiralchamal.com/2022/09/22/307478\npublished: 2022-09-23\n\n" + kBody);
  CHECK(to_iso(d.published) == "2022-09-23");
}

TEST_CASE("ingest: a text without a header keeps its first line") {
  const std::string text = "هوى الشام\nأكد مبعوث الرئيس الروسي: شيء ما.\n";
  Document d = read_one("x.txt", text);
  CHECK(d.text == text);
  CHECK(d.text_offset == 0);
}

TEST_CASE("ingest: JSONL gives one document per line; a bad line is skipped and named") {
  const std::string jsonl =
      "{\"id\": \"doc-1\", \"text\": \"قتل 5 أشخاص\", \"outlet\": \"سانا\", \"published\": \"2020-01-02\"}\n"
      "not json\n"
      "{\"text\": \"\\u0642\\u062a\\u0644 3\", \"extra\": [1, {\"a\": null}]}\n";
  std::vector<std::string> problems;
  auto docs = read_documents("feed.jsonl", jsonl, nullptr, {}, problems);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].name == "doc-1");
  CHECK(docs[0].outlet == "سانا");
  CHECK(to_iso(docs[0].published) == "2020-01-02");
  CHECK(docs[1].name == "feed.jsonl:3");
  CHECK(docs[1].text == "قتل 3");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("feed.jsonl:2") != std::string::npos);
}

TEST_CASE("ingest: bad input is refused with the reason") {
  CHECK_THROWS_WITH_AS(check_text(""), doctest::Contains("empty"), InputError);
  CHECK_THROWS_WITH_AS(check_text(" \n\t\n"), doctest::Contains("whitespace"), InputError);
  CHECK_THROWS_WITH_AS(check_text(std::string("ab\0cd", 5)), doctest::Contains("binary"), InputError);
  CHECK_THROWS_WITH_AS(check_text(std::string("\xff\xfe" "a\0", 4)), doctest::Contains("UTF-16"), InputError);
  CHECK_THROWS_WITH_AS(check_text("سورية \xc3\x28"), doctest::Contains("invalid UTF-8 at byte 11"), InputError);
  CHECK(check_text("\xef\xbb\xbfسورية") == 3);
}

TEST_CASE("ingest: HTML is read as text without its markup") {
  const std::string html = "<html><head><script>alert(1)</script></head><body><p>قتل 5 &amp; جرح 3</p></body></html>";
  CHECK(looks_like_html(html));
  const std::string text = strip_html(html);
  CHECK(text.find("alert") == std::string::npos);
  CHECK(text.find("قتل 5 & جرح 3") != std::string::npos);
}

TEST_CASE("ingest: sha256 of known strings") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("ingest: directories are walked for .txt and .jsonl, sorted, missing paths reported") {
  test::TempDir dir;
  std::filesystem::create_directories(dir.path / "sub");
  test::write(dir / "b.txt", "x");
  test::write(dir / "sub/a.txt", "x");
  test::write(dir / "c.md", "x");
  test::write(dir / "d.jsonl", "{}");
  std::filesystem::create_directory_symlink(dir.path, dir.path / "sub/loop");
  std::vector<std::string> problems;
  auto files = collect_inputs({dir.path.string(), dir / "missing.txt"}, problems);
  CHECK(files.size() == 3);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("missing.txt") != std::string::npos);
}
