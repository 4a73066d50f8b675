#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
#include <istream>
#include <string>
#include <thread>
#include <vector>

#include "batch_line.hpp"
#include "commands.hpp"
#include "line_window.hpp"
#include "models.hpp"
#include "options.hpp"

namespace quelle::cli {
namespace {

// The next line to answer: CR of a CRLF ending dropped, blank lines skipped.
bool next_line(std::istream& in, std::string& line) {
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) return true;
  }
  return false;
}

// Writes answers to stdout and counts them; progress on stderr only when it
// is a terminal, so that a redirected run's stderr holds only real problems.
class Output {
 public:
  Output() : progress_(isatty(STDERR_FILENO) != 0) {}
  void write(const BatchAnswer& a) {
    if (a.error) ++failed_;
    std::cout << a.line << '\n';
    ++done_;
    if (progress_ && done_ % 100 == 0) report("");
  }
  void finish() {
    std::cout.flush();
    if (progress_) report("\n");
  }

 private:
  // C stdio, not std::cerr: main() unsyncs the C++ streams, which are then
  // not safe to share between threads, and a worker may be reporting a
  // model that failed to load (models.cpp) at the same moment.
  void report(const char* end) const { std::fprintf(stderr, "\rquelle: %zu lines, %zu errors%s", done_, failed_, end); }
  bool progress_;
  size_t done_ = 0;
  size_t failed_ = 0;
};

using Answer = std::function<BatchAnswer(const std::string&)>;

// --jobs 1: the plain loop, with no threads at all.
void run_in_turn(const Answer& answer, Output& out) {
  std::string line;
  while (next_line(std::cin, line)) out.write(answer(line));
}

// --jobs N > 1: this thread reads, N workers answer, one thread writes. The
// window of 4 lines per worker keeps every worker busy while one slow line
// holds the writer back, and bounds memory whatever the input's length.
void run_in_parallel(const Answer& answer, unsigned jobs, Output& out) {
  // std::cin flushes its tied std::cout before each read; here another
  // thread writes std::cout, so that flush would race with it.
  std::cin.tie(nullptr);
  LineWindow window(4 * static_cast<size_t>(jobs));
  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (unsigned j = 0; j < jobs; ++j) {
    workers.emplace_back([&] {
      std::string line;
      while (const auto seq = window.take(line)) window.done(*seq, answer(line));
    });
  }
  std::thread writer([&] {
    while (const auto a = window.next()) out.write(*a);
  });
  std::string line;
  while (next_line(std::cin, line)) window.put(std::move(line));
  window.close();
  for (std::thread& w : workers) w.join();
  writer.join();
}

}  // namespace

int batch_command(const Args& args) {
  auto opt = parse_common(args, Command::Batch);
  if (!opt) return kExitUsage;
  // One store for all threads: each model is parsed once, on first use, under
  // the store's lock, and only read after that (quelle.hpp, ModelStore).
  ModelStore models;
  load_models(model_dir(opt->models), models);
  const CommonOptions& options = *opt;
  const Answer answer = [&](const std::string& line) { return answer_batch_line(line, options, models); };

  unsigned jobs = opt->jobs;
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  Output out;
  if (jobs == 1) {
    run_in_turn(answer, out);
  } else {
    run_in_parallel(answer, jobs, out);
  }
  out.finish();
  if (!std::cout) {
    std::cerr << "quelle: write error\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace quelle::cli
