// Stage 7, serialize: the Analysis as JSON, schema version 1 (docs/schema.md).
// Keys keep a fixed order and numbers a fixed format, so the native and the
// WebAssembly builds write byte-identical output for the same input.
#pragma once

#include <nlohmann/json.hpp>

#include "quelle/analysis.hpp"
#include "quelle/status.hpp"

namespace quelle {

class JsonWriter;

// Appends the analysis as compact JSON (the public to_json_string uses it).
void write_analysis(JsonWriter& writer, const Analysis& analysis);
nlohmann::ordered_json error_to_json(const Error& error);

}  // namespace quelle
