// The compiled-dictionary cache, on real files in a temp dir: a loaded cache
// codes exactly like the dictionaries it came from; a changed dictionary, a
// foreign version or magic, and damaged bytes never serve stale or broken
// data (damage is Corruption or a miss, never a crash).
#include "dict/cache.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "coder/event_coder.h"
#include "coder/options.h"
#include "dict/tabari_reader.h"
#include "entente/coder.h"

namespace entente::dict {
namespace {

namespace fs = std::filesystem;

constexpr const char* kActors =
    "<NOUN>\nCONVOY_\n</NOUN>\n"
    "VELDORIA_ [VEL]\nMARSOVIA_ [MAR]\nMARSOVIAN_ [MAR]\nKESTRIA_ [KES]\nTALLINOR_ [TAL]\n"
    "ORVANE_ [MARGOV <051231] [IGOUNO 060101-101231] [MARELI]\n"
    "HALVARD_KESS_\n+KESS_\n  [KESREB <991231]\n  [KESGOV >000101]\n"
    "NORTHERN_ALLIANCE_ [VEL/KES]\nNEW_KESTRIA_ [---]\nFOOTBALL_LEAGUE_ [###]\n~~FINISH\n";
constexpr const char* kAgents = "PRESIDENT_ [~GOV]\nREBELS_ [~REB]\n~~FINISH\n";
constexpr const char* kVerbs =
    "<SYNSETS>\n&WEAPONRY\n+RIFLES_\n+TANKS_\n</SYNSETS>\n"
    "PRAISE_ [051]\nACCUSE_ [112]\nCRITICI [111]\n- * RUMOURS [---]\n"
    "VISIT_ [042:043]\nMEET_ [036]\n{MET_}\n- % * [036]\n"
    "SAID_ [010?]\nSUPPLY_ [070]\n{SUPPLIED_}\n- * &WEAPONRY [0712]\n"
    "SIGN_ [057]\n- * { CEASEFIRE | TRUCE } [074]\n- * PACT [0572]\n~~FINISH\n";

const char* const kSentences[] = {
    "Veldoria praised Kestria on Monday for its handling of the border dispute.",
    "Orvane accused Tallinor on Monday of arming the northern militias again.",
    "The Veldorian president visited Kestria on Monday for talks on the dispute.",
    "Veldoria and Marsovia met on Friday to discuss the disputed border.",
    "The Northern Alliance accused Marsovia on Monday of arming the militias.",
    "Kess accused Marsovian rebels on Monday of raiding the frontier villages.",
    "Veldoria supplied tanks to Kestria during the border war last year.",
    "Veldoria signed a truce with Kestria after three days of fighting.",
    "Veldoria criticised rumours on Monday of a coup being planned in Kestria.",
    "The Football League praised Kestria on Monday for hosting the regional cup.",
    "Veldoria said on Monday that Marsovia remained an unreliable partner.",
    "Veldoria accused New Kestria port officials of smuggling Marsovian rifles.",
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteAll(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

class CacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = (fs::temp_directory_path() / ("entente_cache_test_" + std::to_string(rd()))).string();
    fs::create_directories(dir_ + "/cache");
    WriteAll(dir_ + "/t.actors", kActors);
    WriteAll(dir_ + "/t.agents", kAgents);
    WriteAll(dir_ + "/t.verbs", kVerbs);
    files_ = {{kActor, dir_ + "/t.actors"}, {kVerb, dir_ + "/t.verbs"}, {kAgent, dir_ + "/t.agents"}};
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Reads the dictionary files the way the loader does.
  void Build(std::unique_ptr<Dictionary>* dict, std::unique_ptr<Matcher>* matcher) {
    *dict = std::make_unique<Dictionary>();
    std::vector<std::string> warnings;
    for (const auto& [kind, f] : files_) ASSERT_TRUE(LoadTabariFile(f, kind, dict->get(), &warnings).ok()) << f;
    EXPECT_TRUE(warnings.empty()) << warnings.front();
    (*dict)->ComputeRequiredLiterals();
    *matcher = std::make_unique<Matcher>(**dict);
  }

  // Every sentence on three dates (the date picks actor roles), rendered.
  static std::string CodeAll(const Dictionary& dict, const Matcher& matcher) {
    coder::EventCoder ec(dict, matcher);
    coder::CoderOptions options;
    std::string out;
    for (const char* date : {"950101", "050601", "080101", "120101"}) {
      Day day;
      EXPECT_TRUE(ParseYymmdd(date, &day));
      for (const char* s : kSentences) {
        std::vector<coder::CodedEvent> events;
        coder::Problem p = ec.Code(s, day, options, &events);
        out += std::string(date) + " " + std::to_string(static_cast<int>(p)) + ":";
        for (const auto& e : events) out += " " + e.source + "/" + e.target + "/" + e.code;
        out += "\n";
      }
    }
    return out;
  }

  std::string SavedCache(uint64_t* fp) {
    std::unique_ptr<Dictionary> dict;
    std::unique_ptr<Matcher> matcher;
    Build(&dict, &matcher);
    EXPECT_TRUE(Fingerprint(files_, fp).ok());
    std::string path = CachePath(dir_ + "/cache", files_);
    Status st = SaveCache(path, *fp, *dict, *matcher);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return path;
  }

  std::string dir_;
  std::vector<std::pair<WordType, std::string>> files_;
};

TEST_F(CacheTest, LoadedCacheCodesLikeTheDictionaries) {
  std::unique_ptr<Dictionary> dict;
  std::unique_ptr<Matcher> matcher;
  Build(&dict, &matcher);
  std::string want = CodeAll(*dict, *matcher);
  // The sentences really exercise the dictionaries.
  EXPECT_NE(want.find("VEL/KES/051"), std::string::npos) << want;
  EXPECT_NE(want.find("MARGOV/TAL/112"), std::string::npos) << want;
  EXPECT_NE(want.find("IGOUNO/TAL/112"), std::string::npos) << want;
  EXPECT_NE(want.find("KESGOV/MARREB/112"), std::string::npos) << want;
  EXPECT_NE(want.find("VEL/KES/0712"), std::string::npos) << want;

  uint64_t fp = 0;
  std::string path = SavedCache(&fp);
  ASSERT_TRUE(fs::exists(path));
  std::unique_ptr<Dictionary> d2;
  std::unique_ptr<Matcher> m2;
  bool hit = false;
  Status st = LoadCache(path, fp, &d2, &m2, &hit);
  ASSERT_TRUE(st.ok()) << st.ToString();
  ASSERT_TRUE(hit);
  EXPECT_EQ(CodeAll(*d2, *m2), want);

  // Saving the loaded image again gives the same bytes.
  std::string again = dir_ + "/again.entdict";
  ASSERT_TRUE(SaveCache(again, fp, *d2, *m2).ok());
  EXPECT_EQ(ReadAll(again), ReadAll(path));
}

TEST_F(CacheTest, MissingCacheIsAMiss) {
  std::unique_ptr<Dictionary> d;
  std::unique_ptr<Matcher> m;
  bool hit = true;
  EXPECT_TRUE(LoadCache(dir_ + "/cache/none.entdict", 1, &d, &m, &hit).ok());
  EXPECT_FALSE(hit);
  EXPECT_EQ(d, nullptr);
}

TEST_F(CacheTest, OneChangedDictionaryByteChangesTheFingerprint) {
  uint64_t fp = 0;
  std::string path = SavedCache(&fp);
  for (const auto& [kind, f] : files_) {
    std::string original = ReadAll(f);
    std::string changed = original;
    size_t at = changed.find('[');  // inside the first code: same length
    ASSERT_NE(at, std::string::npos);
    changed[at + 1] = changed[at + 1] == 'Q' ? 'Z' : 'Q';
    WriteAll(f, changed);
    uint64_t fp2 = 0;
    ASSERT_TRUE(Fingerprint(files_, &fp2).ok());
    EXPECT_NE(fp2, fp) << f;
    std::unique_ptr<Dictionary> d;
    std::unique_ptr<Matcher> m;
    bool hit = true;
    EXPECT_TRUE(LoadCache(path, fp2, &d, &m, &hit).ok());
    EXPECT_FALSE(hit) << "stale cache served after a change to " << f;
    WriteAll(f, original);
  }
  uint64_t fp3 = 0;
  ASSERT_TRUE(Fingerprint(files_, &fp3).ok());
  EXPECT_EQ(fp3, fp);
}

TEST_F(CacheTest, FingerprintOfAMissingFileIsNotFound) {
  files_.emplace_back(kVerb, dir_ + "/absent.verbs");
  uint64_t fp = 0;
  EXPECT_EQ(Fingerprint(files_, &fp).kind(), Status::Kind::kNotFound);
}

TEST_F(CacheTest, OtherVersionOrMagicIsIgnored) {
  uint64_t fp = 0;
  std::string path = SavedCache(&fp);
  const std::string good = ReadAll(path);
  ASSERT_GT(good.size(), 20u);
  ASSERT_EQ(good.compare(0, 8, std::string("ENTDICT\0", 8)), 0);
  uint32_t version;
  std::memcpy(&version, good.data() + 8, 4);
  EXPECT_EQ(version, kCacheVersion);

  auto expect_miss = [&](const std::string& bytes, const char* what) {
    WriteAll(path, bytes);
    std::unique_ptr<Dictionary> d;
    std::unique_ptr<Matcher> m;
    bool hit = true;
    Status st = LoadCache(path, fp, &d, &m, &hit);
    EXPECT_TRUE(st.ok()) << what << ": " << st.ToString();
    EXPECT_FALSE(hit) << what;
  };
  for (uint32_t v : {kCacheVersion + 1, kCacheVersion - 1, 0u, 0xffffffffu}) {
    std::string bytes = good;
    std::memcpy(bytes.data() + 8, &v, 4);
    expect_miss(bytes, "other version");
  }
  std::string bytes = good;
  bytes[0] = 'X';
  expect_miss(bytes, "other magic");
  expect_miss(good.substr(0, 8), "magic only");
  expect_miss("", "empty file");
  expect_miss("not a cache at all, just some text\n", "text file");
}

TEST_F(CacheTest, TruncatedCacheIsNeverServed) {
  uint64_t fp = 0;
  std::string path = SavedCache(&fp);
  const std::string good = ReadAll(path);
  // Every cut in the header and the first tables, then a spread over the rest.
  std::vector<size_t> cuts;
  for (size_t n = 0; n < good.size() && n < 512; ++n) cuts.push_back(n);
  for (size_t n = 512; n < good.size(); n += std::max<size_t>(1, good.size() / 1500)) cuts.push_back(n);
  cuts.push_back(good.size() - 1);
  for (size_t n : cuts) {
    WriteAll(path, good.substr(0, n));
    std::unique_ptr<Dictionary> d;
    std::unique_ptr<Matcher> m;
    bool hit = false;
    Status st = LoadCache(path, fp, &d, &m, &hit);
    if (st.ok()) {
      EXPECT_FALSE(hit) << "a cache cut at " << n << " of " << good.size() << " bytes was served";
    } else {
      EXPECT_EQ(st.kind(), Status::Kind::kCorruption) << n << ": " << st.ToString();
    }
  }
}

TEST_F(CacheTest, FlippedBitsAreCorruptionOrHarmless) {
  uint64_t fp = 0;
  std::string path = SavedCache(&fp);
  const std::string good = ReadAll(path);
  std::mt19937 rng(20240601);
  int served = 0, rejected = 0, ignored = 0;
  for (int i = 0; i < 1500; ++i) {
    std::string bytes = good;
    int flips = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < flips; ++k) bytes[rng() % bytes.size()] ^= static_cast<char>(1u << (rng() % 8));
    WriteAll(path, bytes);
    std::unique_ptr<Dictionary> d;
    std::unique_ptr<Matcher> m;
    bool hit = false;
    Status st = LoadCache(path, fp, &d, &m, &hit);
    if (!st.ok()) {
      EXPECT_EQ(st.kind(), Status::Kind::kCorruption) << st.ToString();
      ++rejected;
    } else if (!hit) {
      ++ignored;
    } else {
      // Undetected damage (a letter of a literal, a code string) may change
      // the coding but must not crash it.
      ASSERT_NE(d, nullptr);
      ASSERT_NE(m, nullptr);
      CodeAll(*d, *m);
      ++served;
    }
  }
  RecordProperty("served", served);
  RecordProperty("rejected", rejected);
  RecordProperty("ignored", ignored);
  EXPECT_GT(rejected + ignored, 0);
}

// Through the public API: the second Open of the same sources is served from
// the cache and codes the same; a one-byte change to a dictionary is a miss
// that rebuilds the cache, and the change shows in the coding.
TEST_F(CacheTest, CoderOpenUsesTheCache) {
  DictionarySources src;
  src.actors = {dir_ + "/t.actors"};
  src.agents = {dir_ + "/t.agents"};
  src.verbs = {dir_ + "/t.verbs"};
  src.cache_dir = dir_ + "/cache";
  Day day;
  ASSERT_TRUE(ParseYymmdd("050601", &day));
  auto code = [&](Coder& c) {
    std::string out;
    for (const char* s : kSentences) {
      std::vector<Event> events;
      c.CodeSentence(s, day, &events);
      for (const Event& e : events) out += e.source + "/" + e.target + "/" + e.code + " ";
      out += "\n";
    }
    return out;
  };

  std::unique_ptr<Coder> first, second;
  ASSERT_TRUE(Coder::Open(src, &first).ok());
  EXPECT_FALSE(first->loaded_from_cache());
  ASSERT_TRUE(Coder::Open(src, &second).ok());
  EXPECT_TRUE(second->loaded_from_cache());
  std::string want = code(*first);
  EXPECT_EQ(code(*second), want);
  EXPECT_NE(want.find("VEL/KES/051"), std::string::npos) << want;

  std::string verbs = ReadAll(dir_ + "/t.verbs");
  size_t at = verbs.find("PRAISE_ [051]");
  ASSERT_NE(at, std::string::npos);
  verbs[at + 11] = '2';  // PRAISE_ [052]: one byte, same length
  WriteAll(dir_ + "/t.verbs", verbs);
  std::unique_ptr<Coder> third, fourth;
  ASSERT_TRUE(Coder::Open(src, &third).ok());
  EXPECT_FALSE(third->loaded_from_cache());
  std::string changed = code(*third);
  EXPECT_NE(changed.find("VEL/KES/052"), std::string::npos) << changed;
  EXPECT_EQ(changed.find("VEL/KES/051"), std::string::npos) << changed;
  ASSERT_TRUE(Coder::Open(src, &fourth).ok());
  EXPECT_TRUE(fourth->loaded_from_cache());
  EXPECT_EQ(code(*fourth), changed);

  // A damaged cache file is rebuilt, not trusted.
  std::string path = CachePath(src.cache_dir, files_);
  ASSERT_TRUE(fs::exists(path)) << path;
  std::string bytes = ReadAll(path);
  WriteAll(path, bytes.substr(0, bytes.size() / 2));
  std::unique_ptr<Coder> fifth, sixth;
  ASSERT_TRUE(Coder::Open(src, &fifth).ok());
  EXPECT_FALSE(fifth->loaded_from_cache());
  EXPECT_EQ(code(*fifth), changed);
  ASSERT_TRUE(Coder::Open(src, &sixth).ok());
  EXPECT_TRUE(sixth->loaded_from_cache());
}

}  // namespace
}  // namespace entente::dict
