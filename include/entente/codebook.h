// The CAMEO codebook: what an event code means and how it scores.
//
//   const entente::CameoInfo* info = entente::LookupCameo("0231");
//   // info->name == "Appeal for economic aid", info->goldstein == 3.4,
//   // info->plover == "" (roots 01 and 02 have no PLOVER type)
//   entente::LookupCameo("0399")->code;  // "039": longest known prefix
//   entente::LookupCameo("99");          // nullptr: no such root
//   entente::QuadClass("190");           // 4
//
// Facts (codes, names, Goldstein weights, PLOVER categories) are compiled
// into the library from the project's own table (src/codebook/cameo.tsv,
// described in docs/formats/codebook.md), so lookups need no files at run
// time. The table holds every code of CAMEO 1.1b3 as GDELT lists it, roots
// and sub-codes, plus 1213 and 1214, which CAMEO2PLOVER-2021 maps.
//
// Quad class follows the GDELT convention: roots 01-05 -> 1 (verbal
// cooperation), 06-09 -> 2 (material cooperation), 10-14 -> 3 (verbal
// conflict), 15-20 -> 4 (material conflict). (ICEWS and Phoenix group the
// roots differently; entente emits only GDELT's.)
//
// Thread safety: every function here is pure and reads only constant data.
// Returned pointers and views point into static storage and never dangle.
#ifndef ENTENTE_CODEBOOK_H_
#define ENTENTE_CODEBOOK_H_

#include <span>
#include <string_view>

namespace entente {

struct CameoInfo {
  std::string_view code;    // "0231"
  std::string_view name;    // "Appeal for economic aid"; roots in upper case
  double goldstein = 0;     // GDELT Goldstein weight, -10..+10, one decimal
  std::string_view plover;  // PLOVER 2021 event type, "" for roots 01-02
};

// The entry for `code`, or for its longest known prefix (so an unknown
// "0399" falls back to "039" then "03"). nullptr when even the root is
// unknown (including "" and codes that do not start with a known root).
// Cost: a binary search over a few hundred entries per prefix tried.
const CameoInfo* LookupCameo(std::string_view code);

// Every entry, sorted by code (byte order: "01" < "010" < "0211" < "02").
std::span<const CameoInfo> CameoCodes();

// The short form of a codebook name: `info->name` without CAMEO's qualifier
// "not specified below" (or its abbreviation "not spec below"), and without
// the commas and spaces before it; the casing is left as the codebook has it.
// "" when `info` is nullptr. The result is a prefix of `info->name`, so for
// entries of the table it points into static storage.
//   CameoShortName(LookupCameo("010"))  // "Make statement"
//   CameoShortName(LookupCameo("083"))  // "Accede to ... political reform"
//   CameoShortName(LookupCameo("04"))   // "CONSULT": no qualifier, as it is
std::string_view CameoShortName(const CameoInfo* info);

// "03" for "036"; "" when `code` does not start with two digits.
std::string_view CameoRoot(std::string_view code);

// GDELT quad class 1-4 for a code's root; 0 when the root is not 01-20.
// Depends only on the first two characters, not on the table.
int QuadClass(std::string_view code);

}  // namespace entente

#endif  // ENTENTE_CODEBOOK_H_
