// Fuzzes the dictionary cache reader behind its checksum: any bytes given
// to Dictionary::LoadFrom and Matcher::LoadFrom must be refused or give
// tables the coder can use without reading out of bounds.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "coder/event_coder.h"
#include "coder/options.h"
#include "dict/dictionary.h"
#include "dict/matcher.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const char* p = reinterpret_cast<const char*>(data);
  const char* end = p + size;
  auto dict = std::make_unique<entente::dict::Dictionary>();
  if (!dict->LoadFrom(&p, end).ok()) return 0;
  std::unique_ptr<entente::dict::Matcher> matcher;
  if (!entente::dict::Matcher::LoadFrom(&p, end, &matcher).ok()) return 0;
  // Accepted: it must code without crashing.
  entente::coder::EventCoder coder(*dict, *matcher);
  entente::coder::CoderOptions options;
  options.min_words = 0;
  std::vector<entente::coder::CodedEvent> events;
  coder.Code("Arnor said the Gondor army attacked Rohan and Osgiliath on Monday.", 9000, options, &events);
  return 0;
}
