#include "quotes/quotes.hpp"

namespace quelle {

std::vector<QuoteCandidate> find_quotes(const Document& /*doc*/) { return {}; }

}  // namespace quelle
