// The topic/issue dictionary behind `entente compare`: which topics
// (sanctions, energy, multipolarity...) and third parties (the United States,
// Ukraine, Europe...) a text mentions.
//
//   entente::TopicDictionary dict;
//   entente::Status s = entente::TopicDictionary::Load("dict/topics.txt", &dict);
//   if (!s.ok()) ...;  // "dict/topics.txt:41: unknown kind \"partie\": use party or issue"
//   std::string text;
//   entente::NormalizeText("Washington's export controls hurt trade.", &text);
//   std::vector<entente::TopicHit> hits;
//   dict.Find(text, &hits);
//   // 4 hits over 3 spans: "Washington" -> [united_states]; "export
//   // controls" -> [sanctions] and [technology] (the phrase is listed under
//   // both, so one span, two hits); "trade" -> [trade]. "Ukrainian" never
//   // hits a phrase "UK", and "positive energy" hits nothing, since the
//   // dictionary lists it as a stop phrase (!POSITIVE ENERGY).
//
// The format (docs/formats/topics.md): UTF-8 text, `#` comments, a header
// line per topic `[id] label | party` (or `| issue`), then one phrase per
// line: words matched case-insensitively (ASCII) as whole words; `WORD*` a
// word prefix; a leading `=` makes a phrase case-sensitive (`=US` is not
// "us"); a leading `!` makes it a stop phrase, which claims its words and
// reports nothing.
//
// Words, in the dictionary and in the text alike, are runs of ASCII letters
// and digits, '$' and bytes >= 0x80, with a '.' between two such bytes kept
// inside the word ("U.S.", "3.5"; "US$5" is one word, not "US"). The words
// of a phrase must be separated in the text by whitespace with at most one
// '-' or '\'' ("Cold War", "Cold-War", "People's Republic"), never by other
// punctuation, except that an abbreviation's closing '.' may come first
// ("Sino-U.S. joint communiques").
//
// Thread safety: a loaded TopicDictionary is immutable; Find may be called
// from several threads at once. Copies are cheap and share the index.
//
// The project's own dictionary is dict/topics.txt. The CLI should find it
// the way it finds dict/entente.project, with a function in
// tools/entente/defaults.h such as
//   // The first DIR/topics.txt that exists among DefaultDictionaryDirs(),
//   // or "" when none does.
//   std::string FindDefaultTopics();
// (or a general FindDefaultFile("topics.txt")). `cmake --install` already
// copies dict/ to PREFIX/share/entente/dict.
#ifndef ENTENTE_TOPICS_H_
#define ENTENTE_TOPICS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente {

namespace topics {
struct Index;  // src/topics/index.h
}  // namespace topics

struct Topic {
  std::string id;      // "united_states": lower-case letters, digits, '_'
  std::string label;   // "The United States", free text from the header line
  bool party = false;  // a country or bloc (a third party), not an issue
};

struct TopicHit {
  size_t topic;       // index into TopicDictionary::topics()
  size_t begin, end;  // byte span in the text searched: first to last word
};

class TopicDictionary {
 public:
  TopicDictionary();  // empty: no topics, Find reports nothing

  // Reads and parses the file at `path` (see Parse). NotFound when it cannot
  // be opened, IoError when reading fails. On error *out is unchanged.
  static Status Load(const std::string& path, TopicDictionary* out);

  // Parses dictionary text; `name` (a file name) locates errors. Every bad
  // line is an error, Status::Parse(name, line, why), never skipped: invalid
  // UTF-8, a phrase before the first header, a malformed header (missing ']',
  // bad id, missing label, missing or unknown kind), a duplicate id, a topic
  // with no phrases (reported at its header line), a bad phrase (stray
  // punctuation, '*' not at a word's end, a prefix shorter than 3 bytes, no
  // words), a phrase listed twice in one topic, or a phrase both stopped
  // and not. The same phrase under two topics is allowed: it hits both.
  // Empty text is a valid, empty dictionary. On error *out is unchanged.
  static Status Parse(std::string_view text, std::string_view name, TopicDictionary* out);

  // In file order.
  const std::vector<Topic>& topics() const { return topics_; }

  // Number of distinct phrases, stop phrases included.
  size_t phrase_count() const;

  // The phrases of topics()[topic] in file order, as written after
  // normalisation, with their markers ("SANCTION*", "=US", "!LATIN AMERICA").
  // REQUIRES: topic < topics().size().
  std::vector<std::string> PhrasesOf(size_t topic) const;

  // Sets *out (cleared first) to every phrase occurrence in `text`, in text
  // order. Matching scans words left to right; at each word the longest
  // phrase starting there wins (most words; then fewest '*' words; then
  // case-sensitive before not; then the first in the file), its words are
  // consumed, and the scan goes on after them, so hits never overlap. A
  // winning phrase yields one hit per topic that lists it (in topic order,
  // same span); a winning stop phrase yields none. Where no phrase starts,
  // the scan moves one word on.
  // `text` should be normalised as by NormalizeText (sentences.h): the
  // dictionary's phrases are, and only ASCII letters are case-folded.
  // Cost: linear in the text's words, one hash lookup per word plus one per
  // distinct prefix length.
  void Find(std::string_view text, std::vector<TopicHit>* out) const;

 private:
  std::vector<Topic> topics_;
  std::shared_ptr<const topics::Index> index_;  // never null
};

}  // namespace entente

#endif  // ENTENTE_TOPICS_H_
