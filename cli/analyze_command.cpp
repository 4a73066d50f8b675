#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "commands.hpp"
#include "encoding.hpp"
#include "models.hpp"
#include "options.hpp"
#include "quelle/quelle.hpp"

namespace quelle::cli {

int analyze_command(const Args& args) {
  auto opt = parse_common(args, Command::Analyze);
  if (!opt) return kExitUsage;
  const bool from_stdin = opt->file.empty() || opt->file == "-";
  const std::string source = from_stdin ? "standard input" : "'" + opt->file + "'";
  if (!encoding_known(opt->encoding)) {
    std::cerr << "quelle: " << source << ": unknown encoding '" << opt->encoding
              << "' (auto, utf-8, windows-1252, iso-8859-1, or another name ICU's converters know)\n";
    return kExitUsage;
  }
  std::string bytes;
  if (from_stdin) {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(opt->file, std::ios::binary);
    if (!in) {
      std::cerr << "quelle: cannot read " << source << "\n";
      return kExitFailure;
    }
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const DecodedText text = decode_text(bytes, opt->encoding);
  if (!text.error.empty()) {
    std::cerr << "quelle: " << source << ": " << text.error << "\n";
    return kExitFailure;
  }
  // A guess is said, so that a misread archive can be traced to it.
  if (opt->encoding == "auto" && text.encoding != "UTF-8") {
    std::cerr << "quelle: " << source << ": read as " << text.encoding << " (detected)\n";
  }

  ModelStore models;
  load_models(model_dir(opt->models), models);
  Options options;
  options.language = opt->language;
  options.entities = opt->entities;
  options.quotes = opt->quotes;
  options.gender = opt->gender;
  options.models = &models;

  auto result = analyze(text.utf8, options);
  if (!result) {
    std::cerr << "quelle: " << source << ": " << error_code_name(result.error().code) << ": " << result.error().message
              << "\n";
    return kExitFailure;
  }
  std::cout << to_json_string(*result, opt->pretty) << "\n";
  return kExitOk;
}

}  // namespace quelle::cli
