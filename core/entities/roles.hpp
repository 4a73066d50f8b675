// Role nouns ("Bundeskanzlerin", "Vizepräsident", "chief executive") by
// language, for the roles of person entities.
#pragma once

#include <string_view>

#include "quelle/languages.hpp"

namespace quelle {

// Whether the lower-case word is a role noun in `language` (never for Und).
// German and Dutch compounds match by their last part ("Bundeskanzlerin",
// "Alibaba-Gründer").
bool is_role_noun(std::u16string_view lower, Language language);

}  // namespace quelle
