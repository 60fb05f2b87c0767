// GDELT 2.0 event table rows: 61 tab-separated columns in the order of
// GDELT's schema, no header, LF line ends. Column sources are listed in
// docs/formats/exports.md ("gdelt").
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <charconv>

#include "export/export_internal.h"

namespace entente {
namespace {

// Upper case as GDELT prints names. ASCII is done by hand; anything else
// goes through ICU's root-locale mapping ("Erdoğan" -> "ERDOĞAN"), which also
// turns ill-formed UTF-8 into U+FFFD.
std::string Upper(std::string_view s) {
  std::string out;
  bool ascii = true;
  for (char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    out.reserve(s.size());
    for (char c : s) out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    return out;
  }
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toUpper(icu::Locale::getRoot());
  u.toUTF8String(out);
  return out;
}

class GdeltWriter final : public ExportBuffer {
 public:
  explicit GdeltWriter(std::ostream* out) : ExportBuffer(out, "") {}

  void Write(const ExportRecord& r) override {
    MaybeHeader();
    AppendInt(r.event_id);  // GLOBALEVENTID
    Tab();
    AppendDates(r.date);  // SQLDATE, MonthYear, Year, FractionDate
    Tab();
    AppendActor(r.source, r.source_name);  // Actor1Code .. Actor1Type3Code
    Tab();
    AppendActor(r.target, r.target_name);  // Actor2Code .. Actor2Type3Code
    Tab();
    buf_.push_back(r.sentence == 0 ? '1' : '0');  // IsRootEvent: the lead sentence
    Tab();
    const CameoInfo* info = LookupCameo(r.code);
    std::string_view code = r.code;
    AppendTsvField(code, &buf_);  // EventCode
    Tab();
    AppendTsvField(code.size() > 3 ? code.substr(0, 3) : code, &buf_);  // EventBaseCode
    Tab();
    buf_.append(CameoRoot(code));  // EventRootCode
    Tab();
    AppendInt(QuadClass(code));  // QuadClass (0: unknown root)
    Tab();
    AppendGoldstein(info, &buf_);  // GoldsteinScale
    Tab();
    AppendInt(r.num_mentions);
    Tab();
    AppendInt(r.num_sources);
    Tab();
    AppendInt(r.num_articles);
    Tab();
    // AvgTone: entente measures no tone; left empty, not 0 (neutral).
    for (int g = 0; g < 3; ++g) {  // Actor1Geo_*, Actor2Geo_*, ActionGeo_*
      Tab();
      buf_.append("0\t\t\t\t\t\t\t");  // Type 0 (none), seven empty fields
    }
    Tab();
    if (r.date_added != kNoDate) {  // DATEADDED: the day only
      AppendDay(r.date_added);
      buf_.append("000000");
    }
    Tab();
    AppendTsvField(r.url.empty() ? std::string_view(r.article_id) : std::string_view(r.url),
                   &buf_);  // SOURCEURL
    buf_.push_back('\n');
    MaybeDrain();
  }

 private:
  void Tab() { buf_.push_back('\t'); }

  void AppendPadded(int v, int width) {
    std::string digits = std::to_string(v);
    if (v >= 0 && static_cast<int>(digits.size()) < width)
      buf_.append(width - digits.size(), '0');
    buf_.append(digits);
  }

  // YYYYMMDD.
  void AppendDay(Day d) {
    int y, m, dd;
    CivilFromDay(d, &y, &m, &dd);
    AppendPadded(y, 4);
    AppendPadded(m, 2);
    AppendPadded(dd, 2);
  }

  // Four columns, all empty when the date is unknown.
  void AppendDates(Day d) {
    if (d == kNoDate) {
      buf_.append("\t\t\t");
      return;
    }
    int y, m, dd;
    CivilFromDay(d, &y, &m, &dd);
    AppendDay(d);
    Tab();
    AppendPadded(y, 4);
    AppendPadded(m, 2);
    Tab();
    AppendPadded(y, 4);
    Tab();
    // GDELT's approximation: YYYY + ((month - 1) * 30 + day) / 365, to four
    // places (2007-07-04 -> 2007.5041, as in GDELT's own files).
    double fraction = y + ((m - 1) * 30 + dd) / 365.0;
    char tmp[32];
    auto res = std::to_chars(tmp, tmp + sizeof tmp, fraction, std::chars_format::fixed, 4);
    buf_.append(tmp, res.ptr - tmp);
  }

  // Ten columns: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
  // Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
  void AppendActor(std::string_view code, std::string_view name) {
    const ActorParts p = SplitActorCode(code);
    AppendTsvField(code, &buf_);
    Tab();
    if (!name.empty()) {
      AppendTsvField(Upper(name), &buf_);
    } else if (const CountryName* c = LookupCountry(p.country)) {
      AppendTsvField(Upper(c->name), &buf_);
    }
    Tab();
    buf_.append(p.country);
    Tab();
    buf_.append(p.known_group);
    Tab();  // EthnicCode: entente has no ethnic-group table
    Tab();
    buf_.append(p.religion1);
    Tab();
    buf_.append(p.religion2);
    for (int i = 0; i < 3; ++i) {
      Tab();
      if (i < p.num_types) buf_.append(p.types[i]);
    }
  }
};

}  // namespace

std::unique_ptr<ExportWriter> NewGdeltWriter(std::ostream* out) {
  return std::make_unique<GdeltWriter>(out);
}

}  // namespace entente
