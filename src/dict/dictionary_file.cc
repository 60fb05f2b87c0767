#include "dict/dictionary_file.h"

#include <fstream>
#include <sstream>

#include "dict/petrarch_verbs_reader.h"
#include "dict/phoenix_reader.h"
#include "dict/tabari_reader.h"

namespace entente::dict {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// Marks of PETRARCH on one actor or agent line (see the rule in the header).
bool PhoenixMark(std::string_view line, WordType kind) {
  std::string_view t = Trim(line);
  if (t.empty()) return false;
  if (t.find("<!--") != std::string_view::npos || t.find("---STOP---") != std::string_view::npos) return true;
  if (t[0] == '#') return false;  // a comment line: both formats have them
  if (t[0] == '!') {              // "!NAME! = A, B"
    size_t b = t.find('!', 1);
    if (b != std::string_view::npos) {
      std::string_view rest = Trim(t.substr(b + 1));
      if (!rest.empty() && rest[0] == '=') return true;
    }
  }
  int depth = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '[') {
      ++depth;
    } else if (c == ']') {
      if (depth > 0) --depth;
    } else if (depth == 0) {
      if (c == '#' && IsBlank(t[i - 1])) return true;  // i > 0: t[0] is not '#'
      if (c == '{' && kind == kAgent) return true;
      if (c == ';') break;  // a TABARI comment: what follows is free text
    } else if (IsDigit(c) && !IsDigit(t[i - 1])) {  // i > 0: t[0] is '[' or earlier
      size_t j = i;
      while (j < t.size() && IsDigit(t[j])) ++j;
      char before = t[i - 1];
      if (j - i == 8 && (IsBlank(before) || before == '<' || before == '>' || before == '-')) return true;
    }
  }
  return false;
}

bool PetrarchVerbHeader(std::string_view line) {
  std::string_view t = Trim(line);
  return t.size() > 6 && t.substr(0, 3) == "---" && t.substr(t.size() - 3) == "---" &&
         !Trim(t.substr(3, t.size() - 6)).empty();
}

}  // namespace

DictFormat DetectDictionaryFormat(std::string_view content, WordType kind) {
  bool phoenix = false;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    if (kind == kVerb) {
      if (PetrarchVerbHeader(line)) return DictFormat::kPhoenix;
      continue;
    }
    std::string_view t = Trim(line);
    if (t.substr(0, 5) == "<NOUN" || t.substr(0, 4) == "<ADJ") return DictFormat::kTabari;
    if (!phoenix && PhoenixMark(line, kind)) phoenix = true;
  }
  return phoenix ? DictFormat::kPhoenix : DictFormat::kTabari;
}

Status ReadDictionary(std::string_view content, const std::string& name, WordType kind,
                      Dictionary* dict, std::vector<std::string>* warnings) {
  if (kind != kActor && kind != kAgent && kind != kVerb)
    return Status::InvalidArgument("not a dictionary kind");
  DictFormat format = DetectDictionaryFormat(content, kind);
  std::istringstream in{std::string(content)};
  if (format == DictFormat::kPhoenix) {
    switch (kind) {
      case kActor: return ReadPhoenixActors(in, name, dict, warnings);
      case kAgent: return ReadPhoenixAgents(in, name, dict, warnings);
      default: return ReadPetrarchVerbs(in, name, dict, warnings);
    }
  }
  switch (kind) {
    case kActor: return ReadTabariActors(in, name, dict, warnings);
    case kAgent: return ReadTabariAgents(in, name, dict, warnings);
    default: return ReadTabariVerbs(in, name, dict, warnings);
  }
}

Status LoadDictionaryFile(const std::string& path, WordType kind, Dictionary* dict,
                          std::vector<std::string>* warnings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open dictionary " + path);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IoError("error reading " + path);
  return ReadDictionary(buf.str(), path, kind, dict, warnings);
}

Status LoadDiscardsFile(const std::string& path, Dictionary* dict, std::vector<std::string>* warnings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open discard list " + path);
  return ReadPhoenixDiscards(in, path, dict, warnings);
}

}  // namespace entente::dict
