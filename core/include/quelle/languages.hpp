// The languages Quelle knows: one enum and one table, owned by the language
// stage (core/language/). Every other stage receives a Language value; only
// the edges (options, JSON, the CLI and the JavaScript boundary) see codes.
//
// Adding a language: a row of kLanguageTable (and an enumerator before Und,
// in the same order), then its word lists in the lexicon files (quotes,
// roles) and, for identification, a retrained language model
// (docs/language-id.md). Tables indexed by Language check their length
// against kLanguageCount at compile time.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace quelle {

enum class Language : uint8_t { De, En, Fr, Es, It, Nl, Pt, Und };

struct LanguageInfo {
  Language id;
  const char* code;  // ISO 639-1
  const char* name;  // English name, for messages
};

inline constexpr std::array<LanguageInfo, 7> kLanguageTable = {{
    {Language::De, "de", "German"},
    {Language::En, "en", "English"},
    {Language::Fr, "fr", "French"},
    {Language::Es, "es", "Spanish"},
    {Language::It, "it", "Italian"},
    {Language::Nl, "nl", "Dutch"},
    {Language::Pt, "pt", "Portuguese"},
}};
inline constexpr size_t kLanguageCount = kLanguageTable.size();

// The codes alone, in table order ("de", "en", ...).
inline constexpr std::array<const char*, kLanguageCount> kLanguages = [] {
  std::array<const char*, kLanguageCount> codes{};
  for (size_t i = 0; i < kLanguageCount; ++i) codes[i] = kLanguageTable[i].code;
  return codes;
}();

constexpr size_t index_of(Language l) { return static_cast<size_t>(l); }

// "und" for Language::Und.
constexpr const char* language_code(Language l) {
  return l == Language::Und ? "und" : kLanguageTable[index_of(l)].code;
}

// The language with this code; nullopt for anything else ("und" included).
constexpr std::optional<Language> parse_language(std::string_view code) {
  for (const LanguageInfo& info : kLanguageTable) {
    if (code == info.code) return info.id;
  }
  return std::nullopt;
}

constexpr bool is_supported_language(std::string_view code) { return parse_language(code).has_value(); }

// "de en fr es it nl pt", for messages.
inline std::string language_list() {
  std::string out;
  for (const LanguageInfo& info : kLanguageTable) {
    if (!out.empty()) out += ' ';
    out += info.code;
  }
  return out;
}

namespace detail {
constexpr bool table_in_enum_order() {
  for (size_t i = 0; i < kLanguageCount; ++i) {
    if (index_of(kLanguageTable[i].id) != i) return false;
  }
  return index_of(Language::Und) == kLanguageCount;
}
}  // namespace detail
static_assert(detail::table_in_enum_order(), "kLanguageTable rows follow the enum, and Und comes last");

}  // namespace quelle
