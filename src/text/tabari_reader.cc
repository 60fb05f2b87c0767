// kTabari: TABARI's .text records.
//
//   # comment lines and blank lines between records are skipped
//   950101  DEMO-01 [anything else on the line is kept in metadata]
//   Text lines ... /* comments, possibly over
//   several lines */ are not part of the text
//   <blank line ends the record>
//
// The date is YYMMDD (two-digit years windowed by ParseYymmdd) or, as with
// TABARI's YYYY option, YYYYMMDD. A block that does not start with a valid
// header is one bad record; reading resumes after its blank line.
#include "entente/sentences.h"
#include "text/json_util.h"
#include "text/readers_internal.h"

namespace entente::text {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

class TabariReader : public ArticleReader {
 public:
  TabariReader(std::unique_ptr<ByteStream> in, std::string name, const ReaderOptions& options)
      : in_(std::move(in)), name_(std::move(name)), options_(options) {}

  ReadResult Next(Article* article, Status* error) override {
    // Find the header: the first line that is neither blank nor a comment.
    for (;;) {
      if (!ReadLine()) return EndOfInput(*in_, name_, error);
      if (line_overflow_) break;  // a huge line is a (bad) record of its own
      if (line_.empty() || line_[0] == '#') continue;
      break;
    }
    ++record_;
    const uint64_t first_line = line_number_;
    std::string why = line_overflow_ ? TooLong() : ParseHeader(article);
    // Collect the text up to the blank line, even for a bad record, so the
    // next call starts at the next record.
    std::string text;
    bool in_comment = false;
    while (ReadLine()) {
      if (line_overflow_) {
        if (why.empty()) why = TooLong();
        continue;
      }
      if (line_.empty()) break;
      if (!why.empty()) continue;
      if (!IsCleanUtf8(line_)) {
        why = "invalid UTF-8 or NUL byte";
        continue;
      }
      const std::string_view kept = TrimSpace(StripComments(line_, &in_comment));
      if (kept.empty()) continue;
      if (text.size() + kept.size() + 1 > options_.max_record_bytes) {
        why = "record longer than " + std::to_string(options_.max_record_bytes) + " bytes";
        continue;
      }
      if (!text.empty()) text.push_back('\n');
      text.append(kept);
    }
    if (why.empty() && text.empty()) why = "missing text";
    if (!why.empty()) {
      *error = BadRecord(name_, record_,
                         "record at line " + std::to_string(first_line) + ": " + why);
      return ReadResult::kBadRecord;
    }
    article->text = std::move(text);
    article->record = record_;
    return ReadResult::kArticle;
  }

  InputFormat format() const override { return InputFormat::kTabari; }

 private:
  // Reads one line into line_ (trailing whitespace removed). False at end.
  bool ReadLine() {
    line_.clear();
    line_overflow_ = false;
    const uint64_t before = in_->consumed();
    const bool found = in_->ReadUntil("\n", options_.max_record_bytes, &line_, &line_overflow_);
    if (!found && in_->consumed() == before) return false;
    ++line_number_;
    while (!line_.empty() && IsSpace(line_.back())) line_.pop_back();
    return true;
  }

  std::string TooLong() const {
    return "line longer than " + std::to_string(options_.max_record_bytes) + " bytes";
  }

  // Fills id, date and metadata from line_; returns why it failed or "".
  std::string ParseHeader(Article* a) {
    if (!IsCleanUtf8(line_)) return "invalid UTF-8 or NUL byte";
    const std::string_view line = line_;
    size_t n = 0;
    while (n < line.size() && IsDigit(line[n])) ++n;
    if (n == 0 || (n < line.size() && !IsSpace(line[n]))) {
      return "expected a \"YYMMDD ID\" header line";
    }
    const std::string_view digits = line.substr(0, n);
    bool ok = false;
    if (n == 6) ok = ParseYymmdd(digits, &a->date);
    if (n == 8) ok = ParseIsoDate(digits, &a->date);
    if (!ok) return "bad date \"" + std::string(digits) + "\"";
    const std::string_view rest = TrimSpace(line.substr(n));
    size_t id_end = 0;
    while (id_end < rest.size() && !IsSpace(rest[id_end])) ++id_end;
    if (id_end == 0) return "missing id";
    a->id.assign(rest.substr(0, id_end));
    const std::string_view extra = TrimSpace(rest.substr(id_end));
    a->metadata = "{}";
    if (!extra.empty()) {
      a->metadata = "{\"header\":";
      AppendJsonString(extra, &a->metadata);
      a->metadata.push_back('}');
    }
    return "";
  }

  // Removes /* ... */ spans from `line`; *in_comment carries an open
  // comment over to the next line of the same record.
  std::string_view StripComments(const std::string& line, bool* in_comment) {
    scratch_.clear();
    size_t i = 0;
    while (i < line.size()) {
      if (*in_comment) {
        const size_t close = line.find("*/", i);
        if (close == std::string::npos) break;
        *in_comment = false;
        i = close + 2;
        scratch_.push_back(' ');  // a comment separates words
      } else {
        const size_t open = line.find("/*", i);
        scratch_.append(line, i, open == std::string::npos ? std::string::npos : open - i);
        if (open == std::string::npos) break;
        *in_comment = true;
        i = open + 2;
      }
    }
    return scratch_;
  }

  std::unique_ptr<ByteStream> in_;
  std::string name_;
  ReaderOptions options_;
  std::string line_;
  std::string scratch_;
  bool line_overflow_ = false;
  uint64_t line_number_ = 0;
  uint64_t record_ = 0;
};

}  // namespace

std::unique_ptr<ArticleReader> NewTabariReader(std::unique_ptr<ByteStream> in, std::string name,
                                               const ReaderOptions& options) {
  return std::make_unique<TabariReader>(std::move(in), std::move(name), options);
}

}  // namespace entente::text
