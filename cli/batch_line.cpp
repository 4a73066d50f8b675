#include "batch_line.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <utility>

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

// The four hex digits at `at` as a number, or -1.
int hex4(std::string_view s, size_t at) {
  if (at + 4 > s.size()) return -1;
  int v = 0;
  for (size_t k = at; k < at + 4; ++k) {
    const char c = s[k];
    const int d = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
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

// The request's "text" without the JSON library. nlohmann's lexer spends
// about 80 instructions per byte, and the text is nearly all of a line (5 %
// of a German batch's instructions). The text member is found and decoded
// here, and the library parses the line with that string emptied; anything
// unusual (no such member, two of them, an escape or character a JSON string
// may not hold) leaves the whole line to the library, as before.

// The end of the JSON string that opens at s[i] ('"'), past its closing quote.
size_t string_end(std::string_view s, size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '"') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// [begin, end) of the string value of the one top-level "text" member
// (quotes included), or nullopt.
std::optional<std::pair<size_t, size_t>> text_member(std::string_view s) {
  auto ws = [&](size_t i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    return i;
  };
  std::optional<std::pair<size_t, size_t>> found;
  int depth = 0;
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '"') {
      const size_t e = string_end(s, i);
      if (e == std::string_view::npos) return std::nullopt;
      const size_t after = ws(e);
      if (depth == 1 && after < s.size() && s[after] == ':' && s.substr(i, e - i) == "\"text\"") {
        const size_t v = ws(after + 1);
        if (found || v >= s.size() || s[v] != '"') return std::nullopt;
        const size_t ve = string_end(s, v);
        if (ve == std::string_view::npos) return std::nullopt;
        found = std::pair{v, ve};
        i = ve;
        continue;
      }
      i = e;
      continue;
    }
    if (c == '{' || c == '[') ++depth;
    if (c == '}' || c == ']') --depth;
    ++i;
  }
  return found;
}

// The content of a JSON string (between its quotes) as UTF-8, decoded as
// nlohmann decodes it; false for anything it would reject (the caller then
// lets the library report it). The line is valid UTF-8 already.
bool decode_json_string(std::string_view s, std::string& out) {
  out.clear();
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c != '\\') {
      if (c < 0x20) return false;  // a control character must be escaped
      size_t j = i + 1;
      while (j < s.size() && s[j] != '\\' && static_cast<unsigned char>(s[j]) >= 0x20) ++j;
      out.append(s, i, j - i);
      i = j;
      continue;
    }
    if (i + 1 >= s.size()) return false;
    const char e = s[i + 1];
    i += 2;
    switch (e) {
      case '"':
        out += '"';
        continue;
      case '\\':
        out += '\\';
        continue;
      case '/':
        out += '/';
        continue;
      case 'b':
        out += '\b';
        continue;
      case 'f':
        out += '\f';
        continue;
      case 'n':
        out += '\n';
        continue;
      case 'r':
        out += '\r';
        continue;
      case 't':
        out += '\t';
        continue;
      case 'u':
        break;
      default:
        return false;
    }
    const int u = hex4(s, i);
    if (u < 0) return false;
    i += 4;
    uint32_t cp = static_cast<uint32_t>(u);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return false;
      const int low = hex4(s, i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return false;
      i += 6;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<uint32_t>(low) - 0xDC00);
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      return false;
    }
    char bytes[4];
    out.append(bytes, put_utf8(bytes, cp));
  }
  return true;
}

// The request as nlohmann would parse it (discarded if invalid).
json parse_request(const std::string& line) {
  if (const auto t = text_member(line)) {
    std::string text;
    if (decode_json_string(std::string_view(line).substr(t->first + 1, t->second - t->first - 2), text)) {
      json request = json::parse(line.substr(0, t->first + 1) + line.substr(t->second - 1), nullptr, false);
      // The emptied string must be the member the library kept.
      if (request.is_object()) {
        const auto it = request.find("text");
        if (it != request.end() && it->is_string() && it->get_ref<const std::string&>().empty()) {
          *it = std::move(text);
          return request;
        }
      }
    }
  }
  return json::parse(line, nullptr, /*allow_exceptions=*/false);
}

// The request's "outlet" and "date", when strings, pass through to its
// answer (after the id) so that `quelle report` can count by them.
std::string passed_through(const json& request) {
  std::string out;
  for (const char* key : {"outlet", "date"}) {
    const auto it = request.find(key);
    if (it != request.end() && it->is_string()) out += std::string(",\"") + key + "\":" + it->dump();
  }
  return out;
}

BatchAnswer error_line(const json& id, ErrorCode code, const std::string& message, const std::string& extra = "") {
  return {"{\"id\":" + id.dump() + extra + ",\"error\":" + error_json_string(Error{code, message}) + "}", true};
}

}  // namespace

BatchAnswer answer_batch_line(const std::string& raw_line, const CommonOptions& opt, const ModelStore& models) {
  const bool valid_utf8 = utf8_valid(raw_line);
  const std::string line = lone_surrogate_escapes_replaced(valid_utf8 ? raw_line : repaired_utf8(raw_line));
  json request = parse_request(line);
  if (request.is_discarded()) return error_line(nullptr, ErrorCode::InvalidRequest, "the line is not valid JSON");
  if (!request.is_object()) return error_line(nullptr, ErrorCode::InvalidRequest, "the line is not a JSON object");
  const json id = request.contains("id") ? request["id"] : json(nullptr);
  const std::string extra = passed_through(request);
  if (!valid_utf8) return error_line(id, ErrorCode::InvalidUtf8, "the line is not valid UTF-8", extra);
  if (!request.contains("text") || !request["text"].is_string()) {
    return error_line(id, ErrorCode::InvalidRequest, "missing string field \"text\"", extra);
  }
  Options options;
  options.language = opt.language;
  options.entities = opt.entities;
  options.quotes = opt.quotes;
  options.gender = opt.gender;
  options.models = &models;
  if (request.contains("language") && !request["language"].is_null()) {
    if (!request["language"].is_string())
      return error_line(id, ErrorCode::InvalidRequest, "\"language\" must be a string", extra);
    options.language = request["language"].get<std::string>();
  }
  auto result = analyze(request["text"].get_ref<const std::string&>(), options);
  if (!result) return error_line(id, result.error().code, result.error().message, extra);
  return {"{\"id\":" + id.dump() + extra + ",\"analysis\":" + to_json_string(*result) + "}", false};
}

}  // namespace quelle::cli
