// A trained named-entity model: an averaged perceptron over hashed features
// with BIO tags, loaded from a .qnm file (docs/models.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include "quelle/status.hpp"

namespace quelle::ner {

class Model {
 public:
  virtual ~Model() = default;
  static Expected<std::unique_ptr<Model>> parse(const uint8_t* data, size_t size);
};

}  // namespace quelle::ner
