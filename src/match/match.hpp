#pragma once
// Which claims are about the same thing. Between the store and the comparator: reads each document
// once (its words, the event it reports, its main place), gathers the documents that report one
// event into stories, and gives every claim its frame (event type, time, places, story). The
// comparator then compares two claims only within a story, and decides each pair on their frames.
//
// Candidate document pairs come from the rare words they share (an inverted index over each
// document's rarest words), never from all pairs.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/claim.hpp"
#include "model/frame.hpp"
#include "model/profile.hpp"

namespace mizan::match {

struct DocumentText {
  std::int64_t id = 0;
  std::string title;
  std::string text;
  DateRange published;
};

// Words as numbers, shared by the profiles of one comparison: each distinct word is stored once.
class Vocabulary {
 public:
  std::uint32_t id(std::string_view word);
  std::string_view word(std::uint32_t id) const { return words_[id]; }
  std::size_t size() const { return words_.size(); }

 private:
  std::deque<std::string> storage_;  // stable addresses for the views below
  std::vector<std::string_view> words_;
  std::unordered_map<std::string_view, std::uint32_t> ids_;
};

// What one document says of itself, from its text alone.
struct Profile {
  std::int64_t id = 0;
  DateRange published;
  std::string event_type;           // the event type its title and text name most, "" if none
  std::string country;              // the country its places lie in most often, "" if none
  std::vector<std::string> countries;  // every country its places lie in, sorted
  std::vector<std::uint32_t> words;  // its distinct content words (folded, clitics off), as ids, sorted
  std::string event_year;           // the year its one-off event is of ("ميزانية 2024"), "" if not said
  std::uint8_t weekdays = 0;        // the days of the week it names with the article (bit 1 Monday .. 7 Sunday); bit 0: only those named as today (اليوم الجمعة)
};

// What a document says of itself, with its words as written (for the store).
DocumentProfile describe_document(std::string_view title, std::string_view text);
// The same with its words numbered in a vocabulary, for one comparison.
Profile profile_from(std::int64_t id, const DateRange& published, const DocumentProfile& described, Vocabulary& vocabulary);
Profile profile_of(const DocumentText& doc, Vocabulary& vocabulary);

struct Framing {
  std::vector<Story> stories;
  std::vector<Frame> frames;  // one per claim, in the order the claims were given
};

// Stories of the profiled documents, then each claim's frame. `article`, when given, is the
// document being checked against the others: its date is lent to none of them.
Framing frame_claims(const std::vector<StoredClaim>& claims, std::vector<Profile> profiles, const Vocabulary& vocabulary,
                     std::optional<std::int64_t> article = std::nullopt);

// The event type named in a piece of text ("" if none), and its class.
std::string event_type_in(std::string_view text);
EventClass event_class_of(std::string_view event_type);
// A place and the places that contain it, innermost first (تادف → تادف, الباب, حلب, سورية).
std::vector<std::string> place_chain(const std::string& place);
// The same, one copy per place shared by every frame at it.
const PlaceChain& shared_place_chain(const std::string& place);

}  // namespace mizan::match
