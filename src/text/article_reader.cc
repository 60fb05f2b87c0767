// Format names, auto-detection and the NewArticleReader factory.
#include <cctype>

#include "entente/article.h"
#include "text/readers_internal.h"

namespace entente {
namespace text {
namespace {

// How far detection looks for the first meaningful line; bounded so that
// detection, like reading, needs constant memory.
constexpr size_t kDetectWindow = 1 << 16;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A TABARI record header starts with 6 (YYMMDD) or 8 (YYYYMMDD) digits and
// whitespace.
bool LooksLikeTabariHeader(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && IsDigit(s[n])) ++n;
  return (n == 6 || n == 8) && n < s.size() && (s[n] == ' ' || s[n] == '\t');
}

}  // namespace

std::string_view TrimSpace(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

InputFormat DetectFormat(ByteStream* in, std::string_view name) {
  std::string_view w = in->Peek(kDetectWindow);
  if (w.substr(0, 3) == "\xEF\xBB\xBF") w.remove_prefix(3);
  size_t i = 0;
  // Skip blank lines and, for TABARI files, '#' comment lines.
  bool saw_hash = false;
  for (;;) {
    while (i < w.size() && IsSpace(w[i])) ++i;
    if (i >= w.size() || w[i] != '#') break;
    saw_hash = true;
    while (i < w.size() && w[i] != '\n') ++i;
  }
  const std::string_view rest = w.substr(i);
  if (!saw_hash && !rest.empty() && rest[0] == '{') return InputFormat::kJsonl;
  if (!saw_hash && !rest.empty() && rest[0] == '<') return InputFormat::kPetrarch;
  if (LooksLikeTabariHeader(rest)) return InputFormat::kTabari;
  // Content is ambiguous: let a telling file name decide.
  if (EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson")) return InputFormat::kJsonl;
  if (EndsWith(name, ".xml")) return InputFormat::kPetrarch;
  return InputFormat::kText;
}

}  // namespace text

bool ParseInputFormat(std::string_view name, InputFormat* out) {
  static const struct {
    const char* name;
    InputFormat format;
  } kNames[] = {{"auto", InputFormat::kAuto},     {"jsonl", InputFormat::kJsonl},
                {"text", InputFormat::kText},     {"tabari", InputFormat::kTabari},
                {"petrarch", InputFormat::kPetrarch}};
  for (const auto& n : kNames) {
    if (name == n.name) {
      *out = n.format;
      return true;
    }
  }
  return false;
}

const char* InputFormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kText: return "text";
    case InputFormat::kTabari: return "tabari";
    case InputFormat::kPetrarch: return "petrarch";
  }
  return "unknown";
}

std::unique_ptr<ArticleReader> NewArticleReader(std::istream* in, std::string name,
                                                InputFormat format,
                                                const ReaderOptions& options) {
  auto stream = std::make_unique<text::ByteStream>(in);
  // A UTF-8 byte order mark is not part of any record.
  if (stream->Peek(3) == "\xEF\xBB\xBF") stream->Skip(3);
  if (format == InputFormat::kAuto) format = text::DetectFormat(stream.get(), name);
  switch (format) {
    case InputFormat::kJsonl:
      return text::NewJsonlReader(std::move(stream), std::move(name), options);
    case InputFormat::kTabari:
      return text::NewTabariReader(std::move(stream), std::move(name), options);
    case InputFormat::kPetrarch:
      return text::NewPetrarchReader(std::move(stream), std::move(name), options);
    case InputFormat::kText:
    case InputFormat::kAuto:
      break;
  }
  return text::NewTextReader(std::move(stream), std::move(name), options);
}

}  // namespace entente
