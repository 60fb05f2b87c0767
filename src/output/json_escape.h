// JSON string escaping for the event writers. Internal to src/output.
#ifndef ENTENTE_OUTPUT_JSON_ESCAPE_H_
#define ENTENTE_OUTPUT_JSON_ESCAPE_H_

#include <string>
#include <string_view>

namespace entente {

// Appends `s` to `*out` as a quoted JSON string. The result is always valid
// JSON whatever the bytes of `s`:
//   - '"' and '\\' are backslash-escaped; \b \f \n \r \t use their short
//     forms, the other bytes below 0x20 become \u00XX;
//   - well-formed UTF-8 (RFC 3629: no overlongs, surrogates or code points
//     past U+10FFFF) is copied unchanged, DEL and U+2028/2029 included;
//   - each maximal ill-formed subsequence (Unicode's "U+FFFD substitution of
//     maximal subparts", as in WHATWG decoders) becomes U+FFFD.
// Runs of plain ASCII are copied in one append, so mostly-ASCII text costs
// little more than a memcpy.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_JSON_ESCAPE_H_
