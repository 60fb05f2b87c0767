// The buffer the writers render into: the event writers of src/output
// (BufferedWriter, writer_internal.h) and the export writers of src/export
// (ExportBuffer, export/export_internal.h). Internal to the library.
#ifndef ENTENTE_OUTPUT_WRITE_BUFFER_H_
#define ENTENTE_OUTPUT_WRITE_BUFFER_H_

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>

namespace entente {

// Rows are rendered into one reusable string that goes to the ostream in
// chunks of about kChunk bytes: one ostream::write per ~600 JSONL events
// instead of a dozen operator<< per event. The buffer's capacity is kept
// across chunks, so steady-state writing allocates nothing.
//
// A writer derives from its interface (EventWriter, ExportWriter) and,
// protected, from this class. The interface's flush or finish method calls
// DrainAndFlush(), and so must the writer's destructor: this class writes
// nothing when it is destroyed.
//
// Not thread-safe, like the writers built on it.
class WriteBuffer {
 public:
  static constexpr size_t kChunk = 64 * 1024;

  WriteBuffer(const WriteBuffer&) = delete;
  WriteBuffer& operator=(const WriteBuffer&) = delete;

 protected:
  // REQUIRES: `out` outlives the buffer.
  explicit WriteBuffer(std::ostream* out) : out_(out) { buf_.reserve(kChunk + 4096); }
  ~WriteBuffer() = default;

  // Call at the end of each row.
  void MaybeDrain() {
    if (buf_.size() >= kChunk) Drain();
  }
  void AppendInt(int64_t v) {
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, r.ptr - tmp);
  }
  // Writes everything buffered to the ostream and flushes the ostream.
  void DrainAndFlush() {
    Drain();
    out_->flush();
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

}  // namespace entente

#endif  // ENTENTE_OUTPUT_WRITE_BUFFER_H_
