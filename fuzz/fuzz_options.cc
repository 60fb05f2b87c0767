// Feeds each line of arbitrary bytes to CoderOptions::Apply, as an options
// file would: errors are fine, crashes and hangs are not.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "coder/options.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  entente::coder::CoderOptions options;
  std::istringstream in(bytes);
  std::string line;
  while (std::getline(in, line)) (void)options.Apply(line);
  return 0;
}
