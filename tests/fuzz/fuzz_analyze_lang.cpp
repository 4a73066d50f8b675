// Fuzzes analyze() with each of the seven languages forced: the first byte
// picks the language (uniformly among quelle::kLanguages), the rest is the
// text. Besides the invariants (fuzz_support.hpp), a valid UTF-8 text must
// give the same JSON through analyze() and analyze_utf16().
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "normalize/utf.hpp"

using quelle::fuzz::check_analysis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto run = quelle::fuzz::analyze_forced(data, size);
  if (!run) return 0;
  const quelle::Analysis& a = run->analysis;
  FUZZ_CHECK(a.language == run->options.language && a.language_given);
  check_analysis(a, /*parse_json=*/true);
  const auto utf16 = quelle::utf8_to_utf16(run->text);
  FUZZ_CHECK(utf16.ok());
  auto b = quelle::analyze_utf16(*utf16, run->options);
  FUZZ_CHECK(b.ok());
  FUZZ_CHECK(quelle::to_json_string(a) == quelle::to_json_string(*b));
  return 0;
}
