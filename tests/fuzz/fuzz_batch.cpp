// Fuzzes one line of `quelle batch`: whatever the line, exactly one JSON
// record comes back, and it parses.
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "batch_line.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const quelle::ModelStore models;
  const quelle::cli::CommonOptions options;
  const std::string line(reinterpret_cast<const char*>(data), size);
  const auto answer = quelle::cli::answer_batch_line(line, options, models);
  const auto record = nlohmann::json::parse(answer.line, nullptr, false);
  if (record.is_discarded() || !record.is_object() || !record.contains("id")) std::abort();
  if (record.contains("error") == !answer.error) std::abort();
  return 0;
}
