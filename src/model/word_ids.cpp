#include "model/word_ids.hpp"

#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace mizan {

namespace {
struct Words {
  std::mutex lock;
  std::deque<std::string> text;  // a deque: a word's bytes never move, so the map's keys stay valid
  std::unordered_map<std::string_view, std::uint32_t> ids;
};
Words& words() {
  static Words w;
  return w;
}
}  // namespace

std::uint32_t context_word_id(std::string_view word) {
  Words& w = words();
  const std::lock_guard<std::mutex> hold(w.lock);
  if (const auto it = w.ids.find(word); it != w.ids.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(w.text.size());
  w.text.emplace_back(word);
  w.ids.emplace(w.text.back(), id);
  return id;
}

std::string_view context_word(std::uint32_t id) {
  Words& w = words();
  const std::lock_guard<std::mutex> hold(w.lock);
  return id < w.text.size() ? std::string_view(w.text[id]) : std::string_view();
}

}  // namespace mizan
