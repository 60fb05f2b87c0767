// JSONL: one object per event, fields in the fixed order documented in
// docs/formats/events-jsonl.md. The object is rendered by hand (no JSON
// library) because this is the hot path of `entente code`.
#include <charconv>
#include <string_view>

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
    // `key` is the field's name with its leading separator: ",\"target\":".
    auto str = [this](std::string_view key, std::string_view value) {
      buf_.append(key);
      AppendJsonString(value, &buf_);
    };
    auto boolean = [this](std::string_view key, bool value) {
      buf_.append(key);
      buf_.append(value ? "true" : "false");
    };
    str("{\"doc\":", e.doc);
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
    str(",\"source\":", e.source);
    str(",\"target\":", e.target);
    str(",\"code\":", e.code);
    str(",\"root\":", CameoRoot(e.code));
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
    str(",\"plover\":", info == nullptr ? std::string_view() : info->plover);
    boolean(",\"negated\":", e.negated);
    boolean(",\"hypothetical\":", e.hypothetical);
    str(",\"source_text\":", e.source_text);
    str(",\"target_text\":", e.target_text);
    str(",\"verb_text\":", e.verb_text);
    str(",\"text\":", e.text);
    buf_.append("}\n");
    MaybeDrain();
  }
};

}  // namespace

std::unique_ptr<EventWriter> NewJsonlWriter(std::ostream* out) {
  return std::make_unique<JsonlWriter>(out);
}

}  // namespace entente
