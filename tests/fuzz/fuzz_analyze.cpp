// Fuzzes the whole pipeline with arbitrary bytes, as UTF-8 and as UTF-16,
// and checks the invariants every caller relies on: spans inside the text,
// ordered, and serializable.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "quelle/quelle.hpp"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

void check_span(const quelle::Analysis& a, quelle::Span s) { check(s.start <= s.end && s.end <= a.text.size()); }

void check_analysis(const quelle::Analysis& a) {
  for (const auto& s : a.sentences) check_span(a, s.span);
  for (const auto& p : a.paragraphs) check_span(a, p.span);
  for (const auto& e : a.entities) {
    for (const auto& m : e.mentions) check_span(a, m.span);
  }
  for (const auto& q : a.quotes) {
    check(!q.spans.empty());
    for (const auto& s : q.spans) check_span(a, s);
    if (q.speaker) {
      check_span(a, q.speaker->span);
      if (q.speaker->entity) check(*q.speaker->entity < a.entities.size());
    }
    if (q.cue) check_span(a, *q.cue);
  }
  check(!quelle::to_json_string(a).empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  quelle::Options options;
  if (size > 0) options.language = quelle::kLanguages[data[0] % 8 == 7 ? 0 : data[0] % 7];
  if (size > 0 && data[0] % 8 == 7) options.language.clear();
  auto a = quelle::analyze(std::string_view(reinterpret_cast<const char*>(data), size), options);
  if (a) check_analysis(*a);
  // The same bytes read as UTF-16 (lone surrogates and all).
  std::u16string text(size / 2, u'\0');
  for (size_t i = 0; i + 1 < size; i += 2) text[i / 2] = static_cast<char16_t>(data[i] | (data[i + 1] << 8));
  auto b = quelle::analyze_utf16(text, options);
  check(b.ok());
  check_analysis(*b);
  return 0;
}
