// Shared plumbing for the event writers. Internal to src/output.
#ifndef ENTENTE_OUTPUT_WRITER_INTERNAL_H_
#define ENTENTE_OUTPUT_WRITER_INTERNAL_H_

#include <charconv>
#include <memory>
#include <ostream>
#include <string>

#include "entente/output.h"

namespace entente {

// Renders each event into one reusable string and hands it to the ostream
// in chunks of about kChunk bytes: one ostream::write per ~600 JSONL events
// instead of a dozen operator<< per event. The buffer's capacity is kept
// across chunks, so steady-state writing allocates nothing.
class BufferedWriter : public EventWriter {
 public:
  static constexpr size_t kChunk = 64 * 1024;

  explicit BufferedWriter(std::ostream* out) : out_(out) { buf_.reserve(kChunk + 4096); }
  ~BufferedWriter() override { BufferedWriter::Flush(); }

  void Flush() override {
    Drain();
    out_->flush();
  }

 protected:
  // Call at the end of each Write().
  void MaybeDrain() {
    if (buf_.size() >= kChunk) Drain();
  }
  void AppendInt(long long v) {
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, r.ptr - tmp);
  }

  std::string buf_;

 private:
  void Drain() {
    if (buf_.empty()) return;
    out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
  std::ostream* out_;
};

std::unique_ptr<EventWriter> NewJsonlWriter(std::ostream* out);
std::unique_ptr<EventWriter> NewTsvWriter(std::ostream* out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_WRITER_INTERNAL_H_
