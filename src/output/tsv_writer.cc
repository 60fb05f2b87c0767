// TSV: TABARI-style event rows, see docs/formats/events-tsv.md.
#include <cctype>

#include "entente/codebook.h"
#include "output/writer_internal.h"

namespace entente {
namespace {

// TABARI's short label for a code: the codebook name in upper case, without
// the CAMEO qualifier "not specified below" ("Make statement, not specified
// below" -> "MAKE STATEMENT"). "" for an unknown code.
void AppendLabel(const CameoInfo* info, std::string* out) {
  if (info == nullptr) return;
  std::string_view name = info->name;
  for (std::string_view q : {"not specified below", "not spec below"}) {
    if (size_t at = name.find(q); at != std::string_view::npos) {
      name = name.substr(0, at);
      while (!name.empty() && (name.back() == ' ' || name.back() == ','))
        name.remove_suffix(1);
      break;
    }
  }
  for (char c : name) out->push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
}

class TsvWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;

  void Write(const Event& e) override {
    buf_.append(FormatYymmdd(e.date));  // "000000" when the date is unknown
    buf_.push_back('\t');
    AppendField(e.source);
    buf_.push_back('\t');
    AppendField(e.target);
    buf_.push_back('\t');
    AppendField(e.code);
    buf_.push_back('\t');
    AppendLabel(LookupCameo(e.code), &buf_);
    buf_.push_back('\t');
    AppendField(e.doc);
    buf_.push_back('\t');
    AppendInt(e.sentence);
    buf_.push_back('\n');
    MaybeDrain();
  }

 private:
  // A field may not break the row: tabs, CR and LF become spaces.
  void AppendField(std::string_view s) {
    size_t start = buf_.size();
    buf_.append(s);
    if (s.find_first_of("\t\r\n") == std::string_view::npos) return;
    for (size_t i = start; i < buf_.size(); ++i)
      if (buf_[i] == '\t' || buf_[i] == '\r' || buf_[i] == '\n') buf_[i] = ' ';
  }
};

}  // namespace

std::unique_ptr<EventWriter> NewTsvWriter(std::ostream* out) {
  return std::make_unique<TsvWriter>(out);
}

}  // namespace entente
