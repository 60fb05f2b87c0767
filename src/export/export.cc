#include "entente/export.h"

#include "export/export_internal.h"

namespace entente {

bool ParseExportFormat(std::string_view name, ExportFormat* out) {
  static constexpr struct {
    std::string_view name;
    ExportFormat format;
  } kNames[] = {
      {"gdelt", ExportFormat::kGdelt}, {"icews", ExportFormat::kIcews},
      {"plover", ExportFormat::kPlover}, {"jsonl", ExportFormat::kJsonl},
      {"csv", ExportFormat::kCsv},
  };
  for (const auto& n : kNames) {
    if (n.name == name) {
      *out = n.format;
      return true;
    }
  }
  return false;
}

std::unique_ptr<ExportWriter> NewExportWriter(ExportFormat format, std::ostream* out) {
  switch (format) {
    case ExportFormat::kGdelt: return NewGdeltWriter(out);
    case ExportFormat::kIcews: return NewIcewsWriter(out);
    case ExportFormat::kPlover: return NewPloverWriter(out);
    case ExportFormat::kJsonl: return NewJsonlExportWriter(out);
    case ExportFormat::kCsv: return NewCsvWriter(out);
  }
  return nullptr;  // not reached: every enumerator is handled above
}

}  // namespace entente
