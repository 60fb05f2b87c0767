// Small JSON helpers for the readers: escaping strings for Article::metadata
// and a strict validator for the raw values kept there.
//
// Why a validator of our own: simdjson's on-demand API only checks values
// it is asked to decode, and its DOM API rejects valid JSON it cannot
// represent (integers beyond 64 bits). Metadata is copied through verbatim,
// so each kept value is checked here against the JSON grammar alone.
#ifndef ENTENTE_TEXT_JSON_UTIL_H_
#define ENTENTE_TEXT_JSON_UTIL_H_

#include <string>
#include <string_view>

namespace entente::text {

// Appends `s` (UTF-8) to *out as a quoted JSON string.
void AppendJsonString(std::string_view s, std::string* out);

// True when `raw` is exactly one JSON value (surrounding whitespace allowed)
// nested at most 256 deep. Does not check UTF-8; callers do.
bool IsValidJsonValue(std::string_view raw);

}  // namespace entente::text

#endif  // ENTENTE_TEXT_JSON_UTIL_H_
