// Modality: what the words between an event's source and its verb say about
// whether the event happened. TABARI codes "Xi has not provided arms to
// Russia" as military aid; entente reads the auxiliaries first.
//
//   std::vector<std::string_view> w = {"HAS", "NOT", "YET"};
//   Mood m = ReadMood(w, false);           // Mood::kNegated
//   MoodCode(Mood::kIntent, "073")         // {"0333", false}: intent to give aid
//   MoodCode(Mood::kRefused, "036")        // {"125", false}: reject talks
//   MoodCode(Mood::kNegated, "072")        // {"072", negated}
//
// The word lists and the code tables are documented in
// docs/formats/linguistics.md; the coder applies them when the options say
// SET: LINGUISTICS ON (dict/entente.options does).
#ifndef ENTENTE_CODER_MODALITY_H_
#define ENTENTE_CODER_MODALITY_H_

#include <string>
#include <string_view>
#include <vector>

namespace entente::coder {

enum class Mood {
  kFactual,       // nothing found: the event is reported as having happened
  kNegated,       // not, never, n't, no longer, failed to, has yet to, denied
  kRefused,       // refused to, declined to, rejected, ruled out
  kThreat,        // threatened to
  kHypothetical,  // may, might, could, if, unless, considering
  kObligation,    // should, must, ought to, needs to (someone wants it done)
  kIntent,        // will, would, plans to, ready to, pledged to, agreed to
};

// Reads the upper-case words between the source and the verb, in sentence
// order. `conditional`: the clause opens with IF, UNLESS or WHETHER.
// Negation wins over refusal, refusal over threat, threat over the
// hypothetical moods, and those over intent.
Mood ReadMood(const std::vector<std::string_view>& words, bool conditional);

// True for IF, UNLESS, WHETHER: words that make the rest of a clause
// conditional.
bool IsConditional(std::string_view word);

// True for the prepositions after which a verb in -ING names an act rather
// than reports one: IN, OF, FOR, ON, ABOUT, TOWARD(S), AT, WITHOUT, FROM.
bool IsGerundPreposition(std::string_view word);

// True for conjunctions that open a clause with its own subject: AFTER,
// BEFORE, WHILE, WHEN, BECAUSE, SINCE, UNTIL, ALTHOUGH, THOUGH, WHEREAS.
bool IsSubordinator(std::string_view word);
bool IsOpener(std::string_view word);
// IS, ARE, WAS, WERE, BE, BEEN, BEING: before a participle, a passive.
bool IsFormOfBe(std::string_view word);

// True for DENIED, DENIES, DENY, DENYING.
bool IsDenial(std::string_view word);

// True for verbs of saying that introduce reported speech (SAID, TOLD...).
bool IsSpeechVerb(std::string_view word);

struct MoodResult {
  std::string code;           // the CAMEO code to write
  bool negated = false;       // write the event with "negated": true
  bool hypothetical = false;  // write it with "hypothetical": true
};

// What an event coded `code` becomes under `mood`: CAMEO's intent codes
// (03x) for intended cooperation, its rejection codes (12x) for refused
// cooperation, its threat codes (13x) for threatened conflict; otherwise the
// code stays and the event is flagged negated or hypothetical.
MoodResult MoodCode(Mood mood, const std::string& code);

}  // namespace entente::coder

#endif  // ENTENTE_CODER_MODALITY_H_
