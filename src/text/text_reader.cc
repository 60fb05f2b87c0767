// kText: the whole input is one article. The only reader that reads to the
// end of the stream at once, so it keeps at most max_record_bytes.
#include <chrono>

#include "entente/sentences.h"
#include "text/readers_internal.h"

namespace entente::text {
namespace {

Day TodayUtc() {
  using namespace std::chrono;
  return static_cast<Day>(floor<days>(system_clock::now()).time_since_epoch().count());
}

class TextReader : public ArticleReader {
 public:
  TextReader(std::unique_ptr<ByteStream> in, std::string name, const ReaderOptions& options)
      : in_(std::move(in)), name_(std::move(name)), options_(options) {}

  ReadResult Next(Article* article, Status* error) override {
    if (done_) return ReadResult::kEnd;
    done_ = true;
    std::string body;
    bool overflow = false;
    in_->ReadToEnd(options_.max_record_bytes, &body, &overflow);
    if (in_->io_error()) return EndOfInput(*in_, name_, error);
    if (overflow) {
      *error = BadRecord(name_, 1, "article longer than " +
                                       std::to_string(options_.max_record_bytes) + " bytes");
      return ReadResult::kBadRecord;
    }
    const std::string_view text = TrimSpace(body);
    if (text.empty()) return ReadResult::kEnd;  // an empty input holds no article
    if (!IsCleanUtf8(text)) {
      *error = BadRecord(name_, 1, "invalid UTF-8 or NUL byte");
      return ReadResult::kBadRecord;
    }
    article->id = options_.default_id;
    article->date = options_.default_date != kNoDate ? options_.default_date : TodayUtc();
    article->text.assign(text);
    article->metadata = "{}";
    article->record = 1;
    return ReadResult::kArticle;
  }

  InputFormat format() const override { return InputFormat::kText; }

 private:
  std::unique_ptr<ByteStream> in_;
  std::string name_;
  ReaderOptions options_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ArticleReader> NewTextReader(std::unique_ptr<ByteStream> in, std::string name,
                                             const ReaderOptions& options) {
  return std::make_unique<TextReader>(std::move(in), std::move(name), options);
}

}  // namespace entente::text
