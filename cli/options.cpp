#include "options.hpp"

#include <iostream>

#include "quelle/quelle.hpp"

namespace quelle::cli {

std::optional<CommonOptions> parse_common(const Args& args, bool allow_file) {
  CommonOptions o;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* name) -> std::optional<std::string> {
      if (i + 1 >= args.size()) {
        std::cerr << "quelle: " << name << " needs a value\n";
        return std::nullopt;
      }
      return args[++i];
    };
    if (a == "--pretty") {
      o.pretty = true;
    } else if (a == "--no-entities") {
      o.entities = false;
    } else if (a == "--no-quotes") {
      o.quotes = false;
    } else if (a == "--no-gender") {
      o.gender = false;
    } else if (a == "--language" || a == "-l") {
      auto v = value("--language");
      if (!v) return std::nullopt;
      if (!is_supported_language(*v)) {
        std::cerr << "quelle: unsupported language '" << *v << "' (expected one of " << language_list() << ")\n";
        return std::nullopt;
      }
      o.language = *v;
    } else if (a == "--models") {
      auto v = value("--models");
      if (!v) return std::nullopt;
      o.models = *v;
    } else if (allow_file && o.file.empty() && (a == "-" || a.rfind("--", 0) != 0)) {
      o.file = a;
    } else {
      std::cerr << "quelle: unexpected argument '" << a << "' (see quelle --help)\n";
      return std::nullopt;
    }
  }
  return o;
}

}  // namespace quelle::cli
