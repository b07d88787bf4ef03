#pragma once
// Command-line arguments of one subcommand: --name VALUE / --name=VALUE options, flags, positionals.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/error.hpp"

namespace mizan::cli {

// A mistake in how mizan was called; main prints it with a pointer to --help, exit code 2.
struct UsageError : Error {
  using Error::Error;
};

class Args {
 public:
  // `valued` options take a value, `flags` do not; anything else starting with - is a UsageError.
  Args(const std::string& command, const std::vector<std::string>& argv, const std::set<std::string>& valued,
       const std::set<std::string>& flags);
  bool flag(const std::string& name) const { return flags_.count(name) > 0; }
  std::optional<std::string> get(const std::string& name) const;
  std::string get_or(const std::string& name, const std::string& fallback) const;
  const std::vector<std::string>& positional() const { return positional_; }
  bool help() const { return flag("help"); }
  bool quiet() const { return flag("quiet"); }

 private:
  std::map<std::string, std::string> values_;
  std::set<std::string> flags_;
  std::vector<std::string> positional_;
};

double parse_double_option(const std::string& name, const std::string& value);

// "1 claim", "2 claims", "0 claims": a count with its noun (`plural`: when not noun + "s").
std::string counted(std::int64_t n, const std::string& noun, const std::string& plural = {});

}  // namespace mizan::cli
