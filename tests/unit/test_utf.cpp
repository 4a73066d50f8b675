// The one UTF-8 encoder (normalize/utf.hpp) that the conversion, the JSON
// writer and the batch reader share.
#include <catch2/catch.hpp>
#include <string>

#include "normalize/utf.hpp"
#include "serialize/json_writer.hpp"

TEST_CASE("put_utf8 writes every code point as the decoder reads it back", "[utf]") {
  // The edges of each length, and characters news text has.
  const char32_t points[] = {0x0,    0x41,   0x7F,   0x80,   0xE4,    0x7FF,   0x800,   0x201E,
                             0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
  for (const char32_t c : points) {
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    char bytes[4];
    const std::string utf8(bytes, quelle::put_utf8(bytes, c));
    CHECK(utf8.size() == (c < 0x80 ? 1u : c < 0x800 ? 2u : c < 0x10000 ? 3u : 4u));
    const auto back = quelle::utf8_to_utf16(utf8);
    REQUIRE(back);
    size_t i = 0;
    CHECK(quelle::next_code_point(*back, i) == c);
    CHECK(i == back->size());
  }
}

TEST_CASE("a lone surrogate is U+FFFD in every UTF-8 output", "[utf]") {
  const std::u16string text =
      u"a\xD800"
      u"b\xDC00\U0001F600\xD83D";
  const std::string want =
      "a\xEF\xBF\xBD"
      "b\xEF\xBF\xBD\xF0\x9F\x98\x80\xEF\xBF\xBD";
  CHECK(quelle::utf16_to_utf8(text) == want);
  std::string json;
  quelle::JsonWriter w(json);
  w.value(std::u16string_view(text));
  CHECK(json == "\"" + want + "\"");
}
