// Fuzzes the UTF-8 <-> UTF-16 conversions of core/normalize/utf.hpp against
// two references: a plain byte-by-byte decoder written from the Unicode
// standard (Table 3-7, well-formed byte sequences) and ICU's converters.
//  - utf8_to_utf16 accepts exactly the well-formed inputs, gives the same
//    units as both references, and reports the byte offset of the first
//    ill-formed sequence; utf8_valid agrees with it;
//  - utf16_to_utf8 of any unit sequence (the same bytes read as UTF-16LE)
//    equals ICU's with U+FFFD for lone surrogates, and decodes back to the
//    input with those surrogates replaced;
//  - valid UTF-8 survives the round trip byte for byte.
#include <unicode/ustring.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "normalize/utf.hpp"

namespace {

// The reference: the units of `s`, or the offset of the first ill-formed sequence.
struct Decoded {
  std::u16string units;
  std::optional<size_t> bad;
};

Decoded reference_decode(const uint8_t* s, size_t n) {
  Decoded d;
  size_t i = 0;
  while (i < n) {
    const uint8_t b = s[i];
    uint32_t cp = 0;
    size_t len = 0;
    uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b < 0x80) {
      cp = b;
      len = 1;
    } else if (b >= 0xC2 && b <= 0xDF) {
      cp = b & 0x1F;
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      cp = b & 0x0F;
      len = 3;
      if (b == 0xE0) lo = 0xA0;  // no overlong forms
      if (b == 0xED) hi = 0x9F;  // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      cp = b & 0x07;
      len = 4;
      if (b == 0xF0) lo = 0x90;  // no overlong forms
      if (b == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
      d.bad = i;
      return d;
    }
    if (n - i < len) {
      d.bad = i;
      return d;
    }
    for (size_t k = 1; k < len; ++k) {
      const uint8_t c = s[i + k];
      const bool ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
      if (!ok) {
        d.bad = i;
        return d;
      }
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < 0x10000) {
      d.units.push_back(static_cast<char16_t>(cp));
    } else {
      d.units.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      d.units.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    }
    i += len;
  }
  return d;
}

std::optional<std::u16string> icu_from_utf8(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::u16string out(static_cast<size_t>(length), u'\0');
  status = U_ZERO_ERROR;
  u_strFromUTF8(out.data(), length, nullptr, s.data(), static_cast<int32_t>(s.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

std::string icu_to_utf8(std::u16string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strToUTF8WithSub(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), 0xFFFD, nullptr, &status);
  FUZZ_CHECK(status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status));
  std::string out(static_cast<size_t>(length), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), length, nullptr, s.data(), static_cast<int32_t>(s.size()), 0xFFFD, nullptr, &status);
  FUZZ_CHECK(U_SUCCESS(status));
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // UTF-8 -> UTF-16.
  const auto ours = quelle::utf8_to_utf16(bytes);
  const Decoded ref = reference_decode(data, size);
  const auto icu = icu_from_utf8(bytes);
  FUZZ_CHECK(ours.ok() == !ref.bad.has_value());
  FUZZ_CHECK(ours.ok() == icu.has_value());
  FUZZ_CHECK(quelle::utf8_valid(bytes) == ours.ok());
  if (ours) {
    FUZZ_CHECK(*ours == ref.units);
    FUZZ_CHECK(*ours == *icu);
    FUZZ_CHECK(quelle::utf16_to_utf8(*ours) == bytes);
  } else {
    FUZZ_CHECK(ours.error().code == quelle::ErrorCode::InvalidUtf8);
    const std::string where = "at byte " + std::to_string(*ref.bad);
    const std::string& message = ours.error().message;
    FUZZ_CHECK(message.size() >= where.size() &&
               message.compare(message.size() - where.size(), where.size(), where) == 0);
  }

  // UTF-16 (any units, lone surrogates included) -> UTF-8 and back.
  std::u16string units(size / 2, u'\0');
  for (size_t i = 0; i + 1 < size; i += 2) units[i / 2] = static_cast<char16_t>(data[i] | (data[i + 1] << 8));
  const std::string utf8 = quelle::utf16_to_utf8(units);
  FUZZ_CHECK(utf8 == icu_to_utf8(units));
  std::string appended = "x";
  quelle::append_utf8(appended, units);
  FUZZ_CHECK(appended.size() == utf8.size() + 1 && appended.compare(1, std::string::npos, utf8) == 0);
  const auto back = quelle::utf8_to_utf16(utf8);
  FUZZ_CHECK(back.ok());
  std::u16string repaired = units;
  for (size_t i = 0; i < repaired.size(); ++i) {
    const char16_t u = repaired[i];
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < repaired.size() && repaired[i + 1] >= 0xDC00 &&
        repaired[i + 1] <= 0xDFFF) {
      ++i;  // a pair
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      repaired[i] = 0xFFFD;
    }
  }
  FUZZ_CHECK(*back == repaired);
  return 0;
}
