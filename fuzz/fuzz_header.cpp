// libFuzzer: reading a .txt article (checks, header block, HTML) from any bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "ingest/reader.hpp"
#include "model/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> problems;
  try {
    const auto docs = mizan::ingest::read_documents("fuzz.txt", bytes, nullptr, {}, problems);
    for (const mizan::Document& d : docs) {
      if (d.text_offset > bytes.size()) std::abort();
      if (d.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) std::abort();  // refused, never stored
    }
  } catch (const mizan::InputError&) {
  }
  (void)mizan::ingest::is_arabic_text(bytes);
  if (mizan::ingest::looks_like_html(bytes)) (void)mizan::ingest::strip_html(bytes);
  return 0;
}
