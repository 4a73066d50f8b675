// The bytes of a file read as text in a named or detected encoding, for
// `quelle analyze FILE --encoding ...` (archives are often windows-1252 or
// ISO-8859-1). Conversion is ICU's (ucnv), detection ICU's (ucsdet); the
// core only ever sees UTF-8.
#pragma once

#include <string>

namespace quelle::cli {

struct DecodedText {
  std::string utf8;      // the text, without a byte order mark
  std::string encoding;  // what it was read as: "UTF-8", the name given, or the detected one ("windows-1252")
  std::string error;     // non-empty: why it could not be read (the caller names the file)
};

// "" and "auto" are known; any other name is known when ICU has a converter
// by that name or alias ("latin1", "cp1252", "utf8", ...).
bool encoding_known(const std::string& name);

// Reads `bytes` as `encoding`:
//   "" or a name of UTF-8: strict UTF-8 (the error gives the first bad byte);
//   "auto": UTF-8 whenever the bytes are valid UTF-8 (or start with its byte
//     order mark), so valid UTF-8 is never misread; else ICU's best guess that
//     reads the bytes as text, with windows-1252 for ISO-8859-1 (the same
//     letters, and the curly quotes German news uses at 0x84 and 0x93);
//     else an error;
//   any other name: that converter, which must read every byte.
// A leading byte order mark is dropped, as browsers drop it.
DecodedText decode_text(const std::string& bytes, const std::string& encoding);

}  // namespace quelle::cli
