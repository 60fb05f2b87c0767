#include "text/byte_stream.h"

#include <algorithm>
#include <cstring>

namespace entente::text {

ByteStream::ByteStream(std::istream* in, size_t window_bytes)
    : in_(in), buf_(std::max<size_t>(window_bytes, 16)) {}

bool ByteStream::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {  // slide the unconsumed tail to the front
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (end_ == buf_.size()) return true;  // window full; caller has enough
  in_->read(buf_.data() + end_, static_cast<std::streamsize>(buf_.size() - end_));
  const size_t got = static_cast<size_t>(in_->gcount());
  end_ += got;
  if (got == 0) {
    eof_ = true;
    if (in_->bad()) io_error_ = true;
    return false;
  }
  return true;
}

std::string_view ByteStream::Peek(size_t n) {
  n = std::min(n, buf_.size());
  while (end_ - pos_ < n && Fill()) {
  }
  return std::string_view(buf_.data() + pos_, std::min(n, end_ - pos_));
}

void ByteStream::Skip(size_t n) {
  pos_ += n;
  consumed_ += n;
}

void ByteStream::Take(size_t n, size_t max, std::string* out, bool* overflow) {
  if (out != nullptr && !*overflow) {
    if (out->size() + n <= max) {
      out->append(buf_.data() + pos_, n);
    } else {
      *overflow = true;
    }
  }
  Skip(n);
}

bool ByteStream::ReadUntil(std::string_view delim, size_t max, std::string* out,
                           bool* overflow) {
  for (;;) {
    const char* base = buf_.data() + pos_;
    const size_t avail = end_ - pos_;
    const char* hit = nullptr;
    if (delim.size() == 1) {
      hit = static_cast<const char*>(std::memchr(base, delim[0], avail));
    } else if (avail >= delim.size()) {
      hit = static_cast<const char*>(memmem(base, avail, delim.data(), delim.size()));
    }
    if (hit != nullptr) {
      Take(static_cast<size_t>(hit - base), max, out, overflow);
      Skip(delim.size());
      return true;
    }
    // Keep a possible prefix of `delim` at the end of the window for the
    // next search; everything before it is certainly content.
    const size_t keep = std::min(avail, delim.size() - 1);
    Take(avail - keep, max, out, overflow);
    if (!Fill()) {
      Take(end_ - pos_, max, out, overflow);
      return false;
    }
  }
}

void ByteStream::ReadToEnd(size_t max, std::string* out, bool* overflow) {
  do {
    Take(end_ - pos_, max, out, overflow);
  } while (Fill());
}

}  // namespace entente::text
