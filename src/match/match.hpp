#pragma once
// Which claims are about the same thing. Between the store and the comparator: reads each document
// once (its words, the event it reports, its main place), gathers the documents that report one
// event into stories, and gives every claim its frame (event type, time, places, story). The
// comparator then compares two claims only within a story, and decides each pair on their frames.
//
// Candidate document pairs come from the rare words they share (an inverted index over each
// document's rarest words), never from all pairs.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/claim.hpp"
#include "model/frame.hpp"

namespace mizan::match {

struct DocumentText {
  std::int64_t id = 0;
  std::string title;
  std::string text;
  DateRange published;
};

// What one document says of itself, from its text alone.
struct Profile {
  std::int64_t id = 0;
  DateRange published;
  std::string event_type;           // the event type its title and text name most, "" if none
  std::string country;              // the country its places lie in most often, "" if none
  std::vector<std::string> countries;  // every country its places lie in, sorted
  std::vector<std::string> words;   // its distinct content words (folded, clitics off), sorted
};

Profile profile_of(const DocumentText& doc);

struct Framing {
  std::vector<Story> stories;
  std::vector<Frame> frames;  // one per claim, in the order the claims were given
};

// Stories of the profiled documents, then each claim's frame.
Framing frame_claims(const std::vector<StoredClaim>& claims, std::vector<Profile> profiles);

// The event type named in a piece of text ("" if none), and its class.
std::string event_type_in(std::string_view text);
EventClass event_class_of(std::string_view event_type);
// A place and the places that contain it, innermost first (تادف → تادف, الباب, حلب, سورية).
std::vector<std::string> place_chain(const std::string& place);

}  // namespace mizan::match
