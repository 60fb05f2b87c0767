// Event writers: the formats `entente code` emits.
//
//   auto w = entente::NewEventWriter(entente::OutputFormat::kJsonl, &std::cout);
//   for (const entente::Event& e : events) w->Write(e);
//   w->Flush();
//
// JSONL (default, docs/formats/events-jsonl.md): one JSON object per line,
// with exactly these fields in this order:
//   doc, sentence, date, source, target, code, root, quad, goldstein, plover,
//   negated, hypothetical, source_text, target_text, verb_text, text
// e.g. (wrapped here)
//   {"doc":"reuters-0001","sentence":2,"date":"2014-03-01","source":"RUS",
//    "target":"UKR","code":"036","root":"03","quad":1,"goldstein":4.0,
//    "plover":"AGREE","negated":false,"hypothetical":false,...}
// root/quad/goldstein/plover come from the codebook (codebook.h): quad is
// GDELT's; goldstein is null and plover "" when LookupCameo(code) finds no
// entry; date is null for kNoDate. Strings are always valid JSON: bytes that
// are not well-formed UTF-8 are written as U+FFFD.
//
// TSV (docs/formats/events-tsv.md): TABARI-style rows
//   YYMMDD \t source \t target \t code \t LABEL \t doc \t sentence
// where LABEL is the codebook name in upper case without "not specified
// below" ("MAKE STATEMENT" for 010); tabs and line breaks inside fields
// become spaces.
//
// Errors: Write() and Flush() do not report stream failures; check the
// ostream's state (out->fail()) after Flush().
//
// Thread safety: a writer is not thread-safe; use one writer per thread (and
// per ostream).
#ifndef ENTENTE_OUTPUT_H_
#define ENTENTE_OUTPUT_H_

#include <memory>
#include <ostream>
#include <string_view>

#include "entente/event.h"

namespace entente {

enum class OutputFormat { kJsonl, kTsv };

// Parses "jsonl" or "tsv" (exact, lower case). On failure returns false and
// leaves *out unchanged.
bool ParseOutputFormat(std::string_view name, OutputFormat* out);

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  // Renders one event into the writer's buffer; the buffer goes to the
  // ostream in chunks of about 64 KiB.
  virtual void Write(const Event& event) = 0;
  // Writes everything buffered to the ostream and flushes the ostream.
  virtual void Flush() = 0;
};

// REQUIRES: `out` outlives the writer. Writes are buffered; Flush() or the
// destructor pushes them to `out`. Never returns nullptr.
std::unique_ptr<EventWriter> NewEventWriter(OutputFormat format, std::ostream* out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_H_
