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
  bool pretty = false;
  bool entities = true;
  bool quotes = true;
  bool gender = true;
};

// Parses args; prints the problem and returns nullopt on a usage error.
std::optional<CommonOptions> parse_common(const Args& args, bool allow_file);

}  // namespace quelle::cli
