// Fuzzes the coder on arbitrary sentences: the parser's passes, the
// pattern state machine and event assembly must never crash or read out of
// bounds, whatever the text. A small dictionary of our own exercises every
// construct (synsets, alternatives, $ + % ^, paired, subordinate and
// dominant codes, dated actors, agents, compounds, <TIME>).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "coder/event_coder.h"
#include "coder/options.h"
#include "dict/dictionary.h"
#include "dict/matcher.h"
#include "dict/tabari_reader.h"

namespace {

const char kActors[] =
    "<NOUN>\nBOMBS\nGOATS\n</NOUN>\n<ADJECTIVE>\nBLACK\nWHITE\n</ADJECTIVE>\n"
    "VELDORIA [VEL]\n+VELDORIAN\nMARSOVIA [MAR]\nKESTRIA [KES <100101] [KESGOV]\n"
    "ORVANE\n  [VELGOV 050101-091231]\n  [VELOPP]\nBLOC [VEL/MAR/KES]\nNOBODY [---]\nSOCCER [###]\n"
    "RIVALS [+++]\n";
const char kAgents[] = "PRESIDENT [~GOV]\nREBELS [~REB]\nMINISTRY_ [~GOV]\nHUMAN_RIGHTS_GROUP [NGO~]\n";
const char kVerbs[] =
    "<SYNSETS>\n&AID\n+AID\n+MONEY_\n+LARGE LOANS\n</SYNSETS>\n<TIME>\nYESTERDAY [-1]\nLAST_WEEK [-7]\n"
    "WHEN_PIGS_FLY [###]\n</TIME>\n"
    "SAID [010?]\n- * WOULD { SEND | GIVE } &AID TO + [071]\nMET [040:040]\n- % * [043]\n"
    "ACCUSE [112]\n{ ACCUSED_ ACCUSING_ }\n- + WAS * BY $ [111]\n- * ^ OF + [112!]\nVISIT [042:043]\n"
    "CONDEMN [122]\n- REFUSED_TO * [---]\n- * { STRONGLY | HARSHLY } [1221]\nATTACK= [190]\n- *_PLANS [---]\n"
    "BACK~_ POLICY [051]\n";

struct Engine {
  entente::dict::Dictionary dict;
  entente::dict::Matcher* matcher = nullptr;
  entente::coder::EventCoder* coder = nullptr;
  entente::coder::CoderOptions options;
  Engine() {
    std::vector<std::string> w;
    std::istringstream a(kActors), g(kAgents), v(kVerbs);
    entente::dict::ReadTabariVerbs(v, "verbs", &dict, &w);
    entente::dict::ReadTabariActors(a, "actors", &dict, &w);
    entente::dict::ReadTabariAgents(g, "agents", &dict, &w);
    dict.ComputeRequiredLiterals();
    matcher = new entente::dict::Matcher(dict);
    coder = new entente::coder::EventCoder(dict, *matcher);
    options.min_words = 0;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Engine* e = new Engine();
  if (size == 0) return 0;
  // The first byte picks options, so CODE BY, COMMA and DEFAULT paths run too.
  uint8_t sel = data[0];
  entente::coder::CoderOptions o = e->options;
  o.code_by = static_cast<entente::coder::CoderOptions::CodeBy>(sel % 3);
  if (sel & 4) o.Apply("COMMA: OFF");
  if (sel & 8) o.Apply("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER");
  if (sel & 16) o.convert_agents = true;
  if (sel & 32) o.Apply("COMPLEX: VERBS[3] NOACTPRIOR");
  if (sel & 64) o.Apply("FORWARD: ^^*****NNN*SSS");
  // entente's rules beyond TABARI (docs/formats/linguistics.md): bit 1 is
  // free (CODE BY reads the byte modulo 3, every combination still occurs).
  if (sel & 2) o.Apply("SET: LINGUISTICS = TRUE");
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<entente::coder::CodedEvent> events;
  e->coder->Code(text, 9000 + (sel & 0x7f) * 40, o, &events, (sel & 128) != 0);
  for (const auto& ev : events)
    if (ev.source.empty() || ev.code.empty()) __builtin_trap();
  return 0;
}
