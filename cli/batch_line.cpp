#include "batch_line.hpp"

#include <nlohmann/json.hpp>

#include "normalize/utf.hpp"

namespace quelle::cli {
namespace {

using json = nlohmann::json;



// Replaces ill-formed UTF-8 with U+FFFD so the line's id can still be read
// and echoed in the error record.
std::string repaired_utf8(const std::string& line) {
  std::string out;
  out.reserve(line.size());
  const auto* s = reinterpret_cast<const unsigned char*>(line.data());
  size_t i = 0;
  const size_t n = line.size();
  while (i < n) {
    const size_t start = i;
    auto bytes = std::string_view(line).substr(i, std::min<size_t>(4, n - i));
    // Find the length of a valid sequence at i, if any.
    size_t len = s[i] < 0x80 ? 1 : s[i] >= 0xF0 ? 4 : s[i] >= 0xE0 ? 3 : s[i] >= 0xC0 ? 2 : 0;
    if (len != 0 && len <= bytes.size() && utf8_to_utf16(bytes.substr(0, len)).ok()) {
      out.append(line, start, len);
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

int hex4(const std::string& s, size_t at) {
  if (at + 4 > s.size()) return -1;
  int v = 0;
  for (size_t k = at; k < at + 4; ++k) {
    const char c = s[k];
    const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// JSON writers such as JavaScript's JSON.stringify escape lone surrogates
// ("\ud800"), which a strict parser rejects. They become "\ufffd", one
// UTF-16 unit like the surrogate, so offsets match what JavaScript sees and
// the analysis is the one the wasm build gives for the same string.
std::string lone_surrogate_escapes_replaced(const std::string& line) {
  std::string out;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '\\' || i + 1 >= line.size()) continue;
    if (line[i + 1] != 'u') {
      ++i;  // some other escape: skip its second character
      continue;
    }
    const int unit = hex4(line, i + 2);
    if (unit < 0xD800 || unit > 0xDFFF) continue;
    const bool paired = unit <= 0xDBFF && i + 11 < line.size() && line.compare(i + 6, 2, "\\u") == 0 &&
                        hex4(line, i + 8) >= 0xDC00 && hex4(line, i + 8) <= 0xDFFF;
    if (paired) {
      i += 11;
      continue;
    }
    if (out.empty()) out = line;
    out.replace(i + 2, 4, "fffd");  // same length: positions stay valid
    i += 5;
  }
  return out.empty() ? line : out;
}

BatchAnswer error_line(const json& id, ErrorCode code, const std::string& message) {
  return {"{\"id\":" + id.dump() + ",\"error\":" + error_json_string(Error{code, message}) + "}", true};
}

}  // namespace

BatchAnswer answer_batch_line(const std::string& raw_line, const CommonOptions& opt, const ModelStore& models) {
  const bool valid_utf8 = utf8_to_utf16(raw_line).ok();
  const std::string line = lone_surrogate_escapes_replaced(valid_utf8 ? raw_line : repaired_utf8(raw_line));
  json request = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (request.is_discarded()) return error_line(nullptr, ErrorCode::InvalidRequest, "the line is not valid JSON");
  if (!request.is_object()) return error_line(nullptr, ErrorCode::InvalidRequest, "the line is not a JSON object");
  const json id = request.contains("id") ? request["id"] : json(nullptr);
  if (!valid_utf8) return error_line(id, ErrorCode::InvalidUtf8, "the line is not valid UTF-8");
  if (!request.contains("text") || !request["text"].is_string()) {
    return error_line(id, ErrorCode::InvalidRequest, "missing string field \"text\"");
  }
  Options options;
  options.language = opt.language;
  options.entities = opt.entities;
  options.quotes = opt.quotes;
  options.models = &models;
  if (request.contains("language") && !request["language"].is_null()) {
    if (!request["language"].is_string()) return error_line(id, ErrorCode::InvalidRequest, "\"language\" must be a string");
    options.language = request["language"].get<std::string>();
  }
  auto result = analyze(request["text"].get_ref<const std::string&>(), options);
  if (!result) return error_line(id, result.error().code, result.error().message);
  return {"{\"id\":" + id.dump() + ",\"analysis\":" + to_json_string(*result) + "}", false};
}

}  // namespace quelle::cli
