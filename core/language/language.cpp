// Temporary until the n-gram model lands: counts function words.
#include "language/language.hpp"
namespace quelle {
LanguageGuess identify_language(std::u16string_view lower) {
  if (lower.find(u" der ") != std::u16string_view::npos || lower.find(u" und ") != std::u16string_view::npos) return {"de", 0.5};
  if (lower.find(u" the ") != std::u16string_view::npos) return {"en", 0.5};
  return {"und", 0.0};
}
}  // namespace quelle
