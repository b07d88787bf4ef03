#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace mizan {

// Text many values hold alike without a copy each: a sentence all of whose claims carry it. A
// sentence may be kilobytes long (a line without a full stop is cut at 8 KiB) and hold hundreds of
// claims; each claim holding a copy made memory and time grow with claims times sentence length.
// Read-only; reads as a std::string_view.
class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text) : text_(std::make_shared<const std::string>(std::move(text))) {}  // NOLINT: implicit by design
  SharedText(const char* text) : SharedText(std::string(text)) {}                                 // NOLINT

  operator std::string_view() const { return view(); }  // NOLINT: reads as text
  std::string_view view() const { return text_ ? std::string_view(*text_) : std::string_view(); }
  std::size_t size() const { return view().size(); }
  bool empty() const { return view().empty(); }
  char operator[](std::size_t i) const { return view()[i]; }
  std::string_view substr(std::size_t pos, std::size_t n = std::string_view::npos) const { return view().substr(pos, n); }
  std::size_t find(std::string_view s, std::size_t pos = 0) const { return view().find(s, pos); }
  bool operator==(std::string_view s) const { return view() == s; }

 private:
  std::shared_ptr<const std::string> text_;
};

}  // namespace mizan
