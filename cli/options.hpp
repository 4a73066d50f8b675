// Options shared by `analyze` and `batch`.
#pragma once

#include <optional>
#include <string>

#include "commands.hpp"

namespace quelle::cli {

struct CommonOptions {
  std::string language;  // "" = detect
  std::string models;    // "" = default folder
  std::string file;      // analyze only; "" or "-" = stdin
  std::string encoding;  // analyze only; "" = UTF-8, "auto" = detect, else an ICU converter name
  unsigned jobs = 0;     // batch only; threads, 0 = one per core
  bool pretty = false;
  bool entities = true;
  bool quotes = true;
  bool gender = true;
};

// Which command's options: a file and --encoding are analyze's, --jobs is
// batch's (its lines are JSON, which is UTF-8).
enum class Command { Analyze, Batch };

// Parses args; prints the problem and returns nullopt on a usage error.
std::optional<CommonOptions> parse_common(const Args& args, Command command);

}  // namespace quelle::cli
