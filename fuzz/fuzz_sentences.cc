// SplitSentences, NormalizeText and IsCleanUtf8 on arbitrary bytes. Spans
// must be in bounds, non-empty and ordered; NormalizeText must accept
// exactly the valid UTF-8 and produce valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "entente/sentences.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<entente::SentenceSpan> spans;
  entente::SplitSentences(text, &spans);
  size_t prev_end = 0;
  for (const entente::SentenceSpan& s : spans) {
    if (s.begin < prev_end || s.begin >= s.end || s.end > size) std::abort();
    prev_end = s.end;
  }
  const bool clean = entente::IsCleanUtf8(text);
  std::string normalized;
  const bool ok = entente::NormalizeText(text, &normalized);
  const bool has_nul = std::memchr(text.data(), 0, size) != nullptr;
  // NUL is valid UTF-8, so only IsCleanUtf8 rejects it.
  if (clean && !ok) std::abort();
  if (ok && !has_nul && !clean) std::abort();
  if (ok) {
    // Normalising is stable: normalised text normalises to itself.
    std::string again;
    if (!entente::NormalizeText(normalized, &again) || again != normalized) std::abort();
    entente::SplitSentences(normalized, &spans);
  }
  return 0;
}
