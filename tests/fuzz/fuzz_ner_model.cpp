// Fuzzes the NER model loader (ModelStore::load_ner, ner::Model::parse in
// core/entities/ner_model.cpp; format in docs/models.md). A truncated or
// mutated model file must give ErrorCode::InvalidModel, never a crash, and
// never an allocation out of proportion to the file (run with
// -malloc_limit_mb and -rss_limit_mb: scripts/run-fuzzers).
//
// The file's header carries its size and a CRC-32 of the rest, so nearly
// every mutation stops at the checksum. Each input is therefore parsed
// twice: as it is (the header checks), and, when it starts with the magic,
// with the size and checksum fields made to fit (the parser of the body:
// counts, varint keys, the bucket table). A model that loads must then tag
// a text without trouble: it is used for one short analysis.
//
// Seeds (scripts/run-fuzzers): small models cut from the committed
// models/ner-*.qnm by scripts/make-model-seeds, and their first bytes.
//
// Quote model files (models/quotes-<lang>.qqm, core/quotes/quote_model.cpp:
// magic QQM\x1A, version, size, checksum, then the named linear models and
// taggers of core/model/) go through the same target: an input that starts
// with their magic is loaded with ModelStore::load_quotes and then used for
// the same analyses. Their seeds are a small sentence-classifier model and
// the first 3 KB of a one-article model with a span tagger, trained by
// `quelle train-quotes` (tests/fuzz/corpus/ner_model/quotes-*).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "fuzz_support.hpp"

namespace {

uint32_t crc32(const uint8_t* p, size_t n) {
  uint32_t c = 0xFFFFFFFFu;
  for (size_t i = 0; i < n; ++i) {
    c ^= p[i];
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
  }
  return c ^ 0xFFFFFFFFu;
}

void put_u32(uint8_t* p, uint32_t v) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<uint8_t>(v >> (8 * i));
}

const char* const kTexts[] = {
    "„Wir werden uns jeden Markt anschauen“, sagte Alibaba-Vizepräsident Jack Ma am Montag in Hannover. "
    "Angela Merkel habe das Gespräch gesucht, sagte ein Sprecher der Deutschen Telekom.",
    "\"We will not back down,\" Senator John Smith told reporters in Washington on Tuesday.",
};

bool is_quote_model(const uint8_t* data, size_t size) { return size >= 4 && std::memcmp(data, "QQM\x1A", 4) == 0; }

void load_and_use(const uint8_t* data, size_t size) {
  quelle::ModelStore store;
  const bool quotes = is_quote_model(data, size);
  const auto loaded = quotes ? store.load_quotes("de", data, size) : store.load_ner("de", data, size);
  const bool has = quotes ? store.has_quotes("de") : store.has_ner("de");
  if (!loaded) {
    FUZZ_CHECK(loaded.error().code == quelle::ErrorCode::InvalidModel);
    FUZZ_CHECK(!has);
    return;
  }
  FUZZ_CHECK(has);
  quelle::Options options;
  options.language = "de";
  options.models = &store;
  for (const char* text : kTexts) {
    const auto a = quelle::analyze(text, options);
    FUZZ_CHECK(a.ok());
    quelle::fuzz::check_analysis(*a);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  load_and_use(data, size);
  if (size >= 16 && (std::memcmp(data, "QNM\x1A", 4) == 0 || is_quote_model(data, size))) {
    std::vector<uint8_t> fixed(data, data + size);
    put_u32(fixed.data() + 8, static_cast<uint32_t>(size));
    put_u32(fixed.data() + 12, crc32(fixed.data() + 16, size - 16));
    load_and_use(fixed.data(), fixed.size());
  }
  return 0;
}
