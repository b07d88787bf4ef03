#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/date.hpp"

namespace mizan {

// A byte range [begin, end) in a document's original UTF-8 text.
struct Span {
  std::uint32_t begin = 0, end = 0;
  std::uint32_t size() const { return end - begin; }
};

// Where each piece of metadata came from, strongest first; kept so users can see why.
// url: the date a page's address gives, used only when nothing else gives one.
enum class Source : std::uint8_t { none = 0, url, text, jsonl, header, manifest, flag };

struct Document {
  std::string name;  // file name, or "<file>#<line>" / the JSONL id
  std::string path;  // where it was read from
  std::string text;  // the article body, original bytes (header block removed)
  std::uint32_t text_offset = 0;  // where `text` starts in the file's bytes
  std::string outlet;
  DateRange published;  // unknown when nothing says
  std::string url;
  std::string title;
  std::string sha256;  // of the bytes as read
  Source outlet_source = Source::none;
  Source date_source = Source::none;
};

struct Sentence {
  std::uint32_t index = 0;
  Span span;  // into Document::text
};

}  // namespace mizan
