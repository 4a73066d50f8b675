// Quote detection and attribution, run with the dictionary
// tests/fuzz/quotes.dict (quote marks of every convention, speech verbs and
// Konjunktiv forms of the seven languages, source phrases such as "laut",
// "zufolge", "according to", names and titles), which steers the mutations
// to the quote sieves. As in fuzz_analyze_lang the first byte picks the
// language. Each text is analysed twice: with the NER models, and with
// entity recognition off (attribution then starts from no entities, a path
// of its own); both must keep the invariants (fuzz_support.hpp).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"

using quelle::fuzz::check_analysis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto run = quelle::fuzz::analyze_forced(data, size);
  if (!run) return 0;
  check_analysis(run->analysis, /*parse_json=*/true);
  run->options.entities = false;
  auto b = quelle::analyze(run->text, run->options);
  FUZZ_CHECK(b.ok());
  check_analysis(*b, /*parse_json=*/true);
  return 0;
}
