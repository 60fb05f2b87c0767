#include "progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace entente {
namespace {

std::string Human(double v) {
  char buf[32];
  if (v >= 1e6) {
    std::snprintf(buf, sizeof buf, "%.1fM", v / 1e6);
  } else if (v >= 1e4) {
    std::snprintf(buf, sizeof buf, "%.1fk", v / 1e3);
  } else {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  }
  return buf;
}

}  // namespace

bool Progress::ParseMode(std::string_view name, Mode* out) {
  if (name == "auto") *out = Mode::kAuto;
  else if (name == "bar") *out = Mode::kBar;
  else if (name == "lines") *out = Mode::kLines;
  else if (name == "off") *out = Mode::kOff;
  else return false;
  return true;
}

Progress::Progress(Mode mode, double line_seconds, std::ostream* out)
    : mode_(mode), interval_(line_seconds), out_(out) {
  if (mode_ == Mode::kAuto) mode_ = ::isatty(STDERR_FILENO) ? Mode::kBar : Mode::kLines;
  if (mode_ == Mode::kBar) interval_ = 0.2;
  start_ = last_ = std::chrono::steady_clock::now();
}

std::string Progress::Render(uint64_t articles, uint64_t events, double seconds,
                             uint64_t bytes_read, uint64_t total_bytes) {
  const double s = seconds > 0 ? seconds : 1e-9;
  std::string r = Human(static_cast<double>(articles)) + " articles (" +
                  Human(static_cast<double>(articles) / s) + "/s), " +
                  Human(static_cast<double>(events)) + " events (" +
                  Human(static_cast<double>(events) / s) + "/s)";
  if (total_bytes > 0 && bytes_read > 0) {
    const double done = std::min(1.0, static_cast<double>(bytes_read) / static_cast<double>(total_bytes));
    const long eta = static_cast<long>(seconds * (1 - done) / done + 0.5);
    char buf[64];
    std::snprintf(buf, sizeof buf, ", %d%%, ETA %ld:%02ld", static_cast<int>(done * 100),
                  eta / 60, eta % 60);
    r += buf;
  }
  return r;
}

void Progress::Update(uint64_t articles, uint64_t events, uint64_t bytes_read,
                      uint64_t total_bytes) {
  if (mode_ == Mode::kOff) return;
  const auto now = std::chrono::steady_clock::now();
  if (std::chrono::duration<double>(now - last_).count() < interval_) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const std::string text = Render(articles, events, seconds, bytes_read, total_bytes);
  if (mode_ == Mode::kBar) {
    std::string bar;
    if (total_bytes > 0) {
      const size_t width = 30;
      const size_t filled = std::min<size_t>(
          width, static_cast<size_t>(static_cast<double>(width) *
                                     static_cast<double>(std::min(bytes_read, total_bytes)) /
                                     static_cast<double>(total_bytes)));
      bar.reserve(width + 3);
      bar += '[';
      bar.append(filled, '#');
      bar.append(width - filled, '.');
      bar += "] ";
    }
    *out_ << "\r" << bar << text << "\x1b[K" << std::flush;
    drawn_ = true;
  } else {
    *out_ << "entente: progress: " << text << "\n" << std::flush;
  }
}

void Progress::Finish() {
  if (drawn_) *out_ << "\n" << std::flush;
  drawn_ = false;
}

}  // namespace entente
