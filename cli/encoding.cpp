#include "encoding.hpp"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include "normalize/utf.hpp"

namespace quelle::cli {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// ucsdet reports a confidence from 0 to 100; below this its guess is noise.
// German windows-1252 news of a few sentences scores 30 and more.
constexpr int32_t kMinConfidence = 10;

struct CloseConverter {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, CloseConverter>;

Converter open_converter(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter c(ucnv_open(name, &status));
  if (U_FAILURE(status)) return nullptr;
  return c;
}

// ICU's canonical name of a converter ("utf8" -> "UTF-8").
std::string canonical_name(const UConverter* c) {
  UErrorCode status = U_ZERO_ERROR;
  const char* name = ucnv_getName(c, &status);
  return U_SUCCESS(status) ? name : "";
}

DecodedText from_utf8(const std::string& bytes) {
  std::string_view text(bytes);
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  auto check = utf8_to_utf16(text);
  if (!check) return {"", "UTF-8", "invalid_utf8: " + check.error().message};
  return {std::string(text), "UTF-8", ""};
}

// The bytes through converter `c`, or nullopt if a byte sequence is not
// defined in its encoding (the stop callback: nothing is guessed or replaced).
std::optional<std::u16string> to_utf16(UConverter* c, const std::string& bytes) {
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(c, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  const auto length = static_cast<int32_t>(bytes.size());
  const int32_t units = ucnv_toUChars(c, nullptr, 0, bytes.data(), length, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::u16string out(static_cast<size_t>(units), u'\0');
  status = U_ZERO_ERROR;
  ucnv_toUChars(c, out.data(), units + 1, bytes.data(), length, &status);
  if (U_FAILURE(status)) return std::nullopt;
  if (!out.empty() && out.front() == u'\uFEFF') out.erase(0, 1);
  return out;
}

// Whether a guessed decoding reads as text: no control characters but the
// line and tab ones, nothing unassigned or private, no lone surrogate.
// Binary data, or text read in the wrong family of encodings, fails this.
bool reads_as_text(std::u16string_view s) {
  for (size_t i = 0; i < s.size();) {
    UChar32 c = 0;
    U16_NEXT(s.data(), i, s.size(), c);
    switch (u_charType(c)) {
      case U_CONTROL_CHAR:
        if (c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
        break;
      case U_UNASSIGNED:
      case U_PRIVATE_USE_CHAR:
      case U_SURROGATE:
        return false;
      default:
        break;
    }
  }
  return true;
}

// ISO-8859-1 is read as windows-1252 (which differs only in 0x80-0x9F,
// control characters in ISO-8859-1 that no text holds); windows-1252 leaves
// five bytes undefined, and ISO-8859-1 is the fallback for those.
std::optional<DecodedText> guess_reads(const char* name, const std::string& bytes) {
  const std::string_view n(name);
  const char* const latin[] = {"windows-1252", "ISO-8859-1"};
  const char* const own[] = {name};
  const bool is_latin1 = n == "ISO-8859-1" || n == "windows-1252";
  for (const char* candidate : is_latin1 ? std::span<const char* const>(latin) : std::span<const char* const>(own)) {
    Converter c = open_converter(candidate);
    if (!c) continue;
    const auto text = to_utf16(c.get(), bytes);
    if (text && reads_as_text(*text)) return DecodedText{utf16_to_utf8(*text), candidate, ""};
  }
  return std::nullopt;
}

DecodedText detected(const std::string& bytes) {
  if (std::string_view(bytes).substr(0, kUtf8Bom.size()) == kUtf8Bom || utf8_valid(bytes)) return from_utf8(bytes);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&status), ucsdet_close);
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &status);
  // Best first: the first guess confident enough that reads as text wins.
  for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
    UErrorCode s = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &s);
    if (U_FAILURE(s) || ucsdet_getConfidence(matches[i], &s) < kMinConfidence) break;
    if (auto text = guess_reads(name, bytes)) return *text;
  }
  return {"", "",
          "cannot tell its encoding: it is not UTF-8, and no encoding ICU detects reads it as text (name one with "
          "--encoding)"};
}

}  // namespace

bool encoding_known(const std::string& name) {
  return name.empty() || name == "auto" || open_converter(name.c_str()) != nullptr;
}

DecodedText decode_text(const std::string& bytes, const std::string& encoding) {
  if (encoding.empty()) return from_utf8(bytes);
  // ICU counts in int32_t; the core takes at most 16 Mi UTF-16 units anyway.
  if (bytes.size() > (size_t{1} << 30)) return {"", "", "input_too_large: over 1 GB"};
  if (encoding == "auto") return detected(bytes);
  Converter c = open_converter(encoding.c_str());
  if (!c) return {"", "", "unknown encoding '" + encoding + "'"};
  if (canonical_name(c.get()) == "UTF-8") return from_utf8(bytes);
  const auto text = to_utf16(c.get(), bytes);
  // The name as given: ICU's canonical names are its tables' ("windows-1252"
  // is "ibm-5348_P100-1997").
  if (!text) return {"", encoding, "not valid " + encoding + ": some bytes are not defined in that encoding"};
  return {utf16_to_utf8(*text), encoding, ""};
}

}  // namespace quelle::cli
