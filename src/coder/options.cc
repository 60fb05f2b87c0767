#include "coder/options.h"

#include <cctype>
#include <cstdlib>
#include <fstream>

namespace entente::coder {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool Has(const std::string& s, const char* needle) { return s.find(needle) != std::string::npos; }

// TABARI's getInteger: first number after `key`; `keep` leaves *out alone
// when the key is absent (resetInteger), otherwise it becomes 0.
void GetInteger(const std::string& s, const char* key, int* out, bool keep) {
  size_t at = s.find(key);
  if (at == std::string::npos) {
    if (!keep) *out = 0;
    return;
  }
  size_t i = at + std::char_traits<char>::length(key);
  while (i < s.size() && !std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i >= s.size()) {
    if (!keep) *out = 0;
    return;
  }
  *out = std::atoi(s.c_str() + i);
}

bool GetBoolean(const std::string& s) {
  size_t eq = s.find('=');
  if (eq == std::string::npos) return true;
  for (size_t i = eq; i < s.size(); ++i) {
    if (s[i] == 'T') return true;
    if (s[i] == 'F') return false;
  }
  return true;
}

// Code inside the [...] after `key`, "" when absent or empty.
std::string BracketAfter(const std::string& s, const char* key) {
  size_t at = s.find(key);
  if (at == std::string::npos) return "";
  size_t lb = s.find('[', at), rb = s.find(']', lb == std::string::npos ? at : lb);
  if (lb == std::string::npos || rb == std::string::npos || lb - at > 15) return "";
  std::string code = s.substr(lb + 1, rb - lb - 1);
  size_t b = code.find_first_not_of(' '), e = code.find_last_not_of(' ');
  return b == std::string::npos ? "" : code.substr(b, e - b + 1);
}

}  // namespace

Status CoderOptions::Apply(std::string_view raw) {
  std::string line(raw);
  size_t b = line.find_first_not_of(" \t");
  if (b == std::string::npos) return Status::Ok();
  line = line.substr(b);
  size_t colon = line.find(':');
  if (colon == std::string::npos) return Status::InvalidArgument("no ':' in option \"" + line + "\"");
  std::string cmd = Upper(line.substr(0, colon));
  std::string rest = line.substr(colon + 1);
  size_t rb = rest.find_first_not_of(" \t");
  rest = rb == std::string::npos ? "" : rest.substr(rb);
  std::string up = Upper(rest);

  if (cmd.rfind("COMM", 0) == 0) {  // COMMA
    if (Has(up, "OFF")) {
      min_subord = min_beg_subord = min_end_subord = kMaxWords;
      max_subord = max_beg_subord = max_end_subord = 0;
    } else {
      std::string s = " " + up;
      GetInteger(s, " MIN", &min_subord, true);
      GetInteger(s, " MAX", &max_subord, true);
      GetInteger(s, "BMIN", &min_beg_subord, true);
      GetInteger(s, "BMAX", &max_beg_subord, true);
      GetInteger(s, "EMIN", &min_end_subord, true);
      GetInteger(s, "EMAX", &max_end_subord, true);
    }
    return Status::Ok();
  }
  if (cmd.rfind("COMP", 0) == 0) {  // COMPLEX
    std::string s = up;
    if (!s.empty() && s[0] == 'V') s[0] = 'X';  // a leading VERBS, as TABARI reads it
    if (s.rfind("XERBS", 0) == 0) GetInteger(s, "XERBS", &max_verbs, false);
    else GetInteger(s, " VERBS", &max_verbs, false);
    GetInteger(s, "ACTORS", &max_actors, false);
    GetInteger(s, "PRONOUNS", &max_pronouns, false);
    GetInteger(s, "CONJ", &max_conj, false);
    GetInteger(s, "COMMA", &max_comma, false);
    GetInteger(s, "LATEVERB", &late_verb, false);
    no_actor_prior = Has(s, "ACTPRIOR");
    no_actor_after = Has(s, "ACTAFTER");
    no_source = Has(s, "NOSOURCE");
    no_verb = Has(s, "NOVERB");
    no_target = Has(s, "NOTARGET");
    no_event = Has(s, "NOEVENT");
    return Status::Ok();
  }
  if (cmd[0] == 'D') {  // DEFAULT
    if (Has(up, "OFF")) {
      default_source.clear();
      default_target.clear();
      default_prior = default_after = false;
    }
    std::string src = BracketAfter(up, "SOURCE"), tar = BracketAfter(up, "TARGET");
    if (Has(up, "SOURCE")) {
      if (src.empty()) return Status::InvalidArgument("DEFAULT: SOURCE needs a code in [...]");
      default_source = src;
      if (Has(up, "PRIOR")) default_prior = true;
    }
    if (Has(up, "TARGET")) {
      if (tar.empty()) return Status::InvalidArgument("DEFAULT: TARGET needs a code in [...]");
      default_target = tar;
      if (Has(up, "AFTER")) default_after = true;
    }
    return Status::Ok();
  }
  if (cmd[0] == 'N') {  // NONEVENTS
    nonevents = Has(up, "TRUE") ? 1 : Has(up, "ONLY") ? 2 : 0;
    return Status::Ok();
  }
  if (cmd[0] == 'S') {  // SET
    if (Has(up, "LINGUIST")) linguistics = GetBoolean(up);
    else if (Has(up, "CODE")) code_by = Has(up, "SEN") ? kSentence : Has(up, "ALL") ? kAll : kClause;
    else if (Has(up, "TIME")) time_shift = GetBoolean(up);
    else if (Has(up, "FBIS")) fbis = GetBoolean(up);
    else if (Has(up, "YYYY")) four_digit_year = GetBoolean(up);
    else if (Has(up, "CONV")) convert_agents = GetBoolean(up);
    else if (Has(up, "MINIM")) {
      GetInteger(up, "MINIM", &min_words, false);
      --min_words;
    } else if (Has(up, "HAIKU") || Has(up, "LABEL") || Has(up, "DUP ") ||
               Has(up, "SKIP ") || Has(up, "USAGE") || Has(up, "MATCH")) {
      // interactive-session settings: nothing to do here
    } else {
      return Status::InvalidArgument("unrecognised SET: command \"" + rest + "\"");
    }
    return Status::Ok();
  }
  if (cmd[0] == 'F') {  // FORWARD: ^^*****NNN*SSS [DOC] [OFF]
    std::string fmt = rest.substr(0, rest.find(' '));
    forward = fmt.find('S') != std::string::npos && !Has(up, "OFF");
    size_t n = fmt.find('N'), sn = fmt.find('S');
    story_pos = n == std::string::npos ? -1 : static_cast<int>(n);
    story_len = 0;
    while (n != std::string::npos && n + story_len < fmt.size() && fmt[n + story_len] == 'N') ++story_len;
    sentence_pos = sn == std::string::npos ? -1 : static_cast<int>(sn);
    sentence_len = 0;
    while (sn != std::string::npos && sn + sentence_len < fmt.size() && fmt[sn + sentence_len] == 'S') ++sentence_len;
    return Status::Ok();
  }
  if (cmd[0] == 'L' || cmd[0] == 'O') return Status::Ok();  // LABEL, OUTPUT
  return Status::InvalidArgument("unrecognised option command \"" + line + "\"");
}

Status LoadOptionsFile(const std::string& path, CoderOptions* options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open options file " + path);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '/' || line[0] == '#') continue;
    if (line[0] == '~') break;
    size_t c = line.find("//");
    if (c != std::string::npos) line = line.substr(0, c);
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    Status st = options->Apply(line);
    if (!st.ok()) return Status::Parse(path, n, st.message());
  }
  return Status::Ok();
}

}  // namespace entente::coder
