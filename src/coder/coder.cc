// Placeholder until the TABARI engine lands (same session): lets the tool link.
#include "entente/coder.h"

namespace entente {
Status Coder::Open(const DictionarySources&, std::unique_ptr<Coder>*) {
  return Status::InvalidArgument("the coder is not built yet");
}
}  // namespace entente
