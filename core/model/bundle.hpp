// A model file of named linear models and sequence taggers (the quote
// models, models/quotes-xx.qqm): the shared header (binary_io.hpp), then the
// language code, a description (training data, licence, date), and each
// model with its name.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/binary_io.hpp"
#include "model/linear.hpp"
#include "model/sequence.hpp"

namespace quelle::model {

struct Bundle {
  std::string language;
  std::string description;
  std::vector<std::pair<std::string, LinearModel>> models;
  std::vector<std::pair<std::string, SequenceTagger>> taggers;

  // The model (tagger) of this name, or null.
  [[nodiscard]] const LinearModel* find(std::string_view name) const;
  [[nodiscard]] const SequenceTagger* find_tagger(std::string_view name) const;
};

std::vector<uint8_t> write_bundle(const Bundle& bundle, const Magic& magic, uint32_t version);
// Checks header, size and checksum, then every model (`what` names the kind
// of file in errors). At most 64 models and 64 taggers of at most
// `max_features` each.
Expected<Bundle> read_bundle(const uint8_t* data, size_t size, const Magic& magic, uint32_t version,
                             const std::string& what, size_t max_features);

}  // namespace quelle::model
