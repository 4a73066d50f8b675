#include "models.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
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

// models/ner-xx.qnm and models/quotes-xx.qqm.
std::string model_path(const std::string& dir, std::string_view lang, ModelKind kind) {
  return kind == ModelKind::Ner ? dir + "/ner-" + std::string(lang) + ".qnm"
                                : dir + "/quotes-" + std::string(lang) + ".qqm";
}

}  // namespace

void load_models(const std::string& dir, ModelStore& store) {
  store.set_loader(
      [dir](std::string_view lang, ModelKind kind) -> std::optional<std::vector<uint8_t>> {
        // One read of the whole file: a 3 MB model through istreambuf_iterator
        // (byte by byte) cost as many instructions as parsing it.
        std::ifstream in(model_path(dir, lang, kind), std::ios::binary | std::ios::ate);
        if (!in) return std::nullopt;
        const std::streamoff size = in.tellg();
        // Opened but unreadable (or a directory, whose "size" is huge): no
        // bytes, which the store reports as an invalid model.
        if (size < 0 || size > (std::streamoff{1} << 30)) return std::vector<uint8_t>{};
        std::vector<uint8_t> bytes(static_cast<size_t>(size));
        in.seekg(0);
        if (!in.read(reinterpret_cast<char*>(bytes.data()), size)) return std::vector<uint8_t>{};
        return bytes;
      },
      [dir](std::string_view lang, ModelKind kind, const Error& e) {
        // One C stdio call: batch workers may call this while the writer
        // thread reports progress (C stdio locks; unsynced std::cerr does not).
        const std::string message = "quelle: skipping model " + model_path(dir, lang, kind) + ": " + e.message + "\n";
        std::fputs(message.c_str(), stderr);
      });
}

}  // namespace quelle::cli
