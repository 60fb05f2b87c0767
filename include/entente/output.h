// Event writers: the formats `entente code` emits.
//
//   auto w = entente::NewEventWriter(entente::OutputFormat::kJsonl, &std::cout);
//   for (const entente::Event& e : events) w->Write(e);
//   w->Flush();
//
// JSONL (default): one JSON object per event with the fields, in order,
//   doc, sentence, date, source, target, code, root, quad, goldstein, plover,
//   negated, hypothetical, source_text, target_text, verb_text, text
// where root/quad/goldstein/plover come from the codebook (codebook.h).
// TSV: TABARI-style rows  date(YYMMDD) \t source \t target \t code \t label,
// followed by doc and sentence.  See docs/formats/events-*.md.
//
// Thread safety: one writer per thread.
#ifndef ENTENTE_OUTPUT_H_
#define ENTENTE_OUTPUT_H_

#include <memory>
#include <ostream>
#include <string_view>

#include "entente/event.h"

namespace entente {

enum class OutputFormat { kJsonl, kTsv };

// Parses "jsonl" or "tsv".
bool ParseOutputFormat(std::string_view name, OutputFormat* out);

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  virtual void Write(const Event& event) = 0;
  virtual void Flush() = 0;
};

// REQUIRES: `out` outlives the writer. Writes are buffered; Flush() or the
// destructor pushes them to `out`.
std::unique_ptr<EventWriter> NewEventWriter(OutputFormat format, std::ostream* out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_H_
