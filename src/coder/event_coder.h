// EventCoder: from a parsed sentence to events, with TABARI 0.8's rules.
//
// Order in which things are resolved (event_coder.cc, Code()):
//   1. time-shift phrases (<TIME>) move the date;
//   2. attribution phrases (<ATTRIB>) find who said it;
//   3. discard (###) and complexity conditions stop coding;
//   4. clause by clause, each verb's patterns are tried longest first
//      (pattern.cc); the first that matches gives the code, and $ + % ^
//      in it place the source and target;
//   5. otherwise the source is the first actor of the clause and the target
//      the first actor after the verb with a different code (else before);
//      DEFAULT: codes fill gaps;
//   6. passive voice (WAS/WERE/BEEN ... BY) swaps source and target;
//   7. parsed compounds and paired codes ([031:032]) multiply events;
//   8. null codes drop events, a dominant code (!) keeps only dominant
//      events, subordinate codes (?) count only if nothing else was found;
//   9. coded compounds (A/B) expand; duplicates and same-actor events go;
//  10. with SET: LINGUISTICS, entente's rules (linguistics.cc): each event's
//      mood (negated, refused, threatened, intended, hypothetical), reported
//      obligations, and the statement filters.
#ifndef ENTENTE_CODER_EVENT_CODER_H_
#define ENTENTE_CODER_EVENT_CODER_H_

#include <string>
#include <vector>

#include "coder/options.h"
#include "coder/parser.h"
#include "dict/dictionary.h"

namespace entente::coder {

struct CodedEvent {
  std::string source, target, code;
  std::string source_text, target_text, verb_text;
  int date_shift = 0;  // days added by a <TIME> phrase
  bool negated = false, hypothetical = false;  // SET: LINGUISTICS (modality.h)
};

enum class Problem { kNone, kNoText, kTooShort, kDiscard, kComplex, kNoEvent, kNullOnly, kNoValid };

class EventCoder {
 public:
  EventCoder(const dict::Dictionary& dict, const dict::Matcher& matcher);

  // Codes one sentence. Returns the reason when no event comes out.
  // `continues`: this sentence follows the last one coded in the same
  // story (pronoun forwarding, FORWARD:).
  Problem Code(std::string_view sentence, Day date, const CoderOptions& options,
               std::vector<CodedEvent>* events, bool continues = false);

 private:
  struct ActorRef {
    int actor = 0, agent = 0;
    int set = 0;        // actor code set when it is a coded compound (A/B), else 0
    int where = -1;     // word location (kDefaultWhere for DEFAULT: actors)
    int root = 0, agent_root = 0;
  };
  struct Evt {
    int source = 0, srcagt = 0, srcset = 0, srcloc = -1;
    int target = 0, taragt = 0, tarset = 0, tarloc = -1;
    int event = 0;
    bool sub = false, dom = false, isevt = true;
    int srcroot = 0, tarroot = 0, verbloc = 0;
    int clause = 0;  // first word of the verb's clause
    int upper_first = -1;  // first word the pattern matched after the verb, -1 if none
    bool reverse = false;  // the target-to-source half of a paired code ([042:043])
    int next = -1;
    std::string verb_text;
  };
  static constexpr int kDefaultWhere = 1000000;

  // Actors (actors.cc).
  bool Empty(const ActorRef& a) const { return !a.actor && !a.agent && !a.set; }
  bool GatheringOfOne(int index) const;
  void EthnicGroup(ActorRef* a, int loc);
  static bool OwnCountryPartner(const std::string& source, const std::string& target, const std::string& code);
  bool Equal(const ActorRef& a, const ActorRef& b) const {
    return a.actor == b.actor && a.agent == b.agent && a.set == b.set;
  }
  bool Compound(int where) const { return where >= 0 && where <= p_.last() && p_.w(where).compound; }
  void ActorCodes(ActorRef* a, int loc);
  bool SelfReference(const ActorRef& a) const;
  bool Crowd(int loc) const;
  void FindAgent(int loc, ActorRef* a);
  void FindActor(int loc, int* found, ActorRef* a);
  void BackActor(int loc, int* found, ActorRef* a, int* seen = nullptr);
  int ActorHead(int loc, bool* ok);
  int ActorTail(int loc) const;
  int CompoundHeadFromTail(int loc) const;
  int CompoundForPattern(int loc, bool* ok);
  void RegularSource(int verb);
  void RegularTarget(int verb, bool skip_places = false);
  bool Place(int loc) const;
  void DefaultSource();
  void DefaultTarget();
  int CodeId(const std::string& code);
  const std::string& CodeText(int id) const;

  // Verb patterns (pattern.cc).
  bool CheckPattern(int pattern, int loc, dict::WordType type);
  int NextCheck();
  int ContinueCheck();
  int StateCheck(int result);
  int CompTarget();
  int CompSynset();
  // Can some member of synset `root` match in this sentence (all its fixed
  // words present)? Cached per sentence.
  bool SynsetPossible(int root);
  // Has every synset that pattern `pat` requires a possible member?
  bool SynsetsPossible(int pat);
  int ScanSynsetLeftwards();
  int CheckSubPattern(int pattern);
  void SaveState();
  void RestoreState();
  void InitCondit();
  void CondCheck(int* state);
  const dict::PhraseElem& E(int i) const {
    static const dict::PhraseElem kEnd{0, 0};
    return (i < 0 || i >= static_cast<int>(d_.elems.size())) ? kEnd : d_.elems[i];
  }

  // Events (event_coder.cc).
  bool SetClauseBounds();
  void CheckVerbs();
  void DoVerb(int index);
  bool CheckPassive(int index);
  bool ParticipleWithAgent(int index) const;
  bool SameCompound(int a, int b) const;
  bool ListAfterBy(int loc) const;
  bool Addressee(const Evt& e) const;
  void MakeEvent(int pattern, int index);
  void PutEvent(int pattern, int index, const ActorRef& src, const ActorRef& tar);
  bool ReciprocalCompound(int pattern, int index);
  bool EachOther() const;
  void EvaluateEvents();
  void ExpandCompoundCodes();
  bool SameActors(int i) const;
  bool Duplicate(int i) const;
  void CheckTime();
  void DoAttrib();
  std::string Composite(int actor, int agent) const;
  // True for a code of an organisation (IGO, NGO, MNC, IMG, NGM...), whose
  // first three letters name no country.
  static bool OrganisationCode(std::string_view code) {
    std::string_view c = code.substr(0, 3);
    return c == "IGO" || c == "NGO" || c == "MNC" || c == "IMG" || c == "NGM";
  }
  // The country (three capitals, not an organisation) and first role of a
  // composite code: "USAGOV" gives "USA" and "GOV", "USA" gives "USA" and "".
  // False when the code names no country.
  static bool CountryAndRole(const std::string& code, std::string* country, std::string* role);
  // Roles of the state: government, military, police, judiciary, legislature, intelligence.
  static bool StateRole(std::string_view role) {
    return role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG" || role == "SPY";
  }
  std::string MatchedText() const;
  std::string RootText(int loc) const;

  // Linguistics (linguistics.cc), with SET: LINGUISTICS ON.
  void ApplyMood(const Evt& e, CodedEvent* ce);
  void ReportedObligations(std::vector<CodedEvent>* out, size_t first);
  void BareRoleObligation(int say, int speaker, std::vector<CodedEvent>* found);
  std::string ObligationAt(int j) const;
  bool SingleActor(int loc, ActorRef* a);
  void MarkWords();
  static constexpr uint8_t kMarkSpeech = 1, kMarkSubordinator = 2, kMarkConditional = 4;
  bool Marked(int k, uint8_t m) {
    if (!marks_valid_) MarkWords();
    return k >= 0 && k < static_cast<int>(marks_.size()) && (marks_[k] & m);
  }
  // A verb of saying in [from, to): a skip in a pattern does not reach past
  // one ("handed over ..., Iraq said ... weapons inspectors").
  bool SpeechBetween(int from, int to) {
    for (int k = from; k < to; ++k)
      if (Marked(k, kMarkSpeech)) return true;
    return false;
  }
  int ReportedSubject(int verb);
  int OpenerEnd(int verb);
  bool RelativeOfNoun(int verb);
  bool RiskOf(int verb) const;
  int SubjectRelative(int k, int verb) const;
  bool RelativeBetween(int verb, int loc) const;
  bool SourceAfterVerbOk(int verb, int source) const;
  bool PrivateTravel(int pattern, int index) const;
  // Who makes a visit (042), for the place and travel rules.
  enum class Visitor { kOfficial, kMilitary, kCountry, kOther };
  Visitor VisitorOf(const ActorRef& a) const;
  // The last word of the verb phrase starting at `verb` (at most the
  // sentence's last word).
  int VerbTail(int verb) const {
    while (verb < p_.last() && !p_.HasTail(verb, dict::kVerb)) ++verb;
    return verb;
  }
  bool ConsiderAsJudgement(int pattern, int index) const;
  void DomesticTarget(int pattern);
  void BareRoleTarget(int pattern, int verb);

  const dict::Dictionary& d_;
  Parser p_;
  const CoderOptions* o_ = nullptr;
  Day date_ = 0;
  int date_shift_ = 0;
  bool shifted_ = false;

  // Coding state (TABARI's CoderClass members).
  int istart_ = 0, iend_ = -1;
  ActorRef source_, target_, attrib_;
  bool passive_ = false, regular_source_ = false, regular_target_ = false;
  bool discard_ = false, complex_ = false;
  std::vector<Evt> evts_;  // eventArray; nevents = size()-1
  int nevents_ = -1;

  // Pattern matching state.
  int pp_ = 0, this_pat_ = 0, loc_ = 0;
  bool high_ = true, cond_ = false, skip_mode_ = false, full_mode_ = true;
  int lenalt_ = 0, cond_loc_ = 0, cond_temp_ = 0, cond_len_ = 0;
  bool cond_skip_ = false;
  int index_source_ = -1, index_target_ = -1, index_attrib_ = -1, index_compound_ = -1;
  std::vector<int32_t> candidates_;  // patterns DoVerb tries
  // SynsetPossible's cache: per synset root, the parser epoch it was
  // computed at (2 * epoch, +1 when possible).
  std::vector<uint64_t> synset_seen_;
  uint32_t synset_epoch_ = 0;
  std::vector<int> temp_;  // matched word locations (verb first, then upper, -1, lower, -2)

  std::vector<std::string> extra_codes_;  // DEFAULT: codes not in the dictionary
  std::vector<uint8_t> marks_;            // per word, kMark* (linguistics.cc), built on first use
  bool marks_valid_ = false;
};

}  // namespace entente::coder

#endif  // ENTENTE_CODER_EVENT_CODER_H_
