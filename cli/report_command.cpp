// quelle report: the corpus summary of `quelle batch` output (core/report/,
// the same code as the page's corpus mode). cli/ only reads the lines and
// writes the JSON.
#include <fstream>
#include <iostream>
#include <string>

#include "commands.hpp"
#include "report/report.hpp"

namespace quelle::cli {
namespace {

struct ReportOptions {
  std::string file;  // "" or "-": stdin
  bool pretty = false;
  bool articles = false;  // also one summary line per article, before the corpus
  size_t top = 25;
};

std::optional<ReportOptions> parse_report(const Args& args) {
  ReportOptions o;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--pretty") {
      o.pretty = true;
    } else if (a == "--articles") {
      o.articles = true;
    } else if (a == "--top" && i + 1 < args.size() &&
               args[i + 1].find_first_not_of("0123456789") == std::string::npos && !args[i + 1].empty()) {
      o.top = std::stoul(args[++i]);
    } else if ((a.empty() || a[0] != '-' || a == "-") && o.file.empty()) {
      o.file = a;
    } else {
      std::cerr << "quelle report: unknown or incomplete option '" << a << "' (see quelle --help)\n";
      return std::nullopt;
    }
  }
  return o;
}

}  // namespace

int report_command(const Args& args) {
  const auto opt = parse_report(args);
  if (!opt) return kExitUsage;
  std::ifstream file;
  if (!opt->file.empty() && opt->file != "-") {
    file.open(opt->file, std::ios::binary);
    if (!file) {
      std::cerr << "quelle: cannot read '" << opt->file << "'\n";
      return kExitFailure;
    }
  }
  std::istream& in = file.is_open() ? static_cast<std::istream&>(file) : std::cin;
  report::Corpus corpus;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    auto summary = report::summarize_record(line);
    // A line that is no batch record still counts, as an article with an
    // error, so that the report names it and the run goes on.
    if (!summary) {
      summary = report::failed_article({}, error_code_name(summary.error().code),
                                       summary.error().message + " (line " + std::to_string(number) + ")");
    }
    corpus.add(*summary);
    if (opt->articles)
      std::cout << report::to_json(*summary, false).dump(-1, ' ', false, report::json::error_handler_t::replace)
                << '\n';
  }
  std::cout << corpus.to_json(opt->top).dump(opt->pretty ? 2 : -1, ' ', false, report::json::error_handler_t::replace)
            << '\n';
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "quelle: write error\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace quelle::cli
