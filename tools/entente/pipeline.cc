#include "pipeline.h"

namespace entente {

std::string SummaryLine(const PipelineCounts& c) {
  return "entente: " + std::to_string(c.records) + " records read, " + std::to_string(c.coded) +
         " coded, " + std::to_string(c.skipped) + " skipped, " +
         (c.present > 0 ? std::to_string(c.present) + " already stored, " : std::string()) +
         std::to_string(c.sentences) +
         " sentences, " + std::to_string(c.events) + " events written";
}

CodePipeline::CodePipeline(Coder* coder, EventWriter* writer, std::ostream* diagnostics)
    : coder_(coder), writer_(writer), diagnostics_(diagnostics) {}

Status CodePipeline::CodeInput(std::istream* in, const std::string& name, InputFormat format,
                               const ReaderOptions& options) {
  std::unique_ptr<ArticleReader> reader = NewArticleReader(in, name, format, options);
  uint64_t record_in_input = 0;  // fallback numbering when a reader gives none
  for (;;) {
    if (stop_ != nullptr && stop_->load(std::memory_order_relaxed)) {
      interrupted_ = true;
      return Status::Ok();
    }
    Status error;
    const ReadResult r = reader->Next(&article_, &error);
    if (r == ReadResult::kEnd) return error;
    ++record_in_input;
    ++counts_.records;
    if (r == ReadResult::kBadRecord) {
      const uint64_t record = error.line() > 0 ? static_cast<uint64_t>(error.line()) : record_in_input;
      ReportBadRecord(name, record, error.message());
    } else {
      if (article_.record == 0) article_.record = record_in_input;
      Status s = CodeArticle(name);
      if (!s.ok()) return s;
    }
    if (progress_) progress_(counts_);
  }
}

Status CodePipeline::CodeArticle(const std::string& name) {
  // The writer emits JSON, which must be valid UTF-8; readers pass bytes
  // through, so the check happens here, once per article.
  if (!IsCleanUtf8(article_.id)) {
    ReportBadRecord(name, article_.record, "id is not valid UTF-8 or holds a NUL byte");
    return Status::Ok();
  }
  if (!IsCleanUtf8(article_.text) || !NormalizeText(article_.text, &normalized_)) {
    ReportBadRecord(name, article_.record, "text is not valid UTF-8 or holds a NUL byte");
    return Status::Ok();
  }
  if (sink_ != nullptr) {
    bool wanted = true;
    Status s = sink_->Wants(article_, normalized_, &wanted);
    if (!s.ok()) return s;
    if (!wanted) {
      ++counts_.present;
      return Status::Ok();
    }
  }
  ++counts_.coded;
  counts_.text_bytes += article_.text.size();

  SplitSentences(normalized_, &spans_);
  sentences_.clear();
  events_.clear();
  coder_->BeginStory();
  for (size_t i = 0; i < spans_.size(); ++i) {
    const std::string_view sentence =
        std::string_view(normalized_).substr(spans_[i].begin, spans_[i].end - spans_[i].begin);
    sentences_.push_back(sentence);
    ++counts_.sentences;
    const size_t first = events_.size();
    coder_->CodeSentence(sentence, article_.date, &events_);
    for (size_t k = first; k < events_.size(); ++k) {
      Event& e = events_[k];
      e.doc = article_.id;
      e.sentence = static_cast<int>(i);
      e.text.assign(sentence);
      if (writer_ != nullptr) writer_->Write(e);
      ++counts_.events;
    }
  }
  if (sink_ != nullptr) return sink_->Take(article_, sentences_, events_);
  return Status::Ok();
}

void CodePipeline::ReportBadRecord(const std::string& name, uint64_t record,
                                   const std::string& reason) {
  ++counts_.skipped;
  *diagnostics_ << "entente: " << name << ":" << record << ": " << reason << "\n";
}

}  // namespace entente
