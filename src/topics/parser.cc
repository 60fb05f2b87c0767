// TopicDictionary::Load and Parse: dict/topics.txt into an Index.
// The format is docs/formats/topics.md. Every bad line is an error with its
// line number; nothing is skipped, so a typo cannot silently drop a topic.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "entente/sentences.h"
#include "entente/topics.h"
#include "topics/index.h"
#include "topics/words.h"

namespace entente {
namespace {

using topics::Index;
using topics::Phrase;

std::string_view Trim(std::string_view s) {
  const char* kSpace = " \t\r\n\v\f";
  const size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(kSpace) - b + 1);
}

// 'c' for printable ASCII, \xNN otherwise, for messages.
std::string Show(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u >= 0x20 && u < 0x7f) return std::string("'") + c + "'";
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\x%02X", u);
  return buf;
}

bool IsTopicId(std::string_view id) {
  if (id.empty() || id[0] < 'a' || id[0] > 'z') return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

class Parser {
 public:
  explicit Parser(std::string_view name) : name_(name), index_(std::make_shared<Index>()) {}

  Status Run(std::string_view text) {
    int n = 0;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      Status s = Line(text.substr(pos, nl - pos), ++n);
      if (!s.ok()) return s;
      pos = nl + 1;
    }
    Status s = EndTopic();
    if (!s.ok()) return s;
    index_->Build();
    return Status::Ok();
  }

  std::vector<Topic> TakeTopics() { return std::move(topics_); }
  std::shared_ptr<const Index> TakeIndex() { return std::move(index_); }

 private:
  Status Error(int line, std::string why) const { return Status::Parse(std::string(name_), line, std::move(why)); }

  Status Line(std::string_view raw, int n) {
    if (!IsCleanUtf8(raw)) return Error(n, "invalid UTF-8 or a NUL byte");
    std::string norm;
    if (!NormalizeText(raw, &norm)) return Error(n, "invalid UTF-8");
    std::string_view s(norm);
    if (size_t hash = s.find('#'); hash != std::string_view::npos) s = s.substr(0, hash);
    s = Trim(s);
    if (s.empty()) return Status::Ok();
    return s[0] == '[' ? Header(s, n) : PhraseLine(s, n);
  }

  // A topic with no phrase is almost certainly a mistake (a header typed
  // twice, phrases pasted under the wrong one): reported at its header.
  Status EndTopic() {
    if (!topics_.empty() && topic_phrases_ == 0)
      return Error(topic_line_, "topic [" + topics_.back().id + "] has no phrases");
    return Status::Ok();
  }

  Status Header(std::string_view s, int n) {
    Status st = EndTopic();
    if (!st.ok()) return st;
    const size_t close = s.find(']');
    if (close == std::string_view::npos) return Error(n, "missing ']' after the topic id");
    const std::string id(s.substr(1, close - 1));
    if (!IsTopicId(id))
      return Error(n, "bad topic id \"" + id + "\": use lower-case letters, digits and '_', starting with a letter");
    if (auto it = id_lines_.find(id); it != id_lines_.end())
      return Error(n, "duplicate topic id [" + id + "] (first at line " + std::to_string(it->second) + ")");
    const std::string_view rest = s.substr(close + 1);
    const size_t bar = rest.find('|');
    if (bar == std::string_view::npos) return Error(n, "missing '| party' or '| issue' after the label");
    const std::string_view label = Trim(rest.substr(0, bar));
    if (label.empty()) return Error(n, "missing label after [" + id + "]");
    const std::string_view kind = Trim(rest.substr(bar + 1));
    if (kind != "party" && kind != "issue")
      return Error(n, "unknown kind \"" + std::string(kind) + "\": use party or issue");
    id_lines_.emplace(id, n);
    topics_.push_back({id, std::string(label), kind == "party"});
    index_->by_topic.emplace_back();
    topic_line_ = n;
    topic_phrases_ = 0;
    return Status::Ok();
  }

  Status PhraseLine(std::string_view s, int n) {
    if (topics_.empty()) return Error(n, "phrase before the first [topic] header");
    Phrase p;
    p.line = n;
    p.written = std::string(s);
    size_t i = 0;
    if (s[i] == '!') {
      p.stop = true;
      ++i;
    }
    if (i < s.size() && s[i] == '=') {
      p.exact_case = true;
      ++i;
    }
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    // Words and the gaps between them. A gap may hold only what
    // IsJoinableGap accepts, or the text could never match the phrase.
    size_t gap = i;
    while (i < s.size()) {
      if (!topics::IsWordByte(static_cast<unsigned char>(s[i]))) {
        ++i;
        continue;
      }
      std::string_view between = s.substr(gap, i - gap);
      const bool after_abbreviation = p.size() > 0 && topics::IsAbbreviation(p.raw.back());
      // "SINO-U.S. JOINT": the '.' closing an abbreviation may open a gap.
      if (after_abbreviation && !between.empty() && between[0] == '.' && !p.prefix.back()) between.remove_prefix(1);
      for (char c : between)
        if (c != ' ' && c != '\t' && c != '-' && c != '\'') return Error(n, "unexpected " + Show(c) + " in phrase");
      if (p.size() == 0 && !between.empty()) return Error(n, "unexpected " + Show(between[0]) + " before the phrase");
      if (p.size() > 0 && !topics::IsJoinableGap(between, false))
        return Error(n, "words of a phrase may be separated only by spaces and one '-' or apostrophe");
      size_t end = topics::WordEnd(s, i);
      const std::string_view word = s.substr(i, end - i);
      const bool prefix = end < s.size() && s[end] == '*';
      if (prefix) {
        if (word.size() < 3) return Error(n, "prefix \"" + std::string(word) + "*\" is too short: 3 bytes at least");
        ++end;
        if (end < s.size() && topics::IsWordByte(static_cast<unsigned char>(s[end])))
          return Error(n, "'*' must end a word");
      }
      p.raw.emplace_back(word);
      p.upper.push_back(topics::AsciiUpperCopy(word));
      p.prefix.push_back(prefix);
      p.prefix_words += prefix ? 1 : 0;
      i = gap = end;
    }
    const std::string_view tail = s.substr(gap);
    // One '.' may close the last word, as in "U.S." or "D.C.".
    if (!tail.empty() && !(tail == "." && !p.prefix.empty() && !p.prefix.back()))
      return Error(n, "unexpected " + Show(tail[tail.find_first_not_of(" \t")]) + " in phrase");
    if (p.size() == 0) return Error(n, "phrase has no words");
    return Add(std::move(p), n);
  }

  // Identity: same words (as compared), same '*'s, same '='. A topic phrase
  // repeated under another topic tags both; any other repeat is an error.
  Status Add(Phrase p, int n) {
    std::string key = p.exact_case ? "=" : "";
    for (size_t w = 0; w < p.size(); ++w) {
      key += p.exact_case ? p.raw[w] : p.upper[w];
      key += p.prefix[w] ? "* " : " ";
    }
    const uint32_t topic = static_cast<uint32_t>(topics_.size() - 1);
    auto [it, inserted] = by_key_.try_emplace(key, static_cast<uint32_t>(index_->phrases.size()));
    if (inserted) {
      if (!p.stop) {
        p.topics.push_back(topic);
        ++topic_phrases_;
      }
      index_->phrases.push_back(std::move(p));
      index_->by_topic[topic].push_back(it->second);
      return Status::Ok();
    }
    Phrase& q = index_->phrases[it->second];
    const std::string first = " (first at line " + std::to_string(q.line) + ")";
    if (q.stop != p.stop)
      return Error(n, std::string(q.stop ? "a stop phrase" : "a topic phrase") + " cannot also be " +
                          (p.stop ? "a stop phrase" : "a topic phrase") + first);
    if (p.stop) return Error(n, "duplicate stop phrase" + first);
    if (q.topics.back() == topic) return Error(n, "duplicate phrase in [" + topics_.back().id + "]" + first);
    q.topics.push_back(topic);
    ++topic_phrases_;
    index_->by_topic[topic].push_back(it->second);
    return Status::Ok();
  }

  std::string_view name_;
  std::shared_ptr<Index> index_;
  std::vector<Topic> topics_;
  std::unordered_map<std::string, int> id_lines_;
  std::unordered_map<std::string, uint32_t> by_key_;
  int topic_line_ = 0;
  int topic_phrases_ = 0;  // topic phrases (not stop phrases) of the current topic
};

}  // namespace

Status TopicDictionary::Parse(std::string_view text, std::string_view name, TopicDictionary* out) {
  Parser parser(name);
  Status s = parser.Run(text);
  if (!s.ok()) return s;
  out->topics_ = parser.TakeTopics();
  out->index_ = parser.TakeIndex();
  return Status::Ok();
}

Status TopicDictionary::Load(const std::string& path, TopicDictionary* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open topic dictionary " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::IoError("error reading " + path);
  return Parse(bytes.str(), path, out);
}

}  // namespace entente
