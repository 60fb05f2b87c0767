// Test helper: runs a reader over inline bytes and renders every result as
// one line, so a test compares a single string.
#ifndef ENTENTE_TEXT_READER_TEST_UTIL_H_
#define ENTENTE_TEXT_READER_TEST_UTIL_H_

#include <sstream>
#include <string>

#include "entente/article.h"

namespace entente::text {

// "record id date metadata | text" per article (newlines in text shown as
// "\n"), "bad: <status>" per bad record, and "format: <name>" first.
inline std::string RenderAll(std::istream* in, InputFormat format,
                             const ReaderOptions& options = {}, const std::string& name = "in") {
  auto reader = NewArticleReader(in, name, format, options);
  std::string out;
  Article a;
  for (;;) {
    Status err;
    const ReadResult r = reader->Next(&a, &err);
    if (out.empty()) out = std::string("format: ") + InputFormatName(reader->format()) + "\n";
    if (r == ReadResult::kEnd) {
      if (!err.ok()) out += "end: " + err.ToString() + "\n";
      break;
    }
    if (r == ReadResult::kBadRecord) {
      out += "bad: " + err.ToString() + "\n";
      continue;
    }
    std::string text;
    for (char c : a.text) text += c == '\n' ? std::string("\\n") : std::string(1, c);
    out += std::to_string(a.record) + " " + a.id + " " + FormatIsoDate(a.date) + " " +
           a.metadata + " | " + text + "\n";
  }
  return out;
}

inline std::string RenderAll(const std::string& input, InputFormat format,
                             const ReaderOptions& options = {}, const std::string& name = "in") {
  std::istringstream in(input);
  return RenderAll(&in, format, options, name);
}

}  // namespace entente::text

#endif  // ENTENTE_TEXT_READER_TEST_UTIL_H_
