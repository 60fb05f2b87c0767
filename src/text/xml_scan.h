// The pieces of XML the PETRARCH reader needs: splitting a tag into name
// and attributes, and expanding entities. Lenient on purpose: malformed
// attributes are dropped, unknown entities are kept as written.
#ifndef ENTENTE_TEXT_XML_SCAN_H_
#define ENTENTE_TEXT_XML_SCAN_H_

#include <string>
#include <string_view>
#include <vector>

namespace entente::text {

struct XmlAttribute {
  std::string name;
  std::string value;  // still escaped
};

struct XmlTag {
  enum Kind { kStart, kEnd };
  Kind kind = kStart;
  std::string name;
  std::vector<XmlAttribute> attributes;
  bool self_closing = false;
};

// Parses the inside of "<...>" (without the angle brackets), e.g.
// `Sentence date = "2008" id='x'` or `/Text` or `br/`.
void ParseTag(std::string_view raw, XmlTag* tag);

// Appends `in` to *out with &amp; &lt; &gt; &quot; &apos; and numeric
// references (&#233; &#xE9;) expanded.
void UnescapeXml(std::string_view in, std::string* out);

// Appends `in` to *out with '&' written as "&amp;", keeping *out within
// `max` bytes (else sets *overflow).
void EscapeXml(std::string_view in, size_t max, std::string* out, bool* overflow);

}  // namespace entente::text

#endif  // ENTENTE_TEXT_XML_SCAN_H_
