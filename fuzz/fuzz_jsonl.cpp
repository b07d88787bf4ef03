// libFuzzer: the JSON object reader on one line, and reading a .jsonl file of any bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "ingest/json.hpp"
#include "ingest/reader.hpp"
#include "model/error.hpp"
#include "text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  if (const auto fields = mizan::ingest::parse_json_object(bytes, error)) {
    // Strings decoded from valid UTF-8 JSON are valid UTF-8.
    if (mizan::utf8::first_invalid(bytes) == std::string::npos)
      for (const auto& [key, value] : *fields)
        if (mizan::utf8::first_invalid(value) != std::string::npos) std::abort();
  } else if (error.empty()) {
    std::abort();  // a refusal always says why
  }
  std::vector<std::string> problems;
  try {
    for (const mizan::Document& d : mizan::ingest::read_documents("fuzz.jsonl", bytes, nullptr, {}, problems))
      if (d.text.empty() || d.sha256.size() != 64) std::abort();
  } catch (const mizan::InputError&) {
  }
  return 0;
}
