// The verdict scorer: ingests the real multi-outlet set (tests/data/stories/, see its README),
// runs the comparator the report uses over every pair it decides, and scores the verdicts against
// the relations annotated by reading (relations.tsv). Prints one line per figure; exits 1 when a
// figure falls below its floor in floors.tsv.
//
//   mizan_stories DATA_DIR [--detail] [--subject-keys]
//
// --detail (or MIZAN_STORIES_DETAIL=1) lists the misses and the false conflicts; --subject-keys
// scores the comparator as it was before the match stage (claims compared when their subject keys
// are equal), for the baseline figures in the README. Floors hold only for the default.
//
// A side of a relation is a document and an excerpt of its body; the claims whose number lies in
// that excerpt stand for it (the one whose value is the annotated value, when there is one, and the
// same figure said again elsewhere in that document). A gold relation is found when the comparator
// gives that relation to a pair of such claims. Precision is over claim pairs the comparator calls
// a conflict: one is backed when a gold conflict's sides hold its two claims.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/word_ids.hpp"
#include "cli/commands.hpp"
#include "compare/compare.hpp"
#include "ingest/reader.hpp"
#include "store/claim_store.hpp"

namespace fs = std::filesystem;
using mizan::StoredClaim;
using mizan::compare::Relation;

namespace {

std::vector<std::string> split_tabs(const std::string& s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t at = s.find('\t', pos);
    out.push_back(s.substr(pos, at == std::string::npos ? at : at - pos));
    if (at == std::string::npos) return out;
    pos = at + 1;
  }
}

struct Side {
  std::string doc, value, excerpt;
  std::vector<std::size_t> claims;  // indices into the comparison's claims standing for this side
  std::vector<std::size_t> quoted;  // ... of them, those inside the excerpt itself
  bool located = false;             // the excerpt was found in the document's body
};

struct GoldRow {
  int line = 0;
  Side a, b;
  std::string relation, reason;
};

std::vector<GoldRow> read_relations(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::vector<GoldRow> rows;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (n == 1 || line.empty() || line[0] == '#') continue;
    const auto c = split_tabs(line);
    if (c.size() < 8) throw std::runtime_error(path.string() + ":" + std::to_string(n) + ": expected 8 columns");
    GoldRow r;
    r.line = n;
    r.a = {c[0], c[1], c[2], {}, {}, false};
    r.b = {c[3], c[4], c[5], {}, {}, false};
    r.relation = c[6];
    r.reason = c[7];
    rows.push_back(std::move(r));
  }
  return rows;
}

// "20000", "2.5", "10..15": the annotated value as an interval.
bool parse_value(const std::string& s, double& lo, double& hi) {
  const std::size_t dots = s.find("..");
  char* end = nullptr;
  if (dots == std::string::npos) {
    lo = hi = std::strtod(s.c_str(), &end);
    return end && *end == '\0' && !s.empty();
  }
  lo = std::strtod(s.substr(0, dots).c_str(), &end);
  hi = std::strtod(s.substr(dots + 2).c_str(), &end);
  return true;
}

bool value_matches(const mizan::Claim& c, const std::string& gold) {
  double lo = 0, hi = 0;
  if (!parse_value(gold, lo, hi)) return false;
  auto near = [](double x, double y) { return std::fabs(x - y) <= 1e-6 * std::max(1.0, std::fabs(y)); };
  return near(c.lo, lo) && near(c.hi, hi);
}

std::uint64_t pair_key(std::size_t i, std::size_t j) {
  if (j < i) std::swap(i, j);
  return (static_cast<std::uint64_t>(i) << 32) | j;
}

struct Figure {
  std::string name;
  std::size_t hit = 0, total = 0;
  double ratio() const { return total ? static_cast<double>(hit) / static_cast<double>(total) : 1.0; }
};

std::map<std::string, double> read_floors(const fs::path& path) {
  std::map<std::string, double> floors;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto c = split_tabs(line);
    if (c.size() >= 2 && c[0] != "figure") floors[c[0]] = std::strtod(c[1].c_str(), nullptr);
  }
  return floors;
}

std::string describe(const StoredClaim& s) {
  return s.document + " «" + s.claim.excerpt + "» " + mizan::compare::describe_value(s.claim) + " [" +
         s.claim.subject_key + "]";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: mizan_stories DATA_DIR [--detail] [--subject-keys]\n";
    return 2;
  }
  const fs::path dir = argv[1];
  bool detail = std::getenv("MIZAN_STORIES_DETAIL") && std::string(std::getenv("MIZAN_STORIES_DETAIL")) != "0";
  bool subject_keys = false;
  for (int i = 2; i < argc; ++i) {
    if (std::string(argv[i]) == "--detail") detail = true;
    if (std::string(argv[i]) == "--subject-keys") subject_keys = true;
  }

  try {
    // Ingest every article as `mizan ingest` does, into a database of its own.
    std::vector<std::string> problems;
    const std::vector<std::string> files = mizan::ingest::collect_inputs({dir.string()}, problems);
    mizan::store::ClaimStore store(":memory:");
    std::map<std::string, std::string> bodies;  // document name -> body (spans are offsets into it)
    std::set<std::string> outlets, stories;
    for (const std::string& path : files) {
      if (fs::path(path).extension() != ".txt") continue;
      const std::string bytes = mizan::ingest::read_file(path);
      for (mizan::Document d : mizan::ingest::read_documents(path, bytes, nullptr, {}, problems)) {
        const std::size_t story = bytes.find("\nstory: ");
        if (story != std::string::npos) stories.insert(bytes.substr(story + 8, bytes.find('\n', story + 8) - story - 8));
        outlets.insert(d.outlet);
        bodies[d.name] = d.text;
        mizan::cli::Extracted e = mizan::cli::extract_document(std::move(d));
        store.add(e.doc, e.sentences, e.claims, &e.profile);
      }
    }
    for (const std::string& p : problems) std::cerr << "mizan_stories: " << p << "\n";

    // Every pair the comparator decides, not one per pair of documents as the report shows.
    mizan::compare::Options options;
    options.one_verdict_per_document_pair = false;
    const mizan::compare::Comparison cmp = subject_keys ? mizan::compare::compare_claims(store.claims_by_subject(), options)
                                                        : mizan::cli::compare_stored(store, options);
    const std::vector<StoredClaim>& cs = cmp.claims;

    // The relation the comparator gave each pair of claims of two documents.
    std::map<std::uint64_t, std::set<Relation>> judged;
    std::map<std::uint64_t, std::string> why;  // the conflict's reason and slots
    for (const auto& v : cmp.verdicts) {
      if (v.claims.size() != 2) continue;
      const std::size_t i = v.claims[0], j = v.claims[1];
      if (cs[i].document_id == cs[j].document_id) continue;
      judged[pair_key(i, j)].insert(v.relation);
      if (v.relation == Relation::conflict || v.relation == Relation::possible_conflict)
        why[pair_key(i, j)] = v.reason + " | " + v.slots;
    }

    auto frame_of = [&](std::size_t i) -> std::string {
      if (i >= cmp.frames.size()) return "";
      const mizan::Frame& f = cmp.frames[i];
      std::string out = " story " + std::to_string(f.story) + " event " + f.event_type + " time " + mizan::to_iso(f.time);
      if (f.time_borrowed) out += " (borrowed)";
      if (f.crowded) out += " crowded";
      if (!f.nationality.empty()) out += " nationality " + f.nationality;
      if (f.as_of_hour) out += " as-of-hour";
      if (f.toll_stage) out += " rose";
      if (f.part > 0) out += " part " + std::to_string(f.part);
      if (f.per_period) out += " per-period";
      if (f.spread) out += " spread";
      if (!f.participants.empty()) {
        out += " whose " + f.participant + " of";
        for (const std::string& w : f.participants) out += " " + w;
      }
      out += " context";
      std::vector<std::pair<std::string_view, float>> words;
      for (const auto& [id, weight] : f.context) words.emplace_back(mizan::context_word(id), weight);
      std::sort(words.begin(), words.end());
      for (const auto& [w, weight] : words) (out += " ").append(w) += ":" + std::to_string(weight).substr(0, 4);
      return out;
    };
    std::map<std::string, std::vector<std::size_t>> by_doc;
    for (std::size_t i = 0; i < cs.size(); ++i) by_doc[cs[i].document].push_back(i);
    // What claim i was paired with in claim j's document instead, and how.
    auto paired_instead = [&](std::size_t i, std::size_t j) {
      std::string out;
      for (const std::size_t k : by_doc[cs[j].document])
        if (const auto it = judged.find(pair_key(i, k)); it != judged.end())
          for (const Relation r : it->second)
            out += " " + describe(cs[i]) + " paired with " + describe(cs[k]) + " (" + std::string(mizan::compare::to_string(r)) + ");";
      return out.empty() ? out : " {" + out + " }";
    };

    std::vector<GoldRow> gold = read_relations(dir / "relations.tsv");
    std::size_t unlocated = 0;
    auto locate = [&](Side& s) {
      const auto body = bodies.find(s.doc);
      if (body == bodies.end()) return;
      const std::size_t at = body->second.find(s.excerpt);
      if (at == std::string::npos) return;
      s.located = true;
      const std::size_t end = at + s.excerpt.size();
      std::vector<std::size_t> inside, exact;
      for (const std::size_t i : by_doc[s.doc]) {
        const mizan::Span& n = cs[i].claim.number_span;
        if (n.begin >= at && n.end <= end) {
          inside.push_back(i);
          if (value_matches(cs[i].claim, s.value)) exact.push_back(i);
        }
      }
      s.claims = exact.empty() ? inside : exact;
      s.quoted = s.claims;
      // The same figure said again further on in the same document stands for the side too.
      if (!exact.empty())
        for (const std::size_t i : by_doc[s.doc])
          if (std::find(s.claims.begin(), s.claims.end(), i) == s.claims.end() && cs[i].claim.kind == cs[exact.front()].claim.kind &&
              value_matches(cs[i].claim, s.value))
            s.claims.push_back(i);
    };
    for (GoldRow& r : gold) {
      locate(r.a);
      locate(r.b);
      if (!r.a.located || !r.b.located) ++unlocated;
    }

    // A pair annotated `different` is two particular mentions: the same figure said again elsewhere in
    // a document may be the other thing ("5 حجّاج من المغرب" and "5 حجّاج تونسيين" in one sentence).
    auto relations_between = [&](const GoldRow& r) {
      std::set<Relation> out;
      const bool different = r.relation == "different";
      for (const std::size_t i : different ? r.a.quoted : r.a.claims)
        for (const std::size_t j : different ? r.b.quoted : r.b.claims)
          if (const auto it = judged.find(pair_key(i, j)); it != judged.end()) out.insert(it->second.begin(), it->second.end());
      return out;
    };
    const std::map<std::string, Relation> wanted = {
        {"conflict", Relation::conflict}, {"agree", Relation::agree}, {"evolves", Relation::evolves}};

    Figure conflicts{"conflicts found"}, agreements{"agreements found"}, evolutions{"evolutions found"};
    Figure apart{"different kept apart"};
    std::vector<std::string> misses;
    for (const GoldRow& r : gold) {
      const std::set<Relation> got = relations_between(r);
      std::string said;
      for (const Relation g : got) said += std::string(said.empty() ? "" : ",") + std::string(mizan::compare::to_string(g));
      if (said.empty()) said = r.a.claims.empty() || r.b.claims.empty() ? "claim not extracted" : "not compared";
      if (!got.empty() && !subject_keys && !cmp.frames.empty() && !r.a.claims.empty() && !r.b.claims.empty()) {
        // Why the comparator said what it said, for its first pair of claims.
        const std::size_t i = r.a.claims.front(), j = r.b.claims.front();
        const mizan::compare::Verdict v = mizan::compare::judge_frames(cs[i], cmp.frames[i], cs[j], cmp.frames[j], options);
        if (!v.reason.empty()) said += " [" + v.reason + "]";
      }
      if (said == "not compared" && !subject_keys && !cmp.frames.empty()) {
        // Why: another story, a slot that differs, or the alignment paired each with another claim.
        const std::size_t i = r.a.claims.front(), j = r.b.claims.front();
        if (cmp.frames[i].story != cmp.frames[j].story || cmp.frames[i].story < 0) said += " [other story]";
        else {
          const mizan::compare::Verdict v = mizan::compare::judge_frames(cs[i], cmp.frames[i], cs[j], cmp.frames[j], options);
          said += v.reason.empty() ? (v.slots.find("differs") == std::string::npos ? std::string(" [time: no verdict]")
                                                                                  : " [slots: " + v.slots.substr(v.slots.find("differs")) + "]")
                                   : " [aligned elsewhere: would be " + std::string(mizan::compare::to_string(v.relation)) + ": " +
                                         v.reason + " | " + v.slots + "]" + paired_instead(i, j) + paired_instead(j, i);
        }
      }
      if (r.relation == "different") {
        ++apart.total;
        if (got.empty()) ++apart.hit;
        else {
          std::string m = "compared, though different: line " + std::to_string(r.line) + " " + r.a.doc + " " + r.a.value + " / " +
                          r.b.doc + " " + r.b.value + " → " + said + " (" + r.reason + ")";
          for (const Side* side : {&r.a, &r.b})
            if (!side->quoted.empty()) m += "\n      " + describe(cs[side->quoted.front()]) + frame_of(side->quoted.front());
          misses.push_back(m);
        }
        continue;
      }
      const auto w = wanted.find(r.relation);
      if (w == wanted.end()) throw std::runtime_error("relations.tsv:" + std::to_string(r.line) + ": unknown relation '" + r.relation + "'");
      Figure& f = r.relation == "conflict" ? conflicts : r.relation == "agree" ? agreements : evolutions;
      ++f.total;
      if (got.count(w->second)) ++f.hit;
      else {
        std::string m = "missed " + r.relation + ": line " + std::to_string(r.line) + " " + r.a.doc + " «" + r.a.excerpt + "» / " +
                        r.b.doc + " «" + r.b.excerpt + "» → " + said + " (" + r.reason + ")";
        for (const Side* side : {&r.a, &r.b})
          if (!side->claims.empty()) m += "\n      " + describe(cs[side->claims.front()]) + frame_of(side->claims.front());
        for (const std::size_t i : r.a.claims)
          for (const std::size_t j : r.b.claims)
            if (const auto w = why.find(pair_key(i, j)); w != why.end()) m += "\n      " + w->second;
        misses.push_back(m);
      }
    }

    // Precision: each claim pair called a conflict, backed by a gold conflict (whose sides hold the
    // figures said again in their documents too).
    // A figure the gold says agrees with another of the same value (two reports of one statement,
    // 94.65% in each) stands for it: a conflict with one is a conflict with the other, unless the
    // gold relates the two claims otherwise. Classes of such figures, by claim:
    std::map<std::size_t, std::size_t> same_statement;
    auto statement = [&](std::size_t x) {
      for (auto it = same_statement.find(x); it != same_statement.end() && it->second != x; it = same_statement.find(x)) x = it->second;
      return x;
    };
    std::set<std::uint64_t> gold_other_pairs;  // claim pairs the gold gives a relation other than conflict
    for (const GoldRow& r : gold) {
      if (r.relation != "conflict")
        for (const std::size_t i : r.a.claims)
          for (const std::size_t j : r.b.claims) gold_other_pairs.insert(pair_key(i, j));
      if (r.relation != "agree" || r.a.value.empty() || std::strtod(r.a.value.c_str(), nullptr) != std::strtod(r.b.value.c_str(), nullptr))
        continue;
      for (const Side* side : {&r.a, &r.b})
        for (const std::size_t i : side->claims) same_statement.emplace(i, i);
      for (const std::size_t i : r.a.claims)
        for (const std::size_t j : r.b.claims) same_statement[statement(i)] = statement(j);
    }
    std::set<std::uint64_t> gold_conflict_pairs, gold_conflict_statements;
    for (const GoldRow& r : gold) {
      if (r.relation != "conflict") continue;
      for (const std::size_t i : r.a.claims)
        for (const std::size_t j : r.b.claims) {
          gold_conflict_pairs.insert(pair_key(i, j));
          gold_conflict_statements.insert(pair_key(statement(i), statement(j)));
        }
    }
    auto backs = [&](std::uint64_t key) {
      if (gold_conflict_pairs.count(key)) return true;
      const std::size_t i = key >> 32, j = key & 0xffffffffu;
      return !gold_other_pairs.count(key) && gold_conflict_statements.count(pair_key(statement(i), statement(j)));
    };
    Figure precision{"conflict precision"};
    std::vector<std::string> false_conflicts;
    for (const auto& [key, rels] : judged) {
      if (!rels.count(Relation::conflict)) continue;
      ++precision.total;
      const std::size_t i = key >> 32, j = key & 0xffffffffu;
      const bool backed = backs(key);
      if (backed) ++precision.hit;
      else false_conflicts.push_back("false conflict: " + describe(cs[i]) + frame_of(i) + "  vs  " + describe(cs[j]) + frame_of(j) +
                                     "\n      " + why[key]);
    }

    const std::map<std::string, double> floors = read_floors(dir / "floors.tsv");
    if (subject_keys) std::printf("(subject keys alone, as before the match stage; floors not checked)\n");
    std::printf("stories: %zu documents, %zu outlets, %zu stories, %zu claims; %zu gold relations (%zu with an excerpt not found)\n",
                bodies.size(), outlets.size(), stories.size(), cs.size(), gold.size(), unlocated);
    bool below = false;
    const std::map<std::string, std::string> keys = {{"conflicts found", "conflicts_found"},
                                                     {"conflict precision", "conflict_precision"},
                                                     {"agreements found", "agreements_found"},
                                                     {"evolutions found", "evolutions_found"},
                                                     {"different kept apart", "different_kept_apart"}};
    for (const Figure* f : {&conflicts, &precision, &agreements, &evolutions, &apart}) {
      const std::string key = keys.at(f->name);
      const auto fl = floors.find(key);
      const double floor = fl == floors.end() ? 0.0 : fl->second;
      const bool ok = subject_keys || f->ratio() + 1e-9 >= floor;
      below = below || !ok;
      std::printf("%-22s %4zu/%-4zu %6.1f%%   floor %5.1f%%%s\n", f->name.c_str(), f->hit, f->total,
                  100.0 * f->ratio(), 100.0 * floor, ok ? "" : "   BELOW FLOOR");
    }
    std::printf("(different compared as the same thing: %zu/%zu)\n", apart.total - apart.hit, apart.total);
    if (unlocated) {
      for (const GoldRow& r : gold)
        if (!r.a.located || !r.b.located)
          std::printf("relations.tsv:%d: excerpt not found in %s\n", r.line, !r.a.located ? r.a.doc.c_str() : r.b.doc.c_str());
      below = true;
    }
    if (detail) {
      // The stories the match stage found, by their documents' names.
      std::map<std::int64_t, std::string> names;
      for (const StoredClaim& c : cs) names[c.document_id] = c.document;
      for (const mizan::Story& st : cmp.stories) {
        std::printf("story %d (%s; %s; %s):", st.id, st.event_type.c_str(), mizan::to_iso(st.dates).c_str(), st.label.c_str());
        for (const std::int64_t d : st.documents) std::printf(" %s", names.count(d) ? names[d].c_str() : "?");
        std::printf("\n");
      }
      for (const std::string& m : misses) std::printf("%s\n", m.c_str());
      for (const std::string& m : false_conflicts) std::printf("%s\n", m.c_str());
    } else {
      std::printf("(MIZAN_STORIES_DETAIL=1 lists the misses and the false conflicts)\n");
    }
    return below ? 1 : 0;
  } catch (const std::exception& e) {
    std::cerr << "mizan_stories: " << e.what() << "\n";
    return 2;
  }
}
