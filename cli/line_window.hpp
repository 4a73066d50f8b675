// The window of `quelle batch --jobs N`: lines read but not yet written, at
// most a fixed number of them, answered by worker threads in any order and
// handed to the writer in input order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "batch_line.hpp"

namespace quelle::cli {

// One reader puts lines, any number of workers take and answer them, one
// writer takes the answers in the order the lines were put. A slot is reused
// only after its answer is written, so memory holds at most `size` lines and
// answers however far a slow line holds the writer back.
class LineWindow {
 public:
  explicit LineWindow(size_t size) : slots_(size) {}

  // Reader: blocks while the window is full.
  void put(std::string line);
  // Reader: no more lines; take() and next() end once all are answered.
  void close();

  // Worker: the next unanswered line and its number, or nullopt at the end.
  std::optional<size_t> take(std::string& line);
  // Worker: the answer to line number `seq` (from take()).
  void done(size_t seq, BatchAnswer answer);

  // Writer: the answer to the oldest unwritten line, waiting for it, or
  // nullopt when every line has been written.
  std::optional<BatchAnswer> next();

 private:
  struct Slot {
    std::string line;
    BatchAnswer answer;
    bool answered = false;
  };
  Slot& slot(size_t seq) { return slots_[seq % slots_.size()]; }

  std::mutex mutex_;
  std::condition_variable space_;  // the reader waits for a written slot
  std::condition_variable work_;   // workers wait for a line
  std::condition_variable ready_;  // the writer waits for the oldest answer
  std::vector<Slot> slots_;
  size_t put_ = 0;      // lines put
  size_t taken_ = 0;    // lines taken by workers
  size_t written_ = 0;  // answers handed to the writer
  bool closed_ = false;
};

}  // namespace quelle::cli
