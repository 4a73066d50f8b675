#include "model/bundle.hpp"

namespace quelle::model {

const LinearModel* Bundle::find(std::string_view name) const {
  for (const auto& [n, m] : models) {
    if (n == name) return &m;
  }
  return nullptr;
}

const SequenceTagger* Bundle::find_tagger(std::string_view name) const {
  for (const auto& [n, t] : taggers) {
    if (n == name) return &t;
  }
  return nullptr;
}

// Body: str language, str description, u8 count, then per model: str name,
// the model; u8 count, then per tagger: str name, the tagger.
std::vector<uint8_t> write_bundle(const Bundle& bundle, const Magic& magic, uint32_t version) {
  ByteWriter body;
  body.str(bundle.language);
  body.str(bundle.description);
  body.u8(static_cast<uint8_t>(bundle.models.size()));
  for (const auto& [name, m] : bundle.models) {
    body.str(name);
    m.write(body);
  }
  body.u8(static_cast<uint8_t>(bundle.taggers.size()));
  for (const auto& [name, t] : bundle.taggers) {
    body.str(name);
    t.write(body);
  }
  return with_header(magic, version, body.data());
}

Expected<Bundle> read_bundle(const uint8_t* data, size_t size, const Magic& magic, uint32_t version,
                             const std::string& what, size_t max_features) {
  auto in = open_checked(data, size, magic, version, what);
  if (!in) return in.error();
  Bundle b;
  b.language = in->str();
  b.description = in->str();
  const uint8_t count = in->u8();
  if (!in->ok() || count > 64) return Error{ErrorCode::InvalidModel, "invalid " + what + ": bad header"};
  for (uint8_t i = 0; i < count; ++i) {
    std::string name = in->str();
    auto m = LinearModel::read(*in, max_features);
    if (!m) return Error{ErrorCode::InvalidModel, "invalid " + what + ": model '" + name + "': " + m.error().message};
    b.models.emplace_back(std::move(name), std::move(*m));
  }
  const uint8_t taggers = in->u8();
  if (!in->ok() || taggers > 64) return Error{ErrorCode::InvalidModel, "invalid " + what + ": bad tagger count"};
  for (uint8_t i = 0; i < taggers; ++i) {
    std::string name = in->str();
    auto t = SequenceTagger::read(*in, max_features);
    if (!t) return Error{ErrorCode::InvalidModel, "invalid " + what + ": tagger '" + name + "': " + t.error().message};
    b.taggers.emplace_back(std::move(name), std::move(*t));
  }
  if (in->left() != 0) return Error{ErrorCode::InvalidModel, "invalid " + what + ": trailing bytes"};
  return b;
}

}  // namespace quelle::model
