// Format detection on inline text, then every real TABARI and Phoenix
// dictionary in $ENTENTE_SHARED/refdata (skipped when it is not set).
#include "dict/dictionary_file.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dict/phoenix_reader.h"
#include "dict/tabari_reader.h"
#include "entente/date.h"

namespace entente::dict {
namespace {

constexpr DictFormat kT = DictFormat::kTabari, kP = DictFormat::kPhoenix;

TEST(DetectDictionaryFormat, PhoenixMarks) {
  EXPECT_EQ(DetectDictionaryFormat("!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\n", kAgent), kP);
  EXPECT_EQ(DetectDictionaryFormat("THIEF {THIEVES} [~CRM]\n", kAgent), kP);
  EXPECT_EQ(DetectDictionaryFormat("AMBASSADOR [~GOV] # LRP 02 Jun 2004\n", kAgent), kP);
  EXPECT_EQ(DetectDictionaryFormat("+HELMAND # provinces\n", kActor), kP);
  EXPECT_EQ(DetectDictionaryFormat("X_\n\t[AFGELI 19270101-730717]\n", kActor), kP);
  EXPECT_EQ(DetectDictionaryFormat("X_\n\t[IGOUNO >20070101]\n", kActor), kP);
  EXPECT_EQ(DetectDictionaryFormat("<!-- agents -->\nA [~B]\n", kAgent), kP);
  EXPECT_EQ(DetectDictionaryFormat("A_ [B]\n---STOP---\n", kActor), kP);
}

TEST(DetectDictionaryFormat, TabariWhenNoMark) {
  // '#' comment lines, indented dated codes and "[###]" are TABARI too.
  EXPECT_EQ(DetectDictionaryFormat("# header\nAFGHANISTAN_  [AFG]\nKARZAI_\n  [AFGGOV >011222]\n", kActor), kT);
  EXPECT_EQ(DetectDictionaryFormat("ENT  [### <890101] [ENT]\nWEST_PAPUA#_VERY_IFFY_  [IDN]\n", kActor), kT);
  EXPECT_EQ(DetectDictionaryFormat("ALBRIGHT [USAGOV 991201-010114] ; see #3\n", kActor), kT);
  EXPECT_EQ(DetectDictionaryFormat("PRESIDENT_  [ ~GOVPRS] ;ns 6/26/01\n", kAgent), kT);
  // A TABARI <NOUN> block wins over any mark.
  EXPECT_EQ(DetectDictionaryFormat("<NOUN>\nBEES # x\n</NOUN>\nX [Y 19990101-19991231]\n", kActor), kT);
  // '{' only marks agents: TABARI verbs and actors may use braces.
  EXPECT_EQ(DetectDictionaryFormat("FOO {BAR} [ABC]\n", kActor), kT);
  EXPECT_EQ(DetectDictionaryFormat("", kActor), kT);
}

TEST(DetectDictionaryFormat, PetrarchVerbsAreRead) {
  EXPECT_EQ(DetectDictionaryFormat("--- GRANT [070] ---\nGRANT\n- * AID [071]\n", kVerb), kP);
  EXPECT_EQ(DetectDictionaryFormat("ABANDON  [---] ;OY\n- * HQ  [0874]\n", kVerb), kT);
  // The same verb both ways: PETRARCH's is an exact word with its forms.
  Dictionary petrarch, tabari;
  ASSERT_TRUE(ReadDictionary("--- GRANT [070] ---\nGRANT\n- * AID [071]\n", "v.txt", kVerb, &petrarch,
                             nullptr).ok());
  ASSERT_TRUE(ReadDictionary("GRANT_ [070]\n- * AID [071]\n", "v.verbs", kVerb, &tabari, nullptr).ok());
  EXPECT_TRUE(petrarch.HasRoot("GRANTED="));
  EXPECT_FALSE(tabari.HasRoot("GRANTED="));
  EXPECT_TRUE(tabari.HasRoot("GRANT_"));
}

TEST(ReadDictionary, DispatchesOnTheDetectedFormat) {
  // The same text read both ways: Phoenix makes the stem an exact word.
  Dictionary tabari, phoenix;
  ASSERT_TRUE(ReadDictionary("KABUL [AFG]\n", "a", kActor, &tabari, nullptr).ok());
  ASSERT_TRUE(ReadDictionary("KABUL [AFG] # city\n", "a", kActor, &phoenix, nullptr).ok());
  EXPECT_EQ(tabari.PhraseText(tabari.roots.back().phrase), "KABUL");
  EXPECT_EQ(phoenix.PhraseText(phoenix.roots.back().phrase), "KABUL_");
}

TEST(LoadDictionaryFile, MissingFileIsNotFound) {
  Dictionary d;
  EXPECT_EQ(LoadDictionaryFile("/nonexistent/x.actors", kActor, &d, nullptr).kind(), Status::Kind::kNotFound);
  EXPECT_EQ(LoadDiscardsFile("/nonexistent/x.txt", &d, nullptr).kind(), Status::Kind::kNotFound);
}

// ---------------------------------------------------------------- real files

std::string Shared() {
  const char* s = std::getenv("ENTENTE_SHARED");
  return s ? std::string(s) + "/refdata/" : std::string();
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream b;
  b << in.rdbuf();
  return b.str();
}

int FindRoot(const Dictionary& d, const std::string& text) {
  for (size_t r = 1; r < d.roots.size(); ++r)
    if (d.PhraseText(d.roots[r].phrase) == text) return static_cast<int>(r);
  return 0;
}

std::string CodeOn(const Dictionary& d, int root, const char* iso) {
  Day day = 0;
  EXPECT_TRUE(ParseIsoDate(iso, &day));
  const auto* codes = d.ActorCodesOn(d.patterns[d.roots[root].pat].code, day);
  return codes && !codes->empty() ? d.code((*codes)[0].actor) : "(none)";
}

TEST(ReadDictionary, RepeatedActorKeepsItsCodeLinesToItself) {
  // A repeated entry is skipped with its synonyms and indented codes; those
  // codes must not leak into the next entry that takes its codes below.
  Dictionary d;
  std::vector<std::string> warnings;
  ASSERT_TRUE(ReadDictionary("NATO_ [IGOWSTNAT]\n", "a", kActor, &d, &warnings).ok());
  ASSERT_TRUE(ReadDictionary("NATO_\n+ATLANTIC_ALLIANCE_\n\t[IGOWSTNAT]\nGAMMA_ [CCC]\n"
                             "DELTA_\n+DELTAN_\n\t[DDD]\n",
                             "b", kActor, &d, &warnings).ok());
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  auto code = [&](const char* text) {
    int root = FindRoot(d, text);
    return root == 0 ? std::string("(absent)") : CodeOn(d, root, "2020-01-01");
  };
  EXPECT_EQ(code("DELTA_"), "DDD");
  EXPECT_EQ(code("DELTAN_"), "DDD");
  EXPECT_EQ(code("ATLANTIC_ALLIANCE_"), "(absent)");
  // A stray code line outside any entry is reported, not attached.
  ASSERT_TRUE(ReadDictionary("OMEGA_ [OOO]\n\t[ZZZ]\nPSI_\n\t[PPP]\n", "c", kActor, &d, &warnings).ok());
  EXPECT_EQ(warnings.size(), 1u);
  EXPECT_EQ(code("PSI_"), "PPP");
}

struct RealFile {
  const char* path;
  WordType kind;
  DictFormat format;
  size_t min_roots;
};

TEST(RealDictionaries, EveryFileIsDetectedAndLoads) {
  std::string dir = Shared();
  if (dir.empty()) GTEST_SKIP() << "ENTENTE_SHARED is not set; skipping the real dictionaries";
  const RealFile files[] = {
      {"phoenix/Phoenix.Countries.actors.txt", kActor, kP, 25000},
      {"phoenix/Phoenix.International.actors.txt", kActor, kP, 6500},
      {"phoenix/Phoenix.MilNonState.actors.txt", kActor, kP, 1500},
      {"phoenix/Phoenix.agents.txt", kAgent, kP, 5000},
      {"petrarch_validate/PETR.Validate.actors.txt", kActor, kP, 100},
      {"petrarch_validate/PETR.Validate.agents.txt", kAgent, kP, 100},
      {"tabari/CountryInfo.120116.actors", kActor, kT, 20000},
      {"tabari/Internatnl.120521.actors", kActor, kT, 7000},
      {"tabari/CAMEO.ECS.120522.actors", kActor, kT, 500},
      {"tabari/CAMEO.RCS.120521.actors", kActor, kT, 1000},
      {"tabari/TABARI.Demo.actors", kActor, kT, 100},
      {"tabari/PSU.120522.agents", kAgent, kT, 2000},
      {"tabari/Validate.agents", kAgent, kT, 80},
      {"tabari/CAMEO.091003.master.verbs", kVerb, kT, 1000},
      {"tabari/CAMEO.080612.verbs", kVerb, kT, 1000},
      {"tabari/TABARI.Demo.verbs", kVerb, kT, 100},
  };
  for (const RealFile& f : files) {
    SCOPED_TRACE(f.path);
    std::string path = dir + f.path;
    EXPECT_EQ(DetectDictionaryFormat(Slurp(path), f.kind), f.format);
    Dictionary d;
    size_t base = d.roots.size();
    std::vector<std::string> warnings;
    Status s = LoadDictionaryFile(path, f.kind, &d, &warnings);
    ASSERT_TRUE(s.ok()) << s.ToString();
    size_t roots = d.roots.size() - base;
    EXPECT_GE(roots, f.min_roots);
    // The real Phoenix files hold a few broken lines (a 7-digit date, a
    // missing ']'); the TABARI reader's own warnings are not judged here.
    if (f.format == kP) {
      EXPECT_LT(warnings.size(), 12u) << (warnings.empty() ? "" : warnings.front());
    }
    std::printf("%-45s %-7s %7zu roots %6zu sets %5zu warnings\n", f.path,
                f.format == kP ? "phoenix" : "tabari", roots, d.actor_sets.size() - 1, warnings.size());
    // The explicit readers give the same dictionary as the detected one.
    Dictionary e;
    std::vector<std::string> w2;
    ASSERT_TRUE((f.format == kP ? LoadPhoenixFile(path, f.kind, &e, &w2)
                                : LoadTabariFile(path, f.kind, &e, &w2)).ok());
    EXPECT_EQ(e.roots.size(), d.roots.size());
    EXPECT_EQ(w2, warnings);
    d.ComputeRequiredLiterals();  // what the loader does next must not trip
  }
}

TEST(RealDictionaries, PetrarchVerbFilesAreRead) {
  std::string dir = Shared();
  if (dir.empty()) GTEST_SKIP() << "ENTENTE_SHARED is not set; skipping the real dictionaries";
  for (const char* f : {"phoenix/CAMEO.2.0.txt", "phoenix/CAMEO.verbpatterns.txt",
                        "petrarch_validate/PETR.Validate.verbs.txt"}) {
    Dictionary d;
    size_t base = d.roots.size();
    std::vector<std::string> warnings;
    ASSERT_TRUE(LoadDictionaryFile(dir + f, kVerb, &d, &warnings).ok()) << f;
    EXPECT_GT(d.roots.size() - base, 100u) << f;
    std::printf("%-45s petrarch %6zu roots %6zu patterns %5zu warnings\n", f, d.roots.size() - base,
                d.patterns.size(), warnings.size());
    d.ComputeRequiredLiterals();  // what the loader does next must not trip
  }
}

TEST(RealDictionaries, PhoenixPeopleResolveByDate) {
  std::string dir = Shared();
  if (dir.empty()) GTEST_SKIP() << "ENTENTE_SHARED is not set; skipping the real dictionaries";
  Dictionary d;
  std::vector<std::string> warnings;
  ASSERT_TRUE(LoadDictionaryFile(dir + "phoenix/Phoenix.Countries.actors.txt", kActor, &d, &warnings).ok());
  int putin = FindRoot(d, "PUTIN_");
  ASSERT_GT(putin, 0);
  EXPECT_EQ(d.PhraseText(d.roots[d.roots[putin].parent].phrase), "VLADIMIR_PUTIN_");
  EXPECT_EQ(CodeOn(d, putin, "1995-06-01"), "RUSELI");  // inside [RUSELI 700101-990809]
  EXPECT_EQ(CodeOn(d, putin, "2005-06-01"), "RUSGOV");  // inside [RUSGOV 991231-080507]
  EXPECT_EQ(CodeOn(d, putin, "2008-05-08"), "RUSGOV");  // [RUSGOV >080508], bound included
  EXPECT_EQ(CodeOn(d, putin, "1960-01-01"), "RUSELI");  // outside every role: the default
  // YELTSIN is a code-less primary grouped with BORIS_YELTSIN_.
  int yeltsin = FindRoot(d, "YELTSIN_");
  ASSERT_GT(yeltsin, 0);
  EXPECT_EQ(CodeOn(d, yeltsin, "1995-06-01"), "RUSGOV");
  EXPECT_EQ(CodeOn(d, yeltsin, "2010-01-01"), "---");   // no role and no default
  int afg = FindRoot(d, "AFGHANISTAN_");
  ASSERT_GT(afg, 0);
  EXPECT_EQ(CodeOn(d, afg, "2001-01-01"), "AFG");

  Dictionary a;
  ASSERT_TRUE(LoadDictionaryFile(dir + "phoenix/Phoenix.agents.txt", kAgent, &a, nullptr).ok());
  for (const char* p : {"FOREIGN_MINISTER_", "FOREIGN_MINISTRIES_", "POLICEWOMAN_", "THIEVES_"}) {
    int r = FindRoot(a, p);
    ASSERT_GT(r, 0) << p;
    EXPECT_EQ(a.roots[r].wtype, kAgent);
  }
  EXPECT_EQ(a.code(a.patterns[a.roots[FindRoot(a, "FOREIGN_MINISTER_")].pat].code), "~GOV");
}

TEST(RealDictionaries, DiscardLists) {
  std::string dir = Shared();
  if (dir.empty()) GTEST_SKIP() << "ENTENTE_SHARED is not set; skipping the real dictionaries";
  for (const char* f : {"phoenix/Phoenix.discards.txt", "petrarch_validate/PETR.Validate.discards.txt"}) {
    Dictionary d;
    size_t base = d.roots.size();
    std::vector<std::string> warnings;
    ASSERT_TRUE(LoadDiscardsFile(dir + f, &d, &warnings).ok()) << f;
    size_t roots = d.roots.size() - base;
    EXPECT_GE(roots, 5u) << f;
    EXPECT_TRUE(warnings.empty()) << warnings.front();
    std::printf("%-45s discard %7zu roots %5zu warnings\n", f, roots, warnings.size());
    int r = FindRoot(d, "BASEBALL");
    ASSERT_GT(r, 0) << f;
    EXPECT_EQ(CodeOn(d, r, "2001-01-01"), "###");
  }
}

}  // namespace
}  // namespace entente::dict
