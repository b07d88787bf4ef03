#pragma once
// What a claim is about beyond its subject key: the event it belongs to, when that event was, where,
// and the story (the documents reporting one event) its document belongs to. Built by the match
// stage (src/match/) and read by the comparator, which compares two claims only when their frames
// say they can be about the same thing.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/date.hpp"

namespace mizan {

// How a quantity of an event behaves over time: a toll or a standing figure may change from day to
// day (different values on different days evolve); a one-off event (an exchange, a match, an
// election's result, a budget) has one value, whenever it is reported.
enum class EventClass : std::uint8_t { unknown, toll, one_off };

// A place and the places that contain it, innermost first (تادف, الباب, حلب, سورية): one copy per
// place, shared by the frames of every claim at it (a million claims name a few hundred places).
class PlaceChain {
 public:
  PlaceChain() = default;
  PlaceChain(std::vector<std::string> chain)  // NOLINT: implicit, so a chain can be written as a list
      : chain_(chain.empty() ? nullptr : std::make_shared<const std::vector<std::string>>(std::move(chain))) {}
  bool empty() const { return !chain_; }
  std::size_t size() const { return chain_ ? chain_->size() : 0; }
  const std::string& front() const { return chain_->front(); }
  const std::string& back() const { return chain_->back(); }
  std::vector<std::string>::const_iterator begin() const { return chain_ ? chain_->begin() : kNone.begin(); }
  std::vector<std::string>::const_iterator end() const { return chain_ ? chain_->end() : kNone.end(); }
  void clear() { chain_.reset(); }
  bool operator==(const std::vector<std::string>& other) const {
    return chain_ ? *chain_ == other : other.empty();
  }

 private:
  static inline const std::vector<std::string> kNone{};
  std::shared_ptr<const std::vector<std::string>> chain_;
};

struct Frame {
  std::string event_type;   // "earthquake", "exchange", ... from grammar/lexicon/event_types.tsv; "" unknown
  EventClass event_class = EventClass::unknown;
  bool event_in_parts = false;     // its occurrence is carried out in parts on several days (an exchange's batches)
  // Which part its clause names, by a batch noun and an ordinal (grammar/lexicon/batch_nouns.tsv:
  // "المرحلة الثانية", "في ثاني أيام الهدنة": 2); 0 when none or more than one.
  int part = 0;
  bool event_in_sentence = false;  // the type was named in the claim's own sentence, not only in its document
  // A toll its sentence gives as a count that rose to it ("ارتفعت الحصيلة إلى":
  // grammar/lexicon/toll_stages.tsv): one stage of a count still rising.
  bool toll_stage = false;
  // Its clause gives it as of an hour of the day ("إلى حدود الساعة العاشرة مساءً، بلغ عدد
  // الوفيات 2012", "بلغت 14.16% إلى حدود الساعة الواحدة"): one stage of a running count.
  bool as_of_hour = false;
  // It counts one period's new cases or deaths ("188 إصابة جديدة", "72 وفاة خلال ال24 ساعة"), not a
  // running total (grammar/lexicon/period_markers.tsv): two periods' counts are two quantities.
  bool per_period = false;
  // Its sentence counts, after it, several places it is spread over ("إلى 138 جراء الأمطار والسيول
  // التي اجتاحت 10 ولايات": grammar/lexicon/spread_classes.tsv): a country's or a region's toll.
  bool spread = false;
  std::int32_t story = -1;         // index into the stories; -1 when its document reports nothing shared
  DateRange time;                  // when the claim holds; an undated document's claims borrow their story's bounds
  bool time_borrowed = false;      // the time came from the story, not from the document or the sentence
  bool time_from_text = false;     // an undated document's day, read from the dates its text names
  PlaceChain places;  // the claim's place and the places that contain it (تادف, الباب, حلب, سورية)
  std::string nationality;          // a count of people of one country ("41 حاجا أردنيا": الأردن); "" unknown
  // Whose share of the vote or votes it gives: the story's names in its clause before it (sorted;
  // empty when none or when it is no one's share).
  std::vector<std::string> participants;
  // Of those, the one written nearest before the number ("العياشي زمال ... على 7.35%": زمال): whose
  // share it is when the clause names several.
  std::string participant;
  // The words around the number (folded, clitics off; as ids of model/word_ids.hpp, sorted), each
  // with how rare it is in the corpus: two claims whose words share names and rare words are more
  // likely about one thing.
  std::vector<std::pair<std::uint32_t, float>> context;
  // Its document states other values of the same kind and class ("318 أسيرا" beside "887 أسيرا"):
  // what it counts alone does not say which of them another document's figure is about.
  bool crowded = false;
  // What it counts says only "people", "cases" or nothing the lexicon knows (شخص، حالة، a noun kept as
  // written): compatible with any class, a slot missing rather than matched.
  bool counted_generic = false;
  // It counts people by who they are (pilgrims, children) or by what happened to them (deaths,
  // injured): one of each may be the same figure ("وفاة 550 حاجا" and "550 حالة وفاة").
  bool counted_person = false, counted_outcome = false;
  // What a sum of money is of (losses, revenue, spending: grammar/lexicon/money_heads.tsv); "" unknown.
  std::string sum_of;
  // It measures (km, degrees: grammar/lexicon/measure_classes.tsv) rather than counts.
  bool counted_measure = false;
};

// How much two claims' contexts share: the rarity of the words both have.
inline double shared_context(const Frame& a, const Frame& b) {
  double sum = 0;
  auto i = a.context.begin(), j = b.context.begin();
  while (i != a.context.end() && j != b.context.end()) {
    if (i->first < j->first) ++i;
    else if (j->first < i->first) ++j;
    else sum += std::min(i->second, j->second), ++i, ++j;
  }
  return sum;
}

// Whether two place chains (a place and the places containing it, innermost first) can name the
// same place: one contains the other, or either is unknown.
inline bool places_compatible(const PlaceChain& a, const PlaceChain& b) {
  if (a.empty() || b.empty()) return true;
  for (const std::string& x : b)
    if (x == a.front()) return true;
  for (const std::string& x : a)
    if (x == b.front()) return true;
  return false;
}

// Documents that report one event.
struct Story {
  std::int32_t id = 0;
  std::string event_type;               // the type most of its documents report
  std::vector<std::int64_t> documents;  // document ids, ascending
  DateRange dates;                      // from the first to the last dated document; unknown when none is dated
  std::string label;                    // the words its documents share most, for people
};

}  // namespace mizan
