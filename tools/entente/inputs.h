// Feeding input files to a CodePipeline, shared by `entente code` and
// `entente ingest`.
#ifndef ENTENTE_TOOLS_INPUTS_H_
#define ENTENTE_TOOLS_INPUTS_H_

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "entente/article.h"
#include "pipeline.h"

namespace entente {

// Checks up front that every FILE ("-" is standard input) can be opened, so
// that a typo fails before the dictionaries load rather than after coding
// the files before it. Prints "entente: cannot read FILE: why" and returns
// false at the first that cannot.
bool CheckInputs(const std::vector<std::string>& files);

// How far through the inputs CodeFiles is, for progress reports.
struct InputPosition {
  uint64_t total_bytes = 0;  // sizes of the regular files (0 when unknown, e.g. stdin)
  uint64_t done_bytes = 0;   // bytes of the files finished
  std::istream* current = nullptr;
  uint64_t current_size = 0;  // of the file `current` reads
  // Bytes read so far over every input (an estimate within the current one).
  uint64_t Read() const;
};

// Codes each file in turn ("-" is standard input; a text article's id is the
// file's name). Returns kExitOk, or kExitFailure after printing why when an
// input cannot be read or the pipeline's sink fails. Stops early when the
// pipeline is interrupted. `position` (optional) is kept up to date.
int CodeFiles(CodePipeline* pipeline, const std::vector<std::string>& files, InputFormat format,
              const ReaderOptions& options, InputPosition* position = nullptr);

// Publisher and URL from an article's metadata (its input's other fields,
// Article::metadata): "publisher" (else "source", else "outlet") and "url"
// (else "link"); "" for what is absent or when the metadata is not a JSON
// object. `url` may be null.
void ArticleSource(const std::string& metadata, std::string* publisher, std::string* url);

}  // namespace entente

#endif  // ENTENTE_TOOLS_INPUTS_H_
