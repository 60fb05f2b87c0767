// CodePipeline: the streaming loop behind `entente code`.
//
//   CodePipeline p(coder.get(), writer.get(), &std::cerr);
//   Status s = p.CodeInput(&file, "news.jsonl", InputFormat::kAuto, reader_options);
//   writer->Flush();
//   std::cerr << SummaryLine(p.counts()) << "\n";
//
// Per article: read -> check UTF-8 and normalise -> split into sentences ->
// Coder::CodeSentence on each -> fill Event.doc/sentence/text -> write. Memory
// is constant in the input's length: one article, its sentences and one
// sentence's events are held at a time, in buffers reused across articles.
//
// A bad record (malformed JSON, invalid UTF-8, over-long record...) is
// reported on `diagnostics` as one line "entente: NAME:RECORD: reason" and
// skipped; coding goes on. Only an input that cannot be read at all ends
// CodeInput with an error.
//
// Thread safety: one pipeline per thread (it owns scratch state and drives a
// Coder, which is single-threaded).
#ifndef ENTENTE_TOOLS_PIPELINE_H_
#define ENTENTE_TOOLS_PIPELINE_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <istream>
#include <span>
#include <string_view>
#include <ostream>
#include <string>
#include <vector>

#include "entente/article.h"
#include "entente/coder.h"
#include "entente/event.h"
#include "entente/output.h"
#include "entente/sentences.h"
#include "entente/status.h"

namespace entente {

struct PipelineCounts {
  uint64_t records = 0;    // records read, good and bad
  uint64_t coded = 0;      // records that went through the coder (records - skipped - present)
  uint64_t skipped = 0;    // bad records, reported and skipped
  uint64_t present = 0;    // good records a sink already holds (entente ingest), not coded
  uint64_t sentences = 0;  // sentences handed to the coder
  uint64_t events = 0;     // events written
  uint64_t text_bytes = 0; // bytes of article text coded (before normalisation)
};

// "entente: N records read, N coded, N skipped, N sentences, N events written";
// when counts.present > 0, ", N already stored" follows "skipped".
std::string SummaryLine(const PipelineCounts& counts);

// Where whole coded articles go instead of (or as well as) an EventWriter:
// `entente ingest` stores them. Errors stop the run (CodeInput returns them).
class ArticleSink {
 public:
  virtual ~ArticleSink() = default;
  // Called for each good article before it is coded, with its normalised
  // text; *wanted = false skips it (counted as `present`).
  virtual Status Wants(const Article& article, std::string_view text, bool* wanted) = 0;
  // The article's sentences (views into its normalised text) and events
  // (doc, sentence and text filled), once coded.
  virtual Status Take(const Article& article, std::span<const std::string_view> sentences,
                      std::span<const Event> events) = 0;
};

class CodePipeline {
 public:
  // REQUIRES: coder, writer and diagnostics outlive the pipeline. `writer`
  // may be null when a sink is set.
  CodePipeline(Coder* coder, EventWriter* writer, std::ostream* diagnostics);

  // Optional: coded articles also go to `sink` (REQUIRES: outlives the pipeline).
  void set_sink(ArticleSink* sink) { sink_ = sink; }
  // Optional: when *stop becomes true, CodeInput returns after the current
  // article (ok, with interrupted() true).
  void set_stop_flag(const std::atomic<bool>* stop) { stop_ = stop; }
  // Optional: called after every record with the totals so far and the
  // input being read (for progress reports; keep it cheap).
  void set_progress(std::function<void(const PipelineCounts&)> progress) {
    progress_ = std::move(progress);
  }
  bool interrupted() const { return interrupted_; }

  CodePipeline(const CodePipeline&) = delete;
  CodePipeline& operator=(const CodePipeline&) = delete;

  // Codes every article of `in`; `name` labels diagnostics ("<stdin>" for
  // standard input). Returns ok at the end of the input, or the reader's
  // error when the input could not be read (counts keep what was done).
  Status CodeInput(std::istream* in, const std::string& name, InputFormat format,
                   const ReaderOptions& options);

  // Totals over every CodeInput call so far.
  const PipelineCounts& counts() const { return counts_; }

 private:
  // Codes article_; a sink's error is returned.
  Status CodeArticle(const std::string& name);
  void ReportBadRecord(const std::string& name, uint64_t record, const std::string& reason);

  Coder* const coder_;
  EventWriter* const writer_;
  std::ostream* const diagnostics_;
  ArticleSink* sink_ = nullptr;
  const std::atomic<bool>* stop_ = nullptr;
  std::function<void(const PipelineCounts&)> progress_;
  bool interrupted_ = false;
  PipelineCounts counts_;

  // Scratch reused across articles so memory stays flat.
  Article article_;
  std::string normalized_;
  std::vector<SentenceSpan> spans_;
  std::vector<std::string_view> sentences_;
  std::vector<Event> events_;
};

}  // namespace entente

#endif  // ENTENTE_TOOLS_PIPELINE_H_
