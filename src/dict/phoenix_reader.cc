#include "dict/phoenix_reader.h"

#include <cctype>
#include <fstream>
#include <map>
#include <optional>

#include "entente/date.h"

namespace entente::dict {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsBlank(s[b])) ++b;
  while (e > b && IsBlank(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Lines of a PETRARCH dictionary with comments removed: "#" and the legacy
// ";" to the end of the line (not inside [...], where "###" is a code),
// "<!-- ... -->" spans, possibly over several lines. Leading blanks are
// kept because they mark code lines. "---STOP---" ends the file.
class PhoenixLines {
 public:
  PhoenixLines(std::istream& in, std::string name, std::vector<std::string>* warnings)
      : in_(in), name_(std::move(name)), warnings_(warnings) {}

  // Next line with content; false at the end.
  bool Next(std::string* line) {
    std::string raw;
    while (std::getline(in_, raw)) {
      ++number_;
      if (raw.find("---STOP---") != std::string::npos) return false;
      bool indented = !raw.empty() && IsBlank(raw[0]) && !in_xml_;
      StripComments(&raw);
      // A comment that opened the line does not make it a code line.
      if (!indented) {
        size_t k = 0;
        while (k < raw.size() && IsBlank(raw[k])) ++k;
        raw.erase(0, k);
      }
      if (Trim(raw).empty()) continue;
      while (!raw.empty() && IsBlank(raw.back())) raw.pop_back();
      *line = std::move(raw);
      return true;
    }
    return false;
  }

  void Warn(int line, const std::string& msg) {
    if (warnings_) warnings_->push_back(name_ + ":" + std::to_string(line) + ": " + msg);
  }
  void Warn(const std::string& msg) { Warn(number_, msg); }
  int number() const { return number_; }
  bool bad() const { return in_.bad(); }

 private:
  void StripComments(std::string* s) { *s = StripPetrarchComments(*s, &in_xml_); }

  std::istream& in_;
  std::string name_;
  std::vector<std::string>* warnings_;
  int number_ = 0;
  bool in_xml_ = false;
};

// "YYMMDD" (years 00-30 are 20YY) or "YYYYMMDD", as PETRARCH reads them.
bool ParseDate(std::string_view s, Day* out) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  if (s.size() == 6) return ParseYymmdd(s, out);
  if (s.size() == 8) return ParseIsoDate(s, out);
  return false;
}

// The inside of one bracket: "CODE", "CODE <DATE", "CODE >DATE" or
// "CODE DATE-DATE". *is_default is set for a bare code.
bool ParseBlock(std::string_view body, Dictionary* dict, DatedCodes* out, bool* is_default,
                std::string* error) {
  body = Trim(body);
  size_t sp = 0;
  while (sp < body.size() && !IsBlank(body[sp])) ++sp;
  std::string_view code = body.substr(0, sp);
  std::string_view rest = Trim(body.substr(sp));
  if (code.empty() || code[0] == '<' || code[0] == '>' ||
      std::isdigit(static_cast<unsigned char>(code[0])) ||
      code.find_first_of("[]") != std::string_view::npos) {
    *error = "no actor code in \"[" + std::string(body) + "]\"";
    return false;
  }
  // "FRO/BIL/SAM" is a coded compound, as in TABARI: one code per member.
  out->codes.clear();
  for (size_t start = 0;;) {
    size_t slash = code.find('/', start);
    std::string_view part = code.substr(start, slash == std::string_view::npos ? slash : slash - start);
    if (part.empty()) {
      *error = "empty member in the compound code \"" + std::string(code) + "\"";
      return false;
    }
    out->codes.push_back(ActorAgent{dict->InternCode(part), 0});
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  *is_default = rest.empty();
  if (rest.empty()) {
    out->kind = DatedCodes::kDefault;
    return true;
  }
  Day d = 0;
  if (rest[0] == '<' || rest[0] == '>') {
    if (!ParseDate(Trim(rest.substr(1)), &d)) {
      *error = "date is not YYMMDD or YYYYMMDD in \"[" + std::string(body) + "]\"";
      return false;
    }
    // PETRARCH's bounds are inclusive; the model's are strict.
    out->kind = rest[0] == '<' ? DatedCodes::kBefore : DatedCodes::kAfter;
    out->from = rest[0] == '<' ? d + 1 : d - 1;
    return true;
  }
  size_t dash = rest.find('-');
  Day to = 0;
  if (dash == std::string_view::npos || !ParseDate(Trim(rest.substr(0, dash)), &d) ||
      !ParseDate(Trim(rest.substr(dash + 1)), &to)) {
    *error = "cannot read the date restriction in \"[" + std::string(body) +
             "]\" (dates are YYMMDD or YYYYMMDD)";
    return false;
  }
  if (to < d) {
    *error = "date range ends before it starts in \"[" + std::string(body) + "]\"";
    return false;
  }
  out->kind = DatedCodes::kBetween;
  out->from = d;
  out->to = to;
  return true;
}

// One actor entry: a primary phrase, its synonyms and its codes.
struct ActorEntry {
  std::vector<std::pair<std::string, int>> phrases;  // stored phrase, line
  std::vector<DatedCodes> dated;
  std::optional<DatedCodes> fallback;                // first unrestricted code
  bool has_codes = false;
  bool skip = false;  // the primary phrase was malformed: drop the rest quietly
  int line = 0;
};

// Parses every "[...]" of `text`; only blanks may separate them. Text
// after the last block is ignored (PETRARCH reads the first block only) and
// noted in *note.
bool ParseCodeBlocks(std::string_view text, Dictionary* dict, ActorEntry* e, std::string* error,
                     std::string* note) {
  std::vector<DatedCodes> dated;
  std::optional<DatedCodes> fallback;
  size_t i = 0;
  bool any = false;
  while (true) {
    while (i < text.size() && IsBlank(text[i])) ++i;
    if (i >= text.size()) break;
    if (text[i] != '[') {
      if (any) {
        *note = "text \"" + std::string(text.substr(i)) + "\" after the codes ignored";
        break;
      }
      *error = "unexpected text \"" + std::string(text.substr(i)) + "\" outside [...]";
      return false;
    }
    size_t rb = text.find(']', i);
    if (rb == std::string_view::npos) {
      *error = "missing ] in \"" + std::string(text.substr(i)) + "\"";
      return false;
    }
    DatedCodes b;
    bool is_default = false;
    if (!ParseBlock(text.substr(i + 1, rb - i - 1), dict, &b, &is_default, error)) return false;
    if (is_default) {
      if (!fallback) fallback = std::move(b);
    } else {
      dated.push_back(std::move(b));
    }
    any = true;
    i = rb + 1;
  }
  if (!any) {
    *error = "no code in [...]";
    return false;
  }
  for (auto& b : dated) e->dated.push_back(std::move(b));
  if (fallback && !e->fallback) e->fallback = std::move(fallback);
  e->has_codes = true;
  return true;
}

// Adds the phrases of `e` as one actor: the first new phrase is the
// parent, the others share its head pattern.
void FlushActor(ActorEntry* e, Dictionary* dict, PhoenixLines* r) {
  if (e->skip || e->phrases.empty()) {
    *e = ActorEntry();
    return;
  }
  if (!e->has_codes) {
    r->Warn(e->line, "no code for \"" + e->phrases.front().first + "\"; entry skipped");
    *e = ActorEntry();
    return;
  }
  ActorCodeSet cs;
  cs.blocks = std::move(e->dated);
  if (e->fallback) {
    cs.blocks.push_back(std::move(*e->fallback));
  } else {
    DatedCodes null_default;
    null_default.codes.assign(1, ActorAgent{kCodeNull, 0});
    cs.blocks.push_back(std::move(null_default));
  }
  int set = -1, parent = 0;
  for (auto& [phrase, line] : e->phrases) {
    if (dict->HasRoot(phrase)) continue;  // the first entry wins
    if (set < 0) {
      set = static_cast<int>(dict->actor_sets.size());
      dict->actor_sets.push_back(cs);
    }
    std::string err;
    int id = dict->AddRoot(phrase, kActor, set, false, &err);
    if (!err.empty()) r->Warn(line, err);
    if (parent == 0) {
      parent = id;
    } else {
      dict->patterns.pop_back();
      dict->roots[id].pat = dict->roots[parent].pat;
      dict->roots[id].parent = parent;
    }
  }
  *e = ActorEntry();
}

// PETRARCH's regular plural of the phrase's last word.
std::string Plural(const std::string& phrase) {
  if (phrase.empty()) return phrase;
  char last = phrase.back();
  if (last == 'Y') return phrase.substr(0, phrase.size() - 1) + "IES";
  if (last == 'S') return phrase + "ES";
  return phrase + "S";
}

// Replaces every !NAME! of `phrase` by each member of its set. Returns
// false with *error set for an unknown or unclosed marker, or when the
// expansion would exceed `limit` phrases.
bool Expand(const std::string& phrase, const std::map<std::string, std::vector<std::string>>& sets,
            size_t limit, std::vector<std::string>* out, std::string* error) {
  size_t a = phrase.find('!');
  if (a == std::string::npos) {
    if (out->size() >= limit) {
      *error = "substitution sets expand to more than " + std::to_string(limit) + " phrases";
      return false;
    }
    out->push_back(phrase);
    return true;
  }
  size_t b = phrase.find('!', a + 1);
  if (b == std::string::npos) {
    *error = "substitution marker \"" + phrase.substr(a) + "\" has no closing '!'";
    return false;
  }
  std::string name = phrase.substr(a + 1, b - a - 1);
  auto it = sets.find(name);
  if (it == sets.end()) {
    *error = "substitution set !" + name + "! is not defined";
    return false;
  }
  for (const std::string& member : it->second) {
    if (!Expand(phrase.substr(0, a) + member + phrase.substr(b + 1), sets, limit, out, error)) return false;
  }
  return true;
}

constexpr size_t kMaxExpansions = 4096;

}  // namespace

std::string StripPetrarchComments(std::string_view s, bool* in_xml) {
  std::string out;
  size_t i = 0;
  int depth = 0;
  while (i < s.size()) {
    if (*in_xml) {
      size_t end = s.find("-->", i);
      if (end == std::string_view::npos) break;
      *in_xml = false;
      i = end + 3;
      continue;
    }
    char c = s[i];
    if (c == '<' && s.compare(i, 4, "<!--") == 0) {
      *in_xml = true;
      i += 4;
      continue;
    }
    if (depth == 0 && (c == '#' || c == ';')) break;
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    out.push_back(c);
    ++i;
  }
  return out;
}

bool PhoenixPhrase(std::string_view raw, std::string* out, std::string* error) {
  std::string s = Upper(Trim(raw));
  for (size_t i = 1; i < s.size(); ++i)
    if (s[i] == '-') s[i] = '_';  // the coder's text filter splits hyphenated words
  out->clear();
  size_t chars = 0, i = 0;
  bool first = true;
  while (true) {
    bool gap = false;
    while (i < s.size() && (s[i] == '_' || IsBlank(s[i]))) {
      gap |= IsBlank(s[i]);
      ++i;
    }
    if (i >= s.size()) break;
    size_t j = i;
    while (j < s.size() && s[j] != '_' && !IsBlank(s[j])) ++j;
    std::string_view word(s.data() + i, j - i);
    if (word.find_first_of("~=") != std::string_view::npos) {
      *error = "character '" + std::string(1, word[word.find_first_of("~=")]) + "' is not allowed in \"" +
               std::string(Trim(raw)) + "\"";
      return false;
    }
    if (word[0] == '&') {
      *error = "synset designator " + std::string(word) + " is not allowed in an actor or agent phrase";
      return false;
    }
    if (!first) *out += gap ? "~_" : "_";
    *out += word;
    chars += word.size();
    first = false;
    i = j;
  }
  if (out->empty()) {
    *error = "no phrase has been specified";
    return false;
  }
  if (chars < 2) {
    *error = "phrase \"" + std::string(Trim(raw)) + "\" is shorter than two characters";
    return false;
  }
  *out += '_';
  return true;
}

Status ReadPhoenixActors(std::istream& in, const std::string& name, Dictionary* dict,
                         std::vector<std::string>* warnings) {
  PhoenixLines r(in, name, warnings);
  ActorEntry e;
  std::string line;
  while (r.Next(&line)) {
    std::string_view t = Trim(line);
    if (t[0] == '[') {  // a code line, normally tab-indented: "\t[RUSGOV >080508]"
      if (e.skip) continue;
      if (e.phrases.empty()) {
        r.Warn("codes without a phrase before them");
        continue;
      }
      std::string err, note;
      if (!ParseCodeBlocks(t, dict, &e, &err, &note)) r.Warn(err + "; line skipped");
      if (!note.empty()) r.Warn(note);
      continue;
    }
    if (IsBlank(line[0])) {
      r.Warn("indented line is neither a code [...] nor a phrase: \"" + std::string(t) + "\"");
      continue;
    }
    if (t[0] == '+') {  // a synonym of the current entry
      if (e.skip) continue;
      if (e.phrases.empty()) {
        r.Warn("synonym " + std::string(t) + " has no entry before it");
        continue;
      }
      std::string phrase, err;
      if (!PhoenixPhrase(t.substr(1), &phrase, &err)) {
        r.Warn(err);
        continue;
      }
      e.phrases.emplace_back(std::move(phrase), r.number());
      continue;
    }
    // A primary phrase, maybe with its codes: "AFGHANISTAN_  [AFG]".
    // A primary that follows one still without codes joins it: both
    // take the codes that come next (PETRARCH stores them that way).
    if (e.skip || e.has_codes) FlushActor(&e, dict, &r);
    size_t lb = t.find('[');
    std::string phrase, err;
    if (!PhoenixPhrase(t.substr(0, lb), &phrase, &err)) {
      r.Warn(err + "; entry skipped");
      if (e.phrases.empty()) e.skip = true;
      continue;
    }
    if (lb != std::string_view::npos) {
      ActorEntry codes;
      std::string note;
      if (!ParseCodeBlocks(t.substr(lb), dict, &codes, &err, &note)) {
        r.Warn(err + "; entry skipped");
        if (e.phrases.empty()) e.skip = true;
        continue;
      }
      if (!note.empty()) r.Warn(note);
      for (auto& b : codes.dated) e.dated.push_back(std::move(b));
      // The primary's own bare code is the entry's fallback.
      if (codes.fallback) e.fallback = std::move(codes.fallback);
      e.has_codes = true;
    }
    if (e.phrases.empty()) e.line = r.number();
    e.phrases.emplace_back(std::move(phrase), r.number());
  }
  FlushActor(&e, dict, &r);
  if (r.bad()) return Status::IoError("error reading " + name);
  return Status::Ok();
}

Status ReadPhoenixAgents(std::istream& in, const std::string& name, Dictionary* dict,
                         std::vector<std::string>* warnings) {
  PhoenixLines r(in, name, warnings);
  std::map<std::string, std::vector<std::string>> sets;
  std::string line;
  while (r.Next(&line)) {
    std::string t(Trim(line));
    // A substitution set: "!PERSON! = MAN, MEN, WOMAN".
    if (t[0] == '!') {
      size_t b = t.find('!', 1);
      size_t eq = b == std::string::npos ? b : t.find_first_not_of(" \t", b + 1);
      if (eq != std::string::npos && t[eq] == '=') {
        std::string set_name = t.substr(1, b - 1);
        if (set_name.empty() || set_name.find_first_of(" \t") != std::string::npos) {
          r.Warn("substitution set name \"" + set_name + "\" is empty or has blanks");
          continue;
        }
        std::vector<std::string> members;
        std::string_view list(t);
        list.remove_prefix(eq + 1);
        while (!list.empty()) {
          size_t comma = list.find(',');
          std::string_view m = Trim(list.substr(0, comma));
          if (!m.empty()) members.push_back(Upper(m));
          if (comma == std::string_view::npos) break;
          list.remove_prefix(comma + 1);
        }
        if (members.empty()) {
          r.Warn("substitution set !" + set_name + "! has no members");
          continue;
        }
        sets[set_name] = std::move(members);
        continue;
      }
    }
    size_t lb = t.find('[');
    if (lb == std::string::npos) {
      r.Warn("agent needs a code in [...]");
      continue;
    }
    size_t rb = t.find(']', lb);
    if (rb == std::string::npos) {
      r.Warn("missing ] after the agent code");
      continue;
    }
    if (!Trim(std::string_view(t).substr(rb + 1)).empty()) {
      r.Warn("unexpected text after the agent code: \"" + t.substr(rb + 1) + "\"");
      continue;
    }
    std::string code(Trim(std::string_view(t).substr(lb + 1, rb - lb - 1)));
    if (code.size() < 2 || code.find_first_of(" \t[") != std::string::npos ||
        (code.front() == '~') == (code.back() == '~')) {
      r.Warn("agent code \"" + code + "\" needs one '~' before or after it (\"~GOV\", \"IGO~\")");
      continue;
    }
    std::string phrase = Upper(Trim(std::string_view(t).substr(0, lb)));
    std::optional<std::string> plural;
    size_t lc = phrase.find('{');
    if (lc != std::string::npos) {
      size_t rc = phrase.find('}', lc);
      if (rc == std::string::npos) {
        r.Warn("missing } after the plural");
        continue;
      }
      if (!Trim(std::string_view(phrase).substr(rc + 1)).empty() ||
          phrase.find('{', lc + 1) != std::string::npos) {
        r.Warn("text after {plural}; the plural must come last before the code");
        continue;
      }
      plural = std::string(Trim(std::string_view(phrase).substr(lc + 1, rc - lc - 1)));
      phrase = std::string(Trim(std::string_view(phrase).substr(0, lc)));
    }
    if (phrase.empty()) {
      r.Warn("no phrase has been specified");
      continue;
    }
    // Forms: the phrase, its plural ({...} if given, else PETRARCH's
    // regular plural unless the phrase ends in '_' or uses a !SET!, whose
    // members already list their forms), each with its !SET!s expanded.
    std::vector<std::string> forms{phrase};
    if (plural) {
      if (!plural->empty()) forms.push_back(*plural);
    } else if (phrase.back() != '_' && phrase.find('!') == std::string::npos) {
      forms.push_back(Plural(phrase));
    }
    std::vector<std::string> expanded;
    std::string err;
    bool ok = true;
    for (const std::string& f : forms) ok = ok && Expand(f, sets, kMaxExpansions, &expanded, &err);
    if (!ok) {
      r.Warn(err + "; entry skipped");
      continue;
    }
    int code_id = dict->InternCode(code);
    for (const std::string& f : expanded) {
      std::string stored;
      if (!PhoenixPhrase(f, &stored, &err)) {
        r.Warn(err);
        continue;
      }
      if (dict->HasRoot(stored)) continue;  // the first entry wins
      dict->AddRoot(stored, kAgent, code_id, false, &err);
      if (!err.empty()) r.Warn(err);
    }
  }
  if (r.bad()) return Status::IoError("error reading " + name);
  return Status::Ok();
}

Status ReadPhoenixDiscards(std::istream& in, const std::string& name, Dictionary* dict,
                           std::vector<std::string>* warnings) {
  PhoenixLines r(in, name, warnings);
  int set = 0;
  std::string line;
  while (r.Next(&line)) {
    std::string_view t = Trim(line);
    if (t[0] == '+') t = Trim(t.substr(1));  // story-level: read as sentence-level
    if (t.find_first_of("[]") != std::string_view::npos) {
      r.Warn("a discard phrase takes no code [...]");
      continue;
    }
    // PETRARCH finds " PHRASE" as a substring of the sentence: consecutive
    // words, the last one a stem unless it ends in '_'.
    std::string s = Upper(t);
    std::string phrase;
    size_t chars = 0;
    bool bad = false;
    for (size_t i = 0; i <= s.size(); ++i) {
      char c = i < s.size() ? s[i] : '_';
      if ((c == '-' && i > 0) || IsBlank(c)) c = '_';
      if (c != '_') {
        bool word_start = phrase.empty() || phrase.back() == '_';
        if (c == '~' || c == '=' || (c == '&' && word_start)) bad = true;
        phrase.push_back(c);
        ++chars;
      } else if (!phrase.empty() && phrase.back() != '_') {
        phrase.push_back('_');
      }
    }
    if (!phrase.empty() && s.back() != '_') phrase.pop_back();  // a stem
    if (bad) {
      r.Warn("characters '~', '=' and a leading '&' are not allowed in a discard phrase");
      continue;
    }
    if (chars < 2) {
      r.Warn("discard phrase \"" + std::string(t) + "\" is shorter than two characters");
      continue;
    }
    if (dict->HasRoot(phrase)) continue;
    if (set == 0) {
      DatedCodes b;
      b.codes.assign(1, ActorAgent{kCodeDiscard, 0});
      ActorCodeSet cs;
      cs.blocks.push_back(std::move(b));
      set = static_cast<int>(dict->actor_sets.size());
      dict->actor_sets.push_back(std::move(cs));
    }
    std::string err;
    dict->AddRoot(phrase, kActor, set, false, &err);
    if (!err.empty()) r.Warn(err);
  }
  if (r.bad()) return Status::IoError("error reading " + name);
  return Status::Ok();
}

Status LoadPhoenixFile(const std::string& path, WordType kind, Dictionary* dict,
                       std::vector<std::string>* warnings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open dictionary " + path);
  switch (kind) {
    case kActor: return ReadPhoenixActors(in, path, dict, warnings);
    case kAgent: return ReadPhoenixAgents(in, path, dict, warnings);
    default: return Status::InvalidArgument("Phoenix dictionaries hold actors or agents only");
  }
}

}  // namespace entente::dict
