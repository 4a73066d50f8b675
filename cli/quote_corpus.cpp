#include "quote_corpus.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "normalize/utf.hpp"

namespace quelle::cli {
namespace {

using nlohmann::json;

// UTF-16 offset of each code point index 0..n (the corpus counts code points).
std::vector<uint32_t> code_point_offsets(std::u16string_view text) {
  std::vector<uint32_t> at;
  at.reserve(text.size() + 1);
  for (uint32_t i = 0; i < text.size(); ++i) {
    at.push_back(i);
    if ((text[i] & 0xFC00) == 0xD800 && i + 1 < text.size() && (text[i + 1] & 0xFC00) == 0xDC00) ++i;
  }
  at.push_back(static_cast<uint32_t>(text.size()));
  return at;
}

std::vector<Span> spans_of(const json& field, const std::vector<uint32_t>& at) {
  std::vector<Span> out;
  if (!field.is_object() || !field.contains("spans") || !field["spans"].is_array()) return out;
  for (const json& s : field["spans"]) {
    if (!s.contains("charBegin") || !s.contains("charEnd")) continue;
    const auto b = s["charBegin"].get<int64_t>(), e = s["charEnd"].get<int64_t>();
    if (b < 0 || e <= b || static_cast<size_t>(e) >= at.size()) continue;
    out.push_back({at[b], at[e]});
  }
  std::sort(out.begin(), out.end(), [](Span a, Span b) { return a.start < b.start; });
  return out;
}

QuoteType type_of(const std::string& t) {
  if (t == "Direct") return QuoteType::Direct;
  if (t == "Reported") return QuoteType::Reported;
  if (t == "FreeIndirect" || t == "IndirectFreeIndirect") return QuoteType::FreeIndirect;
  return QuoteType::Indirect;
}

Expected<quotes::TrainArticle> read_article(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  const json doc = json::parse(buf.str(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("originalText")) {
    return Error{ErrorCode::InvalidRequest, file.string() + ": not a quote corpus article"};
  }
  auto text = utf8_to_utf16(doc["originalText"].get<std::string>());
  if (!text) return Error{text.error().code, file.string() + ": " + text.error().message};
  quotes::TrainArticle a;
  a.id = file.stem().string();
  a.text = std::move(*text);
  const std::vector<uint32_t> at = code_point_offsets(a.text);
  for (const json& ann : doc.value("annotations", json::array())) {
    quotes::GoldQuote q;
    q.type = type_of(ann.value("type", ""));
    q.spans = spans_of(ann.value("quote", json::object()), at);
    if (q.spans.empty()) continue;
    q.speaker = spans_of(ann.value("speaker", json::object()), at);
    q.cue = spans_of(ann.value("cue", json::object()), at);
    a.quotes.push_back(std::move(q));
  }
  return a;
}

}  // namespace

Expected<std::vector<quotes::TrainArticle>> read_quote_corpus(const std::string& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  if (ec) return Error{ErrorCode::InvalidRequest, dir + ": " + ec.message()};
  std::sort(files.begin(), files.end());
  std::vector<quotes::TrainArticle> out;
  for (const auto& f : files) {
    auto a = read_article(f);
    if (!a) return a.error();
    out.push_back(std::move(*a));
  }
  return out;
}

}  // namespace quelle::cli
