// entente's rules beyond TABARI, on with SET: LINGUISTICS ON:
//   - the mood of an event (negated, refused, threatened, intended,
//     hypothetical) from the words between its source and its verb;
//   - reported obligation: "X said Y should/must V" is X appealing to or
//     demanding of Y, and Y's own event is only hypothetical;
//   - reciprocal compounds: "Russia and China agreed" is each member
//     towards the other, not a member towards itself.
// docs/formats/linguistics.md documents them.
#include <algorithm>

#include "coder/event_coder.h"
#include "coder/modality.h"

namespace entente::coder {

using namespace entente::dict;

namespace {
constexpr int kMoodWindow = 8;  // words looked at before the verb
}

// The words between the source (or the clause start) and the verb, nearest
// first, stopping at an actor, an agent or a comma.
void EventCoder::ApplyMood(const Evt& e, CodedEvent* ce) const {
  int verb = e.verbloc;
  if (verb < 0 || verb > p_.last()) return;
  std::vector<std::string_view> words;
  int lo = std::max({e.clause, 0, verb - kMoodWindow});
  int k = verb - 1;
  for (; k >= lo; --k) {
    WordType t = p_.w(k).wtype;
    if (t == kActor || t == kAgent || t == kComma || t == kPronoun) break;
    words.push_back(p_.WordText(k));
  }
  std::reverse(words.begin(), words.end());
  // "Marsovia denied (that) it had struck...": a denial just before the
  // subject negates the embedded event.
  if (k >= 0 && k < verb && (p_.w(k).wtype == kActor || p_.w(k).wtype == kPronoun)) {
    while (k > 0 && !p_.HasHead(k, kActor)) --k;  // to the first word of the subject
    int before = k - 1;
    if (before >= 0 && p_.WordText(before) == "THAT") --before;
    if (before >= 0 && IsDenial(p_.WordText(before))) words.insert(words.begin(), p_.WordText(before));
  }
  bool conditional = false;
  for (int k = 0; k < verb && !conditional; ++k) conditional = IsConditional(p_.WordText(k));
  MoodResult r = MoodCode(ReadMood(words, conditional), ce->code);
  ce->code = r.code;
  ce->negated = r.negated;
  ce->hypothetical = r.hypothetical;
}

// "The State Department said China should refrain from supporting Russia":
// the embedded source (China) follows a verb of saying (allowing THAT and
// two more words, "told reporters that"), and the nearest actor before that
// verb said it. SHOULD/OUGHT TO make an appeal (020), MUST/NEEDS TO a
// demand (100).
bool EventCoder::ReportedAppeal(const Evt& e, const CodedEvent& embedded, CodedEvent* appeal) {
  if (!embedded.hypothetical || e.srcloc < 1 || e.srcloc > p_.last() || e.srcloc > e.verbloc) return false;
  std::string code;
  for (int k = e.srcloc + 1; k < e.verbloc && code.empty(); ++k) {
    std::string_view w = p_.WordText(k);
    if (w == "SHOULD" || w == "OUGHT") code = "020";
    else if (w == "MUST" || w == "NEEDS" || w == "NEED") code = "100";
  }
  if (code.empty()) return false;
  int speech = -1;
  for (int k = e.srcloc - 1; k >= 0 && k >= e.srcloc - 4; --k) {
    if (p_.w(k).wtype == kActor || p_.w(k).wtype == kComma) break;
    if (IsSpeechVerb(p_.WordText(k))) {
      speech = k;
      break;
    }
  }
  if (speech < 1) return false;
  int tail = speech - 1;
  while (tail >= 0 && !(p_.w(tail).wtype == kActor && p_.HasTail(tail, kActor))) {
    if (p_.w(tail).wtype == kComma) return false;
    --tail;
  }
  if (tail < 0) return false;
  int head = tail;
  while (head > 0 && !p_.HasHead(head, kActor)) --head;
  ActorRef speaker;
  ActorCodes(&speaker, head);
  FindAgent(head, &speaker);
  if (Empty(speaker) || speaker.set) return false;
  appeal->source = Composite(speaker.actor, speaker.agent);
  appeal->target = embedded.source;
  if (appeal->source == appeal->target) return false;
  appeal->code = code;
  appeal->source_text = RootText(head);
  appeal->target_text = embedded.source_text;
  appeal->verb_text = std::string(p_.WordText(speech));
  appeal->date_shift = embedded.date_shift;
  return true;
}

// The word after the last verb of saying in the verb's clause that has an
// actor between it and the verb ("Veldoria said Kestria should praise..."),
// or -1: where the embedded clause's subject search starts.
int EventCoder::ReportedSubject(int verb) const {
  for (int k = verb - 1; k > istart_; --k) {
    if (!IsSpeechVerb(p_.WordText(k))) continue;
    for (int a = k + 1; a < verb; ++a)
      if (p_.w(a).wtype == kActor || p_.w(a).wtype == kPronoun) return k + 1;
    return -1;
  }
  return -1;
}

// A compound source whose target the default search found inside the
// compound itself ("The United States and Jordan agreed on a pact"): one
// event from each member to each other member.
bool EventCoder::ReciprocalCompound(int pattern, int index) {
  if (!Compound(source_.where) || target_.where < 0 || target_.where > p_.last()) return false;
  int head = source_.where;
  if (p_.CheckTail(head, kCompound)) {
    int h = CompoundHeadFromTail(head);
    if (h >= 0) head = h;
  }
  while (head > 0 && Compound(head - 1)) --head;
  int tail = head;
  while (tail < p_.last() && Compound(tail + 1)) ++tail;
  if (target_.where < head || target_.where > tail) return false;
  std::vector<ActorRef> members;
  for (int k = head; k <= tail; ++k) {
    if (!p_.HasHead(k, kActor) || p_.w(k).wtype != kActor || !p_.w(k).root) continue;
    ActorRef r;
    ActorCodes(&r, k);
    FindAgent(k, &r);
    if (!Empty(r)) members.push_back(r);
  }
  if (members.size() < 2) return false;
  for (const ActorRef& a : members)
    for (const ActorRef& b : members)
      if (!Equal(a, b) && a.actor != b.actor) PutEvent(pattern, index, a, b);
  return true;
}

}  // namespace entente::coder
