// Inline-text tests of the PETRARCH-1 verbs reader: each feeds a small
// dictionary and compares the rendered roots and patterns with one string.
#include "dict/petrarch_verbs_reader.h"
#include "dict/reader_test_util.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace entente::dict {
namespace {

std::string EventText(const Dictionary& d, int index) {
  const EventCode& e = d.event_codes[index];
  std::string out = d.code(e.code);
  if (e.pair) out += ":" + d.code(e.pair);
  return out;
}

// One line per root added after `base`: "PHRASE [code] | pattern [code] ...";
// synsets list their members. Roots sharing a head say "= FIRST" instead.
std::string Render(const Dictionary& d, size_t base) {
  std::string out;
  for (size_t r = base; r < d.roots.size(); ++r) {
    const Root& root = d.roots[r];
    out += d.PhraseText(root.phrase);
    size_t first = base;
    while (first < r && d.roots[first].pat != root.pat) ++first;
    if (first < r) {
      out += " = " + d.PhraseText(d.roots[first].phrase) + "\n";
      continue;
    }
    if (root.wtype == kVerb) out += " [" + EventText(d, d.patterns[root.pat].code) + "]";
    for (int32_t p = d.patterns[root.pat].next; p >= 0; p = d.patterns[p].next) {
      out += " | " + d.PhraseText(d.patterns[p].phrase);
      if (root.wtype == kVerb) out += " [" + EventText(d, d.patterns[p].code) + "]";
    }
    out += "\n";
  }
  return out;
}

using Loaded = dict::Loaded<Render>;

Loaded Read(const std::string& text) { return ReadText<Render>(ReadPetrarchVerbs, "v.txt", text); }

TEST(PetrarchVerbForms, RegularRule) {
  EXPECT_EQ(PetrarchVerbForms("ABANDON"),
            (std::vector<std::string>{"ABANDON", "ABANDONS", "ABANDONED", "ABANDONING"}));
  EXPECT_EQ(PetrarchVerbForms("ARRIVE"),
            (std::vector<std::string>{"ARRIVE", "ARRIVES", "ARRIVED", "ARRIVING"}));
  EXPECT_EQ(PetrarchVerbForms("FIX"), (std::vector<std::string>{"FIX", "FIXES", "FIXED", "FIXING"}));
}

TEST(ReadPetrarchVerbs, BlocksVerbsAndForms) {
  Loaded l = Read(
      "<!-- a comment -->\n"
      "--- GRANT [070] ---\n"
      "GRANT     # the block's first verb keys the patterns\n"
      "GIVE {GAVE GIVEN}\n"
      "LOAN [071]\n"
      "- * AID [073]\n"
      "\n"
      "--- SHUN ---\n"
      "SHUN\n");
  EXPECT_EQ(l.text(),
            "GRANT= [070] | * AID_ [073]\n"
            "GRANTS= = GRANT=\n"
            "GRANTED= = GRANT=\n"
            "GRANTING= = GRANT=\n"
            "GIVE= = GRANT=\n"
            "GAVE= = GRANT=\n"
            "GIVEN= = GRANT=\n"
            "LOAN= [071] | * AID_ [073]\n"
            "LOANS= = LOAN=\n"
            "LOANED= = LOAN=\n"
            "LOANING= = LOAN=\n"
            "SHUN= [---]\n"
            "SHUNS= = SHUN=\n"
            "SHUNED= = SHUN=\n"
            "SHUNING= = SHUN=\n");
  EXPECT_EQ(l.warned(), "");
}

TEST(ReadPetrarchVerbs, MultiWordVerbs) {
  Loaded l = Read(
      "--- BREAK [1717] ---\n"
      "BREAK {BROKE BROKEN}\n"
      "+BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN}\n"
      "WIRE_+TAP [1711]\n"
      "CLEAR_UP\n"
      "- * TREATY [161]\n");
  EXPECT_EQ(l.text(),
            "BREAK= [1717] | * TREATY_ [161]\n"
            "BROKE= = BREAK=\n"
            "BROKEN= = BREAK=\n"
            "BREAK_DOWN= = BREAK=\n"
            "BROKE_DOWN= = BREAK=\n"
            "BROKEN_DOWN= = BREAK=\n"
            "WIRE_TAP= [1711] | * TREATY_ [161]\n"
            "WIRE_TAPS= = WIRE_TAP=\n"
            "WIRE_TAPED= = WIRE_TAP=\n"
            "WIRE_TAPING= = WIRE_TAP=\n");
  EXPECT_EQ(l.warned(),
            "v.txt:5: multi-word verb CLEAR_UP has no '+' before its verb word; skipped, as in PETRARCH\n");
}

TEST(ReadPetrarchVerbs, PatternConnectorsAndTokens) {
  Loaded l = Read(
      "&MONEY\n"
      "+DOLLAR\n"
      "--- X [010] ---\n"
      "ACT {ACTS}\n"
      "- SAID_ WOULD * NOW [011]\n"       // "_ " is an open match, as in PETRARCH
      "- IN_*_OUT_AGAIN [012]\n"          // '_' keeps words consecutive
      "- + WAS_* TO ^ FROM $ [013:014]\n"
      "- % * &MONEY_AID [015]\n"
      "- ANTI- + * [016]\n"               // a trailing hyphen is dropped
      "- PEACE-KEEPING * [---]\n"         // an inner hyphen joins like '_'
      "- DID N'T * [017]\n"               // TreeBank clitics are rejoined
      "- * WITH % [018]\n");
  EXPECT_EQ(l.text(),
            "&MONEY | DOLLARS_ | DOLLAR_\n"
            "ACT= [010] | SAID_ WOULD_ * NOW_ [011] | IN_*_OUT_AGAIN_ [012] | PEACE_KEEPING_ * [---] | "
            "+ WAS_* TO_ ^ FROM_ $ [013:014] | % * &synset AID_ [015] | DIDN'T_ * [017] | "
            "ANTI_ + * [016] | * WITH_ % [018]\n"
            "ACTS= = ACT=\n");
  EXPECT_EQ(l.warned(), "");
}

TEST(ReadPetrarchVerbs, Synsets) {
  Loaded l = Read(
      "&CURRENCY\n"
      "+PESO\n"
      "+SWISS FRANCS\n"
      "+GOLDEN_GOBLIN_GALLEON_\n"  // '_' at the end: no plural
      "+PENNY\n"
      "+&OTHER\n"                  // a synset in a synset: dropped
      "+BOSS\n"
      "&VERBS_\n"                  // '_' after the name: no plurals at all
      "+HAVE\n"
      "+DID N'T\n");
  EXPECT_EQ(l.text(),
            "&CURRENCY | GOLDEN_GOBLIN_GALLEON_ | SWISS_FRANCS_ | PENNIES_ | BOSSES_ | PESOS_ | PENNY_ | "
            "PESO_ | BOSS_\n"
            "&VERBS | DIDN'T_ | HAVE_\n");
  EXPECT_EQ(l.warned(),
            "v.txt:6: synset used inside a synset (+&NAME): member skipped, PETRARCH does not expand it "
            "(1 time)\n");
}

TEST(ReadPetrarchVerbs, UnusableSynsetNameSkipsItsMembers) {
  // PETRARCH splits "&FIGHT_OF_WORDS" at '_' in patterns: it could never be used.
  Loaded l = Read(
      "&FIGHT_OF_WORDS\n"
      "+ARGUMENT\n"
      "+DEBATE\n"
      "&OK extra\n"
      "+WORD_\n");
  EXPECT_EQ(l.text(), "&OK | WORD_\n");
  EXPECT_EQ(l.warned(),
            "v.txt:1: synset name \"&FIGHT_OF_WORDS\" is not &WORD; its members are skipped\n"
            "v.txt:4: text after the synset name &OK ignored\n");
}

TEST(ReadPetrarchVerbs, DroppedConstructsAreCountedOncePerKind) {
  Loaded l = Read(
      "--- ACCUSE [112] ---\n"
      "ACCUSE\n"
      "- * { OF | ABOUT } [111]\n"
      "- * {A | B} C [111]\n"
      "- * (OF CRIMES) [111]\n"
      "- * @ [111]\n"
      "~ a (a b X) SAY = a b 138\n"
      "LASH OUT [122]\n"
      "- * OF [113]\n");
  EXPECT_EQ(l.text(),
            "ACCUSE= [112] | * OF_ [113]\n"
            "ACCUSES= = ACCUSE=\n"
            "ACCUSED= = ACCUSE=\n"
            "ACCUSING= = ACCUSE=\n"
            "LASH= [122] | * OF_ [113]\n"
            "LASHS= = LASH=\n"  // PETRARCH's rule: +ES only after S, X, Z
            "LASHED= = LASH=\n"
            "LASHING= = LASH=\n");
  EXPECT_EQ(l.warned(),
            "v.txt:3: TABARI alternatives { | } in a pattern: pattern skipped, as PETRARCH skips it "
            "(2 times; first here)\n"
            "v.txt:5: PETRARCH-2 phrase grouping ( ) in a pattern: pattern skipped (not PETRARCH-1 syntax) "
            "(1 time)\n"
            "v.txt:7: PETRARCH-2 transformation line \"~ ...\": skipped (not PETRARCH-1 syntax) (1 time)\n"
            "v.txt:6: TABARI-only token '@', '~' or '=' in a pattern: pattern skipped (1 time)\n"
            "v.txt:8: blank-separated words after the verb (\"LASH OUT\"): only the first word is the verb, "
            "as in PETRARCH (1 time)\n");
}

TEST(ReadPetrarchVerbs, BadEntriesAreReportedAndSkipped) {
  Loaded l = Read(
      "- * EARLY [010]\n"
      "--- TALK [031 ---\n"
      "TALK\n"
      "- * ABOUT &UNDEFINED [032]\n"
      "- ABOUT [033]\n"
      "- * * [034]\n"
      "- * NOW\n"
      "- * THEN [035\n"
      "MEET {MET\n"
      "- * *NOW [036]\n"
      "- * OK [037]\n");
  EXPECT_EQ(l.text(),
            "TALK= [---] | * OK_ [037]\n"
            "TALKS= = TALK=\n"
            "TALKED= = TALK=\n"
            "TALKING= = TALK=\n");
  EXPECT_EQ(l.warned(),
            "v.txt:1: pattern before any --- block header ---; skipped\n"
            "v.txt:2: missing ] after [ in the block header; the block's verbs get the null code\n"
            "v.txt:4: synset &UNDEFINED is not defined above this pattern; pattern skipped, as in PETRARCH\n"
            "v.txt:5: no verb marker '*'; pattern skipped\n"
            "v.txt:6: more than one verb marker '*'; pattern skipped\n"
            "v.txt:7: pattern without a [code]; skipped\n"
            "v.txt:8: missing ] after [; pattern skipped\n"
            "v.txt:9: missing } after the verb forms; verb skipped\n"
            "v.txt:10: '*' must stand alone in \"*NOW\"; pattern skipped\n");
}

TEST(ReadPetrarchVerbs, LaterEntryWinsAndBlocksWithTheSameVerbMerge) {
  Loaded l = Read(
      "--- SHOT [---] ---\n"
      "SHOT {}\n"
      "- *_AND_WOUND [223]\n"
      "--- SHOT [223] ---\n"
      "SHOT {}\n"
      "- + WAS * DEAD [224]\n");
  EXPECT_EQ(l.text(), "SHOT= [223] | *_AND_WOUND_ [223] | + WAS_ * DEAD_ [224]\n");
  EXPECT_EQ(l.warned(), "v.txt:5: verb SHOT was listed before; this later entry wins, as in PETRARCH\n");
}

TEST(ReadPetrarchVerbs, EarlierFilesWin) {
  Loaded l;
  l.base = l.dict.roots.size();
  std::string err;
  l.dict.AddRoot("VISIT=", kVerb, 0, false, &err);
  std::istringstream in("--- VISIT [042] ---\nVISIT {VISITED}\n");
  ASSERT_TRUE(ReadPetrarchVerbs(in, "v.txt", &l.dict, &l.warnings).ok());
  EXPECT_EQ(l.warned(), "v.txt:2: verb form VISIT= is already in the dictionary; the first entry is kept\n");
  EXPECT_TRUE(l.dict.HasRoot("VISITED="));
}

}  // namespace
}  // namespace entente::dict
