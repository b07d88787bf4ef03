// Precision and recall of claim extraction on real Arabic news other than the seeds: the articles of
// tests/data/news/ with their hand annotation (annotations.tsv). The floors in floors.tsv start at
// the measured figures and only go up. MIZAN_NEWS_DETAIL=1 prints every miss and every extra claim.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/commands.hpp"
#include "ingest/reader.hpp"
#include "test_util.hpp"

using namespace mizan;

namespace {

struct Gold {
  std::string file, kind, value, excerpt;
};

// The annotation's value against mizan's: numbers and ranges exactly, dates by their ISO start.
bool same_value(const std::string& kind, const std::string& gold, const std::string& ours) {
  if (kind == "vague") return true;
  if (kind == "date") return ours.rfind(gold, 0) == 0;
  return gold == ours;
}

}  // namespace

TEST_CASE("claims: precision and recall on real news (tests/data/news)") {
  const std::string dir = test::source_path("tests/data/news/");
  std::vector<Gold> gold;
  const auto rows = test::tsv_rows(test::read(dir + "annotations.tsv"));
  for (std::size_t i = 1; i < rows.size(); ++i)
    if (rows[i].size() >= 6) gold.push_back({rows[i][0], rows[i][1], rows[i][2], rows[i][5]});
  REQUIRE(gold.size() >= 100);

  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 20);

  const bool detail = std::getenv("MIZAN_NEWS_DETAIL") != nullptr;
  std::map<std::string, int> tp, fp, fn;
  int all_tp = 0, all_fp = 0, all_fn = 0;
  for (const std::string& path : files) {
    const std::string id = std::filesystem::path(path).stem().string();
    std::vector<std::string> problems;
    auto docs = ingest::read_documents(path, ingest::read_file(path), nullptr, {}, problems);
    REQUIRE(docs.size() == 1);
    const cli::Extracted e = cli::extract_document(std::move(docs[0]));
    std::vector<bool> used(e.claims.size());
    for (const Gold& g : gold) {
      if (g.file != id) continue;
      bool hit = false;
      for (std::size_t k = 0; k < e.claims.size() && !hit; ++k) {
        const Claim& c = e.claims[k];
        if (used[k] || to_string(c.kind) != g.kind || !same_value(g.kind, g.value, format_value(c))) continue;
        used[k] = hit = true;
      }
      if (hit) {
        ++tp[g.kind];
        ++all_tp;
      } else {
        ++fn[g.kind];
        ++all_fn;
        if (detail) std::cout << "missed\t" << id << '\t' << g.kind << '\t' << g.value << '\t' << g.excerpt << '\n';
      }
    }
    for (std::size_t k = 0; k < e.claims.size(); ++k) {
      if (used[k]) continue;
      const Claim& c = e.claims[k];
      ++fp[std::string(to_string(c.kind))];
      ++all_fp;
      if (detail) std::cout << "extra\t" << id << '\t' << to_string(c.kind) << '\t' << format_value(c) << '\t' << c.excerpt << '\n';
    }
  }
  const double precision = all_tp / double(all_tp + all_fp), recall = all_tp / double(all_tp + all_fn);
  std::ostringstream summary;
  summary << "news: " << files.size() << " articles, " << gold.size() << " annotated claims; precision "
          << precision << " recall " << recall << " (tp " << all_tp << ", fp " << all_fp << ", fn " << all_fn << ")";
  for (const auto& kind : {"count", "vague", "ordinal", "date", "duration", "percent", "money", "reference"})
    summary << "\n  " << kind << ": tp " << tp[kind] << " fp " << fp[kind] << " fn " << fn[kind];
  MESSAGE(summary.str());

  double floor_p = 1, floor_r = 1;
  for (const auto& row : test::tsv_rows(test::read(dir + "floors.tsv")))
    if (row.size() >= 2 && row[0] == "precision") floor_p = std::atof(row[1].c_str());
    else if (row.size() >= 2 && row[0] == "recall") floor_r = std::atof(row[1].c_str());
  CHECK(precision >= floor_p);
  CHECK(recall >= floor_r);
}
