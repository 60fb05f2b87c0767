// The compiled dictionary: literals, roots, verb patterns and codes.
//
// This is the in-memory form every dictionary format compiles into (TABARI
// .actors/.agents/.verbs, PETRARCH/Phoenix actors and agents). It keeps the
// structure TABARI's coder reasons about, so coding decisions can follow
// TABARI 0.8 exactly:
//
//   literal  a word or word stem ("ISRAEL", "SAID"); text words are matched
//            against every literal that is a prefix of them.
//   root     a phrase of literals with a type (actor, agent, verb, noun,
//            adjective, time, attribution, synset...) and a pattern list.
//   pattern  a verb phrase ("- * TO_LET_ESCAPE [066]"); the first pattern of
//            every root ("head") carries the root's own code.
//   code     interned strings; actor codes carry date restrictions and
//            compounds, event codes carry paired/subordinate/dominant flags.
//
// Thread safety: a Dictionary is immutable once loaded and may be shared by
// any number of coders on any threads.
#ifndef ENTENTE_DICT_DICTIONARY_H_
#define ENTENTE_DICT_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entente/date.h"
#include "entente/status.h"

namespace entente::dict {

// Word and tag types; the values are also used as tag kinds by the parser.
enum WordType : uint8_t {
  kNull = 0, kLitr, kActor, kAgent, kVerb, kTime, kAttrib, kDeterm, kNoun,
  kAdjctv, kAuxil, kByword, kComma, kPronoun, kConj, kPrep, kNumber, kIssue,
  kSynym, kReplace,
  // tags only
  kClause, kCompound, kSubord, kNullTag, kHalt,
};

// Literal ids below kSymbolLimit are pattern symbols (TABARI's numbering).
inline constexpr int kCommaLit = 1, kNumberLit = 2, kVerbLit = 3, kSourceLit = 4,
                     kTargetLit = 5, kAttribLit = 6, kCompoundLit = 7, kSkipLit = 8,
                     kOpenLit = 9, kOrLit = 10, kCloseLit = 11, kSymbolLimit = 16;

// Connectors after each phrase element. Bit 0x4000 and 0x0400 mean
// different things to root matching and to verb-pattern matching; both
// readings are TABARI's and are kept (see parser.cc and pattern.cc).
inline constexpr uint16_t kConnFullNext = 0x0000;  // "A_B"
inline constexpr uint16_t kConnPartNext = 0x4000;  // "A~_B"
inline constexpr uint16_t kConnFullSkip = 0x0400;  // "A_ B"
inline constexpr uint16_t kConnPartSkip = 0x4400;  // "A B", and a phrase's last word
inline constexpr uint16_t kConnEqual = 0x0010;     // "A=": no regular endings
inline constexpr uint16_t kFlagSynm = 0x0002;      // element is a synset root id

struct PhraseElem {
  int32_t tok = 0;      // literal id, or root id when conn & kFlagSynm; 0 ends
  uint16_t conn = 0;
};

// Special code ids, fixed at construction (TABARI's CodeStore order).
inline constexpr int kCodeNull = 1;     // "---"
inline constexpr int kCodeComplex = 2;  // "+++"
inline constexpr int kCodeDiscard = 3;  // "###"
inline constexpr int kCodeBlank = 4;    // "***"

struct ActorAgent {
  int actor = 0;  // code id
  int agent = 0;  // code id, 0 when none
};

// One bracketed block of an actor entry: "[RUSGOV 000507-080507]".
struct DatedCodes {
  enum Kind : uint8_t { kDefault, kBefore, kAfter, kBetween } kind = kDefault;
  Day from = 0, to = 0;
  std::vector<ActorAgent> codes;  // more than one: a coded compound "A/B"
};

struct ActorCodeSet {
  std::vector<DatedCodes> blocks;
};

struct EventCode {
  int code = 0;
  bool sub = false, dom = false;
  int pair = 0;  // paired code id, 0 when none
  bool pair_sub = false, pair_dom = false;
  // TABARI treats a pattern as null only when its head token is a bare "---".
  bool IsNull() const { return code == kCodeNull && !sub && !dom && pair == 0; }
};

struct TimeCode {
  int special = 0;  // kCodeNull/kCodeDiscard/kCodeComplex, or 0 for a shift
  int days = 0;
};

struct Pattern {
  int32_t phrase = -1;  // index into Dictionary::elems (start), -1 for a head
  int32_t code = 0;     // event code index (verbs, attrib), actor set (actors),
                        // agent code id (agents), time code index (time)
  int32_t length = 0;
  int32_t maxalt = 0;
  int32_t next = -1;    // next pattern, longest first
  // Literals every match needs (fixed words outside { } and &synsets):
  // required[req_begin, req_begin + req_count). A sentence lacking any of
  // them cannot match, so the coder skips the pattern without trying it.
  // The first req_lower of them stand before the verb, the rest after it.
  int32_t req_begin = 0, req_count = 0, req_lower = 0;
  // Synsets every match needs (&synsets outside { }):
  // required_synsets[syn_begin, syn_begin + syn_count). A sentence with no
  // possible member of one of them cannot match either.
  int32_t syn_begin = 0, syn_count = 0;
};

struct Root {
  int32_t phrase = 0;   // index into Dictionary::elems
  WordType wtype = kNull;
  int32_t pat = -1;     // head pattern (carries the root's code)
  int32_t parent = 0;   // actors: parent root of a synonym (0 = itself)
};

class Dictionary {
 public:
  Dictionary();

  // ---- literals ----
  int FindLiteral(std::string_view s) const;
  int AddLiteral(std::string_view s);
  const std::string& literal(int id) const { return literals_[id]; }
  int literal_count() const { return static_cast<int>(literals_.size()); }
  // Roots whose phrase starts with literal `lit`, in dictionary order.
  const std::vector<int32_t>& StartList(int lit) const;
  // The start lists again, flat for the parser: for literal `lit`,
  // start_flat[start_off[lit] .. start_off[lit + 1]), each entry a root and
  // the rarest literal of that root after the first (0 when it has one
  // word): a sentence without that literal cannot match the root.
  // Empty until ComputeRequiredLiterals runs.
  struct StartEntry {
    int32_t root, key;
  };
  std::vector<StartEntry> start_flat;
  std::vector<int32_t> start_off;

  // ---- codes ----
  int InternCode(std::string_view code);
  const std::string& code(int id) const { return codes_[id]; }
  int elite_agent() const { return elite_agent_; }

  // ---- storage (public: the readers and the coder walk these) ----
  std::vector<PhraseElem> elems;     // all phrases, each ended by tok 0
  std::vector<Root> roots;           // roots[0] unused
  std::vector<Pattern> patterns;     // patterns[0] unused
  std::vector<ActorCodeSet> actor_sets;
  std::vector<EventCode> event_codes;
  std::vector<TimeCode> time_codes;
  std::vector<std::string> labels;   // code id -> LABEL text ("" if none)
  std::vector<int32_t> required;     // see Pattern::req_begin
  std::vector<int32_t> required_synsets;  // synset roots, see Pattern::syn_begin
  // Literals of each root's phrase: root_req[root_req_begin[r] ...] up to
  // the next root's begin. A root whose literals are not all in a sentence
  // cannot match there.
  std::vector<int32_t> root_req_begin, root_req;

  // For roots with many patterns (SAID has thousands): each pattern filed
  // under its rarest required literal, so a verb tries only patterns whose
  // key word occurs in the sentence. Patterns with no required literal are
  // always tried.
  struct PatternIndex {
    std::vector<int32_t> order;                        // ordinal -> pattern id
    struct Keyed {
      int32_t lit, ord;
      bool operator<(const Keyed& o) const { return lit < o.lit || (lit == o.lit && ord < o.ord); }
    };
    std::vector<Keyed> keyed;                          // (key literal, ordinal), sorted
    std::vector<int32_t> always;                       // ordinals without a key
    // Open-addressing table: key literal -> [begin, end) in keyed.
    struct Slot {
      int32_t lit = 0;
      int32_t begin = 0, end = 0;
    };
    std::vector<Slot> slots;  // size a power of two
    const Slot* Find(int32_t lit) const {
      uint32_t mask = static_cast<uint32_t>(slots.size() - 1);
      for (uint32_t h = (static_cast<uint32_t>(lit) * 2654435761u) & mask;; h = (h + 1) & mask) {
        if (slots[h].lit == lit) return &slots[h];
        if (!slots[h].lit) return nullptr;
      }
    }
  };
  std::vector<PatternIndex> pattern_indexes;
  std::vector<int32_t> head_index;   // head pattern id -> pattern_indexes slot, -1 if none
  std::vector<uint8_t> is_pattern_key;  // literal -> 1 when some PatternIndex files a pattern under it
  // The same filing for long start lists (INTERNATIONAL starts 300 roots):
  // start_index_of[lit] is a slot in start_indexes (order = root ids), or -1.
  std::vector<PatternIndex> start_indexes;
  std::vector<int32_t> start_index_of;
  std::vector<uint8_t> is_root_key;     // literal -> 1 when some start index files a root under it

  // Fills the search aids above; call once loading is done.
  void ComputeRequiredLiterals();

  // Built-in roots and literals the parser needs by identity.
  int lit_and = 0, lit_nor = 0, lit_the = 0;
  int root_former = 0, root_default_actor = 0;
  std::vector<int> singular_pronoun_lits;  // HE HIM SHE HER IT
  std::vector<int> plural_pronoun_lits;    // THEM THEIR THEY
  int first_descriptor_root = 0, last_descriptor_root = -1;  // THE TWO MEN, BOTH SIDES...
  bool has_time_list = false;
  bool has_attrib_list = false;

  // Stores `phrase` (TABARI phrase syntax, upper case) and returns its start
  // index in `elems`. Throws nothing: an unknown &synset sets *error.
  int32_t StorePhrase(std::string_view phrase, bool synset_designator, std::string* error);
  // Adds a root whose head pattern carries `code`; registers it in the
  // start list of its first literal.
  int AddRoot(std::string_view phrase, WordType type, int32_t code, bool synset_designator,
              std::string* error);
  // Adds a pattern to root `root`'s list, keeping longest first.
  Status AddPattern(int root, std::string_view pattern_text, int32_t code);
  // True if a root with exactly this phrase text exists.
  bool HasRoot(std::string_view phrase) const;

  // Actor codes in force on `date` for actor set `set` (nullptr: none).
  const std::vector<ActorAgent>* ActorCodesOn(int set, Day date) const;

  std::string PhraseText(int32_t start) const;

  // Binary image for the cache (cache.cc). A dictionary loaded from a cache
  // codes exactly like the original but cannot take new entries.
  void SaveTo(std::string* out) const;
  Status LoadFrom(const char** p, const char* end);

 private:
  void AddBuiltin(std::string_view phrase, WordType type);
  void RebuildMaps() const;

  std::vector<std::string> literals_;
  mutable std::unordered_map<std::string, int> literal_ids_;
  mutable bool maps_stale_ = false;  // after a cache load
  std::vector<std::vector<int32_t>> start_lists_;
  std::vector<std::string> codes_;
  mutable std::unordered_map<std::string, int> code_ids_;
  std::unordered_map<std::string, int> root_texts_;
  int elite_agent_ = 0;
};

// Text of a phrase normalised the way TABARI compares duplicates.
std::string CanonicalPhrase(std::string_view phrase);

}  // namespace entente::dict

#endif  // ENTENTE_DICT_DICTIONARY_H_
