// PLOVER event records (PLOVER manual, chapter 6), one JSON object per
// line as the manual suggests. Fields and their sources are listed in
// docs/formats/exports.md ("plover").
#include "export/export_internal.h"
#include "output/json_escape.h"

namespace entente {
namespace {

// PLOVER's country-or-organisation code for an actor (manual 5.1): the ISO
// code, dependencies folded into their state, KOS for Kosovo; UNO, EUR (the
// EU), IGO, NGO, IMG, MNC for non-state international actors; "" for
// regions and role-only actors.
std::string_view PloverEntityCode(std::string_view code, const ActorParts& p) {
  if (p.org == "IGO") {
    if (code.starts_with("IGOUNO")) return "UNO";
    if (code.starts_with("IGOEUREEC")) return "EUR";
    return "IGO";
  }
  if (!p.org.empty()) return p.org;  // NGO, IMG, MNC
  if (p.country_is_region) return {};
  const CountryName* c = LookupCountry(p.country);
  if (c == nullptr) return {};
  if (c->code == "KSV") return "KOS";
  return c->parent.empty() ? c->code : c->parent;
}

class PloverWriter final : public ExportBuffer {
 public:
  explicit PloverWriter(std::ostream* out) : ExportBuffer(out, "") {}

  void Write(const ExportRecord& r) override {
    const CameoInfo* info = LookupCameo(r.code);
    if (info == nullptr || info->plover.empty()) {
      ++skipped_;  // roots 01, 02 and unknown codes: no PLOVER event type
      return;
    }
    MaybeHeader();
    buf_.append("{\"id\":\"");
    AppendInt(r.event_id);
    buf_.append("\",\"date\":");
    AppendJsonDate(r.date, &buf_);
    buf_.append(",\"actor\":");
    AppendEntity(r.source, r.source_name);
    buf_.append(",\"recipient\":");
    AppendEntity(r.target, r.target_name);
    buf_.append(",\"event\":[\"");
    buf_.append(info->plover);  // upper-case ASCII from the codebook
    buf_.append("\"],\"event_text\":[");
    if (!r.verb_text.empty()) AppendJsonString(r.verb_text, &buf_);
    buf_.append("],\"quad_code\":");
    AppendInt(PloverQuad(info->plover));
    // Auxiliary modes (manual 2.3) for records the caller chose to pass.
    buf_.append(",\"mode\":[");
    if (r.negated) buf_.append("\"negation\"");
    if (r.hypothetical) buf_.append(r.negated ? ",\"hypothetical\"" : "\"hypothetical\"");
    buf_.append("],\"context\":[],\"link\":\"");
    AppendInt(r.group_id);
    buf_.append("\",\"text\":");
    AppendJsonString(r.text, &buf_);
    buf_.append(",\"text_info\":{\"sequence\":");
    AppendInt(r.sentence);
    buf_.append("},\"cite_info\":{\"citation\":");
    AppendJsonString(r.article_id, &buf_);
    buf_.append(",\"url\":");
    AppendJsonString(r.url, &buf_);
    buf_.append(",\"publication\":");
    AppendJsonString(r.publisher, &buf_);
    buf_.append("},\"coder\":\"entente\",\"coded_date\":");
    AppendJsonDate(r.date_added, &buf_);
    buf_.append(",\"cameo_code\":");
    AppendJsonString(r.code, &buf_);
    buf_.append(",\"goldstein\":");
    AppendGoldstein(info, &buf_);
    buf_.append("}\n");
    MaybeDrain();
  }

  int64_t Skipped() const override { return skipped_; }

 private:
  // A list of one entity object, or [] when the actor is unknown.
  void AppendEntity(std::string_view code, std::string_view name) {
    if (code.empty()) {
      buf_.append("[]");
      return;
    }
    const ActorParts p = SplitActorCode(code);
    std::string sector;  // up to two PLOVER sectors, "GOV" or "GOVJRN"
    for (int i = 0; i < p.num_types && sector.size() < 6; ++i) {
      if (p.types[i] == p.org) continue;  // the organisation is the code
      std::string_view s = PloverSector(p.types[i]);
      if (s.empty() || std::string_view(sector).substr(0, 3) == s) continue;
      sector.append(s);
    }
    buf_.append("[{\"code\":");
    AppendJsonString(PloverEntityCode(code, p), &buf_);
    buf_.append(",\"sector\":");
    AppendJsonString(sector, &buf_);
    buf_.append(",\"entity_text\":");
    AppendJsonString(name, &buf_);
    if (!p.religion1.empty()) {
      buf_.append(",\"religion\":");
      AppendJsonString(p.religion1, &buf_);
    }
    buf_.append(",\"cameo\":");
    AppendJsonString(code, &buf_);
    buf_.append("}]");
  }

  int64_t skipped_ = 0;
};

}  // namespace

std::unique_ptr<ExportWriter> NewPloverWriter(std::ostream* out) {
  return std::make_unique<PloverWriter>(out);
}

}  // namespace entente
