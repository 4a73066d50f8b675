// Helpers of the tests that compare the segmenter's fast paths with ICU
// (test_word_breaks.cpp, test_sentence_breaks.cpp).
#pragma once

#include <unicode/brkiter.h>

#include <cstdio>
#include <memory>
#include <random>
#include <string>

namespace quelle::test {

// ICU's iterator for the root locale, the oracle; `words` or sentences.
// Created here, not taken from the code under test.
inline icu::BreakIterator& icu_oracle(bool words) {
  static const auto make = [](bool w) {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::BreakIterator>(
        w ? icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status)
          : icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  };
  static std::unique_ptr<icu::BreakIterator> word = make(true);
  static std::unique_ptr<icu::BreakIterator> sentence = make(false);
  return words ? *word : *sentence;
}

// "0061 002E ..." for failure messages.
inline std::string describe(const std::u16string& text) {
  std::string out;
  char buf[8];
  for (char16_t c : text) {
    std::snprintf(buf, sizeof buf, "%04X ", static_cast<unsigned>(c));
    out += buf;
  }
  return out;
}

// Calls f(s) for every string s of 1 to max_len characters of `alphabet`.
template <typename F>
void for_each_string(const std::u16string& alphabet, size_t max_len, F&& f) {
  const size_t n = alphabet.size();
  std::u16string s;
  for (size_t len = 1; len <= max_len; ++len) {
    size_t count = 1;
    for (size_t k = 0; k < len; ++k) count *= n;
    for (size_t code = 0; code < count; ++code) {
      s.clear();
      for (size_t k = 0, c = code; k < len; ++k, c /= n) s.push_back(alphabet[c % n]);
      f(s);
    }
  }
}

// A random string of 1 to max_len characters of `simple`; when `complex` is
// not empty, about one in `complex_one_in` of them from it instead, a
// quarter of those an emoji (a surrogate pair).
inline std::u16string random_string(std::mt19937& rng, size_t max_len, const std::u16string& simple,
                                    const std::u16string& complex, unsigned complex_one_in) {
  const size_t len = 1 + rng() % max_len;
  std::u16string s;
  for (size_t k = 0; k < len; ++k) {
    if (!complex.empty() && rng() % complex_one_in == 0) {
      if (rng() % 4 == 0) {
        s += u"\U0001F600";
      } else {
        s.push_back(complex[rng() % complex.size()]);
      }
    } else {
      s.push_back(simple[rng() % simple.size()]);
    }
  }
  return s;
}

}  // namespace quelle::test
