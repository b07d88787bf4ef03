#include "report/escape.hpp"

#include <cstdio>

namespace mizan::report {

namespace {
// Whether a spreadsheet would read the text as a formula: it begins with = + - @ (or a tab or
// carriage return before one) and is not a plain number.
bool formula_like(std::string_view s) {
  if (s.empty()) return false;
  const char c = s.front();
  if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') return false;
  if (c == '-' || c == '+') {
    bool number = s.size() > 1;
    for (std::size_t i = 1; i < s.size(); ++i)
      if (!((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) number = false;
    return !number;
  }
  return true;
}
}  // namespace

std::string csv_field(std::string_view s) {
  std::string text = formula_like(s) ? "'" + std::string(s) : std::string(s);
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string sheet_tsv(std::string_view s) { return formula_like(s) ? "'" + tsv_escape(s) : tsv_escape(s); }

std::string tsv_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(c));
          out += buf;
        } else {
          out.push_back(c);
        }
    }
  }
  return out;
}

std::string json_string(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

std::ostream& operator<<(std::ostream& out, Json j) {
  thread_local std::string buffer;
  buffer.clear();
  append_json_string(buffer, j.text);
  return out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

void append_json_string(std::string& out, std::string_view s) {
  out.reserve(out.size() + s.size() + 2);
  out.push_back('"');
  // Runs of bytes that need no escape are copied whole (a report writes millions of strings).
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') continue;
        out.push_back(c);
    }
  }
  return out;
}

std::string md_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (const char c : s) {
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '#':
      case '!': case '~':
        out.push_back('\\');
        out.push_back(c);
        break;
      case '&': out += "&amp;"; break;
      case '\n': case '\r': case '\t': out.push_back(' '); break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) continue;
        out.push_back(c);
    }
  }
  return out;
}

}  // namespace mizan::report
