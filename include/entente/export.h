// Export writers: stored events in the formats other event data use.
//
//   auto w = entente::NewExportWriter(entente::ExportFormat::kCsv, &out);
//   for (const entente::ExportRecord& r : records) w->Write(r);
//   w->Finish();
//   if (out.fail()) { /* report the write error */ }
//
// `entente export` reads the store and hands each event to one of these
// writers; the writers only format (no SQLite, no files, no printing). Every
// column of every format, and where its value comes from, is documented in
// docs/formats/exports.md. In short:
//
//   gdelt   GDELT 2.0 event table: 61 tab-separated columns, no header, LF.
//           Actor codes are split into country / known group / religion /
//           type columns; names upper case; no geography, no tone.
//   icews   ICEWS event data as the Dataverse CSV files ship it: a header
//           line of 21 columns (Event_ID ... CAMEO_Code_Modified), comma
//           separated, RFC 4180 minimal quoting, LF.
//   plover  PLOVER JSON records (PLOVER manual ch. 6), one per line (JSONL,
//           as the manual suggests). Codes with no PLOVER type (CAMEO roots
//           01 and 02, unknown codes) are skipped and counted (Skipped()).
//   jsonl   one JSON object per event: every ExportRecord field plus root,
//           quad, goldstein and plover from the codebook.
//   csv     the jsonl columns as RFC 4180 CSV: header line, CRLF.
//
// The gdelt, icews and plover formats have no field for negated or
// hypothetical events; callers are expected to pass factual events only
// (PLOVER writes the flags as auxiliary modes if they are passed anyway).
// jsonl and csv carry both flags.
//
// Errors: Write() and Finish() do not report stream failures; check the
// ostream's state (out->fail()) after Finish().
//
// Thread safety: a writer is not thread-safe; use one writer per thread and
// per ostream.
#ifndef ENTENTE_EXPORT_H_
#define ENTENTE_EXPORT_H_

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "entente/date.h"

namespace entente {

// One stored event, as the store hands it to exporters.
struct ExportRecord {
  int64_t event_id = 0;        // store's event id (unique)
  int64_t group_id = 0;        // the "one real event" group it belongs to
  Day date = kNoDate;          // event date
  Day date_added = kNoDate;    // day it was ingested
  std::string source, target;  // CAMEO actor codes: "RUSGOV", "CHN", "IGOUNO"
  std::string source_name, target_name;  // words that matched ("Vladimir Putin"), may be ""
  std::string code;            // CAMEO event code, "036"
  bool negated = false, hypothetical = false;
  std::string article_id, publisher, url;  // url may be ""
  int sentence = 0;            // 0-based sentence index in the article
  std::string text;            // the sentence (evidence)
  std::string verb_text;       // the words that matched the verb pattern
  int64_t num_mentions = 1, num_sources = 1, num_articles = 1;  // of the group
};

enum class ExportFormat { kGdelt, kIcews, kPlover, kJsonl, kCsv };

// Parses "gdelt", "icews", "plover", "jsonl" or "csv" (exact, lower case).
// On failure returns false and leaves *out unchanged.
bool ParseExportFormat(std::string_view name, ExportFormat* out);

class ExportWriter {
 public:
  // Calls Finish() if it has not been called.
  virtual ~ExportWriter() = default;

  // Renders one record. The header, for formats that have one (icews,
  // csv), is written before the first row. Output is buffered and reaches
  // the ostream in chunks of about 64 KiB.
  // REQUIRES: Finish() has not been called.
  virtual void Write(const ExportRecord& r) = 0;

  // Writes the header if no row was written (an empty export is still a
  // valid file), pushes everything buffered to the ostream and flushes it.
  // Calling it again does nothing.
  virtual void Finish() = 0;

  // Records Write() was given but did not write because the format cannot
  // hold them (PLOVER: codes without a PLOVER event type). 0 for the other
  // formats.
  virtual int64_t Skipped() const { return 0; }
};

// REQUIRES: `out` outlives the writer. Never returns nullptr.
std::unique_ptr<ExportWriter> NewExportWriter(ExportFormat format, std::ostream* out);

}  // namespace entente

#endif  // ENTENTE_EXPORT_H_
