// entente::Coder over the TABARI engine: loads dictionaries, keeps options,
// codes sentences.
#include "entente/coder.h"

#include <chrono>
#include <cstdio>
#include <fstream>

#include "coder/event_coder.h"
#include "coder/loader.h"
#include "coder/options.h"
#include "dict/cache.h"

namespace entente {
namespace {

class TabariCoder final : public Coder {
 public:
  TabariCoder(std::shared_ptr<const coder::Compiled> compiled, coder::CoderOptions options, double millis,
              bool cached)
      : compiled_(std::move(compiled)),
        options_(std::move(options)),
        coder_(*compiled_->dict, *compiled_->matcher),
        millis_(millis),
        cached_(cached) {}

  SentenceOutcome CodeSentence(std::string_view sentence, Day date, std::vector<Event>* events) override {
    scratch_.clear();
    bool continues = story_sentences_ > 0;
    if (story_sentences_ >= 0) ++story_sentences_;
    coder::Problem p = coder_.Code(sentence, date, options_, &scratch_, continues);
    for (coder::CodedEvent& ce : scratch_) {
      Event e;
      e.date = date == kNoDate ? date : date + ce.date_shift;
      e.source = std::move(ce.source);
      e.target = std::move(ce.target);
      e.code = std::move(ce.code);
      e.source_text = std::move(ce.source_text);
      e.target_text = std::move(ce.target_text);
      e.verb_text = std::move(ce.verb_text);
      e.negated = ce.negated;
      e.hypothetical = ce.hypothetical;
      events->push_back(std::move(e));
    }
    switch (p) {
      case coder::Problem::kNone: return SentenceOutcome::kCoded;
      case coder::Problem::kDiscard: return SentenceOutcome::kDiscard;
      case coder::Problem::kComplex: return SentenceOutcome::kComplex;
      case coder::Problem::kTooShort:
      case coder::Problem::kNoText: return SentenceOutcome::kTooShort;
      default: return SentenceOutcome::kNoEvent;
    }
  }

  void BeginStory() override { story_sentences_ = 0; }

  Status ApplyOption(std::string_view line) override { return options_.Apply(line); }

  std::unique_ptr<Coder> Clone() const override {
    return std::make_unique<TabariCoder>(compiled_, options_, millis_, cached_);
  }

  Status DictionaryVersion(std::string* out) const override {
    uint64_t h = 0;
    Status st = dict::ContentHash(compiled_->files, compiled_->option_files, &h);
    if (!st.ok()) return st;
    char text[24];
    std::snprintf(text, sizeof text, "dict-%016llx", static_cast<unsigned long long>(h));
    *out = text;
    return Status::Ok();
  }

  double load_millis() const override { return millis_; }
  bool loaded_from_cache() const override { return cached_; }

  const coder::CoderOptions& options() const { return options_; }

 private:
  std::shared_ptr<const coder::Compiled> compiled_;
  coder::CoderOptions options_;
  coder::EventCoder coder_;
  std::vector<coder::CodedEvent> scratch_;
  int story_sentences_ = -1;  // sentences coded since BeginStory; -1: none called
  double millis_;
  bool cached_;
};

}  // namespace

Status Coder::Open(const DictionarySources& sources, std::unique_ptr<Coder>* out) {
  auto t0 = std::chrono::steady_clock::now();
  std::shared_ptr<const coder::Compiled> compiled;
  coder::CoderOptions options;
  bool cached = false;
  Status st = coder::LoadCompiled(sources, &compiled, &options, &cached);
  if (!st.ok()) return st;
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  *out = std::make_unique<TabariCoder>(std::move(compiled), std::move(options), ms, cached);
  return Status::Ok();
}

}  // namespace entente
