#include "output/json_escape.h"

#include <array>
#include <cstdint>

namespace entente {
namespace {

enum ByteClass : uint8_t { kPlain = 0, kEscape = 1, kNonAscii = 2 };

constexpr std::array<uint8_t, 256> kClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = kEscape;
  t['"'] = t['\\'] = kEscape;
  for (int c = 0x80; c < 0x100; ++c) t[c] = kNonAscii;
  return t;
}();

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

bool InRange(unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; }

// Length of the well-formed UTF-8 sequence at p (lead byte >= 0x80), or,
// when it is ill-formed, minus the length of its maximal subpart (>= 1):
// the longest prefix that could still have begun a well-formed sequence.
// Ranges are Unicode 15, Table 3-7.
int Utf8Sequence(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = *p;
  int len;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (InRange(c, 0xC2, 0xDF)) {
    len = 2;
  } else if (InRange(c, 0xE0, 0xEF)) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;       // no overlongs
    else if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (InRange(c, 0xF0, 0xF4)) {
    len = 4;
    if (c == 0xF0) lo = 0x90;       // no overlongs
    else if (c == 0xF4) hi = 0x8F;  // nothing past U+10FFFF
  } else {
    return -1;  // a continuation byte, C0, C1 or F5-FF cannot start a sequence
  }
  for (int i = 1; i < len; ++i) {
    if (p + i >= end || !InRange(p[i], lo, hi)) return -i;
    lo = 0x80;
    hi = 0xBF;
  }
  return len;
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  out->push_back('"');
  while (p < end) {
    const unsigned char* run = p;
    while (p < end && kClass[*p] == kPlain) ++p;
    if (p != run) out->append(reinterpret_cast<const char*>(run), p - run);
    if (p == end) break;
    const unsigned char c = *p;
    if (kClass[c] == kEscape) {
      ++p;
      switch (c) {
        case '"': out->append("\\\"", 2); break;
        case '\\': out->append("\\\\", 2); break;
        case '\b': out->append("\\b", 2); break;
        case '\f': out->append("\\f", 2); break;
        case '\n': out->append("\\n", 2); break;
        case '\r': out->append("\\r", 2); break;
        case '\t': out->append("\\t", 2); break;
        default: {
          const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
          out->append(u, 6);
        }
      }
      continue;
    }
    const int n = Utf8Sequence(p, end);
    if (n > 0) {
      out->append(reinterpret_cast<const char*>(p), n);
      p += n;
    } else {
      out->append(kReplacement, 3);
      p += -n;
    }
  }
  out->push_back('"');
}

}  // namespace entente
