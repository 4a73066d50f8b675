#include "options.hpp"

#include <charconv>
#include <iostream>

#include "quelle/quelle.hpp"

namespace quelle::cli {

namespace {

// --jobs N: a whole number from 1 to 1024, nothing else.
std::optional<unsigned> job_count(const std::string& v) {
  unsigned n = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < 1 || n > 1024) {
    std::cerr << "quelle: --jobs needs a number from 1 to 1024, not '" << v << "'\n";
    return std::nullopt;
  }
  return n;
}

}  // namespace

std::optional<CommonOptions> parse_common(const Args& args, Command command) {
  const bool analyze = command == Command::Analyze;
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
    } else if (analyze && a == "--encoding") {
      auto v = value("--encoding");
      if (!v) return std::nullopt;
      o.encoding = *v;  // checked by the converter (encoding.hpp)
    } else if (!analyze && (a == "--jobs" || a == "-j")) {
      auto v = value("--jobs");
      if (!v) return std::nullopt;
      const auto n = job_count(*v);
      if (!n) return std::nullopt;
      o.jobs = *n;
    } else if (analyze && o.file.empty() && (a == "-" || a.rfind("--", 0) != 0)) {
      o.file = a;
    } else {
      std::cerr << "quelle: unexpected argument '" << a << "' (see quelle --help)\n";
      return std::nullopt;
    }
  }
  return o;
}

}  // namespace quelle::cli
