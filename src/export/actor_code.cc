// Splitting CAMEO actor codes into GDELT's actor columns, and the small
// vocabularies (types, religions, regions) that needs. The rule is
// documented in docs/formats/exports.md, "Splitting actor codes".
#include <algorithm>
#include <iterator>

#include "export/export_internal.h"

namespace entente {
namespace {

// CAMEO type (role / organisation) codes with their ICEWS-style sector name
// and PLOVER sector code (PLOVER manual Table 5.2; "" when PLOVER has none,
// e.g. IGO, which PLOVER writes as the entity's code instead). Sorted.
struct TypeCode {
  std::string_view code, icews, plover;
};
constexpr TypeCode kTypes[] = {
    {"AGR", "Agricultural", "AGR"},
    {"BUS", "Business", "BUS"},
    {"COP", "Police", "COP"},
    {"CRM", "Criminals / Gangs", "CRM"},
    {"CVL", "General Population / Civilian / Social", "CVL"},
    {"DEV", "Development", ""},
    {"EDU", "Education", "EDU"},
    {"ELI", "Elite", "ELI"},
    {"ENV", "Environmental", "SOC"},
    {"GOV", "Government", "GOV"},
    {"HLH", "Medical / Health", "MED"},  // PLOVER renamed CAMEO's HLH to MED
    {"HRI", "Human Rights", "SOC"},
    {"IGO", "International Government Organization", ""},
    {"IMG", "Transnational Militarized Group", ""},
    {"INS", "Insurgents", "REB"},  // PLOVER folds INS and SEP into REB
    {"JUD", "Judicial", "JUD"},
    {"LAB", "Labor", "LAB"},
    {"LEG", "Legislative / Parliamentary", "LEG"},
    {"MED", "Media", "JRN"},  // CAMEO MED is media; PLOVER calls it JRN
    {"MIL", "Military", "MIL"},
    {"MNC", "Multinational Corporation", "BUS"},
    {"MOD", "Moderate", ""},
    {"NGO", "Nongovernmental Organization", "SOC"},
    {"OPP", "Dissident", "OPP"},
    {"PTY", "Parties", "PTY"},
    {"RAD", "Radicals / Extremists / Fundamentalists", ""},
    {"REB", "Rebel", "REB"},
    {"REF", "Refugees / Displaced", "REF"},
    {"REL", "Religious", "REL"},
    {"SEP", "Separatists", "REB"},
    {"SPY", "Intelligence", "SPY"},
    {"UAF", "Unidentified Forces", "UAF"},
    {"UIS", "Unidentified State Actor", ""},
};

// CAMEO religion codes with ICEWS-style names. Sorted. (Shinto's SHN is
// left out: it is also Saint Helena's country code.)
struct ReligionCode {
  std::string_view code, icews;
};
constexpr ReligionCode kReligions[] = {
    {"ALE", "Alawite"}, {"BAH", "Bahai"},      {"BUD", "Buddhist"},   {"CHR", "Christian"},
    {"CPT", "Coptic"},  {"CTH", "Catholic"},   {"DOX", "Orthodox"},   {"DRZ", "Druze"},
    {"HIN", "Hindu"},   {"JEW", "Jewish"},     {"MOS", "Muslim"},     {"PRO", "Protestant"},
    {"SHI", "Shia"},    {"SIK", "Sikh"},       {"SUN", "Sunni"},
};

// CAMEO regions, which GDELT writes in the country column. Sorted.
constexpr std::string_view kRegions[] = {
    "AFR", "ASA", "BLK", "CAS", "CAU", "CRB", "EAF", "EEU", "EUR", "LAM", "MEA",
    "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST",
};

constexpr bool kSorted = std::is_sorted(std::begin(kTypes), std::end(kTypes),
                                       [](auto& a, auto& b) { return a.code < b.code; }) &&
                        std::is_sorted(std::begin(kReligions), std::end(kReligions),
                                       [](auto& a, auto& b) { return a.code < b.code; }) &&
                        std::is_sorted(std::begin(kRegions), std::end(kRegions));
static_assert(kSorted, "the tables above are binary-searched");

template <typename T>
const T* Find(std::span<const T> table, std::string_view code) {
  auto it = std::lower_bound(table.begin(), table.end(), code,
                             [](const T& e, std::string_view k) { return e.code < k; });
  return it != table.end() && it->code == code ? &*it : nullptr;
}

const TypeCode* FindType(std::string_view c) { return Find<TypeCode>(kTypes, c); }
const ReligionCode* FindReligion(std::string_view c) { return Find<ReligionCode>(kReligions, c); }
bool IsRegion(std::string_view c) {
  return std::binary_search(std::begin(kRegions), std::end(kRegions), c);
}

bool IsCodeChar(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Files one chunk under the first free column it belongs to; chunks that
// fit nowhere (ethnic groups, unknown bodies, a second country) are dropped
// here and stay visible only in the full code.
void Classify(std::string_view c, ActorParts* p) {
  if (FindReligion(c) != nullptr) {
    if (p->religion1.empty()) {
      p->religion1 = c;
    } else if (p->religion2.empty()) {
      p->religion2 = c;
    }
  } else if (FindType(c) != nullptr) {
    if (p->num_types < 3) p->types[p->num_types++] = c;
  } else if (p->country.empty()) {
    if (LookupCountry(c) != nullptr) {
      p->country = c;
    } else if (IsRegion(c)) {
      p->country = c;
      p->country_is_region = true;
    }
  }
}

}  // namespace

ActorParts SplitActorCode(std::string_view code) {
  ActorParts p;
  if (code.empty() || code.size() % 3 != 0) return p;
  if (!std::all_of(code.begin(), code.end(), IsCodeChar)) return p;
  const size_t n = code.size() / 3;
  auto chunk = [code](size_t i) { return code.substr(3 * i, 3); };

  const std::string_view first = chunk(0);
  size_t group = n;  // index of the known-group chunk; n = none
  if (first == "IGO" || first == "NGO" || first == "IMG") {
    // IGO/NGO/IMG [region] [function...] BODY [role...]: the body is the
    // last chunk that is neither a type nor a religion (IGOEUREECLEG -> EEC).
    for (size_t i = n; i-- > 1;) {
      std::string_view c = chunk(i);
      if (FindType(c) == nullptr && FindReligion(c) == nullptr) {
        group = i;
        break;
      }
    }
  }
  if (first == "IGO" || first == "NGO" || first == "IMG" || first == "MNC") p.org = first;
  for (size_t i = 0; i < n; ++i) {
    if (i == group) {
      p.known_group = chunk(i);
    } else {
      Classify(chunk(i), &p);
    }
  }
  return p;
}

std::string_view IcewsSectorName(std::string_view chunk) {
  if (const TypeCode* t = FindType(chunk)) return t->icews;
  if (const ReligionCode* r = FindReligion(chunk)) return r->icews;
  return {};
}

std::string_view PloverSector(std::string_view chunk) {
  const TypeCode* t = FindType(chunk);
  return t == nullptr ? std::string_view() : t->plover;
}

int PloverQuad(std::string_view t) {
  for (std::string_view v : {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"})
    if (t == v) return 1;
  for (std::string_view v : {"COOPERATE", "AID", "RETREAT"})
    if (t == v) return 2;
  for (std::string_view v : {"REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN"})
    if (t == v) return 3;
  for (std::string_view v : {"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"})
    if (t == v) return 4;
  return 0;
}

}  // namespace entente
