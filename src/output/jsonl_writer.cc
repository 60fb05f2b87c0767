// JSONL: one object per event, fields in the fixed order documented in
// docs/formats/events-jsonl.md. The object is rendered by hand (no JSON
// library) because this is the hot path of `entente code`.
#include <charconv>

#include "entente/codebook.h"
#include "output/json_escape.h"
#include "output/writer_internal.h"

namespace entente {
namespace {

class JsonlWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;

  void Write(const Event& e) override {
    const CameoInfo* info = LookupCameo(e.code);
    buf_.append("{\"doc\":");
    AppendJsonString(e.doc, &buf_);
    buf_.append(",\"sentence\":");
    AppendInt(e.sentence);
    buf_.append(",\"date\":");
    if (e.date == kNoDate) {
      buf_.append("null");
    } else {
      buf_.push_back('"');
      buf_.append(FormatIsoDate(e.date));
      buf_.push_back('"');
    }
    buf_.append(",\"source\":");
    AppendJsonString(e.source, &buf_);
    buf_.append(",\"target\":");
    AppendJsonString(e.target, &buf_);
    buf_.append(",\"code\":");
    AppendJsonString(e.code, &buf_);
    buf_.append(",\"root\":");
    AppendJsonString(CameoRoot(e.code), &buf_);
    buf_.append(",\"quad\":");
    AppendInt(QuadClass(e.code));
    buf_.append(",\"goldstein\":");
    if (info == nullptr) {
      buf_.append("null");
    } else {
      // Table values have one decimal (checked when the table is embedded).
      char tmp[32];
      auto r = std::to_chars(tmp, tmp + sizeof tmp, info->goldstein, std::chars_format::fixed, 1);
      buf_.append(tmp, r.ptr - tmp);
    }
    buf_.append(",\"plover\":");
    AppendJsonString(info == nullptr ? std::string_view() : info->plover, &buf_);
    buf_.append(e.negated ? ",\"negated\":true" : ",\"negated\":false");
    buf_.append(e.hypothetical ? ",\"hypothetical\":true" : ",\"hypothetical\":false");
    buf_.append(",\"source_text\":");
    AppendJsonString(e.source_text, &buf_);
    buf_.append(",\"target_text\":");
    AppendJsonString(e.target_text, &buf_);
    buf_.append(",\"verb_text\":");
    AppendJsonString(e.verb_text, &buf_);
    buf_.append(",\"text\":");
    AppendJsonString(e.text, &buf_);
    buf_.append("}\n");
    MaybeDrain();
  }
};

}  // namespace

std::unique_ptr<EventWriter> NewJsonlWriter(std::ostream* out) {
  return std::make_unique<JsonlWriter>(out);
}

}  // namespace entente
