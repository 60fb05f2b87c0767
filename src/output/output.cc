#include "entente/output.h"

#include "output/writer_internal.h"

namespace entente {

bool ParseOutputFormat(std::string_view name, OutputFormat* out) {
  if (name == "jsonl") {
    *out = OutputFormat::kJsonl;
  } else if (name == "tsv") {
    *out = OutputFormat::kTsv;
  } else {
    return false;
  }
  return true;
}

std::unique_ptr<EventWriter> NewEventWriter(OutputFormat format, std::ostream* out) {
  switch (format) {
    case OutputFormat::kJsonl: return NewJsonlWriter(out);
    case OutputFormat::kTsv: return NewTsvWriter(out);
  }
  return nullptr;  // not reached: every enumerator is handled above
}

}  // namespace entente
