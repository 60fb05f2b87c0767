#include "entente/codebook.h"

#include <algorithm>
#include <iterator>

namespace entente {
namespace {

// Rows generated at build time from cameo.tsv by embed_table.cmake.
constexpr CameoInfo kTable[] = {
#include "cameo_table.inc"
};

constexpr bool IsStrictlySorted() {
  for (size_t i = 1; i < std::size(kTable); ++i)
    if (!(kTable[i - 1].code < kTable[i].code)) return false;
  return true;
}
// LookupCameo binary-searches; embed_table.cmake checks this too, with a
// friendlier message.
static_assert(IsStrictlySorted(), "cameo.tsv rows must be sorted by code");

const CameoInfo* Find(std::string_view code) {
  const CameoInfo* end = std::end(kTable);
  const CameoInfo* it = std::lower_bound(
      std::begin(kTable), end, code,
      [](const CameoInfo& e, std::string_view c) { return e.code < c; });
  return it != end && it->code == code ? it : nullptr;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

const CameoInfo* LookupCameo(std::string_view code) {
  // Every code in the table has at least two characters, so shorter
  // prefixes cannot match.
  for (size_t n = code.size(); n >= 2; --n)
    if (const CameoInfo* e = Find(code.substr(0, n))) return e;
  return nullptr;
}

std::span<const CameoInfo> CameoCodes() { return kTable; }

std::string_view CameoShortName(const CameoInfo* info) {
  if (info == nullptr) return {};
  std::string_view name = info->name;
  // Most names put a comma before the qualifier ("Accuse, not specified
  // below"); 083 and 086 do not. 183 has the abbreviated form.
  for (std::string_view q : {"not specified below", "not spec below"}) {
    if (size_t at = name.find(q); at != std::string_view::npos) {
      name = name.substr(0, at);
      while (!name.empty() && (name.back() == ' ' || name.back() == ','))
        name.remove_suffix(1);
      break;
    }
  }
  return name;
}

std::string_view CameoRoot(std::string_view code) {
  if (code.size() < 2 || !IsDigit(code[0]) || !IsDigit(code[1])) return {};
  return code.substr(0, 2);
}

int QuadClass(std::string_view code) {
  std::string_view root = CameoRoot(code);
  if (root.empty()) return 0;
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r >= 1 && r <= 5) return 1;
  if (r >= 6 && r <= 9) return 2;
  if (r >= 10 && r <= 14) return 3;
  if (r >= 15 && r <= 20) return 4;
  return 0;
}

}  // namespace entente
