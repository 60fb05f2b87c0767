// Field formatting shared by the export writers.
#include <cctype>

#include "export/export_internal.h"

namespace entente {

void AppendCsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendTsvField(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\r' || c == '\n' ? ' ' : c);
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

std::string CameoLabel(const CameoInfo* info) {
  if (info == nullptr) return {};
  std::string_view name = info->name;
  for (std::string_view q : {"not specified below", "not spec below"}) {
    if (size_t at = name.find(q); at != std::string_view::npos) {
      name = name.substr(0, at);
      while (!name.empty() && (name.back() == ' ' || name.back() == ','))
        name.remove_suffix(1);
      break;
    }
  }
  std::string label(name);
  bool has_lower = false;
  for (char c : label) has_lower |= std::islower(static_cast<unsigned char>(c)) != 0;
  if (!has_lower) {  // a root, spelled in capitals: "MAKE PUBLIC STATEMENT"
    for (size_t i = 1; i < label.size(); ++i)
      label[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[i])));
  }
  return label;
}

}  // namespace entente
