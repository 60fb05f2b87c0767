// TSV: TABARI-style event rows, see docs/formats/events-tsv.md.
#include <cctype>

#include "entente/codebook.h"
#include "output/field_format.h"
#include "output/writer_internal.h"

namespace entente {
namespace {

// TABARI's short label for a code: the codebook's short name in upper case
// ("Make statement, not specified below" -> "MAKE STATEMENT"). "" for an
// unknown code.
void AppendLabel(const CameoInfo* info, std::string* out) {
  for (char c : CameoShortName(info))
    out->push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
}

class TsvWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;

  void Write(const Event& e) override {
    buf_.append(FormatYymmdd(e.date));  // "000000" when the date is unknown
    buf_.push_back('\t');
    // A field may not break the row: tabs, CR and LF become spaces.
    AppendTsvField(e.source, &buf_);
    buf_.push_back('\t');
    AppendTsvField(e.target, &buf_);
    buf_.push_back('\t');
    AppendTsvField(e.code, &buf_);
    buf_.push_back('\t');
    AppendLabel(LookupCameo(e.code), &buf_);
    buf_.push_back('\t');
    AppendTsvField(e.doc, &buf_);
    buf_.push_back('\t');
    AppendInt(e.sentence);
    buf_.push_back('\n');
    MaybeDrain();
  }
};

}  // namespace

std::unique_ptr<EventWriter> NewTsvWriter(std::ostream* out) {
  return std::make_unique<TsvWriter>(out);
}

}  // namespace entente
