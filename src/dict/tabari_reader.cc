#include "dict/tabari_reader.h"

#include <cctype>
#include <cstdlib>
#include <fstream>

#include "entente/date.h"

namespace entente::dict {
namespace {

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// One logical dictionary line, split the way TABARI's parseLine splits it.
struct Line {
  int number = 0;
  std::string phrase;  // upper case, hyphens as underscores, { | } blank-padded
  std::string code;    // from the first '[' to the end; "" when absent
  bool has_code = false;
};

// Puts blanks around { | } the way TABARI does, keeping "_{" and "}_".
std::string PadBraces(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '{' && c != '|' && c != '}') {
      out.push_back(c);
      continue;
    }
    char prev = i > 0 ? s[i - 1] : '\0';
    char next = i + 1 < s.size() ? s[i + 1] : '\0';
    if (prev == ' ' && next == ' ') {
      out.push_back(c);
    } else if (c == '{' && prev == '_') {
      out += "{ ";
    } else if (c == '}' && next == '_') {
      out += " }";
    } else {
      out.push_back(' ');
      out.push_back(c);
      out.push_back(' ');
    }
  }
  return out;
}

class LineReader {
 public:
  LineReader(std::istream& in, std::string name, std::vector<std::string>* warnings)
      : in_(in), name_(std::move(name)), warnings_(warnings) {}

  // Next non-comment line; false at end of file or at a "~" end mark.
  bool Next(Line* line) {
    std::string raw;
    while (std::getline(in_, raw)) {
      ++number_;
      if (!raw.empty() && raw.back() == '\r') raw.pop_back();
      if (raw.empty() || raw[0] == '/' || raw[0] == '#') continue;
      if (raw[0] == '~') return false;
      std::string t = Trim(raw);
      if (t.empty()) continue;
      Split(t, line);
      return true;
    }
    return false;
  }

  void Warn(const std::string& msg) {
    if (warnings_) warnings_->push_back(name_ + ":" + std::to_string(number_) + ": " + msg);
  }
  Status Error(const std::string& msg) const { return Status::Parse(name_, number_, msg); }
  int number() const { return number_; }

 private:
  void Split(const std::string& t, Line* line) {
    line->number = number_;
    std::string body = t.substr(0, t.find(';'));
    line->has_code = false;
    line->code.clear();
    if (!body.empty() && (body[0] == '<' || body[0] == '&')) {  // tags, synset designators
      line->phrase = Trim(body);
      return;
    }
    size_t lb = body.find('[');
    std::string phrase = lb == std::string::npos ? body : body.substr(0, lb);
    if (lb != std::string::npos) {
      line->code = body.substr(lb);
      line->has_code = true;
    }
    for (size_t i = 0; i < phrase.size(); ++i) {
      phrase[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(phrase[i])));
      if (i > 0 && phrase[i] == '-') phrase[i] = '_';
    }
    phrase = PadBraces(phrase);
    line->phrase = Trim(phrase);
  }

  std::istream& in_;
  std::string name_;
  std::vector<std::string>* warnings_;
  int number_ = 0;
};

// Contents of the first [...] in `code`, blank-trimmed; false if malformed.
bool BracketContent(const std::string& code, std::string* out) {
  size_t lb = code.find('[');
  size_t rb = code.find(']', lb == std::string::npos ? 0 : lb);
  if (lb == std::string::npos || rb == std::string::npos) return false;
  *out = Trim(code.substr(lb + 1, rb - lb - 1));
  return true;
}

bool ParseDictDate(std::string_view s, Day* out) {
  size_t i = 0;
  while (i < s.size() && !std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  size_t j = i;
  while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
  std::string_view d = s.substr(i, j - i);
  if (d.size() == 8) return ParseIsoDate(d, out);
  return ParseYymmdd(d, out);
}

Status ParseCompound(const std::string& text, Dictionary* dict, std::vector<ActorAgent>* out) {
  size_t i = 0;
  while (i <= text.size()) {
    size_t slash = text.find('/', i);
    std::string part = Trim(text.substr(i, slash == std::string::npos ? std::string::npos : slash - i));
    ActorAgent aa;
    size_t colon = part.find(':');
    if (colon != std::string::npos) {
      aa.actor = dict->InternCode(Trim(part.substr(0, colon)));
      aa.agent = dict->InternCode(Trim(part.substr(colon + 1)));
    } else {
      if (part.empty()) return Status::InvalidArgument("empty actor code");
      aa.actor = dict->InternCode(part);
    }
    out->push_back(aa);
    if (slash == std::string::npos) break;
    i = slash + 1;
  }
  return Status::Ok();
}

}  // namespace

Status ParseActorCodes(const std::string& input, Dictionary* dict, int* set) {
  ActorCodeSet cs;
  std::string s = input;
  if (s.find('[') == std::string::npos) {  // a bare code ("---" for a code-less actor)
    DatedCodes b;
    std::string code = Trim(s);
    if (code.empty()) code = "---";
    Status st = ParseCompound(code, dict, &b.codes);
    if (!st.ok()) return st;
    cs.blocks.push_back(b);
  } else {
    // A single dated block gets a null default, as TABARI adds one.
    size_t op = s.find_first_of("<>-");
    if (op != std::string::npos && op + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[op + 1]))) {
      size_t rb = s.find(']');
      if (rb != std::string::npos && s.find('[', rb) == std::string::npos) s += " [---]";
    }
    size_t pos = 0;
    while ((pos = s.find('[', pos)) != std::string::npos) {
      size_t rb = s.find(']', pos);
      if (rb == std::string::npos) return Status::InvalidArgument("missing right-bracket ]");
      std::string body = Trim(s.substr(pos + 1, rb - pos - 1));
      pos = rb + 1;
      if (body.empty()) return Status::InvalidArgument("no code specified between [...]");
      DatedCodes b;
      std::string code;
      size_t lt = body.find('<'), gt = body.find('>');
      // A range "d1-d2": the first '-' that is not part of a "---" null code.
      size_t dash = body.find('-');
      if (dash != std::string::npos && body.compare(dash, 3, "---") == 0) dash = body.find('-', dash + 3);
      if (lt != std::string::npos || gt != std::string::npos) {
        size_t at = lt != std::string::npos ? lt : gt;
        b.kind = lt != std::string::npos ? DatedCodes::kBefore : DatedCodes::kAfter;
        code = Trim(body.substr(0, at));
        if (!ParseDictDate(body.substr(at + 1), &b.from)) return Status::InvalidArgument("invalid date in \"" + body + "\"");
      } else if (dash != std::string::npos) {
        size_t d1 = dash;
        while (d1 > 0 && body[d1 - 1] == ' ') --d1;
        while (d1 > 0 && std::isdigit(static_cast<unsigned char>(body[d1 - 1]))) --d1;
        if (d1 == 0 || body[d1 - 1] != ' ') return Status::InvalidArgument("no code specified before the dates in \"" + body + "\"");
        b.kind = DatedCodes::kBetween;
        code = Trim(body.substr(0, d1));
        if (!ParseDictDate(body.substr(d1, dash - d1), &b.from) ||
            !ParseDictDate(body.substr(dash + 1), &b.to)) {
          return Status::InvalidArgument("invalid date in \"" + body + "\"");
        }
      } else {
        code = body;
      }
      if (code.empty()) return Status::InvalidArgument("no code specified in \"" + body + "\"");
      Status st = ParseCompound(code, dict, &b.codes);
      if (!st.ok()) return st;
      cs.blocks.push_back(std::move(b));
    }
  }
  *set = static_cast<int>(dict->actor_sets.size());
  dict->actor_sets.push_back(std::move(cs));
  return Status::Ok();
}

Status ParseEventCode(const std::string& input, Dictionary* dict, int* index) {
  std::string body;
  if (input.find('[') != std::string::npos) {
    if (!BracketContent(input, &body)) return Status::InvalidArgument("missing right-bracket ]");
  } else {
    body = Trim(input);
  }
  if (body.empty()) return Status::InvalidArgument("no code specified between [...]");
  // Actor designations "$(...)" and issues "/..." inside event codes were
  // never used by TABARI's coder; keep the event part only.
  body = Trim(body.substr(0, body.find_first_of("/$@&(")));
  auto one = [&](std::string part, int* code, bool* sub, bool* dom) {
    part = Trim(part);
    size_t q = part.find('?'), x = part.find('!');
    *sub = q != std::string::npos;
    *dom = !*sub && x != std::string::npos;
    if (*sub) part = Trim(part.substr(0, q));
    if (*dom) part = Trim(part.substr(0, x));
    *code = dict->InternCode(part);
  };
  EventCode ec;
  size_t colon = body.find(':');
  if (colon != std::string::npos) {
    one(body.substr(0, colon), &ec.code, &ec.sub, &ec.dom);
    one(body.substr(colon + 1), &ec.pair, &ec.pair_sub, &ec.pair_dom);
  } else {
    one(body, &ec.code, &ec.sub, &ec.dom);
  }
  *index = static_cast<int>(dict->event_codes.size());
  dict->event_codes.push_back(ec);
  return Status::Ok();
}

namespace {

Status ParseTimeCode(const std::string& input, Dictionary* dict, int* index) {
  TimeCode tc;
  if (input.find("---") != std::string::npos || input.find("- - -") != std::string::npos) tc.special = kCodeNull;
  else if (input.find("###") != std::string::npos) tc.special = kCodeDiscard;
  else if (input.find("+++") != std::string::npos) tc.special = kCodeComplex;
  else {
    std::string body;
    if (!BracketContent(input, &body)) return Status::InvalidArgument("missing right-bracket ]");
    tc.days = std::atoi(body.c_str());
    if (tc.days > 8191 || tc.days < -8191) tc.days = 0;
  }
  *index = static_cast<int>(dict->time_codes.size());
  dict->time_codes.push_back(tc);
  return Status::Ok();
}

// Reads a <NOUN>/<ADJECTIVE> block up to its end tag.
Status ReadWordBlock(LineReader& r, const char* end_tag, WordType type, Dictionary* dict) {
  Line line;
  while (r.Next(&line)) {
    if (line.phrase.find(end_tag) != std::string::npos) return Status::Ok();
    if (line.phrase.size() < 2) { r.Warn("no phrase has been specified"); continue; }
    if (dict->HasRoot(line.phrase)) continue;  // duplicates: the first entry wins
    std::string err;
    dict->AddRoot(line.phrase, type, 0, false, &err);
    if (!err.empty()) r.Warn(err);
  }
  return r.Error(std::string("missing ") + end_tag + " before the end of the file");
}

}  // namespace

Status ReadTabariActors(std::istream& in, const std::string& name, Dictionary* dict,
                        std::vector<std::string>* warnings) {
  LineReader r(in, name, warnings);
  Line line;
  int last_root = 0;          // root whose codes may still follow
  bool need_codes = false;    // codes come on the following indented lines
  std::string dated;          // those lines, concatenated
  int parent = 0;
  bool in_duplicate = false;  // skipping a repeated entry and its code lines
  auto finish = [&]() {
    if (!need_codes) return;
    int set = 0;
    Status st = ParseActorCodes(dated, dict, &set);
    if (!st.ok()) {
      r.Warn("codes of the entry before this line: " + st.message());
      ParseActorCodes("---", dict, &set);
    }
    dict->patterns[dict->roots[last_root].pat].code = set;
    need_codes = false;
    dated.clear();
  };
  while (r.Next(&line)) {
    const std::string& p = line.phrase;
    if (p.rfind("<NOUN", 0) == 0) {
      Status st = ReadWordBlock(r, "</NOUN>", kNoun, dict);
      if (!st.ok()) return st;
      continue;
    }
    if (p.rfind("<ADJ", 0) == 0) {
      Status st = ReadWordBlock(r, "</ADJ", kAdjctv, dict);
      if (!st.ok()) return st;
      continue;
    }
    if (p.empty()) {  // an indented code line: "  [RUSGOV >080508]"
      if (need_codes) dated += line.code + " ";
      else if (!in_duplicate) r.Warn("code line without an entry that awaits its codes");
      continue;
    }
    if (p[0] == '+') {  // synonym: shares the codes of its parent
      std::string syn = Trim(p.substr(1));
      if (syn.size() < 2 || dict->HasRoot(syn) || parent == 0) continue;
      std::string err;
      int id = dict->AddRoot(syn, kActor, 0, false, &err);
      if (!err.empty()) { r.Warn(err); continue; }
      dict->patterns.pop_back();
      dict->roots[id].pat = dict->roots[parent].pat;
      dict->roots[id].parent = parent;
      last_root = id;
      continue;
    }
    finish();
    in_duplicate = false;
    if (p.size() < 2) { r.Warn("no phrase has been specified"); continue; }
    if (dict->HasRoot(p)) {  // duplicates: the first entry wins, its codes stay
      parent = 0;
      in_duplicate = true;
      continue;
    }
    if (line.has_code) {
      int set = 0;
      Status st = ParseActorCodes(line.code, dict, &set);
      if (!st.ok()) { r.Warn(st.message()); parent = 0; continue; }
      std::string err;
      int id = dict->AddRoot(p, kActor, set, false, &err);
      if (!err.empty()) { r.Warn(err); continue; }
      parent = last_root = id;
    } else {
      std::string err;
      int id = dict->AddRoot(p, kActor, 0, false, &err);
      if (!err.empty()) { r.Warn(err); continue; }
      parent = last_root = id;
      need_codes = true;
    }
  }
  finish();
  return Status::Ok();
}

Status ReadTabariAgents(std::istream& in, const std::string& name, Dictionary* dict,
                        std::vector<std::string>* warnings) {
  LineReader r(in, name, warnings);
  Line line;
  while (r.Next(&line)) {
    std::string code;
    if (!line.has_code || !BracketContent(line.code, &code) || code.empty()) {
      r.Warn("agent needs a code in [...]");
      continue;
    }
    if (code.find('~') == std::string::npos) {
      r.Warn("agent code \"" + code + "\" needs a '~' to place the actor code");
      continue;
    }
    if (line.phrase.size() < 2) { r.Warn("no phrase has been specified"); continue; }
    if (dict->HasRoot(line.phrase)) continue;
    std::string err;
    dict->AddRoot(line.phrase, kAgent, dict->InternCode(code), false, &err);
    if (!err.empty()) r.Warn(err);
  }
  return Status::Ok();
}

Status ReadTabariVerbs(std::istream& in, const std::string& name, Dictionary* dict,
                       std::vector<std::string>* warnings) {
  LineReader r(in, name, warnings);
  Line line;
  int verb = 0;          // current verb root
  bool skip = false;     // the current verb was a duplicate: skip its forms and patterns
  while (r.Next(&line)) {
    const std::string& p = line.phrase;
    if (p.find("<TIME>") != std::string::npos || p.find("<ATTRIB") != std::string::npos) {
      bool time = p.find("<TIME>") != std::string::npos;
      const char* end = time ? "</TIME>" : "</ATTRIB";
      (time ? dict->has_time_list : dict->has_attrib_list) = true;
      int root = 0;
      bool closed = false;
      while (r.Next(&line)) {
        if (line.phrase.find(end) != std::string::npos) { closed = true; break; }
        int code = 0;
        std::string codetext = line.has_code ? line.code : "[---]";
        Status st = time ? ParseTimeCode(codetext, dict, &code) : ParseEventCode(codetext, dict, &code);
        if (!st.ok()) { r.Warn(st.message()); continue; }
        if (line.phrase.empty() || line.phrase[0] != '-') {
          std::string err;
          root = dict->AddRoot(line.phrase, time ? kTime : kAttrib, code, false, &err);
          if (!err.empty()) r.Warn(err);
        } else if (root) {
          st = dict->AddPattern(root, line.phrase.substr(1), code);
          if (!st.ok()) r.Warn(st.message());
        }
      }
      if (!closed) return r.Error(std::string("missing ") + end + " before the end of the file");
      continue;
    }
    if (p.find("<SYN") != std::string::npos) {
      int root = 0;
      bool closed = false;
      while (r.Next(&line)) {
        if (line.phrase.find("</SYN") != std::string::npos) { closed = true; break; }
        if (line.phrase.empty()) continue;
        if (line.phrase[0] != '+') {
          std::string desig = Trim(line.phrase);
          std::string err;
          root = dict->HasRoot(desig) ? 0 : dict->AddRoot(desig, kSynym, 0, true, &err);
          if (!err.empty()) r.Warn(err);
        } else if (root) {
          int code = 0;
          ParseEventCode("[---]", dict, &code);
          Status st = dict->AddPattern(root, line.phrase.substr(1), code);
          if (!st.ok()) r.Warn(st.message());
        }
      }
      if (!closed) return r.Error("missing </SYNSETS> before the end of the file");
      continue;
    }
    if (!p.empty() && p[0] == '{') {  // irregular forms of the current verb
      if (skip || verb == 0) continue;
      std::string forms = p.substr(1);
      size_t close = forms.find('}');
      if (close != std::string::npos) forms = forms.substr(0, close);
      size_t i = 0;
      bool any = false;
      while (i < forms.size()) {
        while (i < forms.size() && forms[i] == ' ') ++i;
        size_t j = forms.find(' ', i);
        std::string form = forms.substr(i, j == std::string::npos ? std::string::npos : j - i);
        i = j == std::string::npos ? forms.size() : j;
        if (form.empty()) continue;
        any = true;
        if (dict->HasRoot(form)) { r.Warn("verb form " + form + " is already in the dictionary"); continue; }
        std::string err;
        int id = dict->AddRoot(form, kVerb, 0, false, &err);
        if (!err.empty()) { r.Warn(err); continue; }
        dict->patterns.pop_back();
        dict->roots[id].pat = dict->roots[verb].pat;
      }
      if (!any) r.Warn("no verb forms were found inside {...}");
      continue;
    }
    if (!p.empty() && p[0] == '-') {  // a pattern of the current verb
      if (p.find('*') == std::string::npos) { r.Warn("no verb marker '*' in the pattern"); continue; }
      if (verb == 0) { r.Warn("pattern before any verb"); continue; }
      if (skip) continue;
      if (!line.has_code) { r.Warn("missing left-bracket ["); continue; }
      int code = 0;
      Status st = ParseEventCode(line.code, dict, &code);
      if (!st.ok()) { r.Warn(st.message()); continue; }
      st = dict->AddPattern(verb, p.substr(1), code);
      if (!st.ok()) r.Warn(st.message());
      continue;
    }
    // A verb root.
    if (dict->HasRoot(p)) {
      r.Warn("verb " + p + " is already in the dictionary; its patterns are skipped");
      skip = true;
      continue;
    }
    if (!line.has_code) { r.Warn("missing left-bracket ["); skip = true; continue; }
    if (p.size() < 2) { r.Warn("no phrase has been specified"); skip = true; continue; }
    int code = 0;
    Status st = ParseEventCode(line.code, dict, &code);
    if (!st.ok()) { r.Warn(st.message()); skip = true; continue; }
    std::string err;
    verb = dict->AddRoot(p, kVerb, code, false, &err);
    if (!err.empty()) r.Warn(err);
    skip = false;
  }
  return Status::Ok();
}

Status LoadTabariFile(const std::string& path, WordType kind, Dictionary* dict,
                      std::vector<std::string>* warnings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open dictionary " + path);
  switch (kind) {
    case kActor: return ReadTabariActors(in, path, dict, warnings);
    case kAgent: return ReadTabariAgents(in, path, dict, warnings);
    case kVerb: return ReadTabariVerbs(in, path, dict, warnings);
    default: return Status::InvalidArgument("not a dictionary kind");
  }
}

Status ReadTabariProject(const std::string& path, TabariProject* project) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open project " + path);
  std::string dir;
  size_t slash = path.rfind('/');
  if (slash != std::string::npos) dir = path.substr(0, slash + 1);
  std::string raw;
  int n = 0;
  while (std::getline(in, raw)) {
    ++n;
    std::string t = Trim(raw);
    if (t.empty() || t[0] != '<') continue;
    size_t gt = t.find('>');
    if (gt == std::string::npos) return Status::Parse(path, n, "missing '>' in " + t);
    std::string tag = t.substr(1, gt - 1);
    std::string value = Trim(t.substr(gt + 1));
    WordType kind = kNull;
    std::vector<std::string>* list = nullptr;
    if (tag == "actorsfile") kind = kActor;
    else if (tag == "agentsfile") kind = kAgent;
    else if (tag == "verbsfile") kind = kVerb;
    else if (tag == "optionsfile") list = &project->options;
    else if (tag == "textfile") list = &project->text;
    if (!list && kind == kNull) continue;
    if (value.empty()) return Status::Parse(path, n, "no file name after <" + tag + ">");
    std::string file = value[0] == '/' ? value : dir + value;
    if (list) list->push_back(file);
    else project->dictionaries.emplace_back(kind, file);
  }
  bool actors = false, verbs = false;
  for (auto& [kind, f] : project->dictionaries) {
    actors |= kind == kActor;
    verbs |= kind == kVerb;
  }
  if (!actors || !verbs) {
    return Status::Parse(path, 0, "a project needs at least one <actorsfile> and one <verbsfile>");
  }
  return Status::Ok();
}

}  // namespace entente::dict
