// Helpers shared by the unit tests.
#pragma once

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "normalize/utf.hpp"
#include "quelle/quelle.hpp"

namespace quelle::test {

inline std::string slice_utf8(const Analysis& a, Span s) {
  return utf16_to_utf8(std::u16string_view(a.text).substr(s.start, s.end - s.start));
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The sentences of `text` as UTF-8 strings.
inline std::vector<std::string> sentences_of(std::string_view text, const std::string& language = "") {
  Options o;
  o.language = language;
  o.entities = false;
  o.quotes = false;
  auto a = analyze(text, o);
  std::vector<std::string> out;
  if (!a) return out;
  for (const auto& s : a->sentences) out.push_back(slice_utf8(*a, s.span));
  return out;
}

}  // namespace quelle::test
