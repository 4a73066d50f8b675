#include <catch2/catch.hpp>

#include "test_support.hpp"

TEST_CASE("Invalid UTF-8 is an error value with the byte offset", "[errors]") {
  const char* bad[] = {
      "abc\xC0\xAF",       // overlong '/'
      "abc\xED\xA0\x80",   // encoded surrogate
      "abc\xE2\x82",       // truncated sequence
      "\xF5\x80\x80\x80",  // above U+10FFFF
      "abc\xFF",           // never valid
  };
  for (const char* s : bad) {
    auto a = quelle::analyze(s);
    REQUIRE_FALSE(a);
    CHECK(a.error().code == quelle::ErrorCode::InvalidUtf8);
    CHECK(a.error().message.find("byte") != std::string::npos);
  }
}

TEST_CASE("Empty and tiny inputs", "[errors]") {
  for (const char* s : {"", " ", "\n\n", "a", "\"\"", "."}) {
    auto a = quelle::analyze(s);
    REQUIRE(a);
    CHECK(a->language.size() >= 2);
  }
  auto a = quelle::analyze("");
  CHECK(a->sentences.empty());
  CHECK(a->language == "und");
}

TEST_CASE("NUL bytes are characters, not terminators", "[errors]") {
  std::string s("Eins.\0Zwei.", 11);
  auto a = quelle::analyze(s);
  REQUIRE(a);
  CHECK(a->text.size() == 11);
}

TEST_CASE("Input size limit is a clear error", "[errors]") {
  quelle::Options o;
  o.max_input_units = 10;
  auto a = quelle::analyze("This text is longer than ten units.", o);
  REQUIRE_FALSE(a);
  CHECK(a.error().code == quelle::ErrorCode::InputTooLarge);
}

TEST_CASE("Unknown language override is rejected", "[errors]") {
  quelle::Options o;
  o.language = "xx";
  auto a = quelle::analyze("Hallo.", o);
  REQUIRE_FALSE(a);
  CHECK(a.error().code == quelle::ErrorCode::UnsupportedLanguage);
  o.language = "de";
  auto b = quelle::analyze("Hello there, this is English.", o);
  REQUIRE(b);
  CHECK(b->language == "de");
  CHECK(b->language_given);
}
