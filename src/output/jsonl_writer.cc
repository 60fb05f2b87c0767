// JSONL: one object per event, fields in the fixed order documented in
// docs/formats/events-jsonl.md. The object is rendered by hand (no JSON
// library) because this is the hot path of `entente code`.
#include <string_view>

#include "output/field_format.h"
#include "output/json_escape.h"
#include "output/writer_internal.h"

namespace entente {
namespace {

class JsonlWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;

  void Write(const Event& e) override {
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
    AppendJsonDate(e.date, &buf_);
    str(",\"source\":", e.source);
    str(",\"target\":", e.target);
    str(",\"code\":", e.code);
    AppendJsonCodebookFields(e.code, &buf_);  // root, quad, goldstein, plover
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
