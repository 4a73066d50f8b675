// Role nouns ("Bundeskanzlerin", "Vizepräsident", "chief executive") by
// language, for the roles of person entities.
#pragma once

#include <string_view>

namespace quelle {

// Whether the lower-case word is a role noun in `language` ("" = any).
// German and Dutch compounds match by their last part ("Bundeskanzlerin",
// "Alibaba-Gründer").
bool is_role_noun(std::u16string_view lower, std::string_view language);

}  // namespace quelle
