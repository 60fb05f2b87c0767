// Modality word lists and CAMEO code tables (see modality.h).
#include "coder/modality.h"

#include <algorithm>
#include <cstring>

namespace entente::coder {
namespace {

// string_view literals: the length is compared first, no strlen per call.
bool In(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (w == x) return true;
  return false;
}

// Words that take "TO" and then the verb: "refused to", "plans to".
bool Before(const std::vector<std::string_view>& w, size_t i, const char* next) {
  return i + 1 < w.size() && w[i + 1] == next;
}

struct Map {
  const char* from;  // a CAMEO code prefix
  const char* to;
};

// The longest `from` that prefixes `code` decides; "" when none does.
std::string Lookup(const Map* table, size_t n, const std::string& code) {
  size_t best = 0;
  const char* out = nullptr;
  for (size_t k = 0; k < n; ++k) {
    size_t len = std::strlen(table[k].from);
    if (len > best && code.compare(0, len, table[k].from) == 0) {
      best = len;
      out = table[k].to;
    }
  }
  return out ? out : "";
}

// Intended cooperation: CAMEO 03 "Express intent to ...", mirroring 04-08.
constexpr Map kIntent[] = {
    {"03", "="},  // already an intent code
    {"04", "036"},   {"045", "039"},  {"05", "032"},   {"057", "030"},  {"06", "031"},
    {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"07", "033"},
    {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"08", "035"},
    {"081", "0351"}, {"082", "0352"}, {"083", "034"},  {"0831", "0341"}, {"0832", "0342"},
    {"0833", "0343"}, {"0834", "0344"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
    {"087", "0356"},
};

// Refused cooperation: CAMEO 12 "Reject ...", mirroring 03-08.
constexpr Map kRefusal[] = {
    {"03", "120"},   {"031", "121"},   {"0311", "1211"}, {"0312", "1212"}, {"033", "122"},
    {"0331", "1221"}, {"0332", "1222"}, {"0333", "1223"}, {"0334", "1224"}, {"034", "123"},
    {"0341", "1231"}, {"0342", "1232"}, {"0343", "1233"}, {"0344", "1234"}, {"035", "124"},
    {"0351", "1241"}, {"0352", "1242"}, {"0353", "1243"}, {"0354", "1244"}, {"0355", "1245"},
    {"0356", "1246"}, {"036", "125"},   {"037", "127"},   {"038", "126"},   {"039", "126"},
    {"04", "125"},   {"045", "126"},   {"05", "120"},    {"057", "127"},   {"06", "121"},
    {"061", "1211"}, {"062", "1212"},  {"07", "122"},    {"071", "1221"}, {"072", "1222"},
    {"073", "1223"}, {"074", "1224"},  {"08", "124"},    {"081", "1241"}, {"082", "1242"},
    {"083", "123"},  {"0831", "1231"}, {"0832", "1232"}, {"0833", "1233"}, {"0834", "1234"},
    {"084", "1243"}, {"085", "1244"},  {"086", "1245"},  {"087", "1246"},
};

// Threatened conflict: CAMEO 13 "Threaten ...", mirroring 14-20.
constexpr Map kThreat[] = {
    {"0", "130"},    {"10", "130"},   {"11", "130"},   {"12", "130"},   {"13", "="},
    {"14", "133"},   {"15", "138"},   {"16", "131"},   {"161", "1313"}, {"162", "1311"},
    {"163", "1312"}, {"164", "134"},  {"165", "135"},  {"166", "136"},  {"17", "137"},
    {"172", "132"},  {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"},
    {"18", "1383"},  {"19", "138"},   {"191", "1381"}, {"192", "1382"}, {"193", "1384"},
    {"194", "1384"}, {"195", "1384"}, {"20", "1385"},
};

template <size_t N>
std::string Mapped(const Map (&table)[N], const std::string& code) {
  std::string to = Lookup(table, N, code);
  return to == "=" ? code : to;
}

}  // namespace

bool IsConditional(std::string_view w) { return In(w, {"IF", "UNLESS", "WHETHER"}); }

bool IsGerundPreposition(std::string_view w) {
  return In(w, {"IN", "OF", "FOR", "ON", "ABOUT", "TOWARD", "TOWARDS", "AT", "WITHOUT", "FROM"});
}

bool IsSubordinator(std::string_view w) {
  return In(w, {"AFTER", "BEFORE", "WHILE", "WHEN", "BECAUSE", "SINCE", "UNTIL", "ALTHOUGH", "THOUGH", "WHEREAS"});
}

// Words that open a prepositional or adverbial phrase before the subject
// ("In a letter to X, Y said", "After talks with X, Y agreed").
bool IsOpener(std::string_view w) {
  return In(w, {"IN", "AT", "ON", "AFTER", "BEFORE", "DURING", "FOLLOWING", "DESPITE", "WITH", "UNDER", "FOR",
                "FROM", "AMID", "AMIDST", "AMONG", "WHILE", "WHEN", "AS", "SINCE", "UNLIKE", "LIKE", "BY",
                "THROUGH", "ACCORDING", "WITHOUT", "UPON", "OVER", "AGAINST", "BESIDES", "UNTIL", "IF",
                "ALTHOUGH", "THOUGH", "BECAUSE", "ONCE", "ASKED", "QUESTIONED", "WRITING", "HAVING"});
}

bool IsFormOfBe(std::string_view w) { return In(w, {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING"}); }

bool IsDenial(std::string_view w) { return In(w, {"DENIED", "DENIES", "DENY", "DENYING"}); }

// Not STATES: "the United States". THINK before TANK is a noun (linguistics.cc).
bool IsSpeechVerb(std::string_view w) {
  return In(w, {"SAID", "SAYS", "SAY", "SAYING", "TOLD", "TELLS", "STATED", "ADDED", "INSISTED",
                "INSISTS", "STRESSED", "STRESSES", "ARGUED", "ARGUES", "BELIEVES", "WROTE", "WRITES",
                "DECLARED", "ANNOUNCED", "NOTED", "REITERATED", "EMPHASIZED", "EMPHASISED",
                // verbs of thinking report a clause the same way: "I think the
                // United States will not strike", "we know that Isis fights"
                "THINK", "THINKS", "KNOW", "KNOWS", "BELIEVE", "FEAR", "FEARS"});  // not BELIEVED: "is believed to be"
}

Mood ReadMood(const std::vector<std::string_view>& w, bool conditional) {
  bool neg = false, refuse = false, threat = false, hypo = false, oblig = false, intent = false;
  for (size_t i = 0; i < w.size(); ++i) {
    std::string_view x = w[i];
    if (In(x, {"NOT", "NEVER", "CANNOT", "NOR", "NEITHER"}) || (x.size() > 3 && x.ends_with("N'T"))) {
      neg = true;
    } else if (x == "NO" && (Before(w, i, "LONGER") || i + 2 >= w.size())) {
      neg = true;  // "no longer", and "no talks", "no new sanctions" right before the verb
    } else if (In(x, {"FAILED", "FAILS", "FAIL", "UNABLE"}) && Before(w, i, "TO")) {
      neg = true;
    } else if (x == "YET" && Before(w, i, "TO")) {  // "has yet to sign"
      neg = true;
    } else if (IsDenial(x)) {
      neg = true;
    } else if (In(x, {"REFUSED", "REFUSES", "REFUSE", "REFUSING", "DECLINED", "DECLINES", "DECLINE",
                      "DECLINING", "REJECTED", "REJECTS", "REJECTING", "BALKED", "RESISTED"})) {
      refuse = true;
    } else if (x == "RULED" && Before(w, i, "OUT")) {
      refuse = true;
    } else if (In(x, {"THREATENED", "THREATENS", "THREATEN", "THREATENING"})) {
      threat = true;
    } else if (In(x, {"MAY", "MIGHT", "COULD", "CONSIDERING", "CONSIDERS", "CONSIDERED", "MULLING",
                      "WEIGHING", "PROPOSED", "PROPOSES", "SUGGESTED", "IF", "UNLESS", "WHETHER"})) {
      hypo = true;
    } else if (In(x, {"HOPED", "HOPES", "HOPING", "TRYING", "SEEKING", "SEEKS", "SOUGHT", "WANTS", "WANTED",
                      // "are expected to discuss": others' forecast, not the actor's intent
                      "EXPECTED"}) &&
               Before(w, i, "TO")) {
      hypo = true;
    } else if (In(x, {"SHOULD", "MUST"}) || (In(x, {"OUGHT", "NEEDS", "NEED"}) && Before(w, i, "TO"))) {
      oblig = true;
    } else if (In(x, {"WILL", "WOULD", "SHALL", "'LL"})) {
      intent = true;
    } else if (In(x, {"PLANS", "PLANNED", "PLAN", "PLANNING", "INTENDS", "INTENDED", "INTEND", "AIMS", "AIMED",
                      "READY", "WILLING", "PREPARED", "PROMISED", "PROMISES", "PLEDGED", "PLEDGES",
                      "VOWED", "VOWS", "VOWING", "PLEDGING", "PROMISING", "SWORE", "SWORN", "SWEARS", "OFFERED",
                      "OFFERS", "AGREED", "AGREES", "DECIDED", "GOING", "DUE", "SET", "SCHEDULED", "EAGER",
                      // "officials are to meet next week": a schedule
                      "IS", "ARE", "WAS", "WERE"}) &&
               Before(w, i, "TO")) {  // "plans to visit", not "the plan"
      intent = true;
    }
  }
  if (neg) return Mood::kNegated;
  if (refuse) return Mood::kRefused;
  if (threat) return Mood::kThreat;
  if (hypo || conditional) return Mood::kHypothetical;
  if (oblig) return Mood::kObligation;
  if (intent) return Mood::kIntent;
  return Mood::kFactual;
}

MoodResult MoodCode(Mood mood, const std::string& code) {
  MoodResult r{code};
  bool cooperative = code.size() >= 2 && code[0] == '0' && code[1] >= '3' && code[1] <= '8';
  switch (mood) {
    case Mood::kFactual:
      break;
    case Mood::kNegated:
      r.negated = true;
      break;
    case Mood::kRefused: {
      std::string to = cooperative ? Mapped(kRefusal, code) : "";
      if (to.empty()) r.negated = true;
      else r.code = to;
      break;
    }
    case Mood::kThreat:
      r.code = cooperative ? "130" : Mapped(kThreat, code);
      if (r.code.empty()) r.code = "130";
      break;
    case Mood::kIntent: {
      // Announced cooperation is CAMEO's intent (03), announced force or
      // sanctions its threat (13): "said they would boycott" is 1312.
      bool forceful = code.size() >= 2 && (code[0] == '2' || (code[0] == '1' && code[1] >= '3'));
      std::string to = cooperative ? Mapped(kIntent, code) : forceful ? Mapped(kThreat, code) : "";
      if (!to.empty()) r.code = to;
      else if (!(code.size() >= 2 && code[0] == '0' && (code[1] == '1' || code[1] == '2'))) r.hypothetical = true;
      break;
    }
    case Mood::kHypothetical:
    case Mood::kObligation:
      r.hypothetical = true;
      break;
  }
  return r;
}

}  // namespace entente::coder
