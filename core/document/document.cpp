#include "document/document.hpp"

#include <algorithm>

namespace quelle {

size_t Document::token_at_or_after(uint32_t offset) const {
  auto it =
      std::lower_bound(tokens.begin(), tokens.end(), offset, [](const Token& t, uint32_t off) { return t.end <= off; });
  return static_cast<size_t>(it - tokens.begin());
}

}  // namespace quelle
