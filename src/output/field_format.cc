#include "output/field_format.h"

#include <charconv>

#include "output/json_escape.h"

namespace entente {

void AppendTsvField(std::string_view s, std::string* out) {
  size_t start = out->size();
  out->append(s);
  // Fields almost never hold one of these: copy first, fix up rarely.
  if (s.find_first_of("\t\r\n") == std::string_view::npos) return;
  for (size_t i = start; i < out->size(); ++i) {
    char& c = (*out)[i];
    if (c == '\t' || c == '\r' || c == '\n') c = ' ';
  }
}

void AppendGoldstein(const CameoInfo* info, std::string* out) {
  if (info == nullptr) return;
  // Table values have one decimal (checked when the codebook is embedded).
  char tmp[32];
  auto r = std::to_chars(tmp, tmp + sizeof tmp, info->goldstein, std::chars_format::fixed, 1);
  out->append(tmp, r.ptr - tmp);
}

void AppendIsoDate(Day d, std::string* out) {
  if (d != kNoDate) out->append(FormatIsoDate(d));
}

void AppendJsonDate(Day d, std::string* out) {
  if (d == kNoDate) {
    out->append("null");
    return;
  }
  out->push_back('"');
  AppendIsoDate(d, out);
  out->push_back('"');
}

void AppendJsonCodebookFields(std::string_view code, std::string* out) {
  const CameoInfo* info = LookupCameo(code);
  out->append(",\"root\":");
  AppendJsonString(CameoRoot(code), out);
  out->append(",\"quad\":");
  out->push_back(static_cast<char>('0' + QuadClass(code)));  // one digit, 0-4
  out->append(",\"goldstein\":");
  if (info == nullptr) {
    out->append("null");
  } else {
    AppendGoldstein(info, out);
  }
  out->append(",\"plover\":");
  AppendJsonString(info == nullptr ? std::string_view() : info->plover, out);
}

}  // namespace entente
