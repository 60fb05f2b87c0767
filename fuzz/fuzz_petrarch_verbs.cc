// Feeds arbitrary bytes to the PETRARCH-1 verbs reader and to format detection,
// then compiles and queries the result.
#include <cstddef>
#include <cstdint>

#include "dict/petrarch_verbs_reader.h"
#include "dict_fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return entente::fuzz::FuzzDictionaryReader(data, size, entente::dict::ReadPetrarchVerbs,
                                             entente::dict::kVerb);
}
