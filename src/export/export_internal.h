// Shared plumbing for the export writers. Internal to src/export.
#ifndef ENTENTE_EXPORT_EXPORT_INTERNAL_H_
#define ENTENTE_EXPORT_EXPORT_INTERNAL_H_

#include <cstdint>
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "entente/codebook.h"
#include "entente/export.h"
#include "output/field_format.h"  // AppendTsvField, AppendGoldstein, AppendIsoDate...
#include "output/write_buffer.h"

namespace entente {

// An ExportWriter that renders rows into a WriteBuffer (as src/output's
// event writers do). The header, if any, is a constant given at
// construction so that Finish() can write it even from the destructor.
class ExportBuffer : public ExportWriter, protected WriteBuffer {
 public:
  ExportBuffer(std::ostream* out, std::string_view header) : WriteBuffer(out), header_(header) {}
  ~ExportBuffer() override { ExportBuffer::Finish(); }

  void Finish() final {
    if (finished_) return;
    finished_ = true;
    MaybeHeader();
    DrainAndFlush();
  }

 protected:
  // Call at the start of each row; end the row with MaybeDrain().
  void MaybeHeader() {
    if (header_done_) return;
    header_done_ = true;
    buf_.append(header_);
  }

 private:
  std::string_view header_;
  bool header_done_ = false;
  bool finished_ = false;
};

std::unique_ptr<ExportWriter> NewGdeltWriter(std::ostream* out);
std::unique_ptr<ExportWriter> NewIcewsWriter(std::ostream* out);
std::unique_ptr<ExportWriter> NewPloverWriter(std::ostream* out);
std::unique_ptr<ExportWriter> NewJsonlExportWriter(std::ostream* out);
std::unique_ptr<ExportWriter> NewCsvWriter(std::ostream* out);

// ---- formatting helpers (format_util.cc) ----

// Appends `s` as one RFC 4180 field: quoted, with quotes doubled, when it
// holds a comma, a quote, CR or LF; copied as it is otherwise.
void AppendCsvField(std::string_view s, std::string* out);

// The codebook name as event data usually prints it: the short name
// (CameoShortName: without ", not specified below"), in sentence case when
// the codebook spells it in capitals (roots: "PROTEST" -> "Protest"). "" for
// null.
std::string CameoLabel(const CameoInfo* info);

// ---- countries (country_names.cc) ----

struct CountryName {
  std::string_view code;    // "ABW"
  std::string_view name;    // "Aruba"
  std::string_view parent;  // controlling state for dependencies: "NLD"; "" otherwise
};

// The entry for a 3-letter country code: the ISO 3166-1 countries and
// territories of dict/countries.actors (KSV for Kosovo) plus the historical
// USR, YUG, CSK and DDR. nullptr for anything else (regions included).
const CountryName* LookupCountry(std::string_view code);

// Every entry, sorted by code.
std::span<const CountryName> CountryNames();

// ---- CAMEO actor codes (actor_code.cc) ----

// A CAMEO actor code split into its three-letter parts, GDELT style (see
// docs/formats/exports.md, "Splitting actor codes"). Views point into the
// code passed to SplitActorCode or into static storage.
struct ActorParts {
  std::string_view country;      // "RUS"; a CAMEO region ("EUR") counts too
  bool country_is_region = false;
  std::string_view known_group;  // "UNO" in IGOUNO, "AMN" in NGOHRIAMN
  std::string_view religion1, religion2;  // "MOS", "SHI"
  std::string_view types[3];     // "GOV", "MIL"...: role and organisation types
  int num_types = 0;
  std::string_view org;          // "IGO", "NGO", "IMG" or "MNC" when the code starts with it
};

// Splits `code`. Codes that are empty, not a multiple of three characters
// long, or not all [A-Z0-9] are not split: every part stays empty.
ActorParts SplitActorCode(std::string_view code);

// Human-readable sector name of a CAMEO type or religion code, in the ICEWS
// vocabulary where ICEWS has one ("GOV" -> "Government", "MOS" -> "Muslim");
// "" when unknown.
std::string_view IcewsSectorName(std::string_view chunk);

// PLOVER sector code of a CAMEO type code ("MED" -> "JRN", "HLH" -> "MED");
// "" when PLOVER has none.
std::string_view PloverSector(std::string_view chunk);

// PLOVER quad category 1-4 of a PLOVER event type (manual Table 7.2); 0 for
// anything else.
int PloverQuad(std::string_view event_type);

}  // namespace entente

#endif  // ENTENTE_EXPORT_EXPORT_INTERNAL_H_
