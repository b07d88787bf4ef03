#include "ingest/json.hpp"

#include "text/utf8.hpp"

namespace mizan::ingest {

namespace {

struct Parser {
  std::string_view s;
  std::size_t i = 0;
  std::string error;
  int depth = 0;

  bool fail(const char* what) {
    if (error.empty()) error = std::string(what) + " at byte " + std::to_string(i);
    return false;
  }
  void skip_ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  }
  bool hex4(unsigned& out) {
    if (i + 4 > s.size()) return fail("truncated \\u escape");
    out = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s[i++];
      out <<= 4;
      if (c >= '0' && c <= '9') out |= c - '0';
      else if (c >= 'a' && c <= 'f') out |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') out |= c - 'A' + 10;
      else return fail("bad \\u escape");
    }
    return true;
  }
  bool string(std::string& out) {
    if (i >= s.size() || s[i] != '"') return fail("expected a string");
    ++i;
    while (i < s.size()) {
      const char c = s[i++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
      if (c != '\\') {
        out.push_back(c);
        continue;
      }
      if (i >= s.size()) break;
      const char e = s[i++];
      switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          unsigned cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned lo = 0;
            if (i + 2 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
              i += 2;
              if (!hex4(lo)) return false;
              if (lo >= 0xDC00 && lo <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              else cp = 0xFFFD;
            } else {
              cp = 0xFFFD;
            }
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            cp = 0xFFFD;
          }
          utf8::append(out, cp);
          break;
        }
        default: return fail("bad escape");
      }
    }
    return fail("unterminated string");
  }
  bool literal(std::string_view word) {
    if (s.substr(i, word.size()) != word) return fail("unexpected token");
    i += word.size();
    return true;
  }
  bool number(std::string& out) {
    const std::size_t start = i;
    if (i < s.size() && s[i] == '-') ++i;
    while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == 'e' || s[i] == 'E' ||
                            s[i] == '+' || s[i] == '-'))
      ++i;
    if (i == start) return fail("unexpected token");
    out.assign(s.substr(start, i - start));
    return true;
  }
  bool value(std::string* out) {  // out: where a string/number goes; null to skip
    skip_ws();
    if (i >= s.size()) return fail("unexpected end");
    std::string scratch;
    switch (s[i]) {
      case '"': return string(out ? *out : scratch);
      case '{': return object(nullptr);
      case '[': {
        if (++depth > 64) return fail("nesting too deep");
        ++i;
        skip_ws();
        if (i < s.size() && s[i] == ']') { ++i; --depth; return true; }
        while (true) {
          if (!value(nullptr)) return false;
          skip_ws();
          if (i < s.size() && s[i] == ',') { ++i; continue; }
          if (i < s.size() && s[i] == ']') { ++i; --depth; return true; }
          return fail("expected , or ]");
        }
      }
      case 't': return literal("true");
      case 'f': return literal("false");
      case 'n': return literal("null");
      default: return number(out ? *out : scratch);
    }
  }
  bool object(std::map<std::string, std::string>* fields) {
    if (++depth > 64) return fail("nesting too deep");
    skip_ws();
    if (i >= s.size() || s[i] != '{') return fail("expected {");
    ++i;
    skip_ws();
    if (i < s.size() && s[i] == '}') { ++i; --depth; return true; }
    while (true) {
      skip_ws();
      std::string key;
      if (!string(key)) return false;
      skip_ws();
      if (i >= s.size() || s[i] != ':') return fail("expected :");
      ++i;
      std::string v;
      if (!value(fields ? &v : nullptr)) return false;
      if (fields) (*fields)[key] = std::move(v);
      skip_ws();
      if (i < s.size() && s[i] == ',') { ++i; continue; }
      if (i < s.size() && s[i] == '}') { ++i; --depth; return true; }
      return fail("expected , or }");
    }
  }
};

}  // namespace

std::optional<std::map<std::string, std::string>> parse_json_object(std::string_view text,
                                                                    std::string& error) {
  Parser p;
  p.s = text;
  std::map<std::string, std::string> fields;
  if (!p.object(&fields)) {
    error = p.error;
    return std::nullopt;
  }
  p.skip_ws();
  if (p.i != text.size()) {
    error = "text after the object at byte " + std::to_string(p.i);
    return std::nullopt;
  }
  return fields;
}

}  // namespace mizan::ingest
