// Progress of a long run on standard error: a bar redrawn in place when
// stderr is a terminal, plain lines every few seconds otherwise.
//
//   Progress progress(Progress::Mode::kAuto, 5.0, &std::cerr);
//   ... after each record: progress.Update(articles, events, bytes_read, total_bytes);
//   progress.Finish();  // ends the bar's line
#ifndef ENTENTE_TOOLS_PROGRESS_H_
#define ENTENTE_TOOLS_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace entente {

class Progress {
 public:
  enum class Mode { kAuto, kBar, kLines, kOff };
  // Parses "auto", "bar", "lines", "off".
  static bool ParseMode(std::string_view name, Mode* out);

  // kAuto is kBar when stderr is a terminal, else kLines. Lines come every
  // `line_seconds`; the bar is redrawn at most 5 times a second.
  Progress(Mode mode, double line_seconds, std::ostream* out);

  // Cheap when nothing is due (one clock read).
  void Update(uint64_t articles, uint64_t events, uint64_t bytes_read, uint64_t total_bytes);
  void Finish();

  // "12.3k articles (1.2k/s), 45.6k events (4.5k/s), 37%, ETA 0:42" — the
  // text of one report; ETA and percentage only when total_bytes > 0.
  static std::string Render(uint64_t articles, uint64_t events, double seconds,
                            uint64_t bytes_read, uint64_t total_bytes);

 private:
  Mode mode_;
  double interval_;
  std::ostream* out_;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
};

}  // namespace entente

#endif  // ENTENTE_TOOLS_PROGRESS_H_
