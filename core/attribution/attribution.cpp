#include "attribution/attribution.hpp"

namespace quelle {

std::vector<Quote> attribute_quotes(const Document& /*doc*/, std::vector<QuoteCandidate> candidates,
                                    std::vector<Entity>& /*entities*/) {
  std::vector<Quote> out;
  for (auto& c : candidates) {
    Quote q;
    q.id = static_cast<uint32_t>(out.size());
    q.type = c.type;
    q.spans = std::move(c.spans);
    q.cue = c.cue;
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace quelle
