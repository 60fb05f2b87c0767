// Inline-text tests of the PETRARCH/Phoenix readers: each feeds a small
// dictionary and compares the rendered roots with one expected string.
#include "dict/phoenix_reader.h"
#include "dict/reader_test_util.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "entente/date.h"

namespace entente::dict {
namespace {

Day D(const char* iso) {
  Day d = 0;
  EXPECT_TRUE(ParseIsoDate(iso, &d)) << iso;
  return d;
}

std::string SetText(const Dictionary& d, int set) {
  std::string out;
  for (const DatedCodes& b : d.actor_sets[set].blocks) {
    out += "[";
    for (size_t k = 0; k < b.codes.size(); ++k) out += (k ? "/" : "") + d.code(b.codes[k].actor);
    switch (b.kind) {
      case DatedCodes::kDefault: break;
      case DatedCodes::kBefore: out += " <" + FormatIsoDate(b.from); break;
      case DatedCodes::kAfter: out += " >" + FormatIsoDate(b.from); break;
      case DatedCodes::kBetween: out += " " + FormatIsoDate(b.from) + ".." + FormatIsoDate(b.to); break;
    }
    out += "]";
  }
  return out;
}

// One line per root added after `base`: "PHRASE = codes" (actors show
// their set, synonyms "^PARENT"; agents their code).
std::string Render(const Dictionary& d, size_t base) {
  std::string out;
  for (size_t r = base; r < d.roots.size(); ++r) {
    const Root& root = d.roots[r];
    out += d.PhraseText(root.phrase) + " = ";
    if (root.wtype == kActor) {
      out += SetText(d, d.patterns[root.pat].code);
      if (root.parent) out += " ^" + d.PhraseText(d.roots[root.parent].phrase);
    } else if (root.wtype == kAgent) {
      out += d.code(d.patterns[root.pat].code);
    }
    out += "\n";
  }
  return out;
}

using Loaded = dict::Loaded<Render>;

Loaded Read(ReaderFn reader, const std::string& text) { return ReadText<Render>(reader, "t", text); }

TEST(PhoenixPhrase, WordsBecomeExact) {
  std::string out, err;
  ASSERT_TRUE(PhoenixPhrase("carlos SANTOS_CRUZ", &out, &err));
  EXPECT_EQ(out, "CARLOS~_SANTOS_CRUZ_");
  ASSERT_TRUE(PhoenixPhrase("  BAN_KI-MOON_ \t", &out, &err));
  EXPECT_EQ(out, "BAN_KI_MOON_");
  ASSERT_TRUE(PhoenixPhrase("FOR_ YOUTH", &out, &err));
  EXPECT_EQ(out, "FOR~_YOUTH_");
  EXPECT_FALSE(PhoenixPhrase("X", &out, &err));
  EXPECT_FALSE(PhoenixPhrase(" _ ", &out, &err));
  EXPECT_FALSE(PhoenixPhrase("A~B", &out, &err));
  EXPECT_FALSE(PhoenixPhrase("&SYN WORD", &out, &err));
  ASSERT_TRUE(PhoenixPhrase("AT&T", &out, &err));
  EXPECT_EQ(out, "AT&T_");
}

TEST(PhoenixActors, SynonymsShareTheEntryCodes) {
  Loaded l = Read(ReadPhoenixActors,
                  "# header\n"
                  "\n"
                  "AFGHANISTAN_  [AFG]\n"
                  "+AFGHAN_ \n"
                  "+KABUL # a comment\n"
                  "ALBANIA [ALB] ; legacy comment\n");
  EXPECT_EQ(l.text(),
            "AFGHANISTAN_ = [AFG]\n"
            "AFGHAN_ = [AFG] ^AFGHANISTAN_\n"
            "KABUL_ = [AFG] ^AFGHANISTAN_\n"
            "ALBANIA_ = [ALB]\n");
  EXPECT_EQ(l.warned(), "");
  // Synonyms share the head pattern, so they share the code set.
  EXPECT_EQ(l.dict.roots[l.base + 1].pat, l.dict.roots[l.base].pat);
}

TEST(PhoenixActors, DatedRolesTriedInOrderThenDefault) {
  Loaded l = Read(ReadPhoenixActors,
                  "VLADIMIR_PUTIN_\n"
                  "+PUTIN_\n"
                  "\t[RUSELI 700101-991231]\n"
                  "\t[RUSGOV >20000101]\n"
                  "\t[RUS]\n"
                  "\t[RUSXXX]\n"   // a second default: the first one wins
                  "OLD_KING_\n"
                  "  [ABCGOV <450101]\n");
  EXPECT_EQ(l.text(),
            "VLADIMIR_PUTIN_ = [RUSELI 1970-01-01..1999-12-31][RUSGOV >1999-12-31][RUS]\n"
            "PUTIN_ = [RUSELI 1970-01-01..1999-12-31][RUSGOV >1999-12-31][RUS] ^VLADIMIR_PUTIN_\n"
            "OLD_KING_ = [ABCGOV <1945-01-02][---]\n");
  EXPECT_EQ(l.warned(), "");
  const Dictionary& d = l.dict;
  int set = d.patterns[d.roots[l.base].pat].code;
  auto code_on = [&](const char* date) { return d.code((*d.ActorCodesOn(set, D(date)))[0].actor); };
  EXPECT_EQ(code_on("1985-06-01"), "RUSELI");
  EXPECT_EQ(code_on("1999-12-31"), "RUSELI");  // bounds are inclusive
  EXPECT_EQ(code_on("2000-01-01"), "RUSGOV");
  EXPECT_EQ(code_on("1960-01-01"), "RUS");     // no restriction holds: the default
  int king = d.patterns[d.roots[l.base + 2].pat].code;
  EXPECT_EQ(d.code((*d.ActorCodesOn(king, D("1945-01-01")))[0].actor), "ABCGOV");
  EXPECT_EQ((*d.ActorCodesOn(king, D("1945-01-02")))[0].actor, kCodeNull);
}

TEST(PhoenixActors, InlineCodeIsTheDefaultAfterDatedLines) {
  Loaded l = Read(ReadPhoenixActors,
                  "HAMID_KARZAI_  [AFGELI]\n"
                  "\t[AFGGOV 011222-140929] [AFGOPP 19990101-19991231]\n"
                  "\t[AFGXXX] Kabul\t$1,000\n");
  EXPECT_EQ(l.text(),
            "HAMID_KARZAI_ = [AFGGOV 2001-12-22..2014-09-29][AFGOPP 1999-01-01..1999-12-31][AFGELI]\n");
  EXPECT_EQ(l.warned(), "t:3: text \"Kabul\t$1,000\" after the codes ignored\n");
}

TEST(PhoenixActors, SlashedCodesAreCompounds) {
  Loaded l = Read(ReadPhoenixActors,
                  "FELLOWSHIP_ [FRO/BIL/SAM]\n"
                  "TRIO_ [A//B]\n");
  EXPECT_EQ(l.text(), "FELLOWSHIP_ = [FRO/BIL/SAM]\n");
  EXPECT_NE(l.warned().find("t:2: empty member in the compound code"), std::string::npos) << l.warned();
}

TEST(PhoenixActors, CodelessPrimariesJoinTheNextCodes) {
  Loaded l = Read(ReadPhoenixActors,
                  "THE_UNITED_NATIONS_\n"
                  "UN_\n"
                  "+U.N._\n"
                  "\t[IGOUNO]\n"
                  "NATO_ [IGOWSTNAT]\n");
  EXPECT_EQ(l.text(),
            "THE_UNITED_NATIONS_ = [IGOUNO]\n"
            "UN_ = [IGOUNO] ^THE_UNITED_NATIONS_\n"
            "U.N._ = [IGOUNO] ^THE_UNITED_NATIONS_\n"
            "NATO_ = [IGOWSTNAT]\n");
}

TEST(PhoenixActors, FirstEntryWinsForDuplicatePhrases) {
  Loaded l = Read(ReadPhoenixActors,
                  "GEORGIA_ [GEO]\n"
                  "GEORGIA_ [USA]\n"
                  "+TBILISI_\n"
                  "+GEORGIA\n");
  EXPECT_EQ(l.text(),
            "GEORGIA_ = [GEO]\n"
            "TBILISI_ = [USA]\n");
}

TEST(PhoenixActors, MalformedLinesAreReportedAndSkipped) {
  Loaded l = Read(ReadPhoenixActors,
                  "\t[ABC]\n"                          // 1
                  "+FOO_\n"                            // 2
                  "KOREA_ [KOR]\n"                     // 3
                  "+\n"                                // 4
                  "BAN_KI_MOON_\n"                     // 5
                  "\t[IGOUNO >20070101]\n"             // 6
                  "\t[KORGOV 2004017-20061201]\n"      // 7
                  "\tJOHN_MCCLOY_\n"                   // 8
                  "\t[<990101]\n"                      // 9
                  "\t[ABC 991231-990101]\n"            // 10
                  "INERGY_L.P.\t[\n"                   // 11
                  "+INERGY_\n"                         // 12: dropped with its entry
                  "\tMNCUSA]\n"                        // 13
                  "X [ABC]\n"                          // 14
                  "LAST_ONE_\n");                      // 15
  EXPECT_EQ(l.text(),
            "KOREA_ = [KOR]\n"
            "BAN_KI_MOON_ = [IGOUNO >2006-12-31][---]\n");
  EXPECT_EQ(l.warned(),
            "t:1: codes without a phrase before them\n"
            "t:2: synonym +FOO_ has no entry before it\n"
            "t:4: no phrase has been specified\n"
            "t:7: cannot read the date restriction in \"[KORGOV 2004017-20061201]\" (dates are YYMMDD or "
            "YYYYMMDD); line skipped\n"
            "t:8: indented line is neither a code [...] nor a phrase: \"JOHN_MCCLOY_\"\n"
            "t:9: no actor code in \"[<990101]\"; line skipped\n"
            "t:10: date range ends before it starts in \"[ABC 991231-990101]\"; line skipped\n"
            "t:11: missing ] in \"[\"; entry skipped\n"
            "t:13: indented line is neither a code [...] nor a phrase: \"MNCUSA]\"\n"
            "t:14: phrase \"X\" is shorter than two characters; entry skipped\n"
            "t:15: no code for \"LAST_ONE_\"; entry skipped\n");
}

TEST(PhoenixActors, XmlCommentsAndStop) {
  Loaded l = Read(ReadPhoenixActors,
                  "<!-- one line --> IRAN_ [IRN]\n"
                  "<!-- several\n"
                  "IRAQ_ [IRQ]\n"
                  "lines -->\n"
                  "SYRIA_ [SYR] <!-- trailing -->\n"
                  "---STOP---\n"
                  "EGYPT_ [EGY]\n");
  EXPECT_EQ(l.text(), "IRAN_ = [IRN]\nSYRIA_ = [SYR]\n");
}

TEST(PhoenixAgents, SubstitutionSetsPluralsAndPlacement) {
  Loaded l = Read(ReadPhoenixAgents,
                  "# agents\n"
                  "!PERSON! = MAN, WOMAN\n"
                  "!MINIST! = MINISTER , MINISTRY,\n"
                  "POLICE!PERSON!  [~COP]\n"
                  "FOREIGN_!MINIST! [~GOVFRM]   # comment\n"
                  "THIEF {THIEVES} [~CRM]\n"
                  "POLICE {} [~COP]\n"
                  "DEPUTY [~GOV]\n"
                  "BOSS [~BUS]\n"
                  "human_rights_group [NGO~]\n"
                  "MINISTRY_ [~GOV]\n"
                  "FIRE!PERSON! {FIRE!PERSON!_CREW} [~GOV]\n");
  EXPECT_EQ(l.text(),
            "POLICEMAN_ = ~COP\n"
            "POLICEWOMAN_ = ~COP\n"
            "FOREIGN_MINISTER_ = ~GOVFRM\n"
            "FOREIGN_MINISTRY_ = ~GOVFRM\n"
            "THIEF_ = ~CRM\n"
            "THIEVES_ = ~CRM\n"
            "POLICE_ = ~COP\n"
            "DEPUTY_ = ~GOV\n"
            "DEPUTIES_ = ~GOV\n"
            "BOSS_ = ~BUS\n"
            "BOSSES_ = ~BUS\n"
            "HUMAN_RIGHTS_GROUP_ = NGO~\n"
            "HUMAN_RIGHTS_GROUPS_ = NGO~\n"
            "MINISTRY_ = ~GOV\n"
            "FIREMAN_ = ~GOV\n"
            "FIREWOMAN_ = ~GOV\n"
            "FIREMAN_CREW_ = ~GOV\n"
            "FIREWOMAN_CREW_ = ~GOV\n");
  EXPECT_EQ(l.warned(), "");
}

TEST(PhoenixAgents, MalformedEntriesAreReported) {
  Loaded l = Read(ReadPhoenixAgents,
                  "ISLAMIC_EXTREMIST\n"          // 1
                  "SOLDIER [~MIL\n"              // 2
                  "GENERAL [MIL]\n"              // 3
                  "ADMIRAL [~MIL~]\n"            // 4
                  "TROOP {TROOPERS [~MIL]\n"     // 5
                  "CONGRESS!PERSON! [~LEG]\n"    // 6
                  "!BAD = A, B\n"                // 7: no closing '!'
                  "!EMPTY! = , ,\n"              // 8
                  "SPY [~SPY] extra\n"           // 9
                  "{PLURAL} [~X]\n"              // 10
                  "COLONEL [~MIL]\n");
  EXPECT_EQ(l.text(), "COLONEL_ = ~MIL\nCOLONELS_ = ~MIL\n");
  EXPECT_EQ(l.warned(),
            "t:1: agent needs a code in [...]\n"
            "t:2: missing ] after the agent code\n"
            "t:3: agent code \"MIL\" needs one '~' before or after it (\"~GOV\", \"IGO~\")\n"
            "t:4: agent code \"~MIL~\" needs one '~' before or after it (\"~GOV\", \"IGO~\")\n"
            "t:5: missing } after the plural\n"
            "t:6: substitution set !PERSON! is not defined; entry skipped\n"
            "t:7: agent needs a code in [...]\n"
            "t:8: substitution set !EMPTY! has no members\n"
            "t:9: unexpected text after the agent code: \" extra\"\n"
            "t:10: no phrase has been specified\n");
}

TEST(PhoenixAgents, ExpansionIsBounded) {
  std::string text = "!S! = A1";
  for (int i = 2; i <= 40; ++i) text += ", A" + std::to_string(i);
  text += "\n!S!!S!!S! [~X]\n!S!_!S! [~Y]\n";
  Loaded l = Read(ReadPhoenixAgents, text);
  EXPECT_EQ(l.dict.roots.size() - l.base, 40u * 40u);
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_NE(l.warnings[0].find("t:2: substitution sets expand to more than"), std::string::npos);
}

TEST(PhoenixDiscards, PhrasesAreDiscardActors) {
  Loaded l = Read(ReadPhoenixDiscards,
                  "# Story-level discards start with '+'\n"
                  "MONTHS LATER\n"
                  "+World Golf Championships   # pas\n"
                  "SEMI-FINAL   \n"
                  "BASEBALL_\n"
                  "1914\n"
                  "baseball_\n"
                  "X\n"
                  "AFL [###]\n");
  EXPECT_EQ(l.text(),
            "MONTHS_LATER = [###]\n"
            "WORLD_GOLF_CHAMPIONSHIPS = [###]\n"
            "SEMI_FINAL = [###]\n"
            "BASEBALL_ = [###]\n"
            "1914 = [###]\n");
  EXPECT_EQ(l.warned(),
            "t:8: discard phrase \"X\" is shorter than two characters\n"
            "t:9: a discard phrase takes no code [...]\n");
  // Every discard shares one code set whose only code is "###".
  const Dictionary& d = l.dict;
  int set = d.patterns[d.roots[l.base].pat].code;
  EXPECT_EQ(d.patterns[d.roots[l.base + 4].pat].code, set);
  EXPECT_EQ((*d.ActorCodesOn(set, 0))[0].actor, kCodeDiscard);
}

TEST(PhoenixReaders, EmptyAndBinaryInputsAreNotErrors) {
  for (auto reader : {ReadPhoenixActors, ReadPhoenixAgents, ReadPhoenixDiscards}) {
    Loaded a = Read(reader, "");
    EXPECT_EQ(a.text(), "");
    Loaded b = Read(reader, std::string("\xff\xfe\0[\t]\n+\n!\n{", 12));
    (void)b;
  }
}

}  // namespace
}  // namespace entente::dict
