// Field formatting shared by the export writers (the formats src/output's
// writers print too are in output/field_format.cc).
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

std::string CameoLabel(const CameoInfo* info) {
  std::string label(CameoShortName(info));
  bool has_lower = false;
  for (char c : label) has_lower |= std::islower(static_cast<unsigned char>(c)) != 0;
  if (!has_lower) {  // a root, spelled in capitals: "MAKE PUBLIC STATEMENT"
    for (size_t i = 1; i < label.size(); ++i)
      label[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[i])));
  }
  return label;
}

}  // namespace entente
