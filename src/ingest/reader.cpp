#include "ingest/reader.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

#include "ingest/json.hpp"
#include "ingest/sha256.hpp"
#include "model/error.hpp"
#include "text/utf8.hpp"

namespace mizan::ingest {

namespace fs = std::filesystem;

namespace {

std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = line.find(sep, start);
    out.push_back(line.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string base_name(const std::string& path) {
  if (path == "-") return "stdin";
  return fs::path(path).filename().string();
}

bool is_unknown(std::string_view s) { return s.empty() || s == "unknown" || s == "?"; }

// The header block: "key: value" lines at the very top, ended by a blank line.
struct Header {
  std::size_t body_offset = 0;  // 0 when there is no header
  std::map<std::string, std::string> fields;
};

Header read_header(std::string_view text) {
  Header h;
  std::size_t pos = 0;
  std::map<std::string, std::string> fields;
  for (int lines = 0; lines < 40 && pos < text.size(); ++lines) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) return h;  // a header must end with a blank line
    const std::string_view line = trim(text.substr(pos, nl - pos));
    if (line.empty()) {
      if (fields.empty()) return h;
      h.body_offset = nl + 1;
      h.fields = std::move(fields);
      return h;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 20) return h;
    const std::string_view key = line.substr(0, colon);
    if (!std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; }))
      return h;
    fields[std::string(key)] = std::string(trim(line.substr(colon + 1)));
    pos = nl + 1;
  }
  return h;
}

void apply_date(Document& d, const std::string& value, Source source, const std::string& where) {
  if (is_unknown(value)) {
    d.published = {};
    d.date_source = source;
    return;
  }
  d.published = parse_date_arg(value, where);
  d.date_source = source;
}

// A document nothing dates takes the date its address gives, if any.
void date_from_url(Document& d) {
  if (d.published.known() || d.url.empty()) return;
  d.published = date_in_url(d.url);
  if (d.published.known()) d.date_source = Source::url;
}

// Flags, then the manifest, then what the file said: the strongest source that says something wins.
void apply_outer_metadata(Document& d, const Manifest* manifest, const Overrides& o) {
  if (manifest) {
    if (const ManifestEntry* e = manifest->find(d.name)) {
      if (!e->error.empty()) throw InputError(e->error + " (the manifest row of " + d.name + ")");
      if (!e->outlet.empty()) {
        d.outlet = e->outlet;
        d.outlet_source = Source::manifest;
      }
      if (e->published) {
        d.published = *e->published;
        d.date_source = Source::manifest;
      }
    }
  }
  if (!o.outlet.empty()) {
    d.outlet = o.outlet;
    d.outlet_source = Source::flag;
  }
  if (o.published) {
    d.published = *o.published;
    d.date_source = Source::flag;
  }
}

}  // namespace

DateRange date_in_url(std::string_view url) {
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > url.size()) return false;
    out = 0;
    for (std::size_t k = at; k < at + n; ++k) {
      if (url[k] < '0' || url[k] > '9') return false;
      out = out * 10 + (url[k] - '0');
    }
    return true;
  };
  auto ends = [&](std::size_t at) { return at >= url.size() || !(url[at] >= '0' && url[at] <= '9'); };
  for (std::size_t at = url.find('/'); at != std::string_view::npos; at = url.find('/', at + 1)) {
    int y = 0, m = 0, d = 0;
    const std::size_t p = at + 1;
    if (!digits(p, 4, y) || y < 1990 || y > 2100 || p + 4 >= url.size()) continue;
    const char sep = url[p + 4];
    if (sep != '/' && sep != '-') continue;
    if (digits(p + 5, 4, m) && ends(p + 9)) {  // /2024/0912/
      d = m % 100;
      m /= 100;
    } else if (!digits(p + 5, 2, m) || !ends(p + 7)) {
      continue;
    } else if (p + 7 < url.size() && url[p + 7] == sep && digits(p + 8, 2, d) && ends(p + 10)) {
      // /2022/09/22 or /2024-09-11
    } else {
      d = 0;  // /2022/09/: a month
    }
    if (m < 1 || m > 12) continue;
    if (d == 0) return DateRange::month(y, m);
    if (d > days_in_month(y, m)) continue;
    return DateRange::day(y, m, d);
  }
  return {};
}

DateRange parse_date_arg(const std::string& text, const std::string& where) {
  const std::string t(trim(text));
  // "2018-11-28T10:00:00Z" and "2018-11-28 10:00" keep their day.
  std::string day = t.substr(0, std::min<std::size_t>(t.size(), 10));
  if (t.size() > 10 && (t[10] == 'T' || t[10] == ' ')) day = t.substr(0, 10);
  else day = t;
  if (auto r = parse_iso(day)) return *r;
  throw InputError(where + ": '" + t + "' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)");
}

Manifest Manifest::load(const std::string& path) {
  const std::string bytes = read_file(path);
  Manifest m;
  std::istringstream in(bytes);
  std::string line;
  int file_col = -1, outlet_col = -1, date_col = -1;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const auto cells = split(line, '\t');
    if (file_col < 0) {
      for (std::size_t i = 0; i < cells.size(); ++i) {
        const auto c = trim(cells[i]);
        if (c == "file") file_col = static_cast<int>(i);
        else if (c == "outlet") outlet_col = static_cast<int>(i);
        else if (c == "published") date_col = static_cast<int>(i);
      }
      if (file_col < 0)
        throw InputError(path + ":" + std::to_string(n) + ": manifest header has no 'file' column");
      continue;
    }
    auto cell = [&](int col) { return col >= 0 && col < static_cast<int>(cells.size()) ? std::string(trim(cells[col])) : std::string(); };
    ManifestEntry e;
    e.outlet = cell(outlet_col);
    const std::string date = cell(date_col);
    try {
      if (!is_unknown(date)) e.published = parse_date_arg(date, path + ":" + std::to_string(n));
    } catch (const InputError& bad) {
      e.error = bad.what();
    }
    m.entries_[cell(file_col)] = std::move(e);
  }
  return m;
}

const ManifestEntry* Manifest::find(const std::string& file_name) const {
  if (auto it = entries_.find(file_name); it != entries_.end()) return &it->second;
  // A document named by its path in a directory ("2024/022.txt") is found by its file's name too.
  if (const std::string base = fs::path(file_name).filename().string(); base != file_name)
    if (auto it = entries_.find(base); it != entries_.end()) return &it->second;
  const std::string stem = fs::path(file_name).stem().string();
  if (auto it = entries_.find(stem); it != entries_.end()) return &it->second;
  return nullptr;
}

std::vector<Input> find_inputs(const std::vector<std::string>& args, std::vector<std::string>& problems,
                               std::vector<std::string>* notes, const std::string& quiet_file) {
  std::error_code quiet_ec;
  const fs::path quiet = quiet_file.empty() ? fs::path() : fs::weakly_canonical(quiet_file, quiet_ec);
  std::vector<Input> out;
  for (const std::string& a : args) {
    if (a == "-") {
      out.push_back({a, "stdin"});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(a, ec);
    if (ec || !fs::exists(st)) {
      problems.push_back(a + ": no such file or directory");
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back({a, base_name(a)});
      continue;
    }
    std::vector<std::string> found;
    std::map<std::string, std::size_t> passed_over;  // extension -> files
    std::set<std::string> seen_dirs;
    std::vector<fs::path> stack{fs::path(a)};
    while (!stack.empty()) {
      const fs::path dir = stack.back();
      stack.pop_back();
      const fs::path canonical = fs::weakly_canonical(dir, ec);
      if (!seen_dirs.insert(canonical.string()).second) continue;  // a symlink loop, visited once
      for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        const fs::path p = it->path();
        if (p.filename().string().rfind('.', 0) == 0) continue;  // hidden: .DS_Store, .git
        std::error_code e2;
        const std::string ext = p.extension().string();
        if (fs::is_directory(p, e2)) {
          stack.push_back(p);
        } else if (ext == ".txt" || ext == ".jsonl" || ext == ".html" || ext == ".htm") {
          found.push_back(p.string());
        } else if (quiet.empty() || fs::weakly_canonical(p, e2) != quiet) {
          ++passed_over[ext.empty() ? "no extension" : ext];
        }
      }
      if (ec) {
        problems.push_back(dir.string() + ": cannot list: " + ec.message());
        ec.clear();
      }
    }
    std::sort(found.begin(), found.end());
    for (const std::string& f : found) out.push_back({f, fs::path(f).lexically_relative(a).generic_string()});
    if (notes && !passed_over.empty()) {
      std::size_t n = 0;
      std::string kinds;
      for (const auto& [ext, count] : passed_over) {
        n += count;
        kinds += (kinds.empty() ? "" : ", ") + std::to_string(count) + " " + ext;
      }
      notes->push_back(a + ": " + std::to_string(n) + (n == 1 ? " file" : " files") +
                       " passed over, not .txt, .jsonl or .html (" + kinds + ")");
    }
  }
  return out;
}

std::vector<std::string> collect_inputs(const std::vector<std::string>& args,
                                        std::vector<std::string>& problems) {
  std::vector<std::string> out;
  for (Input& in : find_inputs(args, problems)) out.push_back(std::move(in.path));
  return out;
}

std::string read_file(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw InputError(path + ": is a directory");
  const std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > kMaxDocumentBytes && fs::path(path).extension() != ".jsonl")
    throw InputError(path + ": " + std::to_string(size >> 20) + " MiB is too large for one article (at most " +
                     std::to_string(kMaxDocumentBytes >> 20) + " MiB); split it, or give it as JSONL");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open for reading");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw InputError(path + ": read error");
  return bytes;
}

std::size_t check_text(std::string_view bytes) { return check_bytes(bytes, /*one_document=*/true); }

std::size_t check_bytes(std::string_view bytes, bool one_document) {
  if (bytes.empty()) throw InputError("empty file");
  if (one_document && bytes.size() > kMaxDocumentBytes)
    throw InputError(std::to_string(bytes.size() >> 20) + " MiB is too large for one article (at most " +
                     std::to_string(kMaxDocumentBytes >> 20) + " MiB)");
  if (bytes.size() >= 2 && ((bytes[0] == '\xff' && bytes[1] == '\xfe') || (bytes[0] == '\xfe' && bytes[1] == '\xff')))
    throw InputError("UTF-16 text (byte-order mark); convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8");
  if (bytes.find('\0') != std::string_view::npos) throw InputError("binary file (contains NUL bytes)");
  std::size_t start = 0;
  if (bytes.substr(0, 3) == "\xef\xbb\xbf") start = 3;
  const std::size_t bad = utf8::first_invalid(bytes.substr(start));
  if (bad != std::string_view::npos)
    throw InputError("invalid UTF-8 at byte " + std::to_string(bad + start));
  const bool blank = std::all_of(bytes.begin() + start, bytes.end(), [](char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
  });
  if (blank) throw InputError("no text (only whitespace)");
  return start;
}

bool is_arabic_text(std::string_view text) {
  std::size_t arabic = 0, other = 0;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++other;
      ++i;
      continue;
    }
    const char32_t cp = utf8::decode(text, i);
    const bool arabic_block = (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
                              (cp >= 0x08A0 && cp <= 0x08FF) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
                              (cp >= 0xFE70 && cp <= 0xFEFF);
    const bool arabic_digit_or_mark = (cp >= 0x0660 && cp <= 0x066D) || (cp >= 0x06F0 && cp <= 0x06F9) ||
                                      (cp >= 0x064B && cp <= 0x065F) || cp == 0x060C || cp == 0x061B ||
                                      cp == 0x061F || cp == 0x0640;
    if (arabic_block) {
      if (!arabic_digit_or_mark) ++arabic;
    } else if (cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
               cp != 0xFFFD && !(cp >= 0xFE00 && cp <= 0xFE0F)) {
      ++other;  // letters of other scripts (punctuation, symbols and arrows excepted)
    }
  }
  return arabic > 0 && arabic * 9 >= other;
}

bool looks_like_html(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || text[first] != '<') return false;
  std::string head(text.substr(first, 512));
  std::transform(head.begin(), head.end(), head.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<p", "<div", "<article", "<meta"})
    if (head.find(tag) != std::string::npos) return true;
  return false;
}

std::string strip_html(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  std::size_t i = 0;
  auto lower_at = [&](std::size_t at, std::string_view word) {
    if (at + word.size() > html.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(html[at + k])) != word[k]) return false;
    return true;
  };
  while (i < html.size()) {
    const char c = html[i];
    if (c == '<') {
      for (std::string_view skip : {std::string_view("script"), std::string_view("style")}) {
        if (lower_at(i + 1, skip)) {
          const std::string close = "</" + std::string(skip);
          std::size_t j = i;
          while (j < html.size() && !lower_at(j, close)) ++j;
          i = j;
          break;
        }
      }
      const std::size_t end = html.find('>', i);
      if (end == std::string_view::npos) break;
      const bool block = lower_at(i + 1, "p") || lower_at(i + 1, "/p") || lower_at(i + 1, "br") ||
                         lower_at(i + 1, "div") || lower_at(i + 1, "/div") || lower_at(i + 1, "h") ||
                         lower_at(i + 1, "/h") || lower_at(i + 1, "li") || lower_at(i + 1, "tr");
      out.push_back(block ? '\n' : ' ');
      i = end + 1;
      continue;
    }
    if (c == '&') {
      static const std::pair<std::string_view, std::string_view> kEntities[] = {
          {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
          {"&apos;", "'"}, {"&nbsp;", " "}};
      bool done = false;
      for (const auto& [name, text] : kEntities) {
        if (html.substr(i, name.size()) == name) {
          out.append(text);
          i += name.size();
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

std::vector<Document> read_documents(const std::string& path, const std::string& bytes,
                                     const Manifest* manifest, const Overrides& overrides,
                                     std::vector<std::string>& problems, std::vector<std::string>* notes,
                                     const std::string& given_name) {
  const std::string name = given_name.empty() ? base_name(path) : given_name;
  std::vector<Document> docs;
  const bool jsonl = fs::path(path).extension() == ".jsonl";
  if (jsonl) {
    const std::size_t start = check_bytes(bytes, /*one_document=*/false);
    std::size_t pos = start;
    int line_no = 0;
    while (pos < bytes.size()) {
      std::size_t nl = bytes.find('\n', pos);
      if (nl == std::string::npos) nl = bytes.size();
      const std::string_view line = trim(std::string_view(bytes).substr(pos, nl - pos));
      const std::size_t line_start = pos;
      pos = nl + 1;
      ++line_no;
      if (line.empty()) continue;
      const std::string where = path + ":" + std::to_string(line_no);
      if (line.size() > kMaxDocumentBytes) {
        problems.push_back(where + ": a line of " + std::to_string(line.size() >> 20) + " MiB is too large for one article; line skipped");
        continue;
      }
      std::string error;
      auto fields = parse_json_object(line, error);
      if (!fields) {
        problems.push_back(where + ": not a JSON object (" + error + "); line skipped");
        continue;
      }
      Document d;
      d.path = path;
      d.text = (*fields)["text"];
      if (d.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
        problems.push_back(where + ": no \"text\" field, or only whitespace; line skipped");
        continue;
      }
      try {
        check_text(d.text);  // \u0000 and the like: what a file would be refused for
      } catch (const InputError& e) {
        problems.push_back(where + ": \"text\" is no article: " + e.what() + "; line skipped");
        continue;
      }
      d.name = (*fields)["id"].empty() ? name + ":" + std::to_string(line_no) : (*fields)["id"];
      d.url = (*fields)["url"];
      d.title = (*fields)["title"];
      d.text_offset = static_cast<std::uint32_t>(line_start);
      d.sha256 = sha256_hex(std::string(line));
      try {
        if (!(*fields)["outlet"].empty()) {
          d.outlet = (*fields)["outlet"];
          d.outlet_source = Source::jsonl;
        }
        if (fields->count("published")) apply_date(d, (*fields)["published"], Source::jsonl, where);
        apply_outer_metadata(d, manifest, overrides);
        date_from_url(d);
      } catch (const InputError& e) {
        problems.push_back(std::string(e.what()) + "; line skipped");
        continue;
      }
      docs.push_back(std::move(d));
    }
    return docs;
  }
  const std::size_t start = check_text(bytes);
  Document d;
  d.name = name;
  d.path = path;
  d.sha256 = sha256_hex(bytes);
  // Two texts read from stdin are two documents: unless named (--name), each is known by its bytes.
  if (path == "-" && name == "stdin") d.name = "stdin-" + d.sha256.substr(0, 12);
  std::string_view text = std::string_view(bytes).substr(start);
  const Header header = read_header(text);
  d.text_offset = static_cast<std::uint32_t>(start + header.body_offset);
  text.remove_prefix(header.body_offset);
  for (const auto& [key, value] : header.fields) {
    if (key == "outlet" && !is_unknown(value)) {
      d.outlet = value;
      d.outlet_source = Source::header;
    } else if (key == "published" || key == "date") {
      apply_date(d, value, Source::header, path + " (header)");
    } else if (key == "url") {
      d.url = value;
    } else if (key == "title" && !is_unknown(value)) {
      d.title = value;
    }
  }
  if (looks_like_html(text)) {
    d.text = strip_html(text);
    (notes ? *notes : problems).push_back(path + ": HTML; markup removed before reading");
  } else {
    d.text.assign(text);
  }
  if (d.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) throw InputError("no text after the header");
  apply_outer_metadata(d, manifest, overrides);
  date_from_url(d);
  docs.push_back(std::move(d));
  return docs;
}

}  // namespace mizan::ingest
