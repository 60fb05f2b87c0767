// kPetrarch: PETRARCH's XML input, one <Sentence> element per record.
//
//   <Sentences>
//   <Sentence date="20080804" id="AFP_1" source="AFP" sentence="True">
//   <Text> The text &amp; more </Text>
//   <Parse> (ignored) </Parse>
//   </Sentence>
//
// A hand-written tag scanner rather than an XML library: the input is
// simple, often not well-formed as a whole (no root, stray comments), and
// must stream in bounded memory. Only the text of <Text> is kept; other
// attributes of <Sentence> go to metadata.
#include "entente/sentences.h"
#include "text/json_util.h"
#include "text/readers_internal.h"
#include "text/xml_scan.h"

namespace entente::text {
namespace {

// Longest tag kept; attributes of a <Sentence> are short.
constexpr size_t kMaxTagBytes = 1 << 16;

class PetrarchReader : public ArticleReader {
 public:
  PetrarchReader(std::unique_ptr<ByteStream> in, std::string name, const ReaderOptions& options)
      : in_(std::move(in)), name_(std::move(name)), options_(options) {}

  ReadResult Next(Article* article, Status* error) override {
    // Find the next <Sentence ...> start tag (or take the one that ended the
    // previous, unterminated sentence).
    if (!pending_sentence_) {
      for (;;) {
        if (!NextTag(nullptr)) return EndOfInput(*in_, name_, error);
        if (tag_.kind == XmlTag::kStart && tag_.name == "Sentence") break;
      }
    }
    pending_sentence_ = false;
    ++record_;
    std::string why = ReadAttributes(article, tag_.attributes);
    std::string text;
    bool overflow = false;
    bool closed = tag_.self_closing;
    int text_depth = 0;  // > 0 while inside <Text>
    while (!closed) {
      std::string* sink = text_depth > 0 ? &text : nullptr;
      if (!NextTag(sink, &overflow)) {
        why = "unterminated <Sentence>";
        break;
      }
      if (tag_.name == "Sentence") {
        if (tag_.kind == XmlTag::kEnd) {
          closed = true;
        } else if (tag_.kind == XmlTag::kStart) {
          pending_sentence_ = true;  // read it on the next call
          why = "unterminated <Sentence>";
          break;
        }
      } else if (tag_.name == "Text" && !tag_.self_closing) {
        if (tag_.kind == XmlTag::kStart) {
          if (text_depth++ == 0 && !text.empty()) text.push_back('\n');
        } else if (tag_.kind == XmlTag::kEnd && text_depth > 0) {
          --text_depth;
        }
      }
    }
    if (why.empty() && overflow) {
      why = "text longer than " + std::to_string(options_.max_record_bytes) + " bytes";
    }
    if (why.empty()) {
      std::string unescaped;
      UnescapeXml(text, &unescaped);
      article->text.assign(TrimSpace(unescaped));
      if (article->text.empty()) why = "missing text";
      else if (!IsCleanUtf8(article->text)) why = "invalid UTF-8 or NUL character";
    }
    if (!why.empty()) {
      *error = BadRecord(name_, record_, why);
      return ReadResult::kBadRecord;
    }
    article->record = record_;
    return ReadResult::kArticle;
  }

  InputFormat format() const override { return InputFormat::kPetrarch; }

 private:
  // Scans to the next element tag, appending character data (and CDATA) met
  // on the way to *text when not null. Comments, declarations and
  // processing instructions are skipped. False at end of input.
  bool NextTag(std::string* text, bool* overflow = nullptr) {
    bool ignored = false;
    if (overflow == nullptr) overflow = &ignored;
    for (;;) {
      if (!in_->ReadUntil("<", options_.max_record_bytes, text, overflow)) return false;
      if (in_->Peek(3) == "!--") {
        in_->Skip(3);
        if (!in_->ReadUntil("-->", 0, nullptr, &ignored)) return false;
        continue;
      }
      if (in_->Peek(8) == "![CDATA[") {
        in_->Skip(8);
        cdata_.clear();
        bool over = false;
        if (!in_->ReadUntil("]]>", options_.max_record_bytes, &cdata_, &over)) return false;
        if (over) *overflow = true;
        // CDATA is literal: escape '&' so the later unescape restores it.
        if (text != nullptr) EscapeXml(cdata_, options_.max_record_bytes, text, overflow);
        continue;
      }
      raw_tag_.clear();
      bool tag_overflow = false;
      if (!in_->ReadUntil(">", kMaxTagBytes, &raw_tag_, &tag_overflow)) return false;
      if (tag_overflow || raw_tag_.empty() || raw_tag_[0] == '!' || raw_tag_[0] == '?') continue;
      ParseTag(raw_tag_, &tag_);
      return true;
    }
  }

  // Fills id, date and metadata from the <Sentence> attributes; returns
  // why they are unusable, or "".
  std::string ReadAttributes(Article* a, const std::vector<XmlAttribute>& attrs) {
    std::string id, date, value;
    bool has_id = false, has_date = false;
    a->metadata = "{";
    for (const XmlAttribute& attr : attrs) {
      value.clear();
      UnescapeXml(attr.value, &value);
      if (!IsCleanUtf8(value) || !IsCleanUtf8(attr.name)) return "invalid UTF-8 or NUL byte";
      if (attr.name == "id") {
        id = value, has_id = true;
      } else if (attr.name == "date") {
        date = value, has_date = true;
      } else {
        if (a->metadata.size() > 1) a->metadata.push_back(',');
        AppendJsonString(attr.name, &a->metadata);
        a->metadata.push_back(':');
        AppendJsonString(value, &a->metadata);
      }
    }
    a->metadata.push_back('}');
    if (!has_id || TrimSpace(id).empty()) return "missing id";
    if (!has_date) return "missing date";
    if (!ParseIsoDate(TrimSpace(date), &a->date)) return "bad date \"" + date + "\"";
    a->id.assign(TrimSpace(id));
    return "";
  }

  std::unique_ptr<ByteStream> in_;
  std::string name_;
  ReaderOptions options_;
  std::string raw_tag_;
  std::string cdata_;
  XmlTag tag_;
  bool pending_sentence_ = false;
  uint64_t record_ = 0;
};

}  // namespace

std::unique_ptr<ArticleReader> NewPetrarchReader(std::unique_ptr<ByteStream> in,
                                                 std::string name, const ReaderOptions& options) {
  return std::make_unique<PetrarchReader>(std::move(in), std::move(name), options);
}

}  // namespace entente::text
