// Finding actors for an event: the codes of an actor word (resolving
// pronouns and the date), the agent next to it ("Israeli president",
// "president of Israel", "former president"), and TABARI's default source
// and target searches.
#include <algorithm>

#include "coder/event_coder.h"

namespace entente::coder {

using namespace entente::dict;

// DEFAULT: codes need not be in the dictionary; they get ids past its codes.
int EventCoder::CodeId(const std::string& code) {
  for (size_t i = 0; i < extra_codes_.size(); ++i)
    if (extra_codes_[i] == code) return (1 << 24) + static_cast<int>(i);
  extra_codes_.push_back(code);
  return (1 << 24) + static_cast<int>(extra_codes_.size()) - 1;
}

const std::string& EventCoder::CodeText(int id) const {
  if (id >= (1 << 24)) return extra_codes_[id - (1 << 24)];
  return d_.code(id);
}

void EventCoder::ActorCodes(ActorRef* a, int loc) {
  for (int guard = 0; guard < 8 && p_.HasHead(loc, kPronoun); ++guard) {
    int ref = p_.Reference(loc);
    if (ref == loc) break;
    loc = ref;
  }
  *a = ActorRef();
  int root = p_.w(loc).root;
  if (!root) return;
  a->root = root;
  a->where = loc;
  if (d_.roots[root].wtype == kAgent) {  // SET: CONVERT AGENTS: the agent code is the actor code
    a->actor = d_.patterns[d_.roots[root].pat].code;
    return;
  }
  const std::vector<ActorAgent>* codes = p_.ActorCodes(root);
  if (codes && !codes->empty()) {
    a->actor = (*codes)[0].actor;
    a->agent = (*codes)[0].agent;
    if (codes->size() > 1) a->set = d_.patterns[d_.roots[root].pat].code;
  }
  a->where = loc;
  if (o_->linguistics && a->actor && loc > 0 && p_.WordText(loc - 1) == "ETHNIC") EthnicGroup(a, loc);
}

// Under entente's rules (the CAMEO and ICEWS convention) an ethnic group
// belongs to the country it lives in, not to the state of its name:
// "ethnic Albanian guerrillas operating in Macedonia" are Macedonian, "Serb
// forces killed three ethnic Albanians in southern Serbia" is domestic. The
// country is that of the first other state named in the sentence, a place
// after IN or NEAR first; with none the name's country stays.
void EventCoder::EthnicGroup(ActorRef* a, int loc) {
  const std::string& own = CodeText(a->actor);
  if (own.size() != 3) return;  // a bare country code only
  auto country_at = [&](int k) -> std::string {
    if (k == loc || p_.w(k).wtype != kActor || !p_.HasHead(k, kActor) || p_.HasHead(k, kPronoun)) return "";
    if (k > 0 && p_.WordText(k - 1) == "ETHNIC") return "";
    const std::vector<ActorAgent>* c = p_.ActorCodes(p_.w(k).root);
    if (!c || c->empty() || !c->front().actor) return "";
    const std::string& code = CodeText(c->front().actor);
    if (code.size() < 3 || code.compare(0, 3, own) == 0 || code.starts_with("IGO") || code.starts_with("NGO") ||
        code.starts_with("IMG"))
      return "";
    return code.substr(0, 3);
  };
  std::string host;
  for (int k = 1; k <= p_.last() && host.empty(); ++k) {
    std::string_view w = p_.WordText(k - 1);
    if (w == "IN" || w == "NEAR" || (w == "THE" && k > 1 && p_.WordText(k - 2) == "IN")) host = country_at(k);
  }
  for (int k = 0; k <= p_.last() && host.empty(); ++k) host = country_at(k);
  if (!host.empty()) a->actor = CodeId(host);
}

int EventCoder::ActorTail(int loc) const {
  if (p_.HasHead(loc, kPronoun)) return loc;
  if (const Parser::Speaker* s = o_->linguistics ? p_.SpeakerAt(loc) : nullptr) return s->tail;
  while (loc < iend_ && !p_.HasTail(loc, kActor)) ++loc;
  return loc;
}

int EventCoder::ActorHead(int loc, bool* ok) {
  if (p_.HasHead(loc, kPronoun)) loc = p_.Reference(loc);
  int start = loc;
  while (start >= 0 && !p_.HasHead(start, kActor)) --start;
  if (start < 0) {
    *ok = false;
    return loc;
  }
  int k = start - 1;
  do {
    ++k;
    if (temp_.size() < 128) temp_.push_back(k);
    if (k > p_.last()) break;
  } while (!p_.HasTail(k, kActor));
  *ok = true;
  return start;
}

int EventCoder::CompoundHeadFromTail(int loc) const {
  int idx = p_.TailIndex(loc, kCompound);
  if (!idx) return -1;
  int start = loc;
  while (start >= 0 && !p_.CheckHead(start, kCompound, idx)) --start;
  return start;
}

int EventCoder::CompoundForPattern(int loc, bool* ok) {
  int start;
  if (p_.HasHead(loc, kCompound)) {
    if (!p_.CheckTail(loc, kCompound)) return -1;
    start = loc;
  } else {
    start = CompoundHeadFromTail(loc);
    if (start < 0) return -1;
  }
  int k = start - 1;
  do {
    ++k;
    if (temp_.size() < 128) temp_.push_back(k);
  } while (k <= p_.last() && !p_.HasTail(k, kCompound));
  *ok = true;
  return start;
}

void EventCoder::FindAgent(int loc, ActorRef* a) {
  const int actor_loc = loc;
  bool found = false, former = false;
  int tloc = ActorTail(loc);
  auto is_former = [&](int k) {
    return k >= 0 && k <= p_.last() && p_.w(k).wtype == kAdjctv && p_.w(k).root == d_.root_former;
  };
  auto agent_code = [&](int root) { return d_.patterns[d_.roots[root].pat].code; };
  // A quotation's speaker, whose attribution clause has been nulled.
  if (const Parser::Speaker* s = o_->linguistics ? p_.SpeakerAt(p_.Reference(loc)) : nullptr; s && s->agent_root) {
    a->agent_root = s->agent_root;
    a->agent = agent_code(s->agent_root);
    return;
  }
  if (is_former(tloc + 1)) {
    former = true;
    ++tloc;
  }
  if (loc > 0 && !former && is_former(loc - 1)) former = true;
  if (tloc + 1 <= p_.last() && p_.w(tloc + 1).wtype == kAgent && p_.HasHead(tloc + 1, kAgent)) {
    found = true;
    a->agent_root = p_.w(tloc + 1).root;
    a->agent = former ? d_.elite_agent() : agent_code(a->agent_root);
  } else {
    // "president of Israel"; under entente's rules also "rebels in the Ivory Coast"
    if (o_->linguistics && loc > 1 && p_.w(loc - 1).wtype == kDeterm && p_.w(loc - 2).wtype == kPrep) --loc;
    if (loc > 0 && p_.w(loc - 1).wtype == kPrep) --loc;
    if (loc > 0 && p_.w(loc - 1).wtype == kAgent && p_.HasTail(loc - 1, kAgent)) {
      int start = loc - 1;
      while (start >= 0 && !p_.HasHead(start, kAgent)) --start;
      if (start >= 0) {
        found = true;
        a->agent_root = p_.w(start).root;
        if (start > 0 && !former && is_former(start - 1)) former = true;
        a->agent = former ? d_.elite_agent() : agent_code(a->agent_root);
      }
    }
  }
  if (!found) {
    a->agent = 0;
    a->agent_root = 0;
    // Under entente's rules a crowd is civilians: "thousands of Iraqis",
    // "tens of thousands of Iraqi Kurds" (no agent of their own) are IRQCVL,
    // so their protests face the government as those of "Iraqi students" do.
    // So is an ethnic group with no agent ("three ethnic Albanians").
    if (o_->linguistics && !former &&
        (Crowd(actor_loc) || (actor_loc > 0 && p_.WordText(actor_loc - 1) == "ETHNIC")))
      a->agent = CodeId("~CVL");
  }
}

// True when THOUSANDS (HUNDREDS, DOZENS, SCORES, MILLIONS) OF stands right
// before the actor at `loc`, with at most two adjectives between.
bool EventCoder::Crowd(int loc) const {
  int k = loc - 1;
  for (int adj = 0; adj < 2 && k >= 0 && p_.w(k).wtype == kAdjctv; ++adj) --k;
  if (k < 1 || p_.WordText(k) != "OF") return false;
  std::string_view q = p_.WordText(k - 1);
  return q == "THOUSANDS" || q == "HUNDREDS" || q == "DOZENS" || q == "SCORES" || q == "MILLIONS";
}

void EventCoder::FindActor(int loc, int* found, ActorRef* a) {
  while (loc <= iend_) {
    if (p_.w(loc).wtype == kActor && p_.HasHead(loc, kActor)) {
      ActorCodes(a, loc);
      FindAgent(loc, a);
      *found = loc;
      return;
    }
    ++loc;
  }
  *found = -1;
}

void EventCoder::BackActor(int loc, int* found, ActorRef* a, int* seen) {
  bool ok = false;
  while (loc >= istart_ && !ok) {
    if (p_.w(loc).wtype == kActor) {
      if (seen) *seen = loc;
      loc = ActorHead(loc, &ok);
      if (!ok) {
        *found = -1;
        return;
      }
      ActorCodes(a, loc);
      FindAgent(loc, a);
    } else {
      --loc;
    }
  }
  *found = ok ? loc : -1;
}

void EventCoder::DefaultSource() {
  source_ = ActorRef();
  source_.root = d_.root_default_actor;
  source_.actor = o_->default_source.empty() ? 0 : CodeId(o_->default_source);
  source_.where = kDefaultWhere;
  regular_source_ = true;
}

void EventCoder::DefaultTarget() {
  target_ = ActorRef();
  target_.root = d_.root_default_actor;
  target_.actor = o_->default_target.empty() ? 0 : CodeId(o_->default_target);
  target_.where = kDefaultWhere;
  regular_target_ = true;
}

// True when the actor at `loc` follows IN or AT (with an optional THE):
// under entente's rules, the place of a meeting.
bool EventCoder::Place(int loc) const {
  int k = loc - 1;
  if (k >= 0 && p_.WordText(k) == "THE") --k;
  return k >= 0 && (p_.WordText(k) == "IN" || p_.WordText(k) == "AT");
}

// Source: the first actor of the clause that is not the target.
void EventCoder::RegularSource(int verb) {
  int loc = istart_, found = 0;
  if (o_->linguistics) loc = std::max({loc, ReportedSubject(verb), OpenerEnd(verb)});
  ActorRef a;
  while (found >= 0) {
    FindActor(loc, &found, &a);
    if (found < 0) break;
    if (o_->default_prior && found > verb) {
      DefaultSource();
      return;
    }
    if (!Equal(a, target_)) {
      source_ = a;
      regular_source_ = true;
      return;
    }
    loc = found + 1;
  }
  if (!o_->default_source.empty()) DefaultSource();
}

// Under entente's rules, a pronoun that resolves to the source's own words
// ("Kenyan teachers ended their strike": THEIR is the teachers) is the
// source, even though the pronoun alone carries no agent (KEN, not KENEDU).
bool EventCoder::SelfReference(const ActorRef& a) const {
  return o_->linguistics && a.where >= 0 && a.where <= p_.last() && a.where == source_.where;
}

bool EventCoder::RelativeBetween(int verb, int loc) const {
  for (int k = verb + 2; k < loc; ++k)
    if (SubjectRelative(k, -1) == 1) return true;
  return false;
}

// Target: the first actor after the verb that is not the source, else the
// first such actor before it; a compound source is its own target.
void EventCoder::RegularTarget(int verb, bool skip_places) {
  int loc = verb + 1, found = 0;
  ActorRef a;
  while (found >= 0) {
    FindActor(loc, &found, &a);
    if (found < 0) break;
    // Under entente's rules the object does not reach into a relative
    // clause: in "support a resolution that tightens sanctions against
    // Serbia" the resolution is the object, not Serbia.
    if (o_->linguistics && RelativeBetween(verb, found)) return;  // nor does it turn back
    if (skip_places && Place(found)) {  // "met in Washington": where, not with whom
      loc = found + 1;
      continue;
    }
    if (!Equal(a, source_) && !SelfReference(a)) {
      target_ = a;
      regular_target_ = true;
      return;
    }
    loc = found + 1;
  }
  if (o_->default_after) {
    DefaultTarget();
    return;
  }
  loc = verb - 1;
  found = 0;
  while (found >= 0) {
    int seen = loc;
    BackActor(loc, &found, &a, &seen);
    if (found < 0) break;
    // Under entente's rules an actor before the source is not the object of
    // an active verb ("Russia is backing the government and the United
    // States supports some opposition forces" supports no Russia), unless
    // it is a member of the source's own compound ("Russia and China met")
    // or reports what the source did ("IRAN SAYS U.S. FORCES ATTACKED TWO
    // PLATFORMS": the speaker is the one acted on).
    if (o_->linguistics && found <= p_.last() && source_.where >= 0 && source_.where <= p_.last() &&
        found < source_.where && !SameCompound(found, source_.where) &&
        !SpeechBetween(found, source_.where))
      break;
    if (!Equal(a, source_) && !SelfReference(a)) {
      target_ = a;
      return;
    }
    // A pronoun forwarded from the sentence before resolves past Halt: go on
    // from the pronoun itself, or the search would find it again forever.
    loc = found > loc ? seen - 1 : found - 1;
  }
  if (source_.set || Compound(source_.where)) {
    target_ = source_;
  } else if (!o_->default_source.empty()) {  // TABARI tests the source default here
    DefaultTarget();
  }
}

// Under entente's rules a role named after the verb with no actor of its
// own ("criticized the government", "arrested opposition leaders"), when
// no actor is found as target, belongs to the source's own country where
// the kind of event is domestic: a group of society (a non-state role)
// demanding, criticising, rejecting, threatening or protesting (10-14)
// against a state role, or the state (a state role, or a bare country)
// coercing (17) a role of society. Other pairings ("France criticized the
// rebels", "the army attacked militants") and the military as a target
// are often foreign and stay uncoded. The search stops at the first actor,
// pronoun or comma.
void EventCoder::BareRoleTarget(int pattern, int verb) {
  const std::string& code = CodeText(d_.event_codes[d_.patterns[pattern].code].code);
  if (code.size() < 2 || source_.set) return;
  std::string_view root = std::string_view(code).substr(0, 2);
  bool society_code = root == "10" || root == "11" || root == "12" || root == "13" || root == "14";
  if (!society_code && root != "17") return;
  std::string country, role;
  if (!CountryAndRole(Composite(source_.actor, source_.agent), &country, &role)) return;
  bool source_state = role.empty() || StateRole(role);
  if (society_code == source_state) return;  // society acts on the state, the state on society
  for (int k = verb + 1; k <= iend_ && k <= p_.last(); ++k) {
    WordType t = p_.w(k).wtype;
    if (t == kActor || t == kPronoun || t == kComma) return;
    if (t != kAgent || !p_.HasHead(k, kAgent)) continue;
    int agent = d_.patterns[d_.roots[p_.w(k).root].pat].code;
    const std::string& text = CodeText(agent);
    if (text.size() != 4 || text[0] != '~') return;
    std::string_view target_role = std::string_view(text).substr(1);
    if (StateRole(target_role) != society_code) return;
    // Troops, forces and peacekeepers (MIL) that a group opposes are as
    // often foreign as its own: "rebels opposed the deployment of a
    // peacekeeping force".
    if (target_role == "MIL") return;
    target_ = ActorRef();
    target_.actor = CodeId(country);
    target_.agent = agent;
    target_.agent_root = p_.w(k).root;
    target_.where = kDefaultWhere;
    return;
  }
}

bool EventCoder::CountryAndRole(const std::string& code, std::string* country, std::string* role) {
  if (code.size() < 3 || code.size() % 3 != 0) return false;
  for (int k = 0; k < 3; ++k)
    if (code[k] < 'A' || code[k] > 'Z') return false;
  if (OrganisationCode(code)) return false;
  *country = code.substr(0, 3);
  *role = code.substr(3, 3);
  return true;
}

}  // namespace entente::coder
