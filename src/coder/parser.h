// Parser: TABARI's shallow parse of one sentence.
//
// The passes run in TABARI's order (parser.cc, Parse()):
//   1. filter punctuation        5. compound actors ("A and B")
//   2. split into words, find    6. comma-delimited subordinate clauses
//      each word's literals      7. conjunction-delimited clauses
//   3. assign roots (longest     8. pronoun coreference
//      match in characters)      9. discards and complexity checks
//   4. verbs after determiners or capitalised mid-sentence become nouns;
//      null-coded actors become nouns
// Multi-word structures (roots, compounds, clauses, subordinate clauses,
// pronoun references) are marked with head and tail tags on their first and
// last word, exactly as TABARI marks them, because the coder's searches
// depend on those boundaries.
#ifndef ENTENTE_CODER_PARSER_H_
#define ENTENTE_CODER_PARSER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coder/options.h"
#include "dict/dictionary.h"
#include "dict/matcher.h"

namespace entente::coder {

using dict::WordType;

inline constexpr int kRefer = 100;  // tag kind: pronoun reference (index = location)

struct Word {
  uint32_t text = 0;     // offset of the word in Parser::text()
  uint16_t len = 0;
  uint8_t lex_flags = 0; // kInitCap / kMidCap
  bool compound = false; // inside a parsed compound actor
  int32_t lits = 0;      // start in the literal list (0: none; <0: -kCommaLit / -kNumberLit)
  WordType wtype = dict::kNull;
  int32_t root = 0;
  int32_t head = 0, tail = 0;  // tag lists (0: empty)
};

class Parser {
 public:
  enum Outcome { kOk, kNoText, kTooShort };
  static constexpr uint8_t kInitCap = 1, kMidCap = 2;

  Parser(const dict::Dictionary& dict, const dict::Matcher& matcher) : dict_(dict), matcher_(matcher) {}

  // Parses `sentence`; `date` resolves date-restricted actor codes.
  // `continues`: the sentence follows the previously parsed one in the same
  // story, so FORWARD: may carry its first actor over to pronouns.
  Outcome Parse(std::string_view sentence, Day date, const CoderOptions& options, bool continues = false);

  // ---- the parse, for the coder ----
  int last() const { return ilex_; }            // index of the last word; Halt at last()+1
  Word& w(int i) { return words_[i]; }
  const Word& w(int i) const { return words_[i]; }
  std::string_view WordText(int i) const { return std::string_view(text_).substr(words_[i].text, words_[i].len); }
  bool has_clauses() const { return has_clauses_; }
  bool has_discard() const { return has_discard_; }
  bool is_complex() const { return is_complex_; }
  void set_discard() { has_discard_ = true; }
  void set_complex() { is_complex_ = true; }
  void set_date(Day d) { date_ = d; }  // a <TIME> shift moves the date used for actor codes
  const std::string& text() const { return text_; }

  // Changes with every sentence (never 0): keys per-sentence caches.
  uint32_t epoch() const { return epoch_; }
  // True when some word of the sentence has literal `lit` (any part).
  bool Present(int lit) const { return lit < static_cast<int>(present_.size()) && present_[lit] == epoch_; }
  // First word at or after `loc` (NextWith) / at or before it (PrevWith)
  // having literal `lit`; -1 when there is none.
  int NextWith(int lit, int loc) const {
    if (lit >= static_cast<int>(present_.size()) || present_[lit] != epoch_) return -1;
    if (!occ_built_) BuildOccurrences();
    for (int32_t k = occ_begin_[lit], e = occ_begin_[lit] + occ_count_[lit]; k < e; ++k)
      if (occ_[k] >= loc) return occ_[k];
    return -1;
  }
  int PrevWith(int lit, int loc) const {
    if (lit >= static_cast<int>(present_.size()) || present_[lit] != epoch_) return -1;
    if (!occ_built_) BuildOccurrences();
    for (int32_t k = occ_begin_[lit] + occ_count_[lit] - 1; k >= occ_begin_[lit]; --k)
      if (occ_[k] <= loc) return occ_[k];
    return -1;
  }

  // The sentence's literals that key some pattern index (see
  // Dictionary::PatternIndex), computed on first use.
  const std::vector<int32_t>& key_list() const {
    if (!keys_built_) {
      keys_built_ = true;
      key_list_.clear();
      if (!dict_.is_pattern_key.empty())
        for (int32_t lit : present_list_)
          if (dict_.is_pattern_key[lit]) key_list_.push_back(lit);
    }
    return key_list_;
  }

  // Distinct literals of the sentence.
  const std::vector<int32_t>& present_list() const { return present_list_; }
  // True when every literal of root `root` is present.
  bool RootPossible(int root) const {
    if (dict_.root_req_begin.empty()) return true;  // search aids not computed
    for (int32_t k = dict_.root_req_begin[root], e = dict_.root_req_begin[root + 1]; k < e; ++k)
      if (!Present(dict_.root_req[k])) return false;
    return true;
  }
  // True when every literal pattern `pat` requires is present.
  bool Possible(int pat) const {
    const dict::Pattern& p = dict_.patterns[pat];
    for (int32_t k = 0; k < p.req_count; ++k)
      if (!Present(dict_.required[p.req_begin + k])) return false;
    return true;
  }
  // Stronger: the words the pattern needs before the verb occur before
  // `verb_head`, and those it needs after occur after `verb_tail`.
  bool PossibleAt(int pat, int verb_head, int verb_tail) const {
    const dict::Pattern& p = dict_.patterns[pat];
    for (int32_t k = 0; k < p.req_count; ++k) {
      int32_t lit = dict_.required[p.req_begin + k];
      if (!MaybePresent(lit) || !Present(lit)) return false;
      if (k < p.req_lower ? first_pos_[lit] >= verb_head : last_pos_[lit] <= verb_tail) return false;
    }
    return true;
  }

  // 0 none, 1 partial, 2 exact: is literal `lit` among word i's literals?
  int HasLiteral(int i, int lit) const {
    // Words outside the literal's first..last occurrence cannot have it.
    if (lit >= static_cast<int>(present_.size()) || present_[lit] != epoch_ || i < first_pos_[lit] ||
        i > last_pos_[lit])
      return 0;
    return ScanLiteral(i, lit);
  }

  // Tags.
  bool HasHead(int loc, int type) const;
  bool HasHead(int loc, int type, int* index) const;
  bool CheckHead(int loc, int type, int index) const;
  bool HasTail(int loc, int type) const;
  bool HasTail(int loc, int type, int index) const;
  int TailIndex(int loc, int type) const;
  bool CheckTail(int loc, int type) const;  // a tail exists for the head at loc
  int Reference(int loc) const;
  // Entente's rules: the speaker of a quotation ('"We...," the German
  // foreign ministry said'), found before the attribution is nulled as a
  // subordinate clause: its actor's last word and its agent's root (0: none).
  struct Speaker { int head, tail, agent_root; };
  const Speaker* SpeakerAt(int loc) const {
    for (const Speaker& s : speakers_)
      if (s.head == loc) return &s;
    return nullptr;
  }
  // Moves *loc past a segment (compound, clause, subord) starting there.
  bool SkipSegment(int* loc, int type) const {
    return words_[*loc].head != 0 && SkipTagged(loc, type);  // most words carry no tags
  }

  // Resolved actor codes of an actor root on the parse's date.
  const std::vector<dict::ActorAgent>* ActorCodes(int root) const;
  bool IsNullActor(int root) const;
  bool IsDiscard(int root) const;
  bool IsNullVerb(int root) const;

  void NullSubordinate();  // public: run late when attribution is coded

 private:
  void Filter(std::string_view in, bool fbis, bool entente_rules);
  Outcome MakeLex(int min_words);
  void MakeSynt();
  bool MatchRoot(int32_t phrase, WordType type, int begin, int* nmatch);
  void MarkNouns(bool participles);
  bool PossessiveParticiple(int i) const;
  void ConvertAgents();
  void MarkCompound(bool agents);
  bool PlainObjectPair(int i) const;
  void MarkSubordinate(const CoderOptions& o);
  void MarkClauses(bool plain_pairs);
  void DereferencePronouns(bool descriptors);
  int SpeakerOfPronoun(int i, bool singular) const;
  bool VerbBefore(int end) const;
  bool OwnClause(int from) const;
  bool ExpletiveIt(int i) const;
  void QuotedSpeakers();
  void MarkRelative();
  int QuoteSpeaker(int open, int close) const;
  void EvaluateComplexity(const CoderOptions& o);
  int CountType(int type) const;
  int CountHeads(int type) const;

  // Matcher::Lookup through a cache of recent words: news vocabulary is
  // Zipfian, so most words are looked up again and again.
  // Returns the start of `word`'s literal list in litlist_ (0: none).
  int32_t LiteralsOf(std::string_view word);
  int ScanLiteral(int i, int lit) const;
  bool SkipTagged(int* loc, int type) const;
  void AppendForward();
  void CaptureForward();
  void AddTag(int32_t* list, int type, int index);
  void ChangeHead(int loc, int from, int to);
  void ChangeTail(int loc, int from, int to);

  struct Tag { int16_t type; int16_t index; int32_t next; };

  const dict::Dictionary& dict_;
  const dict::Matcher& matcher_;
  Day date_ = 0;
  std::string text_;                 // filtered, upper-cased, blank-delimited
  std::vector<char> filter_buf_;
  bool all_caps_ = false;
  std::vector<Speaker> speakers_;
  std::vector<Word> words_;          // [0..ilex_] words, [ilex_+1] Halt
  int ilex_ = -1;
  std::vector<int32_t> litlist_;     // pairs (literal, exact) ended by 0
  std::vector<Tag> tags_;            // tags_[0] unused
  std::vector<int> match_, temp_;    // word indices of the best root match
  std::vector<uint32_t> present_;    // literal id -> epoch_ when in this sentence
  std::vector<int32_t> present_list_;
  // 1024-bit Bloom filter of present literals: an L1-resident first test
  // before the exact present_ lookup.
  uint64_t bloom_[16] = {};
  static uint32_t BloomBit(int32_t lit) { return (static_cast<uint32_t>(lit) * 0x9E3779B1u) >> 22; }
  bool MaybePresent(int32_t lit) const {
    uint32_t b = BloomBit(lit);
    return (bloom_[b >> 6] >> (b & 63)) & 1;
  }
  std::vector<int16_t> first_pos_, last_pos_;  // word positions of present literals
  // Word positions of each present literal, in order: occ_[occ_begin_[lit]
  // ... + occ_count_[lit]).
  // Built on first use: most sentences never need it.
  mutable std::vector<int32_t> occ_begin_, occ_count_;
  mutable std::vector<int16_t> occ_;
  mutable bool occ_built_ = false;
  mutable std::vector<int32_t> key_list_;
  mutable bool keys_built_ = false;
  std::vector<int32_t> root_key_list_;  // sentence literals in Dictionary::is_root_key
  std::vector<int32_t> root_candidates_;
  void BuildOccurrences() const;
  struct CacheSlot {
    uint32_t hash = 0;
    uint32_t text = 0;    // offset in cache_text_
    uint16_t len = 0;     // 0: empty slot
    int32_t lits = 0;     // offset in litlist_, 0 when the word has none
  };
  std::vector<CacheSlot> cache_;
  std::string cache_text_;
  size_t cache_used_ = 0;
  uint32_t epoch_ = 0;
  bool has_clauses_ = false, has_discard_ = false, is_complex_ = false, has_subord_ = false;

  struct ForwardCell {
    int32_t root;
    WordType wtype;
    bool actor_head, actor_tail;
  };
  struct Forward {
    bool valid = false;
    int32_t actor_root = 0;
    WordType actor_type = dict::kNull;
    std::vector<ForwardCell> compound;
  } prev_;
  int fwd_actor_ = -1, fwd_compound_ = -1;  // forwarded cells past Halt, -1 if none
};

}  // namespace entente::coder

#endif  // ENTENTE_CODER_PARSER_H_
