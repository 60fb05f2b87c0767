// csv export: the jsonl columns (jsonl_writer.cc) as RFC 4180 CSV with a
// header line and CRLF line ends; see docs/formats/exports.md ("csv").
#include "export/export_internal.h"

namespace entente {
namespace {

constexpr std::string_view kHeader =
    "event_id,group_id,date,date_added,source,source_name,target,target_name,code,root,"
    "quad,goldstein,plover,negated,hypothetical,num_mentions,num_sources,num_articles,"
    "article_id,publisher,url,sentence,verb_text,text\r\n";

class CsvWriter final : public ExportBuffer {
 public:
  explicit CsvWriter(std::ostream* out) : ExportBuffer(out, kHeader) {}

  void Write(const ExportRecord& r) override {
    MaybeHeader();
    const CameoInfo* info = LookupCameo(r.code);
    auto str = [this](std::string_view value) {
      AppendCsvField(value, &buf_);
      buf_.push_back(',');
    };
    auto num = [this](int64_t value) {
      AppendInt(value);
      buf_.push_back(',');
    };
    auto boolean = [this](bool value) { buf_.append(value ? "true," : "false,"); };
    num(r.event_id);
    num(r.group_id);
    AppendIsoDate(r.date, &buf_);  // "" when unknown, as every null below
    buf_.push_back(',');
    AppendIsoDate(r.date_added, &buf_);
    buf_.push_back(',');
    str(r.source);
    str(r.source_name);
    str(r.target);
    str(r.target_name);
    str(r.code);
    str(CameoRoot(r.code));
    num(QuadClass(r.code));
    AppendGoldstein(info, &buf_);
    buf_.push_back(',');
    str(info == nullptr ? std::string_view() : info->plover);
    boolean(r.negated);
    boolean(r.hypothetical);
    num(r.num_mentions);
    num(r.num_sources);
    num(r.num_articles);
    str(r.article_id);
    str(r.publisher);
    str(r.url);
    num(r.sentence);
    str(r.verb_text);
    AppendCsvField(r.text, &buf_);  // last column: no comma after it
    buf_.append("\r\n");
    MaybeDrain();
  }
};

}  // namespace

std::unique_ptr<ExportWriter> NewCsvWriter(std::ostream* out) {
  return std::make_unique<CsvWriter>(out);
}

}  // namespace entente
