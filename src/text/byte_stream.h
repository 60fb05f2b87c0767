// ByteStream: a buffered, bounded-memory view of a std::istream for the
// article readers.
//
// Readers must run in constant memory whatever the input, so every read
// that keeps bytes takes a cap; bytes beyond it are consumed and discarded
// (never buffered) and the caller is told. The window used for peeking is
// fixed at construction.
//
// Thread safety: one thread at a time.
#ifndef ENTENTE_TEXT_BYTE_STREAM_H_
#define ENTENTE_TEXT_BYTE_STREAM_H_

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace entente::text {

class ByteStream {
 public:
  // REQUIRES: `in` outlives this object.
  explicit ByteStream(std::istream* in, size_t window_bytes = 1 << 16);

  // Up to `n` bytes ahead, not consumed; fewer only at the end of input.
  // REQUIRES: n <= window_bytes. The view is valid until the next call.
  std::string_view Peek(size_t n);
  // Consumes `n` bytes. REQUIRES: n <= Peek(n).size().
  void Skip(size_t n);

  // Consumes input up to and including the next `delim` (non-empty). The
  // bytes before it are appended to *out (when out is not null) as long as
  // *out stays within `max` bytes; past that *overflow is set and the rest
  // is discarded. Returns false when the input ended before `delim`; what
  // was read is still appended.
  bool ReadUntil(std::string_view delim, size_t max, std::string* out, bool* overflow);

  // Consumes the rest of the input, keeping at most `max` bytes in *out.
  void ReadToEnd(size_t max, std::string* out, bool* overflow);

  // Bytes consumed so far; lets a caller tell "empty read" from "end".
  uint64_t consumed() const { return consumed_; }
  // True once the underlying stream reported a read failure (not EOF).
  bool io_error() const { return io_error_; }

 private:
  // Reads more bytes from the stream into the window. Returns false at end.
  bool Fill();
  // Moves `n` consumed bytes from the window to *out, honouring the cap.
  void Take(size_t n, size_t max, std::string* out, bool* overflow);

  std::istream* in_;
  std::vector<char> buf_;
  size_t pos_ = 0;   // first unconsumed byte in buf_
  size_t end_ = 0;   // one past the last valid byte in buf_
  bool eof_ = false;
  bool io_error_ = false;
  uint64_t consumed_ = 0;
};

}  // namespace entente::text

#endif  // ENTENTE_TEXT_BYTE_STREAM_H_
