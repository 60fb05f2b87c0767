// Feeds arbitrary bytes to the TABARI .actors reader, then compiles and queries the result.
#include <cstddef>
#include <cstdint>

#include "dict/tabari_reader.h"
#include "dict_fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return entente::fuzz::FuzzDictionaryReader(data, size, entente::dict::ReadTabariActors);
}
