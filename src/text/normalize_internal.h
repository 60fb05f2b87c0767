// Internals of NormalizeText, exposed for normalize_test.cc, which checks
// the fast table path against the plain ICU path.
#ifndef ENTENTE_TEXT_NORMALIZE_INTERNAL_H_
#define ENTENTE_TEXT_NORMALIZE_INTERNAL_H_

#include <unicode/umachine.h>

#include <string>
#include <string_view>

namespace entente::text {

// ASCII replacement for a typographic quote, dash, space or invisible
// character ("" for ones that vanish); nullptr when `c` is none of these.
const char* MapPunctuation(UChar32 c);

// The reference path: NFC, MapPunctuation, NFD, drop non-spacing marks,
// NFC, then fold stroked letters and ligatures (ø -> o, æ -> ae).
// REQUIRES: `utf8` is valid UTF-8.
bool NormalizeWithIcu(std::string_view utf8, std::string* out);

}  // namespace entente::text

#endif  // ENTENTE_TEXT_NORMALIZE_INTERNAL_H_
