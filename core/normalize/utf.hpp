// UTF-8 <-> UTF-16 conversion with exact error positions. The UTF-16 form is
// what every public offset counts in (JavaScript string indices).
#pragma once

#include <string>
#include <string_view>

#include "quelle/status.hpp"

namespace quelle {

// Strict: overlong forms, encoded surrogates, truncated sequences and code
// points above U+10FFFF are rejected with the byte offset of the first one.
Expected<std::u16string> utf8_to_utf16(std::string_view utf8);
// Whether utf8_to_utf16 would accept `utf8`, without converting it.
bool utf8_valid(std::string_view utf8);

// Lone surrogates become U+FFFD (UTF-8 cannot carry them).
std::string utf16_to_utf8(std::u16string_view utf16);
void append_utf8(std::string& out, std::u16string_view utf16);

}  // namespace quelle
