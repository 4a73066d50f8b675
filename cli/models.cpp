#include "models.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
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
  for (const char* lang : kLanguages) {
    const std::string path = dir + "/ner-" + lang + ".qnm";
    std::ifstream in(path, std::ios::binary);
    if (!in) continue;
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto loaded = store.load_ner(lang, bytes.data(), bytes.size());
    if (!loaded) std::cerr << "quelle: skipping model " << path << ": " << loaded.error().message << "\n";
  }
}

}  // namespace quelle::cli
