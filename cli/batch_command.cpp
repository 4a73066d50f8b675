#include <unistd.h>

#include <iostream>
#include <string>

#include "batch_line.hpp"
#include "commands.hpp"
#include "models.hpp"
#include "options.hpp"

namespace quelle::cli {

int batch_command(const Args& args) {
  auto opt = parse_common(args, /*allow_file=*/false);
  if (!opt) return kExitUsage;
  ModelStore models;
  load_models(model_dir(opt->models), models);

  const bool progress = isatty(STDERR_FILENO) != 0;
  std::string line;
  size_t done = 0;
  size_t failed = 0;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const BatchAnswer out = answer_batch_line(line, *opt, models);
    if (out.error) ++failed;
    std::cout << out.line << '\n';
    ++done;
    if (progress && done % 100 == 0)
      std::cerr << "\rquelle: " << done << " lines, " << failed << " errors" << std::flush;
  }
  std::cout.flush();
  if (progress) std::cerr << "\rquelle: " << done << " lines, " << failed << " errors\n";
  if (!std::cout) {
    std::cerr << "quelle: write error\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace quelle::cli
