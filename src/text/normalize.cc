// NormalizeText and IsCleanUtf8.
//
// Three paths, fastest first:
//  1. pure ASCII: copied through untouched;
//  2. ASCII plus Latin-1/Latin Extended-A letters and common typographic
//     punctuation: mapped through a table, no ICU call per string;
//  3. anything else: the ICU path (NFC, punctuation map, NFD, drop
//     non-spacing marks, NFC, letter folding).
// The table in path 2 is built by running each of its code points through
// path 3, so the two agree by construction (normalize_test.cc also checks
// them against each other on random text).
#include <simdjson.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cstring>

#include "entente/sentences.h"
#include "text/normalize_internal.h"

namespace entente {
namespace text {
namespace {

constexpr UChar32 kTableBegin = 0xA0;
constexpr UChar32 kTableEnd = 0x180;  // Latin-1 Supplement + Latin Extended-A

// Letters that carry no decomposable diacritic but read as a plain letter
// (or two) to an English dictionary: "Łódź" -> "Lodz", "Æ" -> "AE".
const char* FoldLetter(UChar32 c) {
  switch (c) {
    case 0xC6: return "AE";
    case 0xE6: return "ae";
    case 0xD8: return "O";
    case 0xF8: return "o";
    case 0xDF: return "ss";
    case 0xD0: return "D";
    case 0xF0: return "d";
    case 0xDE: return "Th";
    case 0xFE: return "th";
    case 0x110: return "D";
    case 0x111: return "d";
    case 0x126: return "H";
    case 0x127: return "h";
    case 0x131: return "i";
    case 0x141: return "L";
    case 0x142: return "l";
    case 0x152: return "OE";
    case 0x153: return "oe";
    case 0x166: return "T";
    case 0x167: return "t";
    default: return nullptr;
  }
}

bool IsAscii(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t acc = 0;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    acc |= w;
  }
  for (; n > 0; ++p, --n) acc |= static_cast<unsigned char>(*p);
  return (acc & 0x8080808080808080ull) == 0;
}

// Table for path 2: replacement of each code point in [kTableBegin, kTableEnd).
const std::array<std::string, kTableEnd - kTableBegin>& LatinTable() {
  static const auto* table = [] {
    auto* t = new std::array<std::string, kTableEnd - kTableBegin>;
    for (UChar32 c = kTableBegin; c < kTableEnd; ++c) {
      std::string utf8;
      icu::UnicodeString(c).toUTF8String(utf8);
      NormalizeWithIcu(utf8, &(*t)[c - kTableBegin]);
    }
    return t;
  }();
  return *table;
}

// Path 2. Returns false when `s` holds a code point the table cannot map
// (combining marks, other scripts...): the caller falls back to ICU.
bool NormalizeWithTable(std::string_view s, std::string* out) {
  const auto& table = LatinTable();
  out->clear();
  out->reserve(s.size());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out->push_back(static_cast<char>(b));
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= kTableBegin && c < kTableEnd) {
      out->append(table[c - kTableBegin]);
    } else if (const char* p = MapPunctuation(c)) {
      out->append(p);
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

const char* MapPunctuation(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
      return "-";
    case 0x2014: case 0x2015:  // em dash, horizontal bar: "--", as typed in ASCII
      return "--";
    case 0x2026:
      return "...";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";  // soft hyphen and zero-width characters vanish
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return " ";
    default:
      return (c >= 0x2000 && c <= 0x200A) ? " " : nullptr;
  }
}

bool NormalizeWithIcu(std::string_view utf8, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return false;
  const icu::UnicodeString src =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString composed = nfc->normalize(src, status);
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < composed.length();) {
    const UChar32 c = composed.char32At(i);
    i += U16_LENGTH(c);
    if (const char* p = MapPunctuation(c)) {
      mapped.append(icu::UnicodeString(p, -1, icu::UnicodeString::kInvariant));
    } else {
      mapped.append(c);
    }
  }
  const icu::UnicodeString decomposed = nfd->normalize(mapped, status);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
  }
  const icu::UnicodeString recomposed = nfc->normalize(stripped, status);
  if (U_FAILURE(status)) return false;
  out->clear();
  for (int32_t i = 0; i < recomposed.length();) {
    const UChar32 c = recomposed.char32At(i);
    i += U16_LENGTH(c);
    if (const char* p = FoldLetter(c)) {
      out->append(p);
    } else {
      char buf[4];
      int32_t len = 0;
      U8_APPEND_UNSAFE(buf, len, c);
      out->append(buf, static_cast<size_t>(len));
    }
  }
  return true;
}

}  // namespace text

bool NormalizeText(std::string_view utf8, std::string* out) {
  if (text::IsAscii(utf8)) {
    out->assign(utf8);
    return true;
  }
  if (!simdjson::validate_utf8(utf8.data(), utf8.size())) return false;
  if (text::NormalizeWithTable(utf8, out)) return true;
  return text::NormalizeWithIcu(utf8, out);
}

bool IsCleanUtf8(std::string_view s) {
  return std::memchr(s.data(), 0, s.size()) == nullptr &&
         simdjson::validate_utf8(s.data(), s.size());
}

}  // namespace entente
