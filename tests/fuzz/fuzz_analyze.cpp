// Fuzzes the whole pipeline with arbitrary bytes, as UTF-8 and as UTF-16,
// with the language detected (as `quelle analyze` does by default) and the
// committed NER models, and checks the invariants every caller relies on
// (fuzz_support.hpp). fuzz_analyze_lang forces each language instead.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"

using quelle::fuzz::check_analysis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  quelle::Options options;
  options.models = &quelle::fuzz::models();
  auto a = quelle::analyze(std::string_view(reinterpret_cast<const char*>(data), size), options);
  if (a) {
    check_analysis(*a);
    FUZZ_CHECK(!a->language_given);
  } else {
    FUZZ_CHECK(a.error().code == quelle::ErrorCode::InvalidUtf8);
  }
  // The same bytes read as UTF-16 (lone surrogates and all).
  std::u16string text(size / 2, u'\0');
  for (size_t i = 0; i + 1 < size; i += 2) text[i / 2] = static_cast<char16_t>(data[i] | (data[i + 1] << 8));
  auto b = quelle::analyze_utf16(text, options);
  FUZZ_CHECK(b.ok());
  check_analysis(*b);
  return 0;
}
