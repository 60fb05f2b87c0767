#include "dict/petrarch_verbs_reader.h"

#include "dict/phoenix_reader.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "dict/tabari_reader.h"

namespace entente::dict {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Lines with comments removed and blanks trimmed: "#" and the legacy ";"
// to the end of the line (not inside [...], where "###" is a code), and
// "<!-- ... -->" spans, possibly over several lines.
class VerbLines {
 public:
  explicit VerbLines(std::istream& in) : in_(in) {}

  bool Next(std::string* line) {
    std::string raw;
    while (std::getline(in_, raw)) {
      ++number_;
      std::string out = StripPetrarchComments(raw, &in_xml_);
      std::string_view t = Trim(out);
      if (t.empty()) continue;
      *line = std::string(t);
      return true;
    }
    return false;
  }
  int number() const { return number_; }

 private:
  std::istream& in_;
  int number_ = 0;
  bool in_xml_ = false;
};

// Constructs a shallow coder cannot honour: dropped, and reported once per
// kind with a count (a dictionary has hundreds of them).
enum Drop {
  kDropAlternatives,   // "{ A | B }" in a pattern
  kDropGrouping,       // PETRARCH-2 "( ... )" in a pattern
  kDropTransformation, // PETRARCH-2 "~ a (a b X) Y = ..." line
  kDropTabariToken,    // '@', '~', '=' inside a pattern
  kDropNestedSynset,   // "+&NAME" member
  kDropMemberToken,    // '$', '+', '%', '^', '*', ... inside a member
  kDropExtraWords,     // "LASH OUT": words after the verb
  kDropCount
};

const char* DropText(int kind) {
  switch (kind) {
    case kDropAlternatives:
      return "TABARI alternatives { | } in a pattern: pattern skipped, as PETRARCH skips it";
    case kDropGrouping:
      return "PETRARCH-2 phrase grouping ( ) in a pattern: pattern skipped (not PETRARCH-1 syntax)";
    case kDropTransformation:
      return "PETRARCH-2 transformation line \"~ ...\": skipped (not PETRARCH-1 syntax)";
    case kDropTabariToken:
      return "TABARI-only token '@', '~' or '=' in a pattern: pattern skipped";
    case kDropNestedSynset:
      return "synset used inside a synset (+&NAME): member skipped, PETRARCH does not expand it";
    case kDropMemberToken:
      return "pattern token ($ + % ^ * { | } @ ~ =) in a synset member: member skipped (members are "
             "words only)";
    case kDropExtraWords:
      return "blank-separated words after the verb (\"LASH OUT\"): only the first word is the verb, "
             "as in PETRARCH";
    default:
      return "";
  }
}

// Splits a phrase into words at blanks and '_' (PETRARCH's separators) and
// applies the text-level rules: a hyphen inside a word joins like '_', a
// trailing hyphen ("ANTI-") is dropped, and TreeBank's split clitics ("DID
// N'T", "GONDOR 'S") are rejoined, since entente's text keeps them on the
// word. `conns` gets the separator after each word (' ', '_', or 0 last).
void SplitWords(std::string_view s, std::vector<std::string>* words, std::vector<char>* conns) {
  words->clear();
  conns->clear();
  auto symbolic = [](const std::string& w) { return w.find_first_of("*$+%^&") != std::string::npos; };
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && !IsBlank(s[j]) && s[j] != '_') ++j;
    std::string w(s.substr(i, j - i));
    // The separator run after the word: consecutive if it holds a '_'.
    char conn = 0;
    for (i = j; i < s.size() && (IsBlank(s[i]) || s[i] == '_'); ++i)
      conn = s[i] == '_' || conn == '_' ? '_' : ' ';
    while (w.size() > 1 && w.back() == '-') w.pop_back();
    if (w.empty() || w == "-") {
      if (!conns->empty() && conn == '_') conns->back() = '_';
      continue;
    }
    size_t h;
    while (!symbolic(w) && (h = w.find('-', 1)) != std::string::npos) {  // "PEACE-KEEPING"
      words->push_back(w.substr(0, h));
      conns->push_back('_');
      w = w.substr(h + 1);
    }
    if (!words->empty() && (w[0] == '\'' || w == "N'T") && !symbolic(words->back())) {
      words->back() += w;  // a clitic TreeBank split off
      conns->back() = conn;
      continue;
    }
    words->push_back(std::move(w));
    conns->push_back(conn);
  }
  if (!conns->empty()) conns->back() = 0;
}

bool IsSymbol(const std::string& w) { return w == "$" || w == "+" || w == "%" || w == "^" || w == "*"; }

// "A_B C" -> "A_B_C=": an exact-word root (PETRARCH does not stem).
std::string RootPhrase(const std::vector<std::string>& words) {
  std::string out;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k) out += '_';
    out += words[k];
  }
  return out + "=";
}

// The content of the first [...] of `text`; false when there is none or it
// is not closed (then *error says why).
bool FirstCode(std::string_view text, std::string* code, bool* present, std::string* error) {
  size_t lb = text.find('[');
  *present = lb != std::string_view::npos;
  if (!*present) return true;
  size_t rb = text.find(']', lb);
  if (rb == std::string_view::npos) {
    *error = "missing ] after [";
    return false;
  }
  *code = std::string(Trim(text.substr(lb + 1, rb - lb - 1)));
  if (code->empty()) {
    *error = "no code between [ ]";
    return false;
  }
  return true;
}

// The plural PETRARCH's documentation gives for a synset member: Y -> IES,
// SS -> SSES, otherwise +S. A member already ending in a single S is taken
// as plural and gets none (PETRARCH's code turns "DOLLARS" into "DOLLARES",
// which no text contains).
std::string MakePlural(const std::string& s) {
  if (s.empty()) return s;
  if (s.back() == 'Y') return s.substr(0, s.size() - 1) + "IES";
  if (s.size() > 1 && s.back() == 'S' && s[s.size() - 2] == 'S') return s + "ES";
  if (s.back() == 'S') return "";
  return s + "S";
}

struct PatternLine {
  std::string text;  // TABARI pattern syntax
  std::string code;
  int line = 0;
};

struct Group {  // the patterns of one "theverb" (PETRARCH's storage key)
  std::vector<PatternLine> patterns;
  int line = 0;
};

struct Form {
  std::string phrase;  // root phrase, "WORD="
  std::string code;
  int group = 0;
  int line = 0;
};

struct Synset {
  std::string name;
  std::vector<std::pair<std::string, int>> members;  // phrase, line
  int line = 0;
};

class Reader {
 public:
  Reader(std::istream& in, std::string name, Dictionary* dict, std::vector<std::string>* warnings)
      : lines_(in), name_(std::move(name)), dict_(dict), warnings_(warnings) {}

  void Run() {
    std::string t;
    while (lines_.Next(&t)) Line(t);
    Build();
    for (int k = 0; k < kDropCount; ++k) {
      if (!drops_[k]) continue;
      Warn(drop_line_[k], std::string(DropText(k)) + " (" + std::to_string(drops_[k]) +
                               (drops_[k] == 1 ? " time)" : " times; first here)"));
    }
  }

 private:
  void Warn(int line, const std::string& msg) {
    if (warnings_) warnings_->push_back(name_ + ":" + std::to_string(line) + ": " + msg);
  }
  void Warn(const std::string& msg) { Warn(lines_.number(), msg); }
  void Dropped(Drop kind) {
    if (!drops_[kind]++) drop_line_[kind] = lines_.number();
  }

  void Line(const std::string& t) {
    // Members run from a synset name to the first line without a '+'.
    if (t[0] == '+' && (synset_ >= 0 || skip_members_)) {
      if (synset_ >= 0) Member(t);
      return;
    }
    synset_ = -1;
    skip_members_ = false;
    if (t[0] == '~') {
      Dropped(kDropTransformation);
    } else if (t.rfind("---", 0) == 0) {  // "--- NAME [CODE] ---"
      group_ = -1;
      in_block_ = true;
      block_line_ = lines_.number();
      std::string code, err;
      bool present = false;
      if (!FirstCode(t, &code, &present, &err)) {
        Warn(err + " in the block header; the block's verbs get the null code");
        present = false;
      }
      block_code_ = present ? code : "---";
    } else if (t[0] == '-') {
      Pattern(t);
    } else if (t[0] == '&') {
      StartSynset(t);
    } else {
      Verb(t);  // also "+A_B": a multi-word verb outside a synset
    }
  }

  void StartSynset(const std::string& t) {
    std::string token = t.substr(0, t.find_first_of(" \t"));
    std::string name = Upper(token);
    bool noplural = name.back() == '_';
    while (!name.empty() && name.back() == '_') name.pop_back();
    if (name.size() < 2 || name.find_first_of("&$+%^*[]{}()|~=_,", 1) != std::string::npos) {
      // PETRARCH splits patterns at '_', so "&A_B" could never be used.
      Warn("synset name \"" + token + "\" is not &WORD; its members are skipped");
      skip_members_ = true;
      return;
    }
    if (!Trim(std::string_view(t).substr(token.size())).empty())
      Warn("text after the synset name " + name + " ignored");
    auto it = synset_of_.find(name);
    if (it == synset_of_.end()) {
      it = synset_of_.emplace(name, static_cast<int>(synsets_.size())).first;
      synsets_.push_back({name, {}, lines_.number()});
    }
    synset_ = it->second;
    noplural_ = noplural;
  }

  void Member(const std::string& t) {
    std::string m = Upper(Trim(std::string_view(t).substr(1)));
    if (m.empty()) {
      Warn("empty synset member");
      return;
    }
    if (m[0] == '&') {
      Dropped(kDropNestedSynset);
      return;
    }
    // Pattern tokens, and characters the stored phrase syntax reserves.
    if (m.find_first_of("$+%^*{|}@~=") != std::string::npos || m == ",") {
      Dropped(kDropMemberToken);
      return;
    }
    bool noplural = noplural_ || m.back() == '_';
    for (char& c : m)
      if (c == '_') c = ' ';
    std::vector<std::string> forms{m};
    if (!noplural) {
      std::string plural = MakePlural(std::string(Trim(m)));
      if (!plural.empty()) forms.push_back(plural);
    }
    Synset& s = synsets_[synset_];
    for (const std::string& f : forms) {
      std::vector<std::string> words;
      std::vector<char> conns;
      SplitWords(f, &words, &conns);
      if (words.empty()) continue;
      std::string phrase;
      for (const std::string& w : words) phrase += w + "_";
      bool dup = false;
      for (const auto& [p, l] : s.members) dup |= p == phrase;
      if (!dup) s.members.emplace_back(phrase, lines_.number());
    }
  }

  void Pattern(const std::string& t) {
    if (group_ < 0) {
      Warn(in_block_ ? "pattern before the first verb of its block; skipped"
                     : "pattern before any --- block header ---; skipped");
      return;
    }
    std::string code, err;
    bool present = false;
    if (!FirstCode(t, &code, &present, &err)) {
      Warn(err + "; pattern skipped");
      return;
    }
    if (!present) {
      Warn("pattern without a [code]; skipped");
      return;
    }
    std::string body = Upper(Trim(std::string_view(t).substr(1, t.find('[') - 1)));
    if (body.find_first_of("{|}") != std::string::npos) {
      Dropped(kDropAlternatives);
      return;
    }
    if (body.find_first_of("()") != std::string::npos) {
      Dropped(kDropGrouping);
      return;
    }
    if (body.find_first_of("@~=") != std::string::npos) {
      Dropped(kDropTabariToken);
      return;
    }
    // PETRARCH: "A_ B" is an open match "A B"; a final '_' means nothing.
    size_t u;
    while ((u = body.find("_ ")) != std::string::npos) body.erase(u, 1);
    while (!body.empty() && body.back() == '_') body.pop_back();
    std::vector<std::string> words;
    std::vector<char> conns;
    SplitWords(body, &words, &conns);
    int stars = 0;
    std::string out;
    for (size_t k = 0; k < words.size(); ++k) {
      std::string w = words[k];
      if (w.find('*') != std::string::npos) {
        if (w.find_first_not_of('*') != std::string::npos) {
          Warn("'*' must stand alone in \"" + w + "\"; pattern skipped");
          return;
        }
        w = "*";
        ++stars;
      }
      if (w[0] == '&') {
        if (!synset_of_.count(w) && !dict_->HasRoot(w)) {
          Warn("synset " + w + " is not defined above this pattern; pattern skipped, as in PETRARCH");
          return;
        }
      } else if (!IsSymbol(w) && w.find_first_of("$+%^&") != std::string::npos) {
        Warn("\"" + w + "\" mixes a word and a pattern token; pattern skipped");
        return;
      }
      bool word = !IsSymbol(w) && w[0] != '&';
      out += w;
      char c = conns[k];
      if (word) out += c == ' ' ? "_ " : "_";
      else if (c == ' ') out += ' ';
      else if (c == '_') out += '_';
    }
    if (stars != 1) {
      Warn(stars ? "more than one verb marker '*'; pattern skipped" : "no verb marker '*'; pattern skipped");
      return;
    }
    groups_[group_].patterns.push_back({out, code, lines_.number()});
  }

  void Verb(const std::string& t) {
    if (!in_block_) {
      Warn("verb line before any --- block header ---; it gets the null code");
      in_block_ = true;
      block_code_ = "---";
      block_line_ = lines_.number();
    }
    std::string code, err;
    bool present = false;
    if (!FirstCode(t, &code, &present, &err)) {
      Warn(err + "; verb skipped");
      return;
    }
    if (!present) code = block_code_;
    std::string text = Upper(t.substr(0, t.find('[')));
    std::string braces;
    bool has_braces = false;
    size_t lb = text.find('{');
    if (lb != std::string::npos) {
      size_t rb = text.find('}', lb);
      if (rb == std::string::npos) {
        Warn("missing } after the verb forms; verb skipped");
        return;
      }
      braces = text.substr(lb + 1, rb - lb - 1);
      has_braces = true;
      text = text.substr(0, lb);
    }
    std::string base(Trim(text));
    if (base.empty()) {
      Warn("no verb before the forms or code; line skipped");
      return;
    }
    size_t sp = base.find_first_of(" \t");
    if (sp != std::string::npos) {
      Dropped(kDropExtraWords);
      base = base.substr(0, sp);
    }
    // The forms, each still with the '+' of a multi-word verb.
    std::vector<std::string> forms{base};
    bool multi = base.find('_') != std::string::npos;
    if (multi) {
      size_t plus = base.find('+');
      if (plus == std::string::npos) {
        Warn("multi-word verb " + base + " has no '+' before its verb word; skipped, as in PETRARCH");
        return;
      }
      if (!has_braces) {
        size_t end = base.find('_', plus);
        size_t len = end == std::string::npos ? std::string::npos : end - plus - 1;
        std::string root = base.substr(plus + 1, len);
        std::vector<std::string> gen = PetrarchVerbForms(root);
        for (size_t k = 1; k < gen.size(); ++k)
          forms.push_back(base.substr(0, plus + 1) + gen[k] +
                          (end == std::string::npos ? "" : base.substr(end)));
      }
    } else if (!has_braces) {
      forms = PetrarchVerbForms(base);
    }
    if (has_braces) {
      size_t i = 0;
      while (i < braces.size()) {
        while (i < braces.size() && (IsBlank(braces[i]) || braces[i] == ',')) ++i;
        size_t j = i;
        while (j < braces.size() && !IsBlank(braces[j]) && braces[j] != ',') ++j;
        if (j > i) forms.push_back(braces.substr(i, j - i));
        i = j;
      }
    }
    if (group_ < 0) {  // the block's first verb keys its patterns
      std::string key = base;
      auto it = group_of_.find(key);
      if (it == group_of_.end()) {
        it = group_of_.emplace(key, static_cast<int>(groups_.size())).first;
        groups_.push_back({{}, block_line_});
      }
      group_ = it->second;
    }
    bool repeated = false;
    for (const std::string& f : forms) {
      if (multi && f.find('+') == std::string::npos) {
        Warn("form " + f + " of multi-word verb " + base + " has no '+'; skipped, as in PETRARCH");
        continue;
      }
      std::string plain;
      for (char c : f)
        if (c != '+') plain.push_back(c);
      std::vector<std::string> words;
      std::vector<char> conns;
      SplitWords(plain, &words, &conns);
      bool bad = words.empty();
      for (const std::string& w : words)
        bad |= w.find_first_of("$%^*&{}()|~=@") != std::string::npos || w == ",";
      if (bad) {
        Warn("verb form \"" + f + "\" is not a word or words; skipped");
        continue;
      }
      std::string phrase = RootPhrase(words);
      auto it = form_of_.find(phrase);
      if (it != form_of_.end()) {
        repeated |= forms_[it->second].group != group_ || forms_[it->second].code != code;
        it->second = static_cast<int>(forms_.size());  // PETRARCH: the later entry wins
      } else {
        form_of_.emplace(phrase, static_cast<int>(forms_.size()));
      }
      forms_.push_back({phrase, code, group_, lines_.number()});
    }
    if (repeated) Warn("verb " + base + " was listed before; this later entry wins, as in PETRARCH");
  }

  // Adds everything to the dictionary: synsets first (patterns refer to
  // them), then each pattern group with its verbs.
  void Build() {
    for (const Synset& s : synsets_) {
      if (dict_->HasRoot(s.name)) {
        Warn(s.line, "synset " + s.name + " is already in the dictionary; the first definition is kept");
        continue;
      }
      if (s.members.empty()) Warn(s.line, "synset " + s.name + " has no members");
      std::string err;
      int root = dict_->AddRoot(s.name, kSynym, 0, true, &err);
      if (!err.empty()) {
        Warn(s.line, err);
        continue;
      }
      for (const auto& [phrase, line] : s.members) {
        int code = 0;
        ParseEventCode("[---]", dict_, &code);
        Status st = dict_->AddPattern(root, phrase, code);
        if (!st.ok()) Warn(line, st.message());
      }
    }
    std::vector<std::vector<int>> members(groups_.size());
    for (size_t f = 0; f < forms_.size(); ++f)
      if (form_of_[forms_[f].phrase] == static_cast<int>(f))
        members[forms_[f].group].push_back(static_cast<int>(f));
    for (size_t g = 0; g < groups_.size(); ++g) BuildGroup(groups_[g], members[g]);
  }

  void BuildGroup(const Group& g, const std::vector<int>& members) {
    int head = -1;  // head pattern of the group's first verb; the list hangs off it
    std::string head_code;
    std::map<std::string, int> heads;  // code text -> head pattern
    for (int f : members) {
      const Form& form = forms_[f];
      if (dict_->HasRoot(form.phrase)) {
        Warn(form.line,
             "verb form " + form.phrase + " is already in the dictionary; the first entry is kept");
        continue;
      }
      int code = 0;
      Status st = ParseEventCode(form.code, dict_, &code);
      if (!st.ok()) {
        Warn(form.line, st.message() + "; verb " + form.phrase + " skipped");
        continue;
      }
      std::string err;
      int id = dict_->AddRoot(form.phrase, kVerb, code, false, &err);
      if (!err.empty()) {
        Warn(form.line, err);
        continue;
      }
      auto it = heads.find(form.code);
      if (it != heads.end()) {  // share the head (and so the code) of an earlier form
        dict_->patterns.pop_back();
        dict_->roots[id].pat = it->second;
        continue;
      }
      heads.emplace(form.code, dict_->roots[id].pat);
      if (head < 0) {
        head = dict_->roots[id].pat;
        for (const PatternLine& p : g.patterns) {
          int pcode = 0;
          Status pst = ParseEventCode(p.code, dict_, &pcode);
          if (pst.ok()) pst = dict_->AddPattern(id, p.text, pcode);
          if (!pst.ok()) Warn(p.line, pst.message() + "; pattern skipped");
        }
      }
    }
    if (head < 0) {
      if (!g.patterns.empty())
        Warn(g.line, "block has patterns but no verb that could be added; patterns skipped");
      return;
    }
    // Heads with a code of their own share the list that hangs off `head`.
    for (const auto& [code, pat] : heads)
      if (pat != head) dict_->patterns[pat].next = dict_->patterns[head].next;
  }

  VerbLines lines_;
  std::string name_;
  Dictionary* dict_;
  std::vector<std::string>* warnings_;

  bool in_block_ = false;
  std::string block_code_ = "---";
  int block_line_ = 0;
  int group_ = -1;
  int synset_ = -1;
  bool noplural_ = false, skip_members_ = false;

  std::vector<Synset> synsets_;
  std::map<std::string, int> synset_of_;
  std::vector<Group> groups_;
  std::map<std::string, int> group_of_;
  std::vector<Form> forms_;
  std::map<std::string, int> form_of_;  // phrase -> live entry in forms_
  int drops_[kDropCount] = {};
  int drop_line_[kDropCount] = {};
};

}  // namespace

std::vector<std::string> PetrarchVerbForms(std::string_view verb) {
  std::string v(verb);
  std::vector<std::string> out{v};
  if (v.empty()) return out;
  char last = v.back();
  out.push_back(last == 'S' || last == 'X' || last == 'Z' ? v + "ES" : v + "S");
  if (last == 'E') {
    out.push_back(v + "D");
    out.push_back(v.substr(0, v.size() - 1) + "ING");
  } else {
    out.push_back(v + "ED");
    out.push_back(v + "ING");
  }
  return out;
}

Status ReadPetrarchVerbs(std::istream& in, const std::string& name, Dictionary* dict,
                         std::vector<std::string>* warnings) {
  Reader r(in, name, dict, warnings);
  r.Run();
  if (in.bad()) return Status::IoError("error reading " + name);
  return Status::Ok();
}

}  // namespace entente::dict
