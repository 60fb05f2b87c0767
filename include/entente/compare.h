// Comparing two accounts of one exchange: where do two readouts of the
// same meeting, call or summit diverge?
//
//   entente::Account a, b;            // each: the sentences and coded events
//   a.name = "Russian Foreign Ministry"; ... (see CodeAccount in the tool)
//   entente::Comparison c;
//   entente::Status s = entente::CompareAccounts(a, b, topics, {}, &c);
//   std::cout << entente::ComparisonText(c);
//   // Both report: RUS <-> CHN consult (A: 040 s0; B: 042 s0) ...
//   // Only A: RUSGOV -> USA 112 accuse (s3) ...
//   // Topics only A mentions: ukraine (s2, s4) ...
//
// What is compared (docs/compare.md):
// - Events align when their actors are the same countries, either way round
//   (the first three letters of the codes: RUSGOV and RUSMIL are both RUS),
//   and they share a CAMEO root or a PLOVER type. Each aligned pair notes a
//   difference of code, of Goldstein intensity, or of direction. Every event
//   aligns at most once, best match first (same code, then same root, then
//   same PLOVER type; then same direction; then sentence order).
// - Each account's own side is the country it speaks for: given, or the
//   country that is most often the source of its events (the other account's
//   side excluded). Self-portrayal is what the account says its side did
//   (events with its side as source), portrayal of the counterpart what it
//   says the other did; each as counts of cooperative and conflictual events
//   and mean Goldstein.
// - Topics and third parties come from a TopicDictionary run over each
//   account's sentences; those only one account mentions are listed with
//   the sentences that mention them.
// - A contradiction is a dyad and topic (a topic of the event's sentence) on
//   which one account is of one sign only, cooperative (Goldstein > 0) or
//   conflictual (< 0), and the other account codes the opposite sign,
//   whatever else it also says there; a negated event counts with the
//   opposite sign ("did not agree" against "agreed").
// Negated and hypothetical events take part only in contradictions; the
// other parts use factual events. Events inside one country (CHNGOV -> CHN)
// are not part of an exchange and are left out everywhere.
//
// Thread safety: pure functions over their arguments.
#ifndef ENTENTE_COMPARE_H_
#define ENTENTE_COMPARE_H_

#include <string>
#include <vector>

#include "entente/event.h"
#include "entente/status.h"
#include "entente/topics.h"

namespace entente {

// One account: an article (or several of one publisher) with its coded
// events. Event::sentence indexes `sentences`.
struct Account {
  std::string name;   // publisher, else the file name
  std::string doc;    // article id
  Day date = kNoDate;
  std::vector<std::string> sentences;
  std::vector<Event> events;
  std::string side;   // country code it speaks for; "" = infer
};

struct TopicMention {
  std::string id, label;
  bool party = false;
  std::vector<int> sentences;  // where it is mentioned
};

struct AlignedEvents {
  Event a, b;
  bool same_code = false, same_direction = false;
  double goldstein_a = 0, goldstein_b = 0;
};

struct Portrayal {
  int events = 0, cooperative = 0, conflictual = 0;
  double goldstein_mean = 0;  // 0 when no events
};

struct Contradiction {
  std::string dyad;   // "CHN-RUS": the two countries in byte order
  std::string topic;
  Event a, b;         // the events with opposite signs
};

struct Comparison {
  Account a, b;
  std::vector<TopicMention> topics_a, topics_b;  // everything each mentions
  std::vector<AlignedEvents> matched;
  std::vector<Event> only_a, only_b;
  std::vector<TopicMention> topics_only_a, topics_only_b;
  // [0]: what the account says its own side did, [1]: the other side.
  Portrayal portrayal_a[2], portrayal_b[2];
  std::vector<Contradiction> contradictions;
  std::string summary;  // one paragraph, each claim citing its sentences
};

// The country an event actor belongs to: the first three letters of its
// code ("RUSGOV" -> "RUS"), or the whole code when shorter; for
// international and non-state actors (IGO, NGO, IMG, MNC) the first nine
// letters, which name the group ("IGOWSTNAT", NATO).
std::string ActorCountry(const std::string& code);

// Compares two accounts. Infers each side when not given. Never fails on
// content (two empty accounts compare as empty); the Status is for future
// inputs that can be invalid.
Status CompareAccounts(const Account& a, const Account& b, const TopicDictionary& topics,
                       Comparison* out);

// The `--json` form: {"a":{...},"b":{...},"matched":[...],"only_a":[...],
// "only_b":[...],"topics_only_a":[...],"topics_only_b":[...],
// "contradictions":[...],"summary":"..."} with events in the fields of
// `entente code` (docs/compare.md).
std::string ComparisonJson(const Comparison& c);
std::string ComparisonText(const Comparison& c);
std::string ComparisonMarkdown(const Comparison& c);

}  // namespace entente

#endif  // ENTENTE_COMPARE_H_
