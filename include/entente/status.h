// Status: the error value every entente library function returns.
//
// The library never prints, prompts or exits; it returns a Status and lets
// the caller (the CLI, a test) decide what to say. A Status is either ok() or
// carries a kind, an optional location (file and 1-based line, or a record
// number) and a message.
//
//   entente::Status s = dict.LoadActors("x.actors");
//   if (!s.ok()) std::cerr << s.ToString() << "\n";  // "x.actors:12: missing ]"
//
// Thread safety: a Status is a plain value; copies are independent.
#ifndef ENTENTE_STATUS_H_
#define ENTENTE_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace entente {

class Status {
 public:
  enum class Kind {
    kOk = 0,
    kInvalidArgument,  // bad option or argument from the caller
    kNotFound,         // a file or a named thing does not exist
    kIoError,          // the operating system refused a read or write
    kParse,            // outside bytes are malformed (has file and line)
    kCorruption,       // a cache or database is damaged or of another version
  };

  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Kind::kInvalidArgument, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Kind::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Kind::kIoError, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Kind::kCorruption, std::move(msg)); }
  // A malformed input at file:line (line 0 means "no line").
  static Status Parse(std::string file, int line, std::string msg) {
    Status s(Kind::kParse, std::move(msg));
    s.file_ = std::move(file);
    s.line_ = line;
    return s;
  }

  bool ok() const { return kind_ == Kind::kOk; }
  Kind kind() const { return kind_; }
  const std::string& message() const { return message_; }
  const std::string& file() const { return file_; }
  int line() const { return line_; }

  // "file:line: message" when a location is known, else the message alone.
  std::string ToString() const;

 private:
  Status(Kind k, std::string msg) : kind_(k), message_(std::move(msg)) {}
  Kind kind_ = Kind::kOk;
  std::string message_;
  std::string file_;
  int line_ = 0;
};

}  // namespace entente

#endif  // ENTENTE_STATUS_H_
