#include "model/linear.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace quelle::model {
namespace {

// Spreads a feature key over the slots (keys are hashes already, but their
// low bits may be what a caller varied last).
inline uint32_t home(uint32_t key) { return (key * 0x9E3779B1u) ^ (key >> 16); }

}  // namespace

LinearModel::LinearModel(uint32_t classes, const std::vector<uint32_t>& keys, const std::vector<float>& weights,
                         float scale)
    : classes_(classes) {
  float top = 0.0f;
  for (const float w : weights) top = std::max(top, std::fabs(w));
  scale_ = scale > 0.0f ? scale : top > 0.0f ? top / 32767.0f : 1.0f;
  std::vector<size_t> order(keys.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
  for (const size_t i : order) {
    if (!keys_.empty() && keys_.back() == keys[i]) continue;
    std::vector<int16_t> q(classes);
    bool any = false;
    for (uint32_t c = 0; c < classes; ++c) {
      const long v = std::lround(weights[i * classes + c] / scale_);
      q[c] = static_cast<int16_t>(std::clamp(v, -32767L, 32767L));
      any = any || q[c] != 0;
    }
    if (!any) continue;
    keys_.push_back(keys[i]);
    weights_.insert(weights_.end(), q.begin(), q.end());
  }
  build_index();
}

void LinearModel::build_index() {
  size_t n = 16;
  while (n < keys_.size() * 2) n *= 2;
  slots_.assign(n, 0);
  mask_ = static_cast<uint32_t>(n - 1);
  for (uint32_t i = 0; i < keys_.size(); ++i) {
    uint32_t s = home(keys_[i]) & mask_;
    while (slots_[s] != 0) s = (s + 1) & mask_;
    slots_[s] = i + 1;
  }
}

const int16_t* LinearModel::find(uint32_t key) const {
  if (keys_.empty()) return nullptr;
  for (uint32_t s = home(key) & mask_;; s = (s + 1) & mask_) {
    const uint32_t at = slots_[s];
    if (at == 0) return nullptr;
    if (keys_[at - 1] == key) return weights_.data() + static_cast<size_t>(at - 1) * classes_;
  }
}

void LinearModel::add_scores(std::span<const uint32_t> keys, int32_t* out) const {
  for (const uint32_t k : keys) {
    if (const int16_t* w = find(k)) {
      for (uint32_t c = 0; c < classes_; ++c) out[c] += w[c];
    }
  }
}

int32_t LinearModel::score(std::span<const uint32_t> keys, uint32_t c) const {
  int32_t sum = 0;
  for (const uint32_t k : keys) {
    if (const int16_t* w = find(k)) sum += w[c];
  }
  return sum;
}

uint32_t LinearModel::best(std::span<const uint32_t> keys) const {
  std::vector<int32_t> s(classes_, 0);
  add_scores(keys, s.data());
  return static_cast<uint32_t>(std::max_element(s.begin(), s.end()) - s.begin());
}

// Layout: u8 classes, u32 scale bits, u32 keys, varint deltas of the sorted
// keys (the first from 0), then keys * classes int16 weights.
void LinearModel::write(ByteWriter& out) const {
  out.u8(static_cast<uint8_t>(classes_));
  uint32_t bits = 0;
  static_assert(sizeof bits == sizeof scale_);
  std::memcpy(&bits, &scale_, sizeof bits);
  out.u32(bits);
  out.u32(static_cast<uint32_t>(keys_.size()));
  uint32_t prev = 0;
  for (const uint32_t k : keys_) {
    out.varint(k - prev);
    prev = k;
  }
  for (const int16_t w : weights_) out.u16(static_cast<uint16_t>(w));
}

Expected<LinearModel> LinearModel::read(ByteReader& in, size_t max_features) {
  LinearModel m;
  m.classes_ = in.u8();
  const uint32_t bits = in.u32();
  std::memcpy(&m.scale_, &bits, sizeof bits);
  const uint32_t n = in.u32();
  if (!in.ok() || m.classes_ == 0) return Error{ErrorCode::InvalidModel, "bad linear model header"};
  // Each key takes at least one byte and each weight two: a count the file
  // cannot hold is refused before anything is allocated.
  if (n > max_features || n > in.left() / (1 + 2 * size_t{m.classes_})) {
    return Error{ErrorCode::InvalidModel, "linear model too large for its file"};
  }
  if (!std::isfinite(m.scale_) || m.scale_ <= 0.0f) return Error{ErrorCode::InvalidModel, "bad weight scale"};
  m.keys_.resize(n);
  uint32_t prev = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t d = in.varint();
    if (i > 0 && d == 0) return Error{ErrorCode::InvalidModel, "linear model keys not increasing"};
    if (d > UINT32_MAX - prev) return Error{ErrorCode::InvalidModel, "linear model key out of range"};
    prev += d;
    m.keys_[i] = prev;
  }
  m.weights_.resize(static_cast<size_t>(n) * m.classes_);
  for (int16_t& w : m.weights_) w = static_cast<int16_t>(in.u16());
  if (!in.ok()) return Error{ErrorCode::InvalidModel, "truncated linear model"};
  m.build_index();
  return m;
}

}  // namespace quelle::model
