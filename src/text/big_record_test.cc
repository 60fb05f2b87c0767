// A 50 MB line must be skipped as a bad record, in bounded memory, and the
// record after it read normally. The input is generated on the fly so the
// only big buffer that could appear is one the reader made.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <streambuf>

#include "entente/article.h"

namespace entente {
namespace {

// Streams `prefix`, then `filler` bytes of 'x', then `suffix`.
class GeneratedBuf : public std::streambuf {
 public:
  GeneratedBuf(std::string prefix, size_t filler, std::string suffix)
      : prefix_(std::move(prefix)), filler_(filler), suffix_(std::move(suffix)),
        chunk_(1 << 16, 'x') {}

 protected:
  int_type underflow() override {
    if (stage_ == 0) {
      stage_ = 1;
      return Serve(prefix_.data(), prefix_.size());
    }
    if (stage_ == 1 && filler_ > 0) {
      const size_t n = std::min(filler_, chunk_.size());
      filler_ -= n;
      return Serve(chunk_.data(), n);
    }
    if (stage_ == 1) {
      stage_ = 2;
      return Serve(suffix_.data(), suffix_.size());
    }
    return traits_type::eof();
  }

 private:
  int_type Serve(const char* p, size_t n) {
    char* b = const_cast<char*>(p);
    setg(b, b, b + n);
    return n == 0 ? underflow() : traits_type::to_int_type(*b);
  }
  std::string prefix_;
  size_t filler_;
  std::string suffix_;
  std::string chunk_;
  int stage_ = 0;
};

long PeakRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

TEST(BigRecordTest, FiftyMegabyteLineIsSkippedInBoundedMemory) {
  constexpr size_t kLine = 50u << 20;
  GeneratedBuf buf("{\"id\":\"huge\",\"date\":\"2024-01-01\",\"text\":\"", kLine,
                   "\"}\n{\"id\":\"next\",\"date\":\"2024-01-02\",\"text\":\"After.\"}\n");
  std::istream in(&buf);
  ReaderOptions options;  // default cap: 16 MB
  const long before = PeakRssKb();
  auto reader = NewArticleReader(&in, "big", InputFormat::kAuto, options);
  Article a;
  Status err;
  ASSERT_EQ(reader->Next(&a, &err), ReadResult::kBadRecord);
  EXPECT_EQ(err.ToString(), "big:1: record longer than 16777216 bytes");
  ASSERT_EQ(reader->Next(&a, &err), ReadResult::kArticle);
  EXPECT_EQ(a.id, "next");
  EXPECT_EQ(a.record, 2u);
  EXPECT_EQ(reader->Next(&a, &err), ReadResult::kEnd);
  // Holding the line would need 50 MB; the cap allows 16 MB (plus slack).
  EXPECT_LT(PeakRssKb() - before, 40 * 1024) << "reader buffered the long line";
}

TEST(BigRecordTest, LongTextAndTabariLinesToo) {
  for (InputFormat f : {InputFormat::kText, InputFormat::kTabari, InputFormat::kPetrarch}) {
    const std::string prefix = f == InputFormat::kTabari     ? "950101  BIG\n"
                               : f == InputFormat::kPetrarch ? "<Sentence date=\"20240101\" id=\"b\"><Text>"
                                                             : "";
    GeneratedBuf buf(prefix, 8u << 20, "\n");
    std::istream in(&buf);
    ReaderOptions options;
    options.max_record_bytes = 1 << 20;
    auto reader = NewArticleReader(&in, "big", f, options);
    Article a;
    Status err;
    EXPECT_EQ(reader->Next(&a, &err), ReadResult::kBadRecord) << InputFormatName(f);
    EXPECT_EQ(reader->Next(&a, &err), ReadResult::kEnd) << InputFormatName(f);
  }
}

}  // namespace
}  // namespace entente
