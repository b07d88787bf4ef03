#pragma once
// What a document says of itself, from its text alone, for the match stage: worked out once when
// the document is read (at ingest, or for the article `mizan check` reads) and kept beside it, so
// that a report reads profiles rather than folding every text again.
#include <cstdint>
#include <string>
#include <vector>

namespace mizan {

struct DocumentProfile {
  bool known = false;               // false: not worked out (a document stored before profiles were)
  std::string event_type;           // the event type its headline and text name most, "" if none
  std::string event_year;           // the year its one-off event is of ("ميزانية 2024"), "" if not said
  std::string country;              // the country its places lie in most often, "" if none
  std::vector<std::string> countries;  // every country its places lie in, sorted
  std::uint8_t weekdays = 0;        // the days of the week it names (bit 1 Monday .. 7 Sunday); bit 0: only those named as today
  std::vector<std::string> words;   // its distinct content words (folded, clitics off), sorted
};

}  // namespace mizan
