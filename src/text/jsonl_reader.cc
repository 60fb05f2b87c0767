// kJsonl: one JSON object per line, parsed with simdjson on-demand.
//
// Record numbers are line numbers, so an error points at the line to fix;
// blank lines are skipped silently and leave gaps in the numbering.
#include <simdjson.h>

#include <utility>

#include "entente/sentences.h"
#include "text/json_util.h"
#include "text/readers_internal.h"

namespace entente::text {
namespace {

namespace od = simdjson::ondemand;

// "2024-03-01", "20240301", or an ISO timestamp whose first ten bytes are
// the date ("2024-03-01T12:00:00Z").
bool ParseJsonDate(std::string_view s, Day* out) {
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) s = s.substr(0, 10);
  return ParseIsoDate(s, out);
}

// The raw JSON text of `v`, consuming it.
simdjson::error_code RawValue(od::value v, std::string_view* raw) {
  od::json_type type;
  if (auto e = v.type().get(type)) return e;
  if (type == od::json_type::object) {
    od::object o;
    if (auto e = v.get_object().get(o)) return e;
    return o.raw_json().get(*raw);
  }
  if (type == od::json_type::array) {
    od::array a;
    if (auto e = v.get_array().get(a)) return e;
    return a.raw_json().get(*raw);
  }
  *raw = v.raw_json_token();
  return simdjson::SUCCESS;
}

class JsonlReader : public ArticleReader {
 public:
  JsonlReader(std::unique_ptr<ByteStream> in, std::string name, const ReaderOptions& options)
      : in_(std::move(in)), name_(std::move(name)), options_(options) {}

  ReadResult Next(Article* article, Status* error) override {
    for (;;) {
      line_.clear();
      bool overflow = false;
      const uint64_t before = in_->consumed();
      const bool found = in_->ReadUntil("\n", options_.max_record_bytes, &line_, &overflow);
      if (!found && in_->consumed() == before) return EndOfInput(*in_, name_, error);
      ++line_number_;
      if (overflow) {
        return Bad(error, "record longer than " + std::to_string(options_.max_record_bytes) +
                              " bytes");
      }
      if (TrimSpace(line_).empty()) continue;
      std::string why;
      if (!Parse(article, &why)) return Bad(error, why);
      article->record = line_number_;
      return ReadResult::kArticle;
    }
  }

  InputFormat format() const override { return InputFormat::kJsonl; }

 private:
  ReadResult Bad(Status* error, std::string why) {
    *error = BadRecord(name_, line_number_, std::move(why));
    return ReadResult::kBadRecord;
  }

  bool Parse(Article* a, std::string* why) {
    if (!IsCleanUtf8(line_)) return Fail(why, "invalid UTF-8 or NUL byte");
    // The whole line is checked against the grammar first: on-demand parsing
    // only checks what it decodes, and extra fields are copied verbatim.
    if (!IsValidJsonValue(line_)) return Fail(why, "malformed JSON");
    const size_t n = line_.size();
    line_.resize(n + simdjson::SIMDJSON_PADDING, ' ');  // on-demand reads past the end
    od::document doc;
    od::object obj;
    if (parser_.iterate(line_.data(), n, line_.size()).get(doc) || doc.get_object().get(obj)) {
      return Fail(why, "not a JSON object");
    }
    std::string id, date, text, title, body;
    bool has_id = false, has_date = false, has_text = false, has_title = false,
         has_body = false;
    std::string metadata = "{";
    for (auto field_result : obj) {
      od::field field;
      std::string_view key;
      if (std::move(field_result).get(field) || field.unescaped_key().get(key)) {
        return Fail(why, "malformed JSON");
      }
      od::value value = field.value();
      std::string* dst = nullptr;
      bool* seen = nullptr;
      if (key == "id") {
        dst = &id, seen = &has_id;
      } else if (key == "date") {
        dst = &date, seen = &has_date;
      } else if (key == "text") {
        dst = &text, seen = &has_text;
      } else if (key == "title") {
        dst = &title, seen = &has_title;
      } else if (key == "body") {
        dst = &body, seen = &has_body;
      }
      if (dst != nullptr) {
        std::string_view s;
        od::json_type type;
        if (value.type().get(type)) return Fail(why, "malformed JSON");
        if (type == od::json_type::null) continue;  // same as absent
        if (key == "id" && type == od::json_type::number) {
          s = TrimSpace(value.raw_json_token());
        } else if (value.get_string().get(s)) {
          return Fail(why, "field \"" + std::string(key) + "\" is not a string");
        }
        dst->assign(s);
        *seen = true;
        continue;
      }
      std::string_view raw;
      if (RawValue(value, &raw)) return Fail(why, "malformed JSON");
      raw = TrimSpace(raw);
      if (metadata.size() > 1) metadata.push_back(',');
      AppendJsonString(key, &metadata);
      metadata.push_back(':');
      metadata.append(raw);
    }
    metadata.push_back('}');

    if (!has_id || id.empty()) return Fail(why, "missing id");
    if (!has_date) return Fail(why, "missing date");
    if (!ParseJsonDate(date, &a->date)) return Fail(why, "bad date \"" + date + "\"");
    if (!has_text) {
      text = std::move(title);
      if (!body.empty()) {
        // A blank line: the title is a paragraph of its own, so a headline
        // without a full stop is not run into the body's first sentence.
        if (!text.empty()) text += "\n\n";
        text += body;
      }
    }
    if (TrimSpace(text).empty()) return Fail(why, "missing text");
    if (!IsCleanUtf8(id) || !IsCleanUtf8(text)) return Fail(why, "NUL character in a field");
    a->id = std::move(id);
    a->text = std::move(text);
    a->metadata = std::move(metadata);
    return true;
  }

  static bool Fail(std::string* why, std::string what) {
    *why = std::move(what);
    return false;
  }

  std::unique_ptr<ByteStream> in_;
  std::string name_;
  ReaderOptions options_;
  od::parser parser_;
  std::string line_;
  uint64_t line_number_ = 0;
};

}  // namespace

std::unique_ptr<ArticleReader> NewJsonlReader(std::unique_ptr<ByteStream> in, std::string name,
                                              const ReaderOptions& options) {
  return std::make_unique<JsonlReader>(std::move(in), std::move(name), options);
}

}  // namespace entente::text
