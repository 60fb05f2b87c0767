// reuters_to_jsonl: converts Reuters-21578 SGML files into entente's JSONL
// article format, for bench/run.sh.
//
//   reuters_to_jsonl reut2-000.sgm ... > reuters.jsonl
//
// Each <REUTERS ... NEWID="N"> document becomes
//   {"id":"N","date":"1987-02-26","text":"TITLE\n\nBODY"}
// Documents without a <BODY> are skipped (they carry no story). Character
// references (&lt; &amp; &#3; ...) are decoded; control characters such as
// the &#3; that ends every body are dropped; bytes >= 0x80 (a handful, in
// Latin-1) become UTF-8. Counts go to stderr.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

const char* const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                               "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

// The text between <TAG> and </TAG> inside `doc`, or false when absent.
bool Element(std::string_view doc, std::string_view tag, std::string_view* out) {
  std::string open = "<";  // built by append: GCC 12 -O3 warns (-Wrestrict) on "<" + string
  open += tag;
  size_t b = doc.find(open);
  // Skip attributes: "<BODY>" but also "<TEXT TYPE=...>".
  while (b != std::string_view::npos && doc.size() > b + open.size() &&
         doc[b + open.size()] != '>' && doc[b + open.size()] != ' ')
    b = doc.find(open, b + 1);
  if (b == std::string_view::npos) return false;
  b = doc.find('>', b);
  if (b == std::string_view::npos) return false;
  ++b;
  std::string close = "</";
  close += tag;
  close += '>';
  const size_t e = doc.find(close, b);
  if (e == std::string_view::npos) return false;
  *out = doc.substr(b, e - b);
  return true;
}

std::string Attribute(std::string_view start_tag, std::string_view name) {
  const std::string key = std::string(name) + "=\"";
  const size_t b = start_tag.find(key);
  if (b == std::string_view::npos) return "";
  const size_t e = start_tag.find('"', b + key.size());
  return std::string(start_tag.substr(b + key.size(), e - b - key.size()));
}

// "26-FEB-1987 15:01:01.79" or " 5-MAR-1987 ..." -> "1987-02-26"; "" when it
// does not parse.
std::string IsoDate(std::string_view d) {
  while (!d.empty() && d.front() == ' ') d.remove_prefix(1);
  const size_t dash = d.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || d.size() < dash + 9 ||
      d[dash + 4] != '-')
    return "";
  const int day = std::atoi(std::string(d.substr(0, dash)).c_str());
  const std::string_view month = d.substr(dash + 1, 3), year = d.substr(dash + 5, 4);
  for (int m = 0; m < 12; ++m) {
    if (month == kMonths[m]) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%.4s-%02d-%02d", year.data(), m + 1, day);
      return buf;
    }
  }
  return "";
}

void AppendCodePoint(unsigned cp, std::string* out) {
  if (cp < 0x20 && cp != '\n' && cp != '\t') return;  // control characters
  if (cp == 0x7f) return;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xc0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xe0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  }
}

// Decodes SGML character references and Latin-1 bytes into UTF-8.
std::string Decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '&') {
      const size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 8) {
        const std::string_view name = s.substr(i + 1, semi - i - 1);
        unsigned cp = 0;
        bool known = true;
        if (name == "lt") cp = '<';
        else if (name == "gt") cp = '>';
        else if (name == "amp") cp = '&';
        else if (name == "quot") cp = '"';
        else if (name == "apos") cp = '\'';
        else if (name.size() > 1 && name[0] == '#')
          cp = static_cast<unsigned>(std::strtoul(std::string(name.substr(1)).c_str(), nullptr, 10));
        else known = false;
        if (known) {
          AppendCodePoint(cp, &out);
          i = semi;
          continue;
        }
      }
    }
    AppendCodePoint(c, &out);
  }
  return out;
}

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\t': *out += "\\t"; break;
      default: out->push_back(c);
    }
  }
  out->push_back('"');
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: reuters_to_jsonl FILE.sgm... > corpus.jsonl\n");
    return 2;
  }
  long documents = 0, written = 0;
  std::string line;
  for (int a = 1; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "reuters_to_jsonl: cannot read %s\n", argv[a]);
      return 1;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string file = ss.str();
    size_t pos = 0;
    for (;;) {
      const size_t b = file.find("<REUTERS", pos);
      if (b == std::string::npos) break;
      const size_t e = file.find("</REUTERS>", b);
      if (e == std::string::npos) break;
      pos = e + 10;
      ++documents;
      const std::string_view doc = std::string_view(file).substr(b, e - b);
      std::string_view body, title, date;
      if (!Element(doc, "BODY", &body)) continue;
      const std::string id = Attribute(doc.substr(0, doc.find('>')), "NEWID");
      std::string text;
      if (Element(doc, "TITLE", &title)) text = Decode(title) + "\n\n";  // its own paragraph
      text += Decode(body);
      line.clear();
      line += "{\"id\":";
      AppendJsonString(id, &line);
      line += ",\"date\":";
      AppendJsonString(Element(doc, "DATE", &date) ? IsoDate(date) : "", &line);
      line += ",\"text\":";
      AppendJsonString(text, &line);
      line += "}\n";
      std::fwrite(line.data(), 1, line.size(), stdout);
      ++written;
    }
  }
  std::fprintf(stderr, "reuters_to_jsonl: %ld documents, %ld with a BODY written, %ld skipped\n",
               documents, written, documents - written);
  return 0;
}
