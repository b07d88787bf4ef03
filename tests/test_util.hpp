#pragma once
// Helpers shared by the test files: paths of the source tree, running the built mizan, temp dirs.
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace mizan::test {

inline std::string source_path(const std::string& rel) { return std::string(MIZAN_SOURCE_DIR) + "/" + rel; }

inline std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// A fresh directory under the system temp dir, removed when the object goes.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    char tmpl[] = "/tmp/mizan-test-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

// Rows of a TSV text, cells split at tabs; empty lines and '#' comments skipped.
inline std::vector<std::vector<std::string>> tsv_rows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::size_t start = 0;
    while (true) {
      const auto tab = line.find('\t', start);
      cells.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(cells);
  }
  return rows;
}

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs the built mizan with `args` (a shell-quoted string) and optional stdin text.
// mizan run by the shell after `shell_first` (a command such as "ulimit -v 400000; ").
inline RunResult run_mizan_in_shell(const std::string& shell_first, const std::string& args, const std::string& stdin_text = "") {
  TempDir tmp;
  const std::string in = tmp / "stdin", out = tmp / "stdout", err = tmp / "stderr";
  write(in, stdin_text);
  const std::string cmd = shell_first + "'" + MIZAN_BINARY + "' " + args + " <'" + in + "' >'" + out + "' 2>'" + err + "'";
  const int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read(out);
  r.err = read(err);
  return r;
}

inline RunResult run_mizan(const std::string& args, const std::string& stdin_text = "") {
  return run_mizan_in_shell("", args, stdin_text);
}

}  // namespace mizan::test
