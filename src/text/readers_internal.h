// Private factories for the concrete article readers and the helpers they
// share. Each reader owns its ByteStream; NewArticleReader (article_reader.cc)
// builds the stream, detects the format when asked, and picks one.
#ifndef ENTENTE_TEXT_READERS_INTERNAL_H_
#define ENTENTE_TEXT_READERS_INTERNAL_H_

#include <memory>
#include <string>
#include <string_view>

#include "entente/article.h"
#include "text/byte_stream.h"

namespace entente::text {

std::unique_ptr<ArticleReader> NewJsonlReader(std::unique_ptr<ByteStream> in, std::string name,
                                              const ReaderOptions& options);
std::unique_ptr<ArticleReader> NewTextReader(std::unique_ptr<ByteStream> in, std::string name,
                                             const ReaderOptions& options);
std::unique_ptr<ArticleReader> NewTabariReader(std::unique_ptr<ByteStream> in, std::string name,
                                               const ReaderOptions& options);
std::unique_ptr<ArticleReader> NewPetrarchReader(std::unique_ptr<ByteStream> in,
                                                 std::string name, const ReaderOptions& options);

// Guesses the format from the first bytes of the input, without consuming
// them; `name` (a file name) breaks ties. Never returns kAuto.
InputFormat DetectFormat(ByteStream* in, std::string_view name);

// Shapes a bad-record error: Status::line carries the record number.
inline Status BadRecord(const std::string& name, uint64_t record, std::string why) {
  return Status::Parse(name, static_cast<int>(record), std::move(why));
}

// The end-of-input result: kEnd, with *error set when the stream failed.
inline ReadResult EndOfInput(const ByteStream& in, const std::string& name, Status* error) {
  if (in.io_error()) *error = Status::IoError(name + ": read failed");
  return ReadResult::kEnd;
}

// Whitespace as the readers see it (ASCII only; bytes of UTF-8 sequences
// are never whitespace).
inline bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
std::string_view TrimSpace(std::string_view s);

}  // namespace entente::text

#endif  // ENTENTE_TEXT_READERS_INTERNAL_H_
