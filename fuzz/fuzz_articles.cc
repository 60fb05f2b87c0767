// Feeds arbitrary bytes to every article reader and drains it. Checks that
// readers never crash, always end, and that each article they return is
// clean UTF-8 with a date and a 1-based record number that grows.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "entente/article.h"
#include "entente/sentences.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  entente::ReaderOptions options;
  options.default_id = "fuzz";
  options.default_date = 0;
  options.max_record_bytes = 4096;  // small, so the caps are exercised too
  for (entente::InputFormat format :
       {entente::InputFormat::kAuto, entente::InputFormat::kJsonl, entente::InputFormat::kText,
        entente::InputFormat::kTabari, entente::InputFormat::kPetrarch}) {
    std::istringstream in(bytes);
    auto reader = entente::NewArticleReader(&in, "fuzz", format, options);
    entente::Article article;
    uint64_t last_record = 0;
    // Every call consumes input, so the loop ends; the bound guards that.
    for (size_t calls = 0; calls <= size + 2; ++calls) {
      entente::Status error;
      const entente::ReadResult r = reader->Next(&article, &error);
      if (r == entente::ReadResult::kEnd) break;
      if (r == entente::ReadResult::kBadRecord) {
        if (error.ok()) std::abort();
        continue;
      }
      if (article.record <= last_record) std::abort();
      last_record = article.record;
      if (!entente::IsCleanUtf8(article.text) || !entente::IsCleanUtf8(article.id) ||
          article.text.empty() || article.date == entente::kNoDate ||
          article.metadata.empty() || article.metadata.front() != '{') {
        std::abort();
      }
      if (calls == size + 2) std::abort();  // reader did not end
    }
    if (reader->format() == entente::InputFormat::kAuto) std::abort();
  }
  return 0;
}
