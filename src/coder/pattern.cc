// Verb-pattern matching: TABARI's checkPattern state machine.
//
// A pattern is matched outwards from the verb: first the "upper" phrase
// (elements after *, left to right from the end of the verb root), then the
// "lower" phrase (elements before *, right to left from the verb). Each
// step asks StateCheck what to do with the comparison of one element and
// one word:
//   skip mode (connector "X Y", "X_ Y"): a mismatch moves to the next word;
//   full mode (no "~" or " "): only an exact word match counts.
// Alternatives { a | b } save the state at "{" and restore it to try the
// next option (CondCheck); &synsets match any of their member phrases.
// The matched word locations go to temp_ as evidence of the match.
#include "coder/event_coder.h"

#include <cstring>

namespace entente::coder {

using namespace entente::dict;

void EventCoder::SaveState() {
  cond_ = true;
  cond_loc_ = loc_;
  cond_temp_ = static_cast<int>(temp_.size());
  cond_len_ = lenalt_;
  cond_skip_ = skip_mode_;
}

void EventCoder::RestoreState() {
  loc_ = cond_loc_;
  lenalt_ = cond_len_;
  temp_.resize(cond_temp_);
  skip_mode_ = cond_skip_;
}

void EventCoder::InitCondit() {
  SaveState();
  pp_ += high_ ? 1 : -1;
}

void EventCoder::CondCheck(int* state) {
  if (high_) {
    while (E(pp_).tok != kOrLit && E(pp_).tok != kCloseLit && E(pp_).tok != 0) ++pp_;
    if (E(pp_).tok != kOrLit) return;  // last option failed
  } else {
    while (E(pp_).tok != kOrLit && E(pp_).tok != kOpenLit && pp_ >= this_pat_) --pp_;
    if (E(pp_).tok != kOrLit) return;
  }
  RestoreState();
  pp_ += high_ ? 1 : -1;
  full_mode_ = !(E(pp_).conn & kConnPartNext);
  *state = 2;
}

int EventCoder::ContinueCheck() {
  if (high_) {
    // Under entente's rules a skip does not pass a verb of saying: what
    // follows it is another statement ("handed over to the United
    // Nations, Iraq said ... weapons inspectors").
    if (o_->linguistics && Marked(loc_, kMarkSpeech)) return 0;
    if (++loc_ > iend_) return 0;
  } else {
    if (--loc_ < 0) return 0;
  }
  return 2;
}

// Advances pattern and text: 0 end of text, 1 end of pattern, 2 go on.
int EventCoder::NextCheck() {
  if (high_) {
    if (cond_ && (E(pp_ + 1).tok == kOrLit || E(pp_ + 1).tok == kCloseLit)) {
      cond_ = false;  // an option matched: jump past the "}"
      while (E(pp_).tok != kCloseLit && E(pp_).tok != 0) ++pp_;
    }
    skip_mode_ = (E(pp_).conn & kConnFullSkip) != 0;
    ++pp_;
    if (!E(pp_).tok) return 1;
    if (++loc_ > iend_) return 0;
  } else {
    --pp_;
    if (pp_ < this_pat_) return 1;
    if (cond_ && (E(pp_).tok == kOrLit || E(pp_).tok == kOpenLit)) {
      cond_ = false;
      while (E(pp_).tok != kOpenLit && pp_ >= this_pat_) --pp_;
      --pp_;  // TABARI: the element before "{" (the previous phrase's end when none)
    }
    skip_mode_ = (E(pp_).conn & kConnFullSkip) != 0;
    if (--loc_ < 0) return 0;
  }
  full_mode_ = !(E(pp_).conn & kConnPartNext);
  return 2;
}

int EventCoder::StateCheck(int result) {
  bool ok = full_mode_ ? result == 2 : result != 0;
  if (ok) return NextCheck();
  return skip_mode_ ? ContinueCheck() : 0;
}

// Compares pattern element pp_ with word loc_: 0 no, 1 partial, 2 exact
// (actors placed by $ + @ % ^ count as exact).
int EventCoder::CompTarget() {
  int tok = E(pp_).tok;
  if (loc_ < 0 || loc_ > p_.last()) return 0;
  if (tok >= kSymbolLimit) {
    int m = p_.HasLiteral(loc_, tok);
    if (m) {
      if (temp_.size() < 128) temp_.push_back(loc_);
      if (cond_) lenalt_ += static_cast<int>(d_.literal(tok).size());
    }
    return m;
  }
  bool ok = false;
  bool actor = p_.w(loc_).wtype == kActor;
  if (tok == kSourceLit && actor) {
    index_source_ = ActorHead(loc_, &ok);
  } else if (tok == kTargetLit && actor) {
    // Under entente's rules a possessive before an actor is a determiner:
    // in "pressed their Japanese counterparts" the target is Japanese.
    if (o_->linguistics && loc_ < p_.last() && p_.HasHead(loc_, kPronoun) && p_.w(loc_ + 1).wtype == kActor) {
      std::string_view w = p_.WordText(loc_);
      if (w == "ITS" || w == "THEIR" || w == "HIS") ++loc_;
    }
    index_target_ = ActorHead(loc_, &ok);
  } else if (tok == kAttribLit && actor) {
    index_attrib_ = ActorHead(loc_, &ok);
  } else if (tok == kSkipLit && actor) {
    size_t keep = temp_.size();
    if (high_) {
      ActorHead(loc_, &ok);
      if (ok) loc_ = ActorTail(loc_);
    } else {
      loc_ = ActorHead(loc_, &ok);
    }
    temp_.resize(keep);  // skipped actors are not evidence
  } else if (tok == kCompoundLit && p_.HasHead(loc_, kCompound)) {
    index_compound_ = CompoundForPattern(loc_, &ok);
  }
  return ok ? 2 : 0;
}

bool EventCoder::SynsetPossible(int root) {
  if (root <= 0 || root >= static_cast<int>(d_.roots.size()) || d_.roots[root].pat < 0) return false;
  if (synset_seen_.size() != d_.roots.size() || p_.epoch() < synset_epoch_) synset_seen_.assign(d_.roots.size(), 0);
  synset_epoch_ = p_.epoch();  // the parser's epoch wraps after 2^32 sentences
  uint64_t now = uint64_t{p_.epoch()} * 2;
  uint64_t& seen = synset_seen_[root];
  if ((seen & ~uint64_t{1}) == now) return seen & 1;
  bool ok = false;
  for (int p = d_.patterns[d_.roots[root].pat].next; p >= 0 && !ok; p = d_.patterns[p].next) ok = p_.Possible(p);
  seen = now | (ok ? 1 : 0);
  return ok;
}

bool EventCoder::SynsetsPossible(int pat) {
  const Pattern& pt = d_.patterns[pat];
  for (int32_t k = 0; k < pt.syn_count; ++k)
    if (!SynsetPossible(d_.required_synsets[pt.syn_begin + k])) return false;
  return true;
}

// Members whose fixed words are not all in the sentence are not tried.
int EventCoder::CompSynset() {
  int root = E(pp_).tok;
  if (!SynsetPossible(root)) return 0;
  for (int p = d_.patterns[d_.roots[root].pat].next; p >= 0; p = d_.patterns[p].next) {
    if (!p_.Possible(p)) continue;
    int m = CheckSubPattern(p);
    if (m) return m;
  }
  return 0;
}

// Leftwards, TABARI looks for a synset member at each word back to the
// start of the sentence, whatever the skip mode, and restores its state when
// none is found.
int EventCoder::ScanSynsetLeftwards() {
  int result = 0;
  SaveState();
  for (int again = 1; again;) {
    result = CompSynset();
    again = result ? 0 : ContinueCheck();
  }
  if (!result) {
    cond_ = false;
    RestoreState();
  }
  return result;
}

int EventCoder::CheckSubPattern(int pattern) {
  int state = 2, result = 0;
  int save_pp = pp_, save_this = this_pat_, save_loc = loc_;
  size_t save_temp = temp_.size();  // a failed member leaves no evidence words
  // TABARI leaves these as a failed member left them, so the next member
  // had to sit right after the previous word; entente restores them.
  bool save_skip = skip_mode_, save_full = full_mode_;
  this_pat_ = pp_ = d_.patterns[pattern].phrase;
  while (state == 2) {
    if (E(pp_).conn & kFlagSynm) {
      if (high_) {
        result = CompSynset();
      } else {
        result = ScanSynsetLeftwards();
      }
    } else {
      result = CompTarget();
    }
    state = StateCheck(result);
  }
  pp_ = save_pp;
  this_pat_ = save_this;
  loc_ = save_loc;
  if (!state) {
    skip_mode_ = save_skip;
    full_mode_ = save_full;
    temp_.resize(save_temp);
  }
  return state ? 2 : 0;
}

bool EventCoder::CheckPattern(int pattern, int loc, WordType type) {
  temp_.assign(1, loc);
  lenalt_ = 0;
  cond_ = false;
  this_pat_ = pp_ = d_.patterns[pattern].phrase;
  loc_ = loc;
  while (E(pp_).tok && E(pp_).tok != kVerbLit) ++pp_;
  if (!E(pp_).tok) return false;
  int verb = pp_;
  while (p_.w(loc_).wtype != kHalt && !p_.HasTail(loc_, type)) ++loc_;  // end of the verb root

  high_ = true;
  int state = NextCheck();
  while (state == 2) {
    int result;
    if (E(pp_).conn & kFlagSynm) {
      result = CompSynset();
    } else {
      if (E(pp_).tok == kOpenLit) InitCondit();
      // In skip mode a word element is compared with word after word until
      // one has it; jump straight to the next such word instead.
      if (skip_mode_ && E(pp_).tok >= kSymbolLimit) {
        int next = p_.NextWith(E(pp_).tok, loc_);
        if (next >= 0 && o_->linguistics && SpeechBetween(loc_, next)) next = -1;  // as in ContinueCheck
        if (next < 0 || next > iend_) {
          state = 0;
          if (cond_) CondCheck(&state);
          continue;
        }
        loc_ = next;
      }
      result = CompTarget();
    }
    state = StateCheck(result);
    if (!state && cond_) CondCheck(&state);
  }
  if (!state) return false;
  temp_.push_back(-1);
  if (verb == this_pat_) {
    temp_.push_back(-2);
    return true;
  }

  high_ = false;
  pp_ = verb;
  loc_ = loc;
  state = NextCheck();
  while (state == 2) {
    int result;
    if (E(pp_).conn & kFlagSynm) {
      result = ScanSynsetLeftwards();
    } else {
      if (E(pp_).tok == kCloseLit) InitCondit();
      if (skip_mode_ && E(pp_).tok >= kSymbolLimit) {  // as above, leftwards
        int prev = p_.PrevWith(E(pp_).tok, loc_);
        if (prev < 0) {
          state = 0;
          if (cond_) CondCheck(&state);
          continue;
        }
        loc_ = prev;
      }
      result = CompTarget();
    }
    state = StateCheck(result);
    if (!state && cond_) CondCheck(&state);
  }
  if (!state) return false;
  temp_.push_back(-2);
  return true;
}

}  // namespace entente::coder
