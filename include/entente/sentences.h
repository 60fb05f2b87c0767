// Sentence splitting and text normalisation.
//
// SplitSentences cuts an article's text into sentences, keeping
// abbreviations ("U.S.", "Mr.", "Gen."), initials ("George W. Bush"),
// decimals and closing quotes with their sentence. Offsets are byte offsets
// into the input.
#ifndef ENTENTE_SENTENCES_H_
#define ENTENTE_SENTENCES_H_

#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct SentenceSpan {
  size_t begin = 0;  // byte offset of the first character
  size_t end = 0;    // one past the last character (trailing space trimmed)
};

// Appends the sentences of `text` to *out (cleared first).
void SplitSentences(std::string_view text, std::vector<SentenceSpan>* out);

// NFC-normalises UTF-8 text, maps typographic quotes, dashes and spaces to
// their ASCII forms, and removes diacritics (é -> e) so dictionaries written
// in ASCII match. Returns false (and leaves *out unspecified) for invalid UTF-8.
bool NormalizeText(std::string_view utf8, std::string* out);

// True when `s` is valid UTF-8 with no NUL byte.
bool IsCleanUtf8(std::string_view s);

}  // namespace entente

#endif  // ENTENTE_SENTENCES_H_
