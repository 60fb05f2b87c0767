// Feeds arbitrary bytes to the PETRARCH discard-list reader, then compiles and queries the result.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "dict/dictionary_file.h"
#include "dict/phoenix_reader.h"
#include "dict/tabari_reader.h"
#include "dict_fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  entente::dict::Dictionary d;
  std::vector<std::string> warnings;
  std::istringstream in(bytes);
  (void)entente::dict::ReadPhoenixDiscards(in, "fuzz", &d, &warnings);
  entente::fuzz::ExerciseDictionary(&d, bytes);
  return 0;
}
