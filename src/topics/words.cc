#include "topics/words.h"

namespace entente::topics {

size_t WordEnd(std::string_view s, size_t begin) {
  size_t i = begin;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (IsWordByte(c)) {
      ++i;
    } else if (c == '.' && i + 1 < s.size() && IsWordByte(static_cast<unsigned char>(s[i + 1]))) {
      ++i;  // inside "U.S" or "3.5": the byte before was a word byte
    } else {
      break;
    }
  }
  return i;
}

void SplitWords(std::string_view s, std::vector<WordSpan>* out) {
  out->clear();
  size_t i = 0;
  while (i < s.size()) {
    if (!IsWordByte(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    const size_t end = WordEnd(s, i);
    out->push_back({i, end});
    i = end;
  }
}

bool IsJoinableGap(std::string_view gap, bool after_abbreviation) {
  if (after_abbreviation && !gap.empty() && gap[0] == '.') gap.remove_prefix(1);
  int marks = 0;
  for (char c : gap) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if ((c == '-' || c == '\'') && ++marks == 1) continue;
    return false;
  }
  return true;
}

std::string AsciiUpperCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiUpper(c);
  return out;
}

}  // namespace entente::topics
