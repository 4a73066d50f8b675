// Fuzzes `quelle analyze FILE --encoding` (cli/encoding.cpp: ICU's
// converters and charset detector). The first byte picks the encoding asked
// for (auto, utf-8, windows-1252, ISO-8859-1, UTF-16LE, Shift_JIS); the rest
// is the file. Whatever the bytes:
//  - the answer is either text or an error, never both;
//  - the text is valid UTF-8 (one leading byte order mark is dropped; a
//    second U+FEFF after it is text, a zero-width no-break space);
//  - under "auto", valid UTF-8 is never misread: it comes back as it was
//    (without its byte order mark) and is called UTF-8.
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "encoding.hpp"
#include "normalize/utf.hpp"

namespace {

constexpr std::array<const char*, 6> kEncodings = {"auto",       "utf-8",    "windows-1252",
                                                   "ISO-8859-1", "UTF-16LE", "Shift_JIS"};
const std::string kBom = "\xEF\xBB\xBF";

void check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string encoding = kEncodings[data[0] % kEncodings.size()];
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const auto decoded = quelle::cli::decode_text(bytes, encoding);
  check(decoded.error.empty() || decoded.utf8.empty());
  if (!decoded.error.empty()) return 0;
  check(quelle::utf8_valid(decoded.utf8));
  if (encoding == "auto" && quelle::utf8_valid(bytes)) {
    const bool bom = bytes.rfind(kBom, 0) == 0;
    check(decoded.utf8 == (bom ? bytes.substr(kBom.size()) : bytes));
    check(decoded.encoding == "UTF-8");
  }
  return 0;
}
