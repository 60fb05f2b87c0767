#include "pipeline.h"

namespace entente {

std::string SummaryLine(const PipelineCounts& c) {
  return "entente: " + std::to_string(c.records) + " records read, " + std::to_string(c.coded) +
         " coded, " + std::to_string(c.skipped) + " skipped, " + std::to_string(c.sentences) +
         " sentences, " + std::to_string(c.events) + " events written";
}

CodePipeline::CodePipeline(Coder* coder, EventWriter* writer, std::ostream* diagnostics)
    : coder_(coder), writer_(writer), diagnostics_(diagnostics) {}

Status CodePipeline::CodeInput(std::istream* in, const std::string& name, InputFormat format,
                               const ReaderOptions& options) {
  std::unique_ptr<ArticleReader> reader = NewArticleReader(in, name, format, options);
  uint64_t record_in_input = 0;  // fallback numbering when a reader gives none
  for (;;) {
    Status error;
    const ReadResult r = reader->Next(&article_, &error);
    if (r == ReadResult::kEnd) return error;
    ++record_in_input;
    ++counts_.records;
    if (r == ReadResult::kBadRecord) {
      const uint64_t record = error.line() > 0 ? static_cast<uint64_t>(error.line()) : record_in_input;
      ReportBadRecord(name, record, error.message());
      continue;
    }
    if (article_.record == 0) article_.record = record_in_input;
    CodeArticle(name);
  }
}

void CodePipeline::CodeArticle(const std::string& name) {
  // The writer emits JSON, which must be valid UTF-8; readers pass bytes
  // through, so the check happens here, once per article.
  if (!IsCleanUtf8(article_.id)) {
    ReportBadRecord(name, article_.record, "id is not valid UTF-8 or holds a NUL byte");
    return;
  }
  if (!IsCleanUtf8(article_.text) || !NormalizeText(article_.text, &normalized_)) {
    ReportBadRecord(name, article_.record, "text is not valid UTF-8 or holds a NUL byte");
    return;
  }
  ++counts_.coded;
  counts_.text_bytes += article_.text.size();

  SplitSentences(normalized_, &spans_);
  coder_->BeginStory();
  for (size_t i = 0; i < spans_.size(); ++i) {
    const std::string_view sentence =
        std::string_view(normalized_).substr(spans_[i].begin, spans_[i].end - spans_[i].begin);
    ++counts_.sentences;
    events_.clear();
    coder_->CodeSentence(sentence, article_.date, &events_);
    for (Event& e : events_) {
      e.doc = article_.id;
      e.sentence = static_cast<int>(i);
      e.text.assign(sentence);
      writer_->Write(e);
      ++counts_.events;
    }
  }
}

void CodePipeline::ReportBadRecord(const std::string& name, uint64_t record,
                                   const std::string& reason) {
  ++counts_.skipped;
  *diagnostics_ << "entente: " << name << ":" << record << ": " << reason << "\n";
}

}  // namespace entente
