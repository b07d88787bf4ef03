#pragma once
// A progress line on a terminal for a command that may run long: after the first second, the stage
// it is at and the seconds gone, redrawn twice a second on stderr; erased when done. Nothing when
// stderr is no terminal or --quiet was given.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

namespace mizan::cli {

class ProgressLine {
 public:
  ProgressLine(const char* command, bool quiet) : command_(command), on_(!quiet && isatty(STDERR_FILENO)) {
    if (on_) thread_ = std::thread([this] { run(); });
  }
  ~ProgressLine() { done(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // The stage now under way ("comparing"): a string that outlives the line.
  void stage(const char* name) { stage_ = name; }

  void done() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
    if (shown_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  void run() {
    const auto start = std::chrono::steady_clock::now();
    std::unique_lock<std::mutex> lock(mutex_);
    if (wake_.wait_for(lock, std::chrono::seconds(1), [this] { return stop_; })) return;
    do {
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::fprintf(stderr, "\r\033[K%s: %s… %.0f s", command_, stage_.load(), s);
      std::fflush(stderr);
      shown_ = true;
    } while (!wake_.wait_for(lock, std::chrono::milliseconds(500), [this] { return stop_; }));
  }

  const char* command_;
  const bool on_;
  std::atomic<const char*> stage_{"starting"};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool shown_ = false;
  std::thread thread_;
};

}  // namespace mizan::cli
