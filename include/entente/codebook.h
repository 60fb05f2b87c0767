// The CAMEO codebook: what an event code means and how it scores.
//
// Facts (codes, names, Goldstein weights, PLOVER categories) are compiled
// into the library from the project's own table (src/codebook/cameo.tsv),
// so lookups need no files at run time.
//
// Quad class follows the GDELT convention: roots 01-05 -> 1 (verbal
// cooperation), 06-09 -> 2 (material cooperation), 10-14 -> 3 (verbal
// conflict), 15-20 -> 4 (material conflict).
#ifndef ENTENTE_CODEBOOK_H_
#define ENTENTE_CODEBOOK_H_

#include <string_view>

namespace entente {

struct CameoInfo {
  std::string_view code;       // "0231"
  std::string_view name;       // "Appeal for economic aid"
  double goldstein = 0;        // GDELT Goldstein weight, -10..+10
  std::string_view plover;     // PLOVER 2021 event type, "" for roots 01-02
};

// The entry for `code`, or for its longest known prefix (so an unknown
// "0399" falls back to "039" then "03"). nullptr when even the root is unknown.
const CameoInfo* LookupCameo(std::string_view code);

// "03" for "036"; "" when `code` does not start with two digits.
std::string_view CameoRoot(std::string_view code);

// GDELT quad class 1-4 for a code's root; 0 when the root is not 01-20.
int QuadClass(std::string_view code);

}  // namespace entente

#endif  // ENTENTE_CODEBOOK_H_
