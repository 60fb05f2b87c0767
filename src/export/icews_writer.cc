// ICEWS event data rows in the layout of the ICEWS Dataverse CSV files:
// the 21-column header below, commas, RFC 4180 minimal quoting, LF line
// ends. Column sources are listed in docs/formats/exports.md ("icews").
#include "export/export_internal.h"

namespace entente {
namespace {

constexpr std::string_view kHeader =
    "Event_ID,Event_Date,Source_Name,Source_Sectors,Source_Country,Event_Text,"
    "CAMEO_Code,Intensity,Target_Name,Target_Sectors,Target_Country,Story_ID,"
    "Sentence_Number,Publisher,City,District,Province,Country,Latitude,Longitude,"
    "CAMEO_Code_Modified\n";

class IcewsWriter final : public ExportBuffer {
 public:
  explicit IcewsWriter(std::ostream* out) : ExportBuffer(out, kHeader) {}

  void Write(const ExportRecord& r) override {
    MaybeHeader();
    const CameoInfo* info = LookupCameo(r.code);
    AppendInt(r.event_id);  // Event_ID
    buf_.push_back(',');
    AppendIsoDate(r.date, &buf_);  // Event_Date
    buf_.push_back(',');
    AppendActor(r.source, r.source_name);  // Source_Name, _Sectors, _Country
    buf_.push_back(',');
    AppendCsvField(CameoLabel(info), &buf_);  // Event_Text
    buf_.push_back(',');
    AppendCsvField(r.code, &buf_);  // CAMEO_Code
    buf_.push_back(',');
    AppendGoldstein(info, &buf_);  // Intensity
    buf_.push_back(',');
    AppendActor(r.target, r.target_name);  // Target_Name, _Sectors, _Country
    buf_.push_back(',');
    AppendCsvField(r.article_id, &buf_);  // Story_ID
    buf_.push_back(',');
    AppendInt(int64_t{r.sentence} + 1);  // Sentence_Number: ICEWS counts from 1
    buf_.push_back(',');
    AppendCsvField(r.publisher, &buf_);  // Publisher
    // City, District, Province, Country, Latitude, Longitude: no geocoding.
    buf_.append(",,,,,,,");
    AppendCsvField(r.code, &buf_);  // CAMEO_Code_Modified: the code as coded
    buf_.push_back('\n');
    MaybeDrain();
  }

 private:
  // Three columns: name, sectors, country.
  void AppendActor(std::string_view code, std::string_view name) {
    if (code.empty()) {  // as ICEWS writes an actor it could not identify
      buf_.append("Unspecified Actor,Unspecified,");
      return;
    }
    const ActorParts p = SplitActorCode(code);
    const CountryName* country = p.country_is_region ? nullptr : LookupCountry(p.country);
    if (!name.empty()) {
      AppendCsvField(name, &buf_);
    } else if (country != nullptr && p.country.size() == code.size()) {
      AppendCsvField(country->name, &buf_);  // a bare country code
    } else {
      AppendCsvField(code, &buf_);
    }
    buf_.push_back(',');
    std::string sectors;
    auto add = [&sectors](std::string_view chunk) {
      std::string_view s = IcewsSectorName(chunk);
      if (s.empty()) return;
      if (!sectors.empty()) sectors.push_back(',');
      sectors.append(s);
    };
    for (int i = 0; i < p.num_types; ++i) add(p.types[i]);
    add(p.religion1);
    add(p.religion2);
    AppendCsvField(sectors, &buf_);
    buf_.push_back(',');
    if (country != nullptr) AppendCsvField(country->name, &buf_);
  }
};

}  // namespace

std::unique_ptr<ExportWriter> NewIcewsWriter(std::ostream* out) {
  return std::make_unique<IcewsWriter>(out);
}

}  // namespace entente
