#include "models.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
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

void load_models(const std::string& dir, ModelStore& store) {
  auto path = std::make_shared<std::string>();
  store.set_loader(
      [dir, path](std::string_view lang) -> std::optional<std::vector<uint8_t>> {
        *path = dir + "/ner-" + std::string(lang) + ".qnm";
        std::ifstream in(*path, std::ios::binary);
        if (!in) return std::nullopt;
        return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      },
      [path](const Error& e) { std::cerr << "quelle: skipping model " << *path << ": " << e.message << "\n"; });
}

}  // namespace quelle::cli
