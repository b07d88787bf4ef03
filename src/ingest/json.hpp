#pragma once
// Just enough JSON for JSONL articles: one object per line whose string fields are read; numbers,
// booleans, null, nested arrays and objects are validated and skipped.
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace mizan::ingest {

// The object's top-level string fields (numbers are kept as their text). nullopt with `error` set
// (naming the byte offset) when the text is not one JSON object.
std::optional<std::map<std::string, std::string>> parse_json_object(std::string_view text,
                                                                    std::string& error);

}  // namespace mizan::ingest
