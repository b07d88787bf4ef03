#include <doctest/doctest.h>

#include "test_util.hpp"

using mizan::test::run_mizan;
using mizan::test::TempDir;

TEST_CASE("cli: --help for mizan and each command, exit 0") {
  auto r = run_mizan("--help");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("ingest PATH...") != std::string::npos);
  for (const char* cmd : {"ingest", "claims", "extract", "numbers", "report", "check", "docs", "forget", "review"}) {
    CAPTURE(cmd);
    r = run_mizan(std::string(cmd) + " --help");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find(std::string("usage: mizan ") + cmd) != std::string::npos);
  }
}

TEST_CASE("cli: usage mistakes exit 2 with a message") {
  auto r = run_mizan("frobnicate");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("unknown command 'frobnicate'") != std::string::npos);
  r = run_mizan("ingest --no-such-flag x");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--no-such-flag") != std::string::npos);
  r = run_mizan("ingest --date 2021-02-30 x.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("not a date") != std::string::npos);
}

TEST_CASE("cli: ingest exit codes on a missing, an invalid UTF-8 and an empty file; the rest is stored") {
  TempDir dir;
  const std::string db = dir / "c.db";
  mizan::test::write(dir / "good.txt", "أصيب 3 جنود في حلب.\n");
  mizan::test::write(dir / "bad.txt", "أصيب \xff\xfe 3 جنود\n");
  mizan::test::write(dir / "empty.txt", "");

  auto r = run_mizan("ingest --db '" + db + "' '" + (dir / "missing.txt") + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("missing.txt: no such file") != std::string::npos);

  r = run_mizan("ingest --db '" + db + "' '" + (dir / "bad.txt") + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("bad.txt: invalid UTF-8 at byte 9") != std::string::npos);

  r = run_mizan("ingest --db '" + db + "' '" + (dir / "empty.txt") + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("empty.txt: empty file") != std::string::npos);

  r = run_mizan("ingest --db '" + db + "' --date 2021-01-01 '" + dir.path.string() + "'");
  CHECK(r.exit_code == 2);  // two of the three files could not be read
  CHECK(r.out.find("1 new document") != std::string::npos);
  r = run_mizan("claims --db '" + db + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("good.txt\tcount\t3\texact\tsoldiers") != std::string::npos);

  r = run_mizan("ingest --db '" + db + "' '" + (dir / "good.txt") + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("0 new documents, 1 already known") != std::string::npos);
}

TEST_CASE("cli: a document without a date is stored, and the tool says so") {
  TempDir dir;
  mizan::test::write(dir / "a.txt", "أصيب 3 جنود.\n");
  auto r = run_mizan("ingest --db '" + (dir / "c.db") + "' '" + (dir / "a.txt") + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("no publication date") != std::string::npos);
}

TEST_CASE("cli: numbers reads lines from stdin") {
  auto r = run_mizan("numbers --date 2021-07-02", "قتل ١٥ شخصا أمس\nلا أرقام هنا\nبلغت النسبة 15%\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "1\tnumber\t١٥\t15\n1\tdate\tأمس\t2021-07-01\n3\tpercent\t15%\t15\n");
}
