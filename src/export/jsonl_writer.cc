// jsonl export: one JSON object per event, every ExportRecord field plus
// the codebook's root, quad, goldstein and plover, in the fixed order of
// docs/formats/exports.md ("jsonl"); csv_writer.cc writes the same columns.
#include "export/export_internal.h"
#include "output/json_escape.h"

namespace entente {
namespace {

class JsonlExportWriter final : public ExportBuffer {
 public:
  explicit JsonlExportWriter(std::ostream* out) : ExportBuffer(out, "") {}

  void Write(const ExportRecord& r) override {
    MaybeHeader();
    // `key` is the field's name with its leading separator: ",\"target\":".
    auto str = [this](std::string_view key, std::string_view value) {
      buf_.append(key);
      AppendJsonString(value, &buf_);
    };
    auto num = [this](std::string_view key, int64_t value) {
      buf_.append(key);
      AppendInt(value);
    };
    auto boolean = [this](std::string_view key, bool value) {
      buf_.append(key);
      buf_.append(value ? "true" : "false");
    };
    auto date = [this](std::string_view key, Day d) {
      buf_.append(key);
      AppendJsonDate(d, &buf_);
    };
    num("{\"event_id\":", r.event_id);
    num(",\"group_id\":", r.group_id);
    date(",\"date\":", r.date);
    date(",\"date_added\":", r.date_added);
    str(",\"source\":", r.source);
    str(",\"source_name\":", r.source_name);
    str(",\"target\":", r.target);
    str(",\"target_name\":", r.target_name);
    str(",\"code\":", r.code);
    AppendJsonCodebookFields(r.code, &buf_);  // root, quad, goldstein, plover
    boolean(",\"negated\":", r.negated);
    boolean(",\"hypothetical\":", r.hypothetical);
    num(",\"num_mentions\":", r.num_mentions);
    num(",\"num_sources\":", r.num_sources);
    num(",\"num_articles\":", r.num_articles);
    str(",\"article_id\":", r.article_id);
    str(",\"publisher\":", r.publisher);
    str(",\"url\":", r.url);
    num(",\"sentence\":", r.sentence);
    str(",\"verb_text\":", r.verb_text);
    str(",\"text\":", r.text);
    buf_.append("}\n");
    MaybeDrain();
  }
};

}  // namespace

std::unique_ptr<ExportWriter> NewJsonlExportWriter(std::ostream* out) {
  return std::make_unique<JsonlExportWriter>(out);
}

}  // namespace entente
