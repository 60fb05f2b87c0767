// SplitSentences: one pass over the bytes, no allocation per character.
//
// A boundary is a run of . ! ? (plus closing quotes and brackets) followed
// by whitespace and a sentence start (upper-case letter, digit, opening
// quote or bracket), or a blank line. A single '.' after an abbreviation, an initial
// or a dotted acronym is not a boundary, except that a few abbreviations
// that often end a sentence ("Inc.", "U.S.") give way when the next word is
// one that clearly opens a sentence ("The", "He", ...).
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "entente/sentences.h"

namespace entente {
namespace {

enum ByteClass : unsigned char { kOther = 0, kTerminal, kNewline };

constexpr std::array<unsigned char, 256> MakeClasses() {
  std::array<unsigned char, 256> t{};
  t['.'] = t['!'] = t['?'] = kTerminal;
  t['\n'] = kNewline;
  return t;
}
constexpr std::array<unsigned char, 256> kClass = MakeClasses();

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || IsUpper(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Length of the whitespace at text[i] (ASCII, or U+00A0 as two bytes).
size_t SpaceLen(std::string_view t, size_t i) {
  if (IsSpace(t[i])) return 1;
  if (t[i] == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0') return 2;
  return 0;
}

// Length of a closing quote or bracket at text[i], else 0.
size_t CloserLen(std::string_view t, size_t i) {
  const char c = t[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  // U+2019 ’ and U+201D ” are E2 80 99 / E2 80 9D.
  if (c == '\xE2' && i + 2 < t.size() && t[i + 1] == '\x80' &&
      (t[i + 2] == '\x99' || t[i + 2] == '\x9D')) {
    return 3;
  }
  return 0;
}

// True when a sentence may begin at text[i].
bool StartsSentence(std::string_view t, size_t i) {
  const char c = t[i];
  if (IsUpper(c) || IsDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if (static_cast<unsigned char>(c) < 0x80) return false;
  // Non-ASCII: opening curly quotes, or an upper-case/title-case letter.
  UChar32 cp;
  int32_t j = static_cast<int32_t>(i);
  const int32_t n = static_cast<int32_t>(std::min<size_t>(t.size(), i + 4));
  U8_NEXT(t.data(), j, n, cp);
  if (cp < 0) return false;
  return cp == 0x2018 || cp == 0x201C || u_isupper(cp) || u_istitle(cp);
}

bool InList(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Abbreviations after which a '.' never ends a sentence.
bool IsTitleAbbrev(std::string_view w) {
  return InList(w, {"Mr", "Mrs", "Ms", "Messrs", "Dr", "Gen", "Gens", "Col", "Lt", "Sgt", "Maj",
                    "Capt", "Cmdr", "Adm", "Brig", "Cpl", "Pvt", "Sen", "Sens", "Rep", "Reps",
                    "Gov", "Pres", "Prof", "Rev", "Hon", "Amb", "Atty", "Gov", "Supt", "Insp",
                    "Det", "St", "Mt", "Ft", "No", "Nos", "Vol", "vs", "Jan", "Feb", "Mar", "Apr",
                    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mme", "Mlle",
                    "approx", "cf", "al", "Fig", "fig", "Dept", "Univ", "Ave", "Blvd", "Rd"});
}

// Abbreviations that often end a sentence: they keep the sentence going
// unless the next word clearly opens a new one.
bool IsFinalAbbrev(std::string_view w) {
  return InList(w, {"Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "etc", "Assn", "Plc", "plc",
                    "LLC", "Cos"});
}

bool IsClearStartWord(std::string_view t, size_t i) {
  size_t e = i;
  while (e < t.size() && IsLetter(t[e])) ++e;
  return InList(t.substr(i, e - i),
                {"The", "He", "She", "It", "They", "We", "I", "But", "This", "That", "These",
                 "Those", "There", "His", "Her", "Its", "Their", "A", "An", "However",
                 "Meanwhile", "Yet", "In", "On", "At", "After", "When", "If"});
}

// Decides whether the '.' at text[dot] ends a sentence whose next word
// starts at text[next].
bool PeriodEnds(std::string_view t, size_t dot, size_t next) {
  size_t b = dot;
  while (b > 0 && (IsLetter(t[b - 1]) || t[b - 1] == '.')) --b;
  const std::string_view word = t.substr(b, dot - b);
  if (word.empty()) return true;
  if (b > 0 && IsDigit(t[b - 1])) return true;  // "3rd." and the like
  if (word.find('.') != std::string_view::npos) {
    // Dotted acronym ("U.S", "e.g"): segments of one letter.
    bool acronym = true;
    for (size_t k = 0; k < word.size(); ++k) {
      const bool letter_slot = (k % 2 == 0);
      if (letter_slot ? !IsLetter(word[k]) : word[k] != '.') acronym = false;
    }
    if (acronym) return IsClearStartWord(t, next);
    return true;
  }
  if (word.size() == 1 && IsUpper(word[0])) return false;  // initial: "George W. Bush"
  if (IsTitleAbbrev(word)) return false;
  if (IsFinalAbbrev(word)) return IsClearStartWord(t, next);
  return true;
}

void Emit(std::string_view t, size_t b, size_t e, std::vector<SentenceSpan>* out) {
  while (b < e && SpaceLen(t, b) > 0) b += SpaceLen(t, b);
  while (e > b && IsSpace(t[e - 1])) --e;
  while (e >= b + 2 && t[e - 2] == '\xC2' && t[e - 1] == '\xA0') e -= 2;
  if (e > b) out->push_back({b, e});
}

}  // namespace

void SplitSentences(std::string_view t, std::vector<SentenceSpan>* out) {
  out->clear();
  const size_t n = t.size();
  size_t start = 0;
  size_t i = 0;
  while (i < n) {
    const unsigned char cls = kClass[static_cast<unsigned char>(t[i])];
    if (cls == kOther) {
      ++i;
      continue;
    }
    if (cls == kNewline) {
      // A blank line (only spaces between two newlines) ends a paragraph.
      size_t k = i + 1;
      while (k < n && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) ++k;
      if (k < n && t[k] == '\n') {
        Emit(t, start, i, out);
        start = k + 1;
        i = k + 1;
      } else {
        i = k;
      }
      continue;
    }
    // A run of terminals, then closing quotes and brackets.
    size_t j = i + 1;
    while (j < n && kClass[static_cast<unsigned char>(t[j])] == kTerminal) ++j;
    const bool single_period = t[i] == '.' && j == i + 1;
    size_t closers = 0;
    for (size_t len; j < n && (len = CloserLen(t, j)) > 0; j += len) ++closers;
    if (j >= n || SpaceLen(t, j) == 0) {
      i = j;
      continue;
    }
    // Past the whitespace (a blank line inside it ends the sentence anyway).
    size_t k = j;
    while (k < n && SpaceLen(t, k) > 0) k += SpaceLen(t, k);
    if (k >= n || !StartsSentence(t, k) ||
        (single_period && closers == 0 && !PeriodEnds(t, i, k))) {
      i = j;
      continue;
    }
    Emit(t, start, j, out);
    start = k;
    i = k;
  }
  Emit(t, start, n, out);
}

}  // namespace entente
