#include "text/xml_scan.h"

#include <cstdint>

namespace entente::text {
namespace {

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes the entity body `e` (between '&' and ';'). False if unknown.
bool DecodeEntity(std::string_view e, std::string* out) {
  if (e == "amp") return out->push_back('&'), true;
  if (e == "lt") return out->push_back('<'), true;
  if (e == "gt") return out->push_back('>'), true;
  if (e == "quot") return out->push_back('"'), true;
  if (e == "apos") return out->push_back('\''), true;
  if (e.size() < 2 || e[0] != '#') return false;
  const bool hex = e[1] == 'x' || e[1] == 'X';
  const std::string_view digits = e.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return false;
  uint32_t cp = 0;
  for (char c : digits) {
    int v;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
    else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
    else return false;
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
  }
  // NUL, surrogates and out-of-range values would make invalid text.
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  AppendUtf8(cp, out);
  return true;
}

}  // namespace

void ParseTag(std::string_view raw, XmlTag* tag) {
  tag->attributes.clear();
  tag->kind = XmlTag::kStart;
  tag->self_closing = false;
  if (!raw.empty() && raw[0] == '/') {
    tag->kind = XmlTag::kEnd;
    raw.remove_prefix(1);
  }
  while (!raw.empty() && IsXmlSpace(raw.back())) raw.remove_suffix(1);
  if (!raw.empty() && raw.back() == '/') {
    tag->self_closing = true;
    raw.remove_suffix(1);
  }
  size_t i = 0;
  while (i < raw.size() && !IsXmlSpace(raw[i])) ++i;
  tag->name.assign(raw.substr(0, i));
  // Attributes: name [ws] = [ws] ("v" | 'v' | bare)
  while (i < raw.size()) {
    while (i < raw.size() && IsXmlSpace(raw[i])) ++i;
    const size_t name_begin = i;
    while (i < raw.size() && !IsXmlSpace(raw[i]) && raw[i] != '=') ++i;
    const std::string_view name = raw.substr(name_begin, i - name_begin);
    while (i < raw.size() && IsXmlSpace(raw[i])) ++i;
    if (i >= raw.size() || raw[i] != '=') continue;  // valueless: dropped
    ++i;
    while (i < raw.size() && IsXmlSpace(raw[i])) ++i;
    size_t value_begin = i, value_end;
    if (i < raw.size() && (raw[i] == '"' || raw[i] == '\'')) {
      const char quote = raw[i];
      value_begin = ++i;
      while (i < raw.size() && raw[i] != quote) ++i;
      value_end = i;
      if (i < raw.size()) ++i;
    } else {
      while (i < raw.size() && !IsXmlSpace(raw[i])) ++i;
      value_end = i;
    }
    if (!name.empty()) {
      tag->attributes.push_back(
          {std::string(name), std::string(raw.substr(value_begin, value_end - value_begin))});
    }
  }
}

void UnescapeXml(std::string_view in, std::string* out) {
  out->reserve(out->size() + in.size());
  size_t i = 0;
  while (i < in.size()) {
    const size_t amp = in.find('&', i);
    out->append(in.substr(i, amp == std::string_view::npos ? amp : amp - i));
    if (amp == std::string_view::npos) break;
    const size_t semi = in.find(';', amp + 1);
    // Entities are short; a far ';' means a bare '&'.
    if (semi != std::string_view::npos && semi - amp <= 12 &&
        DecodeEntity(in.substr(amp + 1, semi - amp - 1), out)) {
      i = semi + 1;
    } else {
      out->push_back('&');
      i = amp + 1;
    }
  }
}

void EscapeXml(std::string_view in, size_t max, std::string* out, bool* overflow) {
  for (char c : in) {
    if (out->size() + 5 > max) {
      *overflow = true;
      return;
    }
    if (c == '&') {
      out->append("&amp;");
    } else {
      out->push_back(c);
    }
  }
}

}  // namespace entente::text
