// Field formatting shared by the event writers (src/output) and the export
// writers (src/export). Internal to the library.
#ifndef ENTENTE_OUTPUT_FIELD_FORMAT_H_
#define ENTENTE_OUTPUT_FIELD_FORMAT_H_

#include <string>
#include <string_view>

#include "entente/codebook.h"
#include "entente/date.h"

namespace entente {

// Appends `s` with each tab, CR and LF replaced by a space, so that it
// cannot break a tab-separated row.
void AppendTsvField(std::string_view s, std::string* out);

// The codebook's Goldstein weight with one decimal ("-6.5", "4.0"); nothing
// when `info` is null.
void AppendGoldstein(const CameoInfo* info, std::string* out);

// "YYYY-MM-DD"; nothing for kNoDate.
void AppendIsoDate(Day d, std::string* out);

// The date as a JSON value: "\"YYYY-MM-DD\"", or null for kNoDate.
void AppendJsonDate(Day d, std::string* out);

// The four JSON members both JSONL formats derive from an event code, each
// with its leading comma, as docs/formats/events-jsonl.md defines them:
//   ,"root":"03","quad":1,"goldstein":4.0,"plover":"AGREE"
// For a code the codebook does not know: root as CameoRoot() gives it, quad
// 0, goldstein null, plover "".
void AppendJsonCodebookFields(std::string_view code, std::string* out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_FIELD_FORMAT_H_
