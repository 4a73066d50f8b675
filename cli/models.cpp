#include "models.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <vector>

#ifndef QUELLE_DEFAULT_MODEL_DIR
#define QUELLE_DEFAULT_MODEL_DIR "models"
#endif

namespace quelle::cli {

std::string model_dir(const std::string& from_option) {
  if (!from_option.empty()) return from_option;
  if (const char* env = std::getenv("QUELLE_MODELS"); env != nullptr && *env != '\0') return env;
  return QUELLE_DEFAULT_MODEL_DIR;
}

namespace {

std::string model_path(const std::string& dir, std::string_view lang) {
  return dir + "/ner-" + std::string(lang) + ".qnm";
}

}  // namespace

void load_models(const std::string& dir, ModelStore& store) {
  store.set_loader(
      [dir](std::string_view lang) -> std::optional<std::vector<uint8_t>> {
        std::ifstream in(model_path(dir, lang), std::ios::binary);
        if (!in) return std::nullopt;
        return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      },
      [dir](std::string_view lang, const Error& e) {
        std::cerr << "quelle: skipping model " << model_path(dir, lang) << ": " << e.message << "\n";
      });
}

}  // namespace quelle::cli
