#include "dict/dictionary.h"

#include <cctype>
#include <algorithm>
#include <cstring>

namespace entente::dict {
namespace {

// TABARI counts the characters of a pattern to order patterns longest
// first: alphanumerics, '_' and '\'' count; inside { a | b } only the
// longest alternative counts, and is reported separately as `alt`.
void PatternLength(std::string_view p, int* len, int* alt) {
  *len = 0;
  *alt = 0;
  auto counts = [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    int n = 0;
    if (c == '_' || c == '\'') ++n;
    if (!std::isspace(u) && !std::ispunct(u)) ++n;
    return n;
  };
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '{') {
      int maxlen = 0;
      while (i < p.size() && p[i] != '}') {
        ++i;
        int templen = 0;
        while (i < p.size() && p[i] != '|' && p[i] != '}') templen += counts(p[i++]);
        if (templen > maxlen) maxlen = templen;
      }
      *alt += maxlen;
      continue;
    }
    *len += counts(c);
  }
}

}  // namespace

std::string CanonicalPhrase(std::string_view phrase) {
  std::string out;
  bool space = false;
  for (char c : phrase) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  if (!out.empty() && out.back() != '_') out.push_back(' ');
  return out;
}

Dictionary::Dictionary() {
  literals_.emplace_back();  // id 0: end of list
  start_lists_.emplace_back();
  // Symbols first so their ids match TABARI's constants.
  for (const char* s : {",", "#", "*", "$", "+", "@", "%", "^", "{", "|", "}"}) AddLiteral(s);
  while (literal_count() < kSymbolLimit) {
    literals_.emplace_back("\x01");  // placeholders never match text
    start_lists_.emplace_back();
  }
  codes_.emplace_back();
  labels.emplace_back();
  for (const char* c : {"---", "+++", "###", "***"}) InternCode(c);
  elite_agent_ = InternCode("~ELI");
  roots.emplace_back();
  patterns.emplace_back();
  actor_sets.emplace_back();
  event_codes.emplace_back();
  time_codes.emplace_back();

  AddBuiltin("A_", kDeterm);
  AddBuiltin("AN_", kDeterm);
  AddBuiltin("THE_", kDeterm);
  lit_the = elems[roots.back().phrase].tok;
  AddBuiltin("AND_", kConj);
  lit_and = elems[roots.back().phrase].tok;
  AddBuiltin("NOR_", kConj);
  lit_nor = elems[roots.back().phrase].tok;
  AddBuiltin("BUT_", kConj);
  AddBuiltin("OR_", kConj);
  AddBuiltin("IN_", kPrep);
  AddBuiltin("OF_", kPrep);
  for (const char* p : {"HE_", "HIM_", "SHE_", "HER_", "IT_"}) {
    AddBuiltin(p, kPronoun);
    singular_pronoun_lits.push_back(elems[roots.back().phrase].tok);
  }
  for (const char* p : {"THEM_", "THEIR_", "THEY_"}) {
    AddBuiltin(p, kPronoun);
    plural_pronoun_lits.push_back(elems[roots.back().phrase].tok);
  }
  // Plural descriptors that refer back like THEY (entente's rules only; see
  // docs/formats/linguistics.md).
  first_descriptor_root = static_cast<int>(roots.size());
  for (const char* p : {"THE_TWO_MEN_", "THE_TWO_LEADERS_", "THE_TWO_SIDES_", "THE_TWO_COUNTRIES_",
                        "THE_TWO_NATIONS_", "THE_TWO_GOVERNMENTS_", "THE_TWO_PRESIDENTS_", "THE_TWO_MINISTERS_",
                        "BOTH_MEN_", "BOTH_LEADERS_", "BOTH_SIDES_", "BOTH_COUNTRIES_", "BOTH_NATIONS_",
                        "BOTH_GOVERNMENTS_", "BOTH_PRESIDENTS_", "BOTH_MINISTERS_"})
    AddBuiltin(p, kPronoun);
  last_descriptor_root = static_cast<int>(roots.size()) - 1;
  AddBuiltin("WERE_", kAuxil);
  AddBuiltin("WAS_", kAuxil);
  AddBuiltin("BEEN_", kAuxil);
  AddBuiltin("BY_", kByword);
  AddBuiltin("FORMER_", kAdjctv);
  root_former = static_cast<int>(roots.size()) - 1;
  AddBuiltin("DEFAULT_ACTOR", kActor);
  root_default_actor = static_cast<int>(roots.size()) - 1;
}

void Dictionary::AddBuiltin(std::string_view phrase, WordType type) {
  std::string err;
  AddRoot(phrase, type, 0, false, &err);
  roots.back().pat = -1;  // built-in words carry no code
}

void Dictionary::RebuildMaps() const {
  maps_stale_ = false;
  for (int i = 1; i < literal_count(); ++i) literal_ids_.emplace(literals_[i], i);
  for (int i = 1; i < static_cast<int>(codes_.size()); ++i) code_ids_.emplace(codes_[i], i);
}

int Dictionary::FindLiteral(std::string_view s) const {
  if (maps_stale_) RebuildMaps();
  auto it = literal_ids_.find(std::string(s));
  return it == literal_ids_.end() ? 0 : it->second;
}

int Dictionary::AddLiteral(std::string_view s) {
  if (maps_stale_) RebuildMaps();
  std::string key(s);
  auto it = literal_ids_.find(key);
  if (it != literal_ids_.end()) return it->second;
  int id = literal_count();
  literals_.push_back(key);
  literal_ids_.emplace(std::move(key), id);
  start_lists_.emplace_back();
  return id;
}

const std::vector<int32_t>& Dictionary::StartList(int lit) const { return start_lists_[lit]; }

int Dictionary::InternCode(std::string_view code) {
  if (maps_stale_) RebuildMaps();
  std::string key(code);
  auto it = code_ids_.find(key);
  if (it != code_ids_.end()) return it->second;
  int id = static_cast<int>(codes_.size());
  codes_.push_back(key);
  labels.emplace_back();
  code_ids_.emplace(std::move(key), id);
  return id;
}

int32_t Dictionary::StorePhrase(std::string_view s, bool synset_designator, std::string* error) {
  int32_t start = static_cast<int32_t>(elems.size());
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    size_t j = s.find_first_of(" _~=", i);
    std::string_view word = s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i);
    int lit = AddLiteral(word);
    if (j != std::string_view::npos) {
      char sep = s[j];
      if (!word.empty() && word[0] == '&') {  // "A__B" has an empty word
        const auto& starts = start_lists_[lit];
        if (starts.empty()) {
          *error = "undeclared &synset designator " + std::string(word);
          elems.push_back({0, 0});
          return start;
        }
        elems.push_back({starts.front(),
                         static_cast<uint16_t>(sep == ' ' ? (kFlagSynm | kConnFullSkip)
                                                          : (kFlagSynm | kConnPartNext))});
      } else if (sep == ' ') {
        elems.push_back({lit, kConnPartSkip});
      } else if (sep == '=') {
        elems.push_back({lit, kConnEqual});
      } else if (sep == '~') {
        elems.push_back({lit, kConnPartNext});
        ++j;  // "~_" is one connector
      } else {  // '_'
        if (j + 1 < s.size() && s[j + 1] == ' ') {
          elems.push_back({lit, kConnFullSkip});
          ++j;
        } else {
          elems.push_back({lit, kConnFullNext});
        }
      }
      i = j + 1;
    } else {
      if (!word.empty() && word[0] == '&' && !synset_designator) {
        const auto& starts = start_lists_[lit];
        if (starts.empty()) {
          *error = "undeclared &synset designator " + std::string(word);
          elems.push_back({0, 0});
          return start;
        }
        elems.push_back({starts.front(), static_cast<uint16_t>(kFlagSynm | kConnFullSkip)});
      } else {
        elems.push_back({lit, kConnPartSkip});
      }
      break;
    }
  }
  elems.push_back({0, 0});
  return start;
}

int Dictionary::AddRoot(std::string_view phrase, WordType type, int32_t code, bool synset_designator,
                        std::string* error) {
  Root r;
  r.phrase = StorePhrase(phrase, synset_designator, error);
  r.wtype = type;
  Pattern head;
  head.code = code;
  r.pat = static_cast<int32_t>(patterns.size());
  patterns.push_back(head);
  int id = static_cast<int>(roots.size());
  roots.push_back(r);
  int first = elems[r.phrase].tok;
  if (first > 0 && !(elems[r.phrase].conn & kFlagSynm)) start_lists_[first].push_back(id);
  root_texts_.emplace(CanonicalPhrase(phrase), id);
  return id;
}

bool Dictionary::HasRoot(std::string_view phrase) const {
  return root_texts_.count(CanonicalPhrase(phrase)) > 0;
}

Status Dictionary::AddPattern(int root, std::string_view text, int32_t code) {
  int len = 0, alt = 0;
  PatternLength(text, &len, &alt);
  std::string err;
  Pattern p;
  p.phrase = StorePhrase(text, false, &err);
  if (!err.empty()) return Status::InvalidArgument(err);
  p.code = code;
  p.length = len + alt;
  p.maxalt = alt;
  // Insert after every pattern at least as long (stable for equal lengths).
  int32_t prev = roots[root].pat;
  while (patterns[prev].next >= 0 && patterns[patterns[prev].next].length >= p.length) {
    prev = patterns[prev].next;
  }
  p.next = patterns[prev].next;
  patterns[prev].next = static_cast<int32_t>(patterns.size());
  patterns.push_back(p);
  return Status::Ok();
}

const std::vector<ActorAgent>* Dictionary::ActorCodesOn(int set, Day date) const {
  if (set <= 0 || set >= static_cast<int>(actor_sets.size())) return nullptr;
  for (const DatedCodes& b : actor_sets[set].blocks) {
    switch (b.kind) {
      case DatedCodes::kDefault:
        return &b.codes;
      case DatedCodes::kBefore:
        if (date < b.from) return &b.codes;
        break;
      case DatedCodes::kAfter:
        if (date > b.from) return &b.codes;
        break;
      case DatedCodes::kBetween:
        if (date >= b.from && date <= b.to) return &b.codes;
        break;
    }
  }
  return nullptr;
}

namespace {

// Sorts ix->keyed and fills its hash slots (key literal -> range).
void FinishIndex(Dictionary::PatternIndex* ix) {
  std::sort(ix->keyed.begin(), ix->keyed.end());
  size_t distinct = 0;
  for (size_t k = 0; k < ix->keyed.size(); ++k) distinct += k == 0 || ix->keyed[k].lit != ix->keyed[k - 1].lit;
  size_t size = 16;
  while (size < distinct * 2) size <<= 1;
  ix->slots.assign(size, {});
  uint32_t mask = static_cast<uint32_t>(size - 1);
  for (size_t k = 0; k < ix->keyed.size();) {
    size_t e = k;
    while (e < ix->keyed.size() && ix->keyed[e].lit == ix->keyed[k].lit) ++e;
    uint32_t h = (static_cast<uint32_t>(ix->keyed[k].lit) * 2654435761u) & mask;
    while (ix->slots[h].lit) h = (h + 1) & mask;
    ix->slots[h] = {ix->keyed[k].lit, static_cast<int32_t>(k), static_cast<int32_t>(e)};
    k = e;
  }
}

}  // namespace

void Dictionary::ComputeRequiredLiterals() {
  required.clear();
  required_synsets.clear();
  root_req_begin.assign(roots.size() + 1, 0);
  root_req.clear();
  for (size_t r = 0; r < roots.size(); ++r) {
    root_req_begin[r] = static_cast<int32_t>(root_req.size());
    if (r == 0) continue;
    for (int32_t i = roots[r].phrase; elems[i].tok; ++i)
      if (!(elems[i].conn & kFlagSynm) && elems[i].tok >= kSymbolLimit) root_req.push_back(elems[i].tok);
  }
  root_req_begin[roots.size()] = static_cast<int32_t>(root_req.size());
  {
    std::vector<int32_t> rf(literals_.size(), 0);
    for (int32_t lit : root_req) ++rf[lit];
    start_flat.clear();
    start_off.assign(start_lists_.size() + 1, 0);
    for (size_t lit = 0; lit < start_lists_.size(); ++lit) {
      start_off[lit] = static_cast<int32_t>(start_flat.size());
      for (int32_t r : start_lists_[lit]) {
        int32_t key = 0;
        for (int32_t k = root_req_begin[r] + 1; k < root_req_begin[r + 1]; ++k)
          if (!key || rf[root_req[k]] < rf[key]) key = root_req[k];
        start_flat.push_back({r, key});
      }
    }
    start_off[start_lists_.size()] = static_cast<int32_t>(start_flat.size());
    // Long start lists get a key index too.
    start_indexes.clear();
    start_index_of.assign(start_lists_.size(), -1);
    is_root_key.assign(literals_.size(), 0);
    for (size_t lit = 0; lit < start_lists_.size(); ++lit) {
      int32_t b = start_off[lit], e = start_off[lit + 1];
      if (e - b < 32) continue;
      PatternIndex ix;
      for (int32_t k = b; k < e; ++k) {
        int32_t ord = k - b;
        ix.order.push_back(start_flat[k].root);
        if (start_flat[k].key) {
          ix.keyed.push_back({start_flat[k].key, ord});
          is_root_key[start_flat[k].key] = 1;
        } else {
          ix.always.push_back(ord);
        }
      }
      FinishIndex(&ix);
      start_index_of[lit] = static_cast<int32_t>(start_indexes.size());
      start_indexes.push_back(std::move(ix));
    }
  }
  for (Pattern& p : patterns) {
    p.req_begin = static_cast<int32_t>(required.size());
    p.req_count = p.req_lower = 0;
    p.syn_begin = static_cast<int32_t>(required_synsets.size());
    p.syn_count = 0;
    if (p.phrase < 0) continue;
    std::vector<int32_t> lower, upper;
    bool after_verb = false;
    int depth = 0;
    for (int32_t i = p.phrase; elems[i].tok; ++i) {
      const PhraseElem& e = elems[i];
      if (e.conn & kFlagSynm) {
        if (depth == 0) required_synsets.push_back(e.tok), ++p.syn_count;
        continue;
      }
      if (e.tok == kVerbLit) after_verb = true;
      else if (e.tok == kOpenLit) ++depth;
      else if (e.tok == kCloseLit) depth = depth > 0 ? depth - 1 : 0;
      else if (e.tok >= kSymbolLimit && depth == 0) (after_verb ? upper : lower).push_back(e.tok);
    }
    required.insert(required.end(), lower.begin(), lower.end());
    required.insert(required.end(), upper.begin(), upper.end());
    p.req_lower = static_cast<int32_t>(lower.size());
    p.req_count = static_cast<int32_t>(lower.size() + upper.size());
  }
  // Index long pattern lists by each pattern's rarest required literal.
  std::vector<int32_t> freq(literals_.size(), 0);
  for (int32_t lit : required) ++freq[lit];
  pattern_indexes.clear();
  head_index.assign(patterns.size(), -1);
  is_pattern_key.assign(literals_.size(), 0);
  std::vector<char> seen(patterns.size(), 0);
  for (const Root& r : roots) {
    if (r.pat <= 0 || seen[r.pat]) continue;
    seen[r.pat] = 1;
    int n = 0;
    for (int32_t p = patterns[r.pat].next; p >= 0; p = patterns[p].next) ++n;
    if (n < 24) continue;
    PatternIndex ix;
    for (int32_t p = patterns[r.pat].next; p >= 0; p = patterns[p].next) {
      int32_t ord = static_cast<int32_t>(ix.order.size());
      ix.order.push_back(p);
      const Pattern& pt = patterns[p];
      int32_t key = 0;
      for (int32_t k = 0; k < pt.req_count; ++k) {
        int32_t lit = required[pt.req_begin + k];
        if (!key || freq[lit] < freq[key]) key = lit;
      }
      if (key) {
        ix.keyed.push_back({key, ord});
        is_pattern_key[key] = 1;
      }
      else ix.always.push_back(ord);
    }
    FinishIndex(&ix);
    head_index[r.pat] = static_cast<int32_t>(pattern_indexes.size());
    pattern_indexes.push_back(std::move(ix));
  }
}

std::string Dictionary::PhraseText(int32_t start) const {
  std::string out;
  for (int32_t i = start; i >= 0 && i < static_cast<int32_t>(elems.size()) && elems[i].tok; ++i) {
    const PhraseElem& e = elems[i];
    if (e.conn & kFlagSynm) {
      out += "&synset ";
      continue;
    }
    out += literals_[e.tok];
    switch (e.conn) {
      case kConnPartSkip: out += ' '; break;
      case kConnFullNext: out += '_'; break;
      case kConnFullSkip: out += "_ "; break;
      case kConnPartNext: out += "~_"; break;
      case kConnEqual: out += '='; break;
      default: break;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace entente::dict
