#include "line_window.hpp"

#include <utility>

namespace quelle::cli {

void LineWindow::put(std::string line) {
  std::unique_lock lock(mutex_);
  space_.wait(lock, [&] { return put_ - written_ < slots_.size(); });
  Slot& s = slot(put_++);
  s.line = std::move(line);
  s.answered = false;
  lock.unlock();
  work_.notify_one();
}

void LineWindow::close() {
  {
    const std::lock_guard lock(mutex_);
    closed_ = true;
  }
  work_.notify_all();
  ready_.notify_all();
}

std::optional<size_t> LineWindow::take(std::string& line) {
  std::unique_lock lock(mutex_);
  work_.wait(lock, [&] { return taken_ < put_ || closed_; });
  if (taken_ == put_) return std::nullopt;  // closed, and nothing left
  const size_t seq = taken_++;
  line = std::move(slot(seq).line);
  return seq;
}

void LineWindow::done(size_t seq, BatchAnswer answer) {
  bool oldest = false;
  {
    const std::lock_guard lock(mutex_);
    Slot& s = slot(seq);
    s.answer = std::move(answer);
    s.answered = true;
    oldest = seq == written_;
  }
  // Only the oldest answer lets the writer go on; later ones wait for it.
  if (oldest) ready_.notify_one();
}

std::optional<BatchAnswer> LineWindow::next() {
  std::unique_lock lock(mutex_);
  ready_.wait(lock, [&] { return (written_ < put_ && slot(written_).answered) || (closed_ && written_ == put_); });
  if (written_ == put_) return std::nullopt;
  Slot& s = slot(written_++);
  BatchAnswer answer = std::move(s.answer);
  s.answered = false;
  lock.unlock();
  space_.notify_one();
  return answer;
}

}  // namespace quelle::cli
