// Articles and the streaming readers that produce them.
//
// An Article is one document to code: an id, a date and its text. Readers
// stream articles from a byte source one at a time, in constant memory, and
// never stop at a bad record: they report it and go on.
//
//   std::ifstream in(path, std::ios::binary);
//   auto reader = entente::NewArticleReader(&in, path, entente::InputFormat::kAuto, options);
//   entente::Article a;
//   entente::Status err;
//   for (;;) {
//     auto r = reader->Next(&a, &err);
//     if (r == entente::ReadResult::kEnd) break;
//     if (r == entente::ReadResult::kBadRecord) { report(err); continue; }
//     code(a);
//   }
//
// Thread safety: a reader is used by one thread at a time.
#ifndef ENTENTE_ARTICLE_H_
#define ENTENTE_ARTICLE_H_

#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "entente/date.h"
#include "entente/status.h"

namespace entente {

struct Article {
  std::string id;
  Day date = kNoDate;
  std::string text;      // the body; a title, when given separately, comes first as its own paragraph
  std::string metadata;  // other input fields as one JSON object ("{}" when none)
  uint64_t record = 0;   // 1-based record number within its input
};

enum class InputFormat {
  kAuto,      // decided from the first non-blank bytes (and the file name)
  kJsonl,     // {"id","date","text"} per line; "title"/"body" accepted
  kText,      // the whole input is one article
  kTabari,    // TABARI records: "YYMMDD ID" line, text, blank line
  kPetrarch,  // PETRARCH XML <Sentence date id><Text>...</Text></Sentence>
};

// Parses "auto", "jsonl", "text", "tabari", "petrarch". Returns false otherwise.
bool ParseInputFormat(std::string_view name, InputFormat* out);
const char* InputFormatName(InputFormat f);

struct ReaderOptions {
  // Date for plain-text articles (kText); kNoDate means today's date.
  Day default_date = kNoDate;
  // Id for plain-text articles; the CLI passes the file's base name.
  std::string default_id;
  // Records longer than this many bytes are skipped as bad records.
  size_t max_record_bytes = 16u << 20;
};

enum class ReadResult { kArticle, kBadRecord, kEnd };

class ArticleReader {
 public:
  virtual ~ArticleReader() = default;
  // Reads the next record. kArticle: *article holds it. kBadRecord: *error
  // says which record (its number in Status::line) and why; call again to go
  // on. kEnd: no more input (an I/O error also ends, with *error set).
  virtual ReadResult Next(Article* article, Status* error) = 0;
  // Format actually used (after auto-detection, once the first Next ran).
  virtual InputFormat format() const = 0;
};

// Reader over a stream the caller owns; `name` labels error messages.
// REQUIRES: `in` outlives the reader.
std::unique_ptr<ArticleReader> NewArticleReader(std::istream* in, std::string name,
                                                InputFormat format, const ReaderOptions& options);

}  // namespace entente

#endif  // ENTENTE_ARTICLE_H_
