// Coder: English sentences in, political events out.
//
//   entente::DictionarySources src;
//   src.tabari_project = "Validate.project";         // or actors/verbs/agents files
//   std::unique_ptr<entente::Coder> coder;
//   entente::Status s = entente::Coder::Open(src, &coder);
//   if (!s.ok()) return s;                           // "file.verbs:12: missing ]"
//   std::vector<entente::Event> events;
//   coder->CodeSentence("Arnor urged Gondor to restore ties.", date, &events);
//   // events[0]: source "ARN", target "GON", code "102", verb_text "URGED"
//   coder->CodeSentence("The weather was fine.", date, &events);
//   // no event: no verb in the dictionaries matched -> events is empty
//
// Coding follows TABARI 0.8's semantics (see src/coder/coder.cc for the order
// in which it resolves things): actors and agents, compound actors, verb
// patterns, passive voice, pronouns, comma clauses, date-restricted actor
// codes (the sentence's date picks the role), null/discard/complex codes.
//
// Thread safety: a Coder keeps scratch state and is used by one thread at a
// time; Clone() gives another Coder sharing the same compiled dictionaries.
#ifndef ENTENTE_CODER_H_
#define ENTENTE_CODER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/date.h"
#include "entente/event.h"
#include "entente/status.h"

namespace entente {

// Where the dictionaries come from. Formats are detected from the contents.
struct DictionarySources {
  std::string tabari_project;           // a TABARI .project naming all files
  std::vector<std::string> actors;      // TABARI .actors or PETRARCH/Phoenix actors
  std::vector<std::string> agents;      // TABARI .agents or Phoenix agents
  std::vector<std::string> verbs;       // TABARI .verbs
  std::vector<std::string> discards;    // discard lists
  std::vector<std::string> options;     // TABARI .options
  std::string cache_dir;                // where compiled caches live; "" = no cache
};

// Why a sentence produced no events, for validation and diagnostics.
enum class SentenceOutcome {
  kCoded,      // at least one event
  kNoEvent,    // nothing matched
  kDiscard,    // a discard (###) phrase matched
  kComplex,    // a complex (+++) phrase or a COMPLEX: condition
  kTooShort,   // fewer words than the minimum
};

class Coder {
 public:
  // Loads and compiles the dictionaries. On error *out is untouched.
  static Status Open(const DictionarySources& sources, std::unique_ptr<Coder>* out);
  virtual ~Coder() = default;

  // Appends the events of one sentence (fields source, target, code, date,
  // *_text; doc/sentence/text are the caller's) and returns the outcome.
  virtual SentenceOutcome CodeSentence(std::string_view sentence, Day date,
                                       std::vector<Event>* events) = 0;

  // The sentences coded from now on, until the next call, belong to one
  // story (article): with FORWARD: or SET: LINGUISTICS a pronoun may refer
  // to an actor of the sentence before. Without any call every sentence
  // stands alone.
  virtual void BeginStory() {}

  // Applies one TABARI .options command line (validation records change
  // options as they go). Returns an error for a line it does not understand.
  virtual Status ApplyOption(std::string_view line) = 0;

  // A new Coder over the same compiled dictionaries, with the current options.
  virtual std::unique_ptr<Coder> Clone() const = 0;

  // Identifies the dictionaries' contents: "dict-" and 16 hex digits of a
  // hash over every dictionary and options file (name and bytes, in load
  // order, not their directory), so the same files give the same version on
  // any machine and any changed byte gives another. Reads the files again on
  // each call (a few milliseconds); a file removed since Open is an error.
  virtual Status DictionaryVersion(std::string* out) const = 0;

  // Milliseconds the last Open spent loading, and whether a cache served it.
  virtual double load_millis() const = 0;
  virtual bool loaded_from_cache() const = 0;
};

}  // namespace entente

#endif  // ENTENTE_CODER_H_
