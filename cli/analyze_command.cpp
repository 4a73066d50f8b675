#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "commands.hpp"
#include "models.hpp"
#include "options.hpp"
#include "quelle/quelle.hpp"

namespace quelle::cli {

int analyze_command(const Args& args) {
  auto opt = parse_common(args, /*allow_file=*/true);
  if (!opt) return kExitUsage;

  std::string text;
  if (opt->file.empty() || opt->file == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(opt->file, std::ios::binary);
    if (!in) {
      std::cerr << "quelle: cannot read '" << opt->file << "'\n";
      return kExitFailure;
    }
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }

  ModelStore models;
  load_models(model_dir(opt->models), models);
  Options options;
  options.language = opt->language;
  options.entities = opt->entities;
  options.quotes = opt->quotes;
  options.gender = opt->gender;
  options.models = &models;

  auto result = analyze(text, options);
  if (!result) {
    std::cerr << "quelle: " << error_code_name(result.error().code) << ": " << result.error().message << "\n";
    return kExitFailure;
  }
  std::cout << to_json_string(*result, opt->pretty) << "\n";
  return kExitOk;
}

}  // namespace quelle::cli
