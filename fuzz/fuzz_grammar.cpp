// libFuzzer: the quantity grammar on folded text, and the whole claim stage on a document of the
// same bytes when they are what ingest would accept.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/extract.hpp"
#include "grammar/scan.hpp"
#include "ingest/reader.hpp"
#include "model/error.hpp"
#include "text/fold.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const mizan::FoldedText f = mizan::fold(bytes);
  std::vector<mizan::grammar::Found> found;
  mizan::grammar::find_quantities(f.text, found);
  for (const auto& q : found)
    if (q.begin > q.end || q.end > f.text.size() || q.number_begin > q.number_end || q.number_end > f.text.size())
      std::abort();

  try {
    mizan::ingest::check_text(bytes);
  } catch (const mizan::InputError&) {
    return 0;  // ingest refuses these bytes; extract never sees them
  }
  mizan::Document doc;
  doc.name = doc.path = "fuzz.txt";
  doc.text = bytes;
  doc.published = mizan::DateRange::day(2021, 7, 2);
  const mizan::extract::Extraction ex = mizan::extract::extract(doc);
  for (const mizan::Claim& c : ex.claims) {
    if (c.sentence >= ex.sentences.size()) std::abort();
    if (c.claim_span.begin > c.claim_span.end || c.claim_span.end > bytes.size()) std::abort();
    if (c.number_span.begin > c.number_span.end || c.number_span.end > bytes.size()) std::abort();
  }
  for (const mizan::Sentence& s : ex.sentences)
    if (s.span.begin > s.span.end || s.span.end > bytes.size()) std::abort();
  return 0;
}
