// Words as the topic dictionary sees them, shared by the phrase parser and
// the matcher so the two cannot disagree about where a word ends.
//
// A word is a maximal run of word bytes (ASCII letters and digits, '$', and
// every byte >= 0x80, so a UTF-8 sequence is never split), where a '.' with
// a word byte on both sides stays inside the word: "U.S." holds the word
// "U.S", "3.5" is one word. Everything else separates words. '$' is a word
// byte so that "US$24.5m" is not the word "US".
#ifndef ENTENTE_TOPICS_WORDS_H_
#define ENTENTE_TOPICS_WORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace entente::topics {

struct WordSpan {
  size_t begin = 0, end = 0;  // byte offsets; end is one past the last byte
};

inline bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '$' || c >= 0x80;
}

inline char AsciiUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

// The end of the word that starts at `begin`. REQUIRES: IsWordByte(s[begin]).
size_t WordEnd(std::string_view s, size_t begin);

// Sets *out (cleared first) to the words of `s`, in order.
void SplitWords(std::string_view s, std::vector<WordSpan>* out);

// True when `gap`, the bytes between two words, may lie between two words
// of one phrase: only whitespace (space, tab, CR, LF) and at most one '-' or
// '\''. So "Cold War", "Cold-War" and "People's" join; "Ukraine, crisis",
// "Ukraine -- crisis" and "Ukraine. Crisis" do not. After an abbreviation
// (`after_abbreviation`: the word before holds a '.', as "U.S" does) the gap
// may also start with the abbreviation's closing '.', so "Sino-U.S. joint"
// joins.
bool IsJoinableGap(std::string_view gap, bool after_abbreviation);

// True when `word` holds a '.', which WordEnd keeps only between word bytes.
inline bool IsAbbreviation(std::string_view word) { return word.find('.') != std::string_view::npos; }

// `s` with ASCII letters upper-cased; other bytes unchanged, same length.
std::string AsciiUpperCopy(std::string_view s);

}  // namespace entente::topics

#endif  // ENTENTE_TOPICS_WORDS_H_
