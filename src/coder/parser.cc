// Parser passes, in TABARI 0.8's order and with its rules (see parser.h).
// Where TABARI's behaviour is surprising it is kept on purpose and marked
// "TABARI:", because dictionaries and the validation suite were tuned to it.
#include "coder/parser.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>

namespace entente::coder {
namespace {

using namespace entente::dict;

// Byte classes for the punctuation filter: 0 copy, 1 copy and clear the
// all-capitals flag, 2 blank, 3 punctuation handled case by case.
struct FilterTable {
  uint8_t cls[256];
  constexpr FilterTable() : cls() {
    for (int c = 0; c < 256; ++c) {
      bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
      if (lower) cls[c] = 1;
      else if (c == '\t' || c == '\n' || c == '\r') cls[c] = 2;
      else if (c > 32 && c < 127 && !upper && !digit) cls[c] = 3;
      else cls[c] = 0;
    }
  }
};
constexpr FilterTable kFilter;

inline bool Upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool Lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool Digit(char c) { return c >= '0' && c <= '9'; }
inline bool Letter(char c) { return Upper(c) || Lower(c); }

// True when `rest` (the text after a hyphen) starts with a participle that
// makes "X-participle" a modifier ("US-backed", "UN-brokered",
// "Iranian-made"), followed by a non-letter. Not "-led" or "-run": a
// "Saudi-led coalition" or "Kremlin-run television" acts for X.
bool ModifierSuffix(std::string_view rest) {
  static constexpr std::string_view kSuffixes[] = {
      "backed", "brokered", "based", "made", "born", "controlled", "held", "sponsored", "funded", "owned",
      "allied", "aligned", "friendly", "supported", "armed", "trained", "installed", "affiliated"};
  for (std::string_view x : kSuffixes) {
    if (rest.size() < x.size()) continue;
    bool same = true;
    for (size_t k = 0; k < x.size() && same; ++k) same = (rest[k] | 0x20) == x[k];
    if (same && (rest.size() == x.size() || !Letter(rest[x.size()]))) return true;
  }
  return false;
}

}  // namespace

// ---------------------------------------------------------------- tags

void Parser::AddTag(int32_t* list, int type, int index) {
  int32_t id = static_cast<int32_t>(tags_.size());
  tags_.push_back({static_cast<int16_t>(type), static_cast<int16_t>(index), 0});
  int32_t* p = list;
  while (*p) p = &tags_[*p].next;
  *p = id;
}

bool Parser::HasHead(int loc, int type) const {
  for (int32_t t = words_[loc].head; t; t = tags_[t].next)
    if (tags_[t].type == type) return true;
  return false;
}

bool Parser::HasHead(int loc, int type, int* index) const {
  for (int32_t t = words_[loc].head; t; t = tags_[t].next) {
    if (tags_[t].type == type) {
      *index = tags_[t].index;
      return true;
    }
  }
  *index = 0;
  return false;
}

bool Parser::CheckHead(int loc, int type, int index) const {
  for (int32_t t = words_[loc].head; t; t = tags_[t].next)
    if (tags_[t].type == type && tags_[t].index == index) return true;
  return false;
}

bool Parser::HasTail(int loc, int type) const {
  for (int32_t t = words_[loc].tail; t; t = tags_[t].next)
    if (tags_[t].type == type) return true;
  return false;
}

bool Parser::HasTail(int loc, int type, int index) const {
  for (int32_t t = words_[loc].tail; t; t = tags_[t].next)
    if (tags_[t].type == type && tags_[t].index == index) return true;
  return false;
}

int Parser::TailIndex(int loc, int type) const {
  for (int32_t t = words_[loc].tail; t; t = tags_[t].next)
    if (tags_[t].type == type) return tags_[t].index;
  return 0;
}

bool Parser::CheckTail(int loc, int type) const {
  int idx;
  if (!HasHead(loc, type, &idx)) return false;
  for (++loc; loc <= ilex_ + 1; ++loc)
    if (HasTail(loc, type, idx)) return true;
  return false;
}

int Parser::Reference(int loc) const {
  for (int32_t t = words_[loc].head; t; t = tags_[t].next)
    if (tags_[t].type == kRefer) return tags_[t].index;
  return loc;
}

void Parser::ChangeHead(int loc, int from, int to) {
  for (int32_t t = words_[loc].head; t; t = tags_[t].next) {
    if (tags_[t].type == from) {
      tags_[t].type = static_cast<int16_t>(to);
      return;
    }
  }
}

void Parser::ChangeTail(int loc, int from, int to) {
  for (int32_t t = words_[loc].tail; t; t = tags_[t].next) {
    if (tags_[t].type == from) {
      tags_[t].type = static_cast<int16_t>(to);
      return;
    }
  }
}

bool Parser::SkipTagged(int* loc, int type) const {
  int idx;
  if (!HasHead(*loc, type, &idx)) return false;
  while (*loc <= ilex_ && !HasTail(*loc, type, idx)) ++*loc;
  ++*loc;
  return true;
}

int Parser::ScanLiteral(int i, int lit) const {
  int32_t p = words_[i].lits;
  if (p <= 0) return 0;
  for (; litlist_[p]; p += 2)
    if (litlist_[p] == lit) return litlist_[p + 1] ? 2 : 1;
  return 0;
}

// ---------------------------------------------------------------- codes

const std::vector<ActorAgent>* Parser::ActorCodes(int root) const {
  if (root <= 0) return nullptr;
  int32_t pat = dict_.roots[root].pat;
  if (pat < 0) return nullptr;
  return dict_.ActorCodesOn(dict_.patterns[pat].code, date_);
}

bool Parser::IsNullActor(int root) const {
  const std::vector<ActorAgent>* c = ActorCodes(root);
  return c && c->size() == 1 && (*c)[0].actor == kCodeNull;
}

bool Parser::IsDiscard(int root) const {
  if (root <= 0) return false;
  const Root& r = dict_.roots[root];
  if (r.pat < 0) return false;
  if (r.wtype == kActor) {
    const std::vector<ActorAgent>* c = ActorCodes(root);
    return c && c->size() == 1 && (*c)[0].actor == kCodeDiscard;
  }
  if (r.wtype == kTime) {  // TABARI reads a [###] time code as a discard too
    return dict_.time_codes[dict_.patterns[r.pat].code].special == kCodeDiscard;
  }
  if (r.wtype == kVerb || r.wtype == kAttrib) {
    const EventCode& ec = dict_.event_codes[dict_.patterns[r.pat].code];
    return ec.code == kCodeDiscard && !ec.sub && !ec.dom && !ec.pair;
  }
  return false;
}

bool Parser::IsNullVerb(int root) const {
  if (root <= 0 || dict_.roots[root].pat < 0) return false;
  return dict_.event_codes[dict_.patterns[dict_.roots[root].pat].code].IsNull();
}

// ---------------------------------------------------------------- passes

// TABARI's filterText: punctuation becomes blanks or blank-delimited
// commas and quotes; periods stay inside numbers and after capitals
// ("U.S."); /* comments */ vanish.
void Parser::Filter(std::string_view in, bool fbis, bool entente_rules) {
  bool all_caps = true;  // a local: stores through char* would make the member reload
  size_t i = 0, n = in.size();
  if (fbis) {
    while (i < n && in[i] != '[' && !Upper(in[i]) && !Lower(in[i])) ++i;
  }
  if (filter_buf_.size() < 3 * n + 2) filter_buf_.resize(3 * n + 2);  // every byte becomes at most " , "
  char* out = filter_buf_.data();
  char* o = out;
  // Blanks are collapsed and words cut at 63 characters as bytes are
  // written, in the same pass.
  bool last_space = false;
  int run = 0;
  auto put = [&](char ch) {
    if (ch == ' ') {
      if (!last_space) {
        *o++ = ' ';
        last_space = true;
      }
      run = 0;
      return;
    }
    if (++run >= 64) {
      o[-1] = ' ';
      run = 1;
    }
    *o++ = ch;
    last_space = false;
  };
  const char* s = in.data();
  while (i < n) {
    char c = s[i];
    uint8_t k = kFilter.cls[static_cast<uint8_t>(c)];
    // entente's rules: "US" written in capitals is the country ("U.S."), the
    // pronoun is "us" (all-capital text is read the same way).
    // Before a dollar sign ("US$50 million", "US $50 million") it names the
    // currency, not an actor, and stays the plain word US.
    if (entente_rules && c == 'U' && i + 1 < n && s[i + 1] == 'S' && (i == 0 || !Letter(s[i - 1])) &&
        (i + 2 >= n || (!Letter(s[i + 2]) && s[i + 2] != '\'' && s[i + 2] != '.'))) {
      size_t j = i + 2;
      while (j < n && s[j] == ' ') ++j;
      bool currency = j < n && s[j] == '$';
      for (char ch : {'U', '.', 'S', '.'})
        if (!currency || ch != '.') put(ch);
      i += 2;
      continue;
    }
    if (k != 3) {
      if (k == 1) all_caps = false;
      put(k == 2 ? ' ' : c);
      ++i;
      continue;
    }
    if (c == '/' && i + 1 < n && s[i + 1] == '*') {
      while (i < n && (s[i] != '*' || i + 1 >= n || s[i + 1] != '/')) ++i;
      if (i < n) i += 2;
      continue;
    }
    if (fbis && c == '[') {
      while (i < n && s[i] != ']') ++i;
      if (i < n) ++i;
      continue;
    }
    char prev = i > 0 ? s[i - 1] : '\0';
    char next = i + 1 < n ? s[i + 1] : '\0';
    switch (c) {
      case ';': case ':': case '(': case ')':
        // Entente's rules: 'X said: "..."': the quotation is what was said,
        // not a clause set off by the colon.
        if (entente_rules && c == ':') {
          size_t j = i + 1;
          while (j < n && s[j] == ' ') ++j;
          if (j < n && s[j] == '"') {
            put(' ');
            break;
          }
        }
        put(' '); put(','); put(' ');
        break;
      case ',':
        if (!Digit(prev) || !Digit(next)) { put(' '); put(','); put(' '); }
        break;
      case '.':
        put(((Digit(prev) && Digit(next)) || Upper(prev)) ? '.' : ' ');
        break;
      case '\'':
      case '$':
        put(c);
        break;
      case '"':
        put(' '); put('"'); put(' ');
        break;
      case '-':  // "--" (an em dash after normalisation) sets off a clause like commas
        if (entente_rules && next == '-') {
          put(' '); put(','); put(' ');
          while (i + 1 < n && s[i + 1] == '-') ++i;
        } else if (entente_rules && i > 0 && Letter(prev) && ModifierSuffix(in.substr(i + 1))) {
          put('-');  // "US-backed forces": one modifier word, neither an actor nor a verb
        } else {
          put(' ');
        }
        break;
      default:
        put(' ');
    }
    ++i;
  }
  put(' ');
  text_.assign(out, static_cast<size_t>(o - out));
  all_caps_ = all_caps;
}

int32_t Parser::LiteralsOf(std::string_view word) {
  if (word.size() > 40) {  // rare: not worth caching
    int32_t start = static_cast<int32_t>(litlist_.size());
    if (matcher_.Lookup(word, &litlist_) == 0) return 0;
    litlist_.push_back(0);
    return start;
  }
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ word.size();
  for (unsigned char c : word) h = (h ^ c) * 0x100000001b3ULL;
  h ^= h >> 29;
  const size_t mask = cache_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    CacheSlot& s = cache_[i];
    if (s.len == 0) {
      int32_t start = static_cast<int32_t>(litlist_.size());
      if (cache_used_ >= cache_.size() * 3 / 4) {  // full: the frequent words are in already
        if (matcher_.Lookup(word, &litlist_) == 0) return 0;
        litlist_.push_back(0);
        return start;
      }
      int n = matcher_.Lookup(word, &litlist_);
      s.hash = static_cast<uint32_t>(h);
      s.text = static_cast<uint32_t>(cache_text_.size());
      s.len = static_cast<uint16_t>(word.size());
      s.lits = n ? start : 0;
      if (n) litlist_.push_back(0);
      cache_text_.append(word);
      ++cache_used_;
      return s.lits;
    }
    if (s.hash == static_cast<uint32_t>(h) && s.len == word.size() && std::memcmp(cache_text_.data() + s.text, word.data(), s.len) == 0)
      return s.lits;
  }
}

Parser::Outcome Parser::MakeLex(int min_words) {
  words_.clear();
  // Literal lists live in litlist_ for as long as the word cache keeps them:
  // a word seen before points at its list from last time.
  constexpr size_t kSlots = 1 << 16;  // 1 MB: half a news vocabulary, and still in L2
  if (cache_.empty() || litlist_.size() > (8u << 20)) {
    cache_.assign(kSlots, CacheSlot());
    cache_text_.clear();
    litlist_.assign(1, 0);
    cache_used_ = 0;
  }
  ilex_ = -1;
  bool first = true;
  if (present_.size() < static_cast<size_t>(dict_.literal_count())) {
    present_.resize(dict_.literal_count(), 0);
    first_pos_.resize(dict_.literal_count(), 0);
    last_pos_.resize(dict_.literal_count(), 0);
  }
  if (++epoch_ == 0) {
    std::fill(present_.begin(), present_.end(), 0);
    epoch_ = 1;
  }
  present_list_.clear();
  std::fill(std::begin(bloom_), std::end(bloom_), 0);
  size_t p = 0, n = text_.size();
  while (p < n && text_[p] == ' ') ++p;
  while (p < n) {
    size_t e = text_.find(' ', p);
    if (e == std::string::npos) e = n;
    if (ilex_ + 1 >= kMaxWords - 2) break;  // TABARI truncates long sentences
    Word wd;
    wd.text = static_cast<uint32_t>(p);
    wd.len = static_cast<uint16_t>(e - p);
    if (!all_caps_ && Upper(text_[p])) {
      wd.lex_flags = first ? kInitCap : kMidCap;
      first = false;
    }
    bool done = false;
    std::string_view word(text_.data() + p, e - p);
    if (Digit(text_[p])) {
      if (LiteralsOf(word) == 0) {
        wd.lits = -kNumberLit;
        done = true;
      }
    } else if (text_[p] == ',') {
      wd.lits = -kCommaLit;
      done = true;
    }
    if (!done) {
      if (!all_caps_) {
        for (size_t k = p; k < e; ++k)
          if (Lower(text_[k])) text_[k] = static_cast<char>(text_[k] - 'a' + 'A');
      }
      int32_t start = LiteralsOf(word);
      if (start > 0) {
        int16_t pos = static_cast<int16_t>(ilex_ + 1);
        for (int32_t k = start; litlist_[k]; k += 2) {
          int32_t lit = litlist_[k];
          if (present_[lit] != epoch_) {
            present_list_.push_back(lit);
            present_[lit] = epoch_;
            first_pos_[lit] = pos;
            uint32_t b = BloomBit(lit);
            bloom_[b >> 6] |= uint64_t{1} << (b & 63);
          }
          last_pos_[lit] = pos;
        }
        wd.lits = start;
      }
    }
    words_.push_back(wd);
    ++ilex_;
    p = e + 1;
    while (p < n && text_[p] == ' ') ++p;
  }
  if (ilex_ < min_words) return kTooShort;
  occ_built_ = false;
  keys_built_ = false;
  return kOk;
}

void Parser::BuildOccurrences() const {
  occ_built_ = true;
  if (occ_begin_.size() < present_.size()) {
    occ_begin_.resize(present_.size(), 0);
    occ_count_.resize(present_.size(), 0);
  }
  for (int32_t lit : present_list_) occ_count_[lit] = 0;
  size_t total = 0;
  for (int i = 0; i <= ilex_; ++i) {
    if (words_[i].lits <= 0) continue;
    for (int32_t q = words_[i].lits; litlist_[q]; q += 2) {
      ++occ_count_[litlist_[q]];
      ++total;
    }
  }
  int32_t at = 0;
  for (int32_t lit : present_list_) {
    occ_begin_[lit] = at;
    at += occ_count_[lit];
    occ_count_[lit] = 0;
  }
  occ_.resize(total);
  for (int i = 0; i <= ilex_; ++i) {
    if (words_[i].lits <= 0) continue;
    for (int32_t q = words_[i].lits; litlist_[q]; q += 2) {
      int32_t lit = litlist_[q];
      occ_[occ_begin_[lit] + occ_count_[lit]++] = static_cast<int16_t>(i);
    }
  }
}

// TABARI's matchLex: does root `phrase` (of `type`) match the words from
// `begin`? Connector bits, as root matching reads them: 0x0400 lets a
// word match partially, 0x4000 lets words be skipped before the next
// element. Regular endings (S, 'S, ES; S ED ES EN ING) are allowed on the
// last word of a noun-like or verb root.
bool Parser::MatchRoot(int32_t phrase, WordType type, int begin, int* nmatch) {
  temp_.clear();
  *nmatch = 0;
  bool skip = false, matched = false;
  int32_t p = phrase;
  int k = begin;
  while (dict_.elems[p].tok && k <= ilex_) {
    matched = false;
    const Word& wd = words_[k];
    if (wd.lits == -kCommaLit) return false;
    int lit = 0;
    if (wd.lits > 0) {
      for (int32_t q = wd.lits; litlist_[q]; q += 2) {
        if (litlist_[q] == dict_.elems[p].tok) {
          lit = litlist_[q];
          matched = true;
          *nmatch += static_cast<int>(dict_.literal(lit).size());
          break;
        }
      }
    }
    if (!matched) {
      if (skip) {
        ++k;
        continue;
      }
      return false;
    }
    if (temp_.size() >= 128) return false;
    temp_.push_back(k);
    uint16_t conn = dict_.elems[p].conn;
    size_t litlen = dict_.literal(lit).size();
    if (litlen < wd.len && !(conn & kConnFullSkip)) {
      if (conn == kConnEqual) return false;
      bool last = dict_.elems[p + 1].tok == 0;
      std::string_view rest(text_.data() + wd.text + litlen, wd.len - litlen);
      if (type == kActor || type == kAgent || type == kNoun) {
        if (!last) return false;
        if (rest == "S") { *nmatch += 1; return true; }
        if (rest == "'S" || rest == "ES") { *nmatch += 2; return true; }
      }
      if (type == kVerb) {
        if (!last) return false;
        if (rest == "S") { *nmatch += 1; return true; }
        if (rest == "ED" || rest == "ES" || rest == "EN") { *nmatch += 2; return true; }
        if (rest == "ING") { *nmatch += 3; return true; }
        if (text_[wd.text + litlen - 1] == 'E' && rest == "D") { *nmatch += 1; return true; }
      }
      return false;
    }
    skip = (conn & kConnPartNext) != 0;
    ++k;
    ++p;
  }
  if (dict_.elems[p].tok) return false;
  return matched;
}

// Assigns each word the root with the most matched characters; ties go
// to the first root found (literals shortest first, roots in file order).
void Parser::MakeSynt() {
  root_key_list_.clear();
  if (!dict_.is_root_key.empty())
    for (int32_t lit : present_list_)
      if (dict_.is_root_key[lit]) root_key_list_.push_back(lit);
  Word halt;
  halt.wtype = kHalt;
  words_.push_back(halt);
  tags_.assign(1, Tag{0, 0, 0});
  for (int i = 0; i <= ilex_; ++i) {
    Word& wd = words_[i];
    if (wd.lits == 0 || wd.wtype != kNull) continue;
    if (wd.lits < 0) {
      wd.wtype = wd.lits == -kCommaLit ? kComma : kNumber;
      continue;
    }
    int best = 0, maxmatch = 0;
    const uint32_t* present = present_.data();
    const uint32_t epoch = epoch_;
    const bool flat = !dict_.start_off.empty();
    for (int32_t q = wd.lits; litlist_[q]; q += 2) {
      const int32_t lit = litlist_[q];
      auto consider = [&](int32_t root) {
        const Root& r = dict_.roots[root];
        if (r.wtype == kNull || !RootPossible(root)) return;
        int nmatch;
        if (MatchRoot(r.phrase, r.wtype, i, &nmatch) && nmatch > maxmatch) {
          match_.swap(temp_);
          maxmatch = nmatch;
          best = root;
        }
      };
      if (!flat) {
        for (int32_t root : dict_.StartList(lit)) consider(root);
        continue;
      }
      int32_t six = dict_.start_index_of[lit];
      if (six >= 0) {
        // A long list: only roots whose key word is in the sentence, in
        // list order (the first of two equally long matches wins).
        const Dictionary::PatternIndex& ix = dict_.start_indexes[six];
        root_candidates_ = ix.always;
        for (int32_t key : root_key_list_)
          if (const auto* slot = ix.Find(key))
            for (int32_t k = slot->begin; k < slot->end; ++k) root_candidates_.push_back(ix.keyed[k].ord);
        std::sort(root_candidates_.begin(), root_candidates_.end());
        for (int32_t ord : root_candidates_) consider(ix.order[ord]);
        continue;
      }
      const Dictionary::StartEntry* e = dict_.start_flat.data() + dict_.start_off[lit];
      const Dictionary::StartEntry* end = dict_.start_flat.data() + dict_.start_off[lit + 1];
      for (; e < end; ++e) {
        const int32_t key = e->key;
        if (key && (!MaybePresent(key) || present[key] != epoch)) continue;  // its rarest word is absent
        consider(e->root);
      }
    }
    if (best) {
      WordType type = dict_.roots[best].wtype;
      words_[i].root = best;
      AddTag(&words_[i].head, type, 1);
      for (int k : match_) words_[k].wtype = type;
      AddTag(&words_[match_.back()].tail, type, 1);
    }
  }
}

// A participle after a possessive is an adjective ("Trump's proposed wall",
// "its stated aims"): entente's rules.
bool Parser::PossessiveParticiple(int i) const {
  std::string_view w = WordText(i), prev = WordText(i - 1);
  if (w.size() < 5 || !w.ends_with("ED")) return false;
  return prev.ends_with("'S") || prev == "HIS" || prev == "HER" || prev == "ITS" || prev == "THEIR" ||
         prev == "OUR";
}

void Parser::MarkNouns(bool participles) {
  for (int i = 0; i <= ilex_; ++i) {
    Word& wd = words_[i];
    int idx;
    if (wd.wtype == kVerb && i > 0) {
      if (words_[i - 1].wtype == kDeterm || (wd.lex_flags & kMidCap) || (participles && PossessiveParticiple(i))) {
        wd.wtype = kNoun;
        if (HasHead(i, kVerb, &idx)) {
          ChangeHead(i, kVerb, kNoun);
          int a = i;
          while (!HasTail(a, kVerb, idx)) {
            ++a;
            if (a > ilex_) { --a; break; }
            if (words_[a].wtype == kVerb && !HasHead(a, kVerb)) words_[a].wtype = kNoun;
          }
          ChangeTail(a, kVerb, kNoun);
        }
      }
    } else if (HasHead(i, kActor, &idx) && IsNullActor(wd.root)) {
      ChangeHead(i, kActor, kNoun);
      wd.wtype = kNoun;
      while (!HasTail(i, kActor, idx)) {
        ++i;
        if (i > ilex_) { --i; break; }
        if (words_[i].wtype == kActor && !HasHead(i, kActor)) words_[i].wtype = kNoun;
      }
      ChangeTail(i, kActor, kNoun);
    }
  }
}

// SET: CONVERT AGENTS: an agent with no actor before or after it becomes
// an actor coded by the agent alone.
void Parser::ConvertAgents() {
  for (int a = 0; a <= ilex_; ++a) {
    if (words_[a].wtype != kAgent) continue;
    int idx;
    bool actor_before = a > 0 && (words_[a - 1].wtype == kActor || HasTail(a - 1, kActor) ||
                                  words_[a - 1].root == dict_.root_former);
    HasHead(a, kAgent, &idx);
    int h = a;
    while (!HasTail(a, kAgent, idx)) {
      if (++a > ilex_) return;
    }
    if (actor_before) continue;
    bool convert = true;
    if (a < ilex_ && HasHead(a + 1, kActor)) convert = false;
    if (convert && a + 1 < ilex_ && words_[a + 1].wtype == kPrep && words_[a + 2].wtype == kActor) convert = false;
    if (convert) {
      words_[h].wtype = kActor;
      ChangeHead(h, kAgent, kActor);
      ChangeTail(a, kAgent, kActor);
    }
  }
}

// Parsed compound actors: <np> AND <np>, <np>, <np> ... AND <np>, where
// an np is an actor optionally preceded by adjectives and determiners.
// `agents` (SET: LINGUISTICS): an np may also carry its agents ("the
// Kenyan president and the Ugandan president met", "President Museveni
// and Prime Minister Meles"); TABARI stops at the agent and the sentence
// falls apart into a subject with no verb and a clause with no subject.
void Parser::MarkCompound(bool agents) {
  bool need_connect = false;  // TABARI: deliberately not reset per conjunction
  int cmpindex = 1;
  for (int i = 0; i <= ilex_; ++i) {
    if (words_[i].wtype != kConj) continue;
    if (!(HasLiteral(i, dict_.lit_and) || HasLiteral(i, dict_.lit_nor))) continue;
    int pend = -1, pset = -1;
    int a = i + 1;
    while (words_[a].wtype == kActor || words_[a].wtype == kDeterm || words_[a].wtype == kAdjctv ||
           (agents && words_[a].wtype == kAgent)) {
      if (words_[a].wtype == kActor && HasHead(a, kActor)) {
        while (!HasTail(a, kActor) && a <= ilex_) ++a;
        pend = a;
      }
      ++a;
    }
    if (pend < 0) continue;
    a = i;
    while (a >= 0 && (words_[a].wtype == kActor || words_[a].wtype == kConj || words_[a].wtype == kComma ||
                      words_[a].wtype == kDeterm || words_[a].wtype == kAdjctv ||
                      (agents && words_[a].wtype == kAgent))) {
      if (words_[a].wtype == kConj || words_[a].wtype == kComma) need_connect = false;
      if (words_[a].wtype == kActor) {
        if (need_connect) break;
        while (a > 0 && !HasHead(a, kActor)) --a;
        pset = a;
        need_connect = true;
      }
      --a;
    }
    if (pset < 0) continue;
    AddTag(&words_[pset].head, kCompound, cmpindex);
    AddTag(&words_[pend].tail, kCompound, cmpindex);
    for (int b = pset; b <= pend; ++b) {  // a compound inside this one is dissolved
      int idx;
      if (HasHead(b, kCompound, &idx) && idx < cmpindex) {
        int loc = b;
        while (loc <= ilex_ && !HasTail(loc, kCompound, idx)) ++loc;
        if (loc <= ilex_) {
          ChangeHead(b, kCompound, kNullTag);
          ChangeTail(loc, kCompound, kNullTag);
        }
      }
    }
    ++cmpindex;
    for (int b = pset; b <= pend; ++b) words_[b].compound = true;
  }
}

namespace {

bool InList(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (w == x) return true;
  return false;
}

// Verbs that attribute a quotation ("...," the ministry said).
bool SpeechVerb(std::string_view w) {
  return InList(w, {"SAID", "SAYS", "SAY", "TOLD", "TELLS", "ADDED", "ADDS", "STATED", "DECLARED", "DECLARES",
                    "WARNED", "WARNS", "INSISTED", "INSISTS", "STRESSED", "STRESSES", "NOTED", "NOTES", "WROTE",
                    "WRITES", "ANNOUNCED", "ASSERTED", "REMARKED", "EXPLAINED", "AFFIRMED", "REPLIED",
                    "RESPONDED", "ARGUED", "ARGUES", "CLAIMED", "CONCLUDED", "EMPHASIZED", "EMPHASISED",
                    "REITERATED", "CONTINUED"});
}

bool FirstPerson(std::string_view w) {
  return InList(w, {"WE", "I", "OUR", "OURS", "US", "ME", "MY", "OURSELVES", "MYSELF"});
}

}  // namespace

// Entente's rules: the last comma clause is an afterthought ("..., officials
// said") only when a verb of the dictionary stands before it outside comma
// clauses already marked; otherwise it is the main clause: "At the
// meeting, Russia criticized Syria", "Russia, at the meeting, criticized
// Syria".
bool Parser::VerbBefore(int end) const {
  for (int k = 0; k < end; ++k) {
    int idx;
    if (HasHead(k, kSubord, &idx)) {
      while (k < end && !HasTail(k, kSubord, idx)) ++k;
      continue;
    }
    if (words_[k].wtype == kVerb) return true;
  }
  return false;
}

// Entente's rules: a comma clause that opens with its own subject and verb
// ("..., Veldoria said it would supply rifles") is a clause of its own; an
// attribution ("..., Veldoria said.", "..., Russian officials told
// reporters") is not: after a verb of saying, THAT, a pronoun or an actor
// must follow. The subject is an actor after at most three other words,
// the verb at most three words after it.
bool Parser::OwnClause(int from) const {
  int a = from;
  while (a <= ilex_ && a < from + 3 && words_[a].wtype != kActor && words_[a].wtype != kComma) ++a;
  if (a > ilex_ || words_[a].wtype != kActor) return false;
  while (a <= ilex_ && words_[a].wtype == kActor) ++a;
  for (int v = a; v <= ilex_ && v < a + 3; ++v) {
    if (words_[v].wtype != kVerb) continue;
    if (!SpeechVerb(WordText(v))) return true;
    int n = v + 1;
    return n <= ilex_ && (WordText(n) == "THAT" || words_[n].wtype == kPronoun || words_[n].wtype == kActor);
  }
  return false;
}

// Comma-delimited clauses of the configured lengths (COMMA:) are marked
// as subordinate and later ignored.
void Parser::MarkSubordinate(const CoderOptions& o) {
  int sub = 1;
  int i = 0;
  // SET: LINGUISTICS: the comma after a one- or two-word opener
  // ("Meanwhile, ...", "On Monday, ...") ends no clause, so it cannot pair
  // with the next comma and drop the subject between them.
  if (o.linguistics) {
    while (i <= 2 && i <= ilex_ && words_[i].wtype != kComma) ++i;
    i = (i >= 1 && i <= 2 && i <= ilex_ && words_[i].wtype == kComma) ? i + 1 : 0;
  }
  while (words_[i].wtype != kHalt) {
    if (SkipSegment(&i, kCompound)) continue;
    if (words_[i].wtype == kComma) {
      int start = i;
      if (i >= o.min_beg_subord && i <= o.max_beg_subord) {
        has_subord_ = true;
        AddTag(&words_[0].head, kSubord, sub);
        AddTag(&words_[start - 1].tail, kSubord, sub);
        ++sub;
      }
      ++i;
      while (words_[i].wtype != kComma && words_[i].wtype != kHalt) {
        if (SkipSegment(&i, kCompound)) continue;
        ++i;
      }
      int len = i - start - 1;
      if (words_[i].wtype == kHalt && len >= o.min_end_subord && len <= o.max_end_subord &&
          !(o.linguistics && (!VerbBefore(start) || OwnClause(start + 1)))) {
        has_subord_ = true;
        AddTag(&words_[start].head, kSubord, sub);
        AddTag(&words_[ilex_].tail, kSubord, sub);
        return;
      }
      if (words_[i].wtype == kComma && len >= o.min_subord && len <= o.max_subord) {
        has_subord_ = true;
        AddTag(&words_[start].head, kSubord, sub);
        AddTag(&words_[i].tail, kSubord, sub);
        ++sub;
      }
    }
    if (words_[i].wtype != kHalt) ++i;
  }
}

void Parser::NullSubordinate() {
  if (HasHead(0, kSubord)) words_[0].wtype = kNull;
  int i = 0;
  while (words_[i].wtype != kHalt) {
    if (HasHead(i, kSubord)) {
      do {
        ++i;
        if (i > ilex_) return;
        words_[i].wtype = kNull;
        for (int32_t t = words_[i].head; t; t = tags_[t].next) {
          int type = tags_[t].type;
          if (type == kNullTag) continue;
          int a = i;
          while (!HasTail(a, type) && words_[a].wtype != kHalt) ++a;
          if (words_[a].wtype == kHalt) return;
          words_[i].wtype = kNullTag;
          ChangeHead(i, type, kNullTag);
          ChangeTail(a, type, kNullTag);
        }
        for (int32_t t = words_[i].tail; t; t = tags_[t].next) {
          int type = tags_[t].type;
          if (type == kNullTag || type == kSubord) continue;
          int a = i;
          while (!HasHead(a, type) && a > 0) --a;
          if (a == 0 && !HasHead(0, type)) return;
          ChangeTail(i, type, kNullTag);
          ChangeHead(a, type, kNullTag);
          words_[a].wtype = kNullTag;
        }
      } while (!HasTail(i, kSubord));
    }
    if (words_[i].wtype == kHalt) return;
    ++i;
  }
}

// True when the conjunction at `i` joins two plain words (no dictionary
// type) that stand after a verb (at most three words before the first)
// and before a preposition: "sent tanks and artillery to Kyiv". A new
// clause would begin with a subject (an actor, agent, pronoun or
// determiner) or a verb, none of which is a plain word.
bool Parser::PlainObjectPair(int i) const {
  if (i < 2 || i + 2 > ilex_) return false;
  if (words_[i - 1].wtype != kNull) return false;
  // The second object may have modifiers: "aerial photographs and other
  // military intelligence to Macedonia", "inspectors and humanitarian
  // workers from Iraq" (at most four words, plain, adjectives or agents,
  // the last one not an adjective).
  static constexpr std::string_view kPreps[] = {"TO", "FOR", "WITH", "FROM", "INTO", "AGAINST", "ON"};
  auto prep = [&](int k) {
    return std::find(std::begin(kPreps), std::end(kPreps), WordText(k)) != std::end(kPreps);
  };
  int e = i + 1;
  while (e <= ilex_ && e < i + 5 && !prep(e) &&
         (words_[e].wtype == kNull || words_[e].wtype == kAdjctv || words_[e].wtype == kAgent))
    ++e;
  if (e == i + 1 || e > ilex_ || words_[e - 1].wtype == kAdjctv || !prep(e)) return false;
  for (int k = i - 2; k >= 0 && k >= i - 4; --k) {
    if (words_[k].wtype == kVerb) return true;
    if (words_[k].wtype != kNull && words_[k].wtype != kAdjctv && words_[k].wtype != kDeterm) return false;
  }
  return false;
}

// Clauses of a compound sentence, split at conjunctions that are not part
// of compound actors, <noun> AND <adj>* <noun>, or <adj> AND <adj>.
void Parser::MarkClauses(bool plain_pairs) {
  has_clauses_ = false;
  int clause = 1;
  AddTag(&words_[0].head, kClause, clause);
  int i = 0;
  while (words_[i].wtype != kHalt) {
    if (SkipSegment(&i, kCompound)) continue;
    if (SkipSegment(&i, kSubord)) continue;
    if (i > ilex_) break;
    // Entente's rules: a comma before a clause with its own subject and verb
    // ("Al Shabaab threatened to kill hostages; Iraq threatened...") ends
    // the clause before it when that one has a verb too.
    if (plain_pairs && words_[i].wtype == kComma && i > 0 && i < ilex_ && OwnClause(i + 1) && VerbBefore(i)) {
      has_clauses_ = true;
      AddTag(&words_[i - 1].tail, kClause, clause);
      ++clause;
      AddTag(&words_[i + 1].head, kClause, clause);
      ++i;
      continue;
    }
    if (words_[i].wtype == kConj && i > 0 && words_[i + 1].wtype != kHalt) {
      bool clause_break = true;
      if (words_[i - 1].wtype == kNoun) {
        int a = i + 1;
        while (words_[a].wtype == kAdjctv) ++a;
        if (words_[a].wtype == kNoun) {
          clause_break = false;
          i = a;
        }
      }
      if (words_[i - 1].wtype == kAdjctv && words_[i + 1].wtype == kAdjctv) {
        clause_break = false;
        ++i;
      }
      // Entente's rules: "helicopters and tanks shelled": two plain words
      // joined before a verb are one subject, not two clauses.
      if (clause_break && plain_pairs && words_[i - 1].wtype == kNull && words_[i + 1].wtype == kNull &&
          i + 2 <= ilex_ && words_[i + 2].wtype == kVerb) {
        clause_break = false;
        ++i;
      }
      // And "provided food and medicine to Somalia": two plain words joined
      // after a verb and followed by a preposition are one object.
      if (clause_break && plain_pairs && PlainObjectPair(i)) {
        clause_break = false;
        ++i;
      }
      if (clause_break) {
        has_clauses_ = true;
        AddTag(&words_[i - 1].tail, kClause, clause);
        ++clause;
        AddTag(&words_[i + 1].head, kClause, clause);
        ++i;
      }
    }
    ++i;
  }
  if (i > ilex_ + 1) i = ilex_ + 1;
  AddTag(&words_[i - 1].tail, kClause, clause);
}


// Entente's rules: a pronoun right after a verb of saying (THAT between
// them or not, and up to three words before THAT: "told reporters that
// he") is the one who says it: "In a letter handed to the United
// Nations, Iraq said it would allow..." is Iraq, not the first actor of the
// sentence. The speaker is the first actor after the last comma before the
// verb ("Russia's embassy in the UK says it": Russia), or before an
// apposition ending at the verb ("Turkey, a Nato member, said it"), at most
// 14 words back; a singular pronoun does not take a compound. -1 when none.
int Parser::SpeakerOfPronoun(int i, bool singular) const {
  int v = i - 1;
  if (v > 0 && WordText(v) == "THAT") {
    // "announced on Monday that he", "told reporters that they"
    int that = v--;
    while (v > 0 && v >= that - 3 && !SpeechVerb(WordText(v)) && words_[v].wtype != kActor &&
           words_[v].wtype != kComma && words_[v].wtype != kPronoun)
      --v;
  }
  if (v < 1 || !SpeechVerb(WordText(v))) return -1;
  int end = v, from = v - 1;
  auto segment = [&] {  // the words after the last comma before `end`
    from = end - 1;
    while (from > 0 && from > v - 15 && words_[from - 1].wtype != kComma) --from;
  };
  if (words_[v - 1].wtype == kComma) {  // "Turkey, a Nato member, said it": skip the apposition
    end = v - 1;
    segment();
    end = from - 1;
    if (end < 1) return -1;
  }
  segment();
  for (int a = from; a < end; ++a) {
    if (words_[a].wtype == kPronoun) return -1;
    if (words_[a].wtype != kActor || !HasHead(a, kActor)) continue;
    int cidx;
    if (HasHead(a, kCompound, &cidx)) return singular ? -1 : a;
    return a;
  }
  return -1;
}

// HE, SHE, IT, HIM, HER: the first actor before them that is not inside a
// compound. THEY, THEM, THEIR: the first compound, else the first actor.
// TABARI tells the two kinds apart by the word's first literal.
void Parser::DereferencePronouns(bool descriptors) {
  for (int i = 0; i <= ilex_; ++i) {
    if (words_[i].wtype != kPronoun || words_[i].lits <= 0) continue;
    int first = litlist_[words_[i].lits];
    int idx = -1;
    bool descriptor = words_[i].root >= dict_.first_descriptor_root && words_[i].root <= dict_.last_descriptor_root;
    if (descriptor && !descriptors) continue;  // TABARI has no plural descriptors
    if (descriptors && ExpletiveIt(i)) continue;  // "it is important for X to": refers to nothing
    if (descriptor) first = dict_.lit_the;  // resolved as THEY is
    bool singular = first >= dict_.singular_pronoun_lits.front() && first <= dict_.singular_pronoun_lits.back();
    if (descriptors && !descriptor && (singular || first == dict_.lit_the)) {
      int said = SpeakerOfPronoun(i, singular);
      if (said >= 0) {
        idx = said;
        first = -1;  // resolved: skip TABARI's searches
      }
    }
    if (first < 0) {
    } else if (first >= dict_.singular_pronoun_lits.front() && first <= dict_.singular_pronoun_lits.back()) {
      int a = 0;
      while (a < i) {
        while (a < i && words_[a].wtype != kActor) ++a;
        if (a >= i) break;
        int cidx;
        if (HasHead(a, kCompound, &cidx)) {
          do ++a;
          while (a <= ilex_ && !HasTail(a, kCompound, cidx));
          ++a;
        } else if (!HasHead(a, kActor)) {
          ++a;
        } else {
          idx = a;
          break;
        }
      }
      if (idx < 0 && fwd_actor_ >= 0) idx = fwd_actor_;
    } else if (first == dict_.lit_the) {
      for (int a = 0; a < i; ++a) {
        while (a < i && words_[a].wtype != kActor) ++a;
        if (a >= i) break;
        if (HasHead(a, kCompound)) {
          idx = a;
          break;
        }
        if (idx < 0) idx = a;
      }
      if (idx < 0 && fwd_compound_ >= 0) idx = fwd_compound_;
    }
    if (idx >= 0) {
      words_[i].wtype = kActor;
      AddTag(&words_[i].head, kActor, 1);
      AddTag(&words_[i].tail, kActor, 1);
      AddTag(&words_[i].head, kRefer, idx);
      AddTag(&words_[i].tail, kRefer, idx);
    }
  }
}


// Entente's rules: IT that only fills the subject slot ("it is important
// for Russia to", "it would be productive for China to", "it was reported
// that") refers to nothing. IT, an optional modal, a form of BE, at most
// three adverbs, then an evaluative adjective followed by FOR, TO, THAT, a
// question word, a comma or the end; or a raising adjective or a participle
// of saying and thinking followed by THAT, WHETHER, IF or a comma.
bool Parser::ExpletiveIt(int i) const {
  if (WordText(i) != "IT") return false;
  int j = i + 1;
  auto word = [&](int k) { return k <= ilex_ ? WordText(k) : std::string_view(); };
  if (InList(word(j), {"WILL", "WOULD", "MAY", "MIGHT", "COULD", "SHOULD", "MUST", "CAN", "SHALL"})) {
    ++j;
    if (word(j) == "NOT") ++j;
    if (InList(word(j), {"HAVE"})) ++j;
    if (!InList(word(j), {"BE", "BEEN"})) return false;
  } else if (InList(word(j), {"HAS", "HAD"})) {
    ++j;
    if (word(j) == "NOT") ++j;
    if (word(j) != "BEEN") return false;
  } else if (!InList(word(j), {"IS", "WAS", "ISN'T", "WASN'T", "REMAINS", "REMAINED", "SEEMS", "SEEMED"})) {
    return false;
  }
  ++j;
  for (int n = 0; n < 3 && InList(word(j), {"NOT", "ALSO", "VERY", "EXTREMELY", "MORE", "MOST", "LESS", "ALREADY",
                                              "NOW", "STILL", "INCREASINGLY", "HIGHLY", "QUITE", "SO", "TOO",
                                              "EQUALLY", "ESPECIALLY", "PARTICULARLY", "ABSOLUTELY", "REALLY",
                                              "CLEARLY", "WIDELY", "GENERALLY", "HARDLY", "EVEN", "JUST",
                                              "ALWAYS", "NEVER", "THEREFORE", "VITALLY", "CRITICALLY"});
       ++n)
    ++j;
  std::string_view adj = word(j), next = word(j + 1);
  bool clause = j + 1 > ilex_ || words_[j + 1].wtype == kComma ||
                InList(next, {"THAT", "WHETHER", "IF", "WHEN", "HOW", "WHY", "WHAT", "WHO", "WHERE"});
  if (InList(adj, {"IMPORTANT", "PRODUCTIVE", "COUNTERPRODUCTIVE", "NECESSARY", "UNNECESSARY", "ESSENTIAL",
                   "VITAL", "CRUCIAL", "CRITICAL", "IMPERATIVE", "URGENT", "CLEAR", "UNCLEAR", "OBVIOUS",
                   "EVIDENT", "APPARENT", "POSSIBLE", "IMPOSSIBLE", "TIME", "DIFFICULT", "HARD", "EASY",
                   "UNACCEPTABLE", "ACCEPTABLE", "INCONCEIVABLE", "UNTHINKABLE", "UNFORTUNATE", "REGRETTABLE",
                   "DEPLORABLE", "SIGNIFICANT", "NOTEWORTHY", "USEFUL", "HELPFUL", "BENEFICIAL", "APPROPRIATE",
                   "INAPPROPRIATE", "INCUMBENT", "REASONABLE", "UNREASONABLE", "WISE", "UNWISE", "PRUDENT",
                   "FAIR", "UNFAIR", "SURPRISING", "UNSURPRISING", "NATURAL", "NORMAL", "PARAMOUNT",
                   "DESIRABLE", "ADVISABLE", "INEVITABLE", "RIGHT", "WRONG", "DANGEROUS", "TRUE", "UNTRUE"}))
    return clause || InList(next, {"FOR", "TO"});
  if (InList(adj, {"LIKELY", "UNLIKELY", "CERTAIN", "UNCERTAIN", "DOUBTFUL", "KNOWN", "UNDERSTOOD", "THOUGHT",
                   "FELT", "SAID"}))
    return clause;
  // A participle of saying or thinking: "it was reported that". Not verbs
  // with a person as object ("it was warned that": IT is the one warned).
  if (adj.size() > 4 && adj.ends_with("ED") &&
      !InList(adj, {"WARNED", "TOLD", "INFORMED", "ADVISED", "ASSURED", "REMINDED", "PROMISED", "URGED",
                    "ASKED", "NOTIFIED", "CONVINCED", "PERSUADED"}))
    return clause;
  return false;
}

// Entente's rules: a relative clause set off by two commas (", who met
// Wang Yi on Tuesday,") describes the actor before it, and the sentence's
// own verb comes after it: "Lavrov, who met Wang Yi, criticised Washington"
// is news about the criticism. The relative clause is marked subordinate,
// as TABARI marks the comma clauses its options select, so its verb cannot
// take the clause's one event, and the words after it are the predicate,
// not a trailing comma clause. One that runs to the end of the sentence is
// left alone: the main verb comes first there anyway.
void Parser::MarkRelative() {
  int sub = 1000;  // above MarkSubordinate's numbers
  for (int i = 1; i + 2 <= ilex_; ++i) {
    if (words_[i].wtype != kComma || !InList(WordText(i + 1), {"WHO", "WHICH", "WHOSE", "WHOM"})) continue;
    int close = i + 2;
    bool tagged = HasHead(i, kSubord) || HasTail(i, kSubord);
    while (close <= ilex_ && words_[close].wtype != kComma) {
      tagged |= HasHead(close, kSubord) || HasTail(close, kSubord);
      ++close;
    }
    if (close >= ilex_ || tagged) continue;
    // It describes an actor ("Lavrov, who"), and the predicate follows
    // within four words ("..., criticised", "..., has also pledged"); a
    // comma from brackets or a list ends no relative clause.
    if (words_[i - 1].wtype != kActor && words_[i - 1].wtype != kAgent) continue;
    bool verb = false;
    for (int k = close + 1; k <= ilex_ && k <= close + 4 && !verb && words_[k].wtype != kComma; ++k)
      verb = HasHead(k, kVerb);
    if (!verb) continue;
    // What follows is the sentence's predicate, not a trailing comma
    // clause such as ", officials said" (MarkSubordinate's end clause).
    if (HasHead(close, kSubord)) {
      if (!HasTail(ilex_, kSubord)) continue;
      ChangeHead(close, kSubord, kNullTag);
      ChangeTail(ilex_, kSubord, kNullTag);
    }
    has_subord_ = true;
    AddTag(&words_[i].head, kSubord, sub);
    AddTag(&words_[close].tail, kSubord, sub);
    ++sub;
    i = close - 1;
  }
}

// Entente's rules: first person inside a quotation is its speaker. The
// speaker is the actor of the attribution: '"...," ACTOR said' (or 'said
// ACTOR') right after the closing quote, or 'ACTOR said: "...' right before
// the opening one. WE, I, OUR, US... inside are tagged as resolved pronouns
// are, with a reference to that actor.
//
// '"...," he said': HE or SHE as the attribution's subject stands for the
// first actor before the quotation, else the actor carried from the
// sentence before (never an actor inside the quotation itself).
int Parser::QuoteSpeaker(int open, int close) const {
  auto actor_head = [&](int k) {
    if (words_[k].wtype == kPronoun && InList(WordText(k), {"HE", "SHE"})) {
      for (int a = 0; a < open; ++a)
        if (words_[a].wtype == kActor && HasHead(a, kActor) && !HasHead(a, kPronoun) && !HasHead(a, kRefer) &&
            !words_[a].compound)
          return a;
      return fwd_actor_;
    }
    if (words_[k].wtype != kActor || HasHead(k, kPronoun) || HasHead(k, kRefer)) return -1;
    while (k > 0 && !HasHead(k, kActor)) --k;
    return HasHead(k, kActor) ? k : -1;
  };
  if (close <= ilex_) {
    int k = close + 1;
    while (k <= ilex_ && words_[k].wtype == kComma) ++k;
    if (k <= ilex_ && SpeechVerb(WordText(k))) {  // '"...," said the ministry'
      for (int m = k + 1; m <= ilex_ && m <= k + 6 && WordText(m) != "\""; ++m)
        if (int a = actor_head(m); a >= 0) return a;
      return -1;
    }
    int first = -1;
    for (int m = k; m <= ilex_ && m <= k + 12 && WordText(m) != "\""; ++m) {
      if (SpeechVerb(WordText(m))) return first;
      if (first < 0) first = actor_head(m);
    }
  }
  // 'ACTOR said: "...', 'ACTOR told reporters on Monday: "...'
  for (int v = open - 1; v >= 0 && v >= open - 5 && WordText(v) != "\"" && words_[v].wtype != kComma; --v) {
    if (!SpeechVerb(WordText(v))) continue;
    for (int m = v - 1; m >= 0 && m >= v - 12 && WordText(m) != "\""; --m)
      if (int a = actor_head(m); a >= 0) return a;
    break;
  }
  return -1;
}

void Parser::QuotedSpeakers() {
  int open = -1;
  for (int i = 0; i <= ilex_ + 1; ++i) {
    bool quote = i <= ilex_ && WordText(i) == "\"";
    if (!quote && i <= ilex_) continue;
    if (open < 0) {
      if (quote) open = i;
      continue;
    }
    int speaker = QuoteSpeaker(open, i);
    if (speaker >= 0 && !SpeakerAt(speaker)) {
      Speaker sp{speaker, speaker, 0};
      while (sp.tail < ilex_ && !HasTail(sp.tail, kActor)) ++sp.tail;
      if (speaker > ilex_) {
        // the actor carried from the sentence before: no agent words here
      } else if (sp.tail < ilex_ && words_[sp.tail + 1].wtype == dict::kAgent && HasHead(sp.tail + 1, kAgent)) {
        sp.agent_root = words_[sp.tail + 1].root;  // "the German foreign ministry"
      } else {
        int k = speaker - 1;
        if (k > 0 && words_[k].wtype == dict::kDeterm) --k;
        if (k > 0 && words_[k].wtype == dict::kPrep) --k;  // "the foreign ministry of Germany"
        if (k >= 0 && words_[k].wtype == dict::kAgent && HasTail(k, kAgent)) {
          while (k > 0 && !HasHead(k, kAgent)) --k;
          sp.agent_root = words_[k].root;
        }
      }
      speakers_.push_back(sp);
    }
    if (speaker >= 0) {
      for (int k = open + 1; k < i; ++k) {
        if (words_[k].wtype != dict::kNull || words_[k].head || !FirstPerson(WordText(k))) continue;
        words_[k].wtype = kActor;
        AddTag(&words_[k].head, kPronoun, 1);
        AddTag(&words_[k].tail, kPronoun, 1);
        AddTag(&words_[k].head, kActor, 1);
        AddTag(&words_[k].tail, kActor, 1);
        AddTag(&words_[k].head, kRefer, speaker);
        AddTag(&words_[k].tail, kRefer, speaker);
      }
    }
    open = -1;
  }
}

int Parser::CountType(int type) const {
  int n = 0;
  int i = 0;
  while (words_[i].wtype != kHalt && i <= ilex_) {
    if (SkipSegment(&i, kSubord)) continue;
    if (words_[i].wtype == type) ++n;
    ++i;
  }
  return n;
}

int Parser::CountHeads(int type) const {
  int n = 0;
  int i = 0;
  while (i <= ilex_ && words_[i].wtype != kHalt) {
    if (SkipSegment(&i, kSubord)) continue;
    if (HasHead(i, type)) ++n;
    ++i;
  }
  return n;
}

void Parser::EvaluateComplexity(const CoderOptions& o) {
  int nverb = CountHeads(kVerb);
  int nactor = o.max_actors ? CountHeads(kActor) : 0;
  int npronoun = o.max_pronouns ? CountType(kPronoun) : 0;
  int nconj = 0;
  if (o.max_conj) {
    for (int k = 0; k <= ilex_; ++k) {
      if (HasHead(k, kCompound)) {
        while (k <= ilex_ && !HasTail(k, kCompound)) ++k;
        ++k;
      }
      if (k <= ilex_ + 1 && words_[k].wtype == kConj) ++nconj;
    }
  }
  int iverb = 0;
  while (iverb <= ilex_) {
    if (SkipSegment(&iverb, kSubord)) continue;
    if (iverb > ilex_) break;
    if (words_[iverb].wtype == kVerb && HasHead(iverb, kVerb) && !IsNullVerb(words_[iverb].root)) break;
    ++iverb;
  }
  bool no_prior = false, no_after = false;
  if (o.no_actor_prior) {
    no_prior = true;
    int k = 0;
    while (k < iverb && k <= ilex_) {
      if (SkipSegment(&k, kSubord)) continue;
      if (k <= ilex_ && words_[k].wtype == kActor) { no_prior = false; break; }
      ++k;
    }
  }
  if (o.no_actor_after) {
    no_after = true;
    int k = iverb + 1;
    while (k <= ilex_) {
      if (SkipSegment(&k, kSubord)) continue;
      if (k <= ilex_ && words_[k].wtype == kActor) { no_after = false; break; }
      ++k;
    }
  }
  auto over = [](int limit, int value) { return limit > 0 && value >= limit; };
  is_complex_ = over(o.max_verbs, nverb) || over(o.max_actors, nactor) || over(o.max_pronouns, npronoun) ||
                over(o.max_conj, nconj) || over(o.late_verb, iverb) || (o.no_actor_prior && no_prior) ||
                (o.no_actor_after && no_after) || (o.no_verb && nverb == 0);
}

// FORWARD: the first actor or compound of the previous sentence is copied
// past this sentence's Halt so pronouns with no antecedent can refer to it.
// Only the root comes along (not agents), and a forwarded compound is not
// expanded: TABARI's documented limits, kept.
void Parser::AppendForward() {
  fwd_actor_ = fwd_compound_ = -1;
  if (!prev_.valid) return;
  if (!prev_.compound.empty()) {
    fwd_compound_ = static_cast<int>(words_.size());
    for (size_t k = 0; k < prev_.compound.size(); ++k) {
      const ForwardCell& c = prev_.compound[k];
      Word wd;
      wd.root = c.root;
      wd.wtype = c.wtype;
      wd.compound = true;
      wd.text = static_cast<uint32_t>(text_.size());
      words_.push_back(wd);
      int at = static_cast<int>(words_.size()) - 1;
      if (k == 0) AddTag(&words_[at].head, kCompound, 0);
      if (c.actor_head) AddTag(&words_[at].head, kActor, 1);
      if (c.actor_tail) AddTag(&words_[at].tail, kActor, 1);
    }
    AddTag(&words_.back().tail, kCompound, 0);
  }
  if (prev_.actor_root) {
    Word wd;
    wd.root = prev_.actor_root;
    wd.wtype = prev_.actor_type;
    wd.text = static_cast<uint32_t>(text_.size());
    words_.push_back(wd);
    fwd_actor_ = static_cast<int>(words_.size()) - 1;
    AddTag(&words_[fwd_actor_].head, kActor, 1);
    AddTag(&words_[fwd_actor_].tail, kActor, 1);
  }
  if (fwd_compound_ < 0) fwd_compound_ = fwd_actor_;
}

void Parser::CaptureForward() {
  prev_ = Forward();
  prev_.valid = true;
  for (int i = 0; i <= ilex_; ++i) {
    if (HasHead(i, kCompound)) {
      for (;; ++i) {
        prev_.compound.push_back({words_[i].root, words_[i].wtype, HasHead(i, kActor), HasTail(i, kActor)});
        if (HasTail(i, kCompound) || i >= ilex_) break;
      }
    }
    if (HasHead(i, kActor) && !HasHead(i, kPronoun)) {
      prev_.actor_root = words_[i].root;
      prev_.actor_type = words_[i].wtype;
    }
    if (prev_.actor_root || !prev_.compound.empty()) return;
  }
}

Parser::Outcome Parser::Parse(std::string_view sentence, Day date, const CoderOptions& options,
                              bool continues) {
  date_ = date;
  fwd_actor_ = fwd_compound_ = -1;
  has_clauses_ = has_discard_ = is_complex_ = false;
  words_.clear();
  speakers_.clear();
  ilex_ = -1;
  if (sentence.empty()) return kNoText;
  Filter(sentence, options.fbis, options.linguistics);
  Outcome out = MakeLex(options.min_words);
  if (out != kOk) return out;
  MakeSynt();
  // Passes that cannot change anything are skipped: no conjunction, no
  // compounds or clauses; no comma, no subordinate clauses; no pronoun,
  // nothing to resolve; no COMPLEX: condition, never complex.
  bool conj = false, comma = false, pronoun = false, quote = false;
  for (int i = 0; i <= ilex_; ++i) {
    WordType t = words_[i].wtype;
    quote |= words_[i].len == 1 && text_[words_[i].text] == '"';
    conj |= t == kConj;
    comma |= t == kComma;
    pronoun |= t == kPronoun;
    has_discard_ |= IsDiscard(words_[i].root);
  }
  // SET: LINGUISTICS carries pronouns across the sentences of a story too.
  bool forward = options.forward || options.linguistics;
  if (forward && continues) AppendForward();
  MarkNouns(options.linguistics);
  if (options.convert_agents) ConvertAgents();
  if (conj) MarkCompound(options.linguistics);
  // Before subordinate clauses are nulled: the attribution is often one.
  if (quote && options.linguistics) QuotedSpeakers();
  has_subord_ = false;
  if (comma) MarkSubordinate(options);
  if (comma && options.linguistics) MarkRelative();
  if (!dict_.has_attrib_list && has_subord_) NullSubordinate();
  if (conj || (comma && options.linguistics)) MarkClauses(options.linguistics);
  if (pronoun || forward) DereferencePronouns(options.linguistics);
  bool complexity = options.max_verbs || options.max_actors || options.max_pronouns || options.max_conj ||
                    options.max_comma || options.late_verb || options.no_actor_prior || options.no_actor_after ||
                    options.no_verb;
  if (!has_discard_ && complexity) EvaluateComplexity(options);
  if (forward) CaptureForward();
  return kOk;
}

}  // namespace entente::coder
