// The project's own dict/topics.txt: it loads, holds the fixed topic ids
// with their kinds and enough phrases, every phrase can hit its own topics,
// and sentences in the style of official readouts hit the expected topics.
// The file is found through ENTENTE_SOURCE_DIR (set by CTest); the tests
// skip when it is unset.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "entente/sentences.h"
#include "entente/topics.h"

namespace entente {
namespace {

class DictTopicsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* src = std::getenv("ENTENTE_SOURCE_DIR");
    if (src == nullptr || src[0] == '\0') GTEST_SKIP() << "ENTENTE_SOURCE_DIR is not set; run through ctest";
    path_ = std::string(src) + "/dict/topics.txt";
    Status s = TopicDictionary::Load(path_, &dict_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  // The ids of the topics `text` hits (after NormalizeText), sorted, unique,
  // joined by " ".
  std::string Topics(std::string_view text) const {
    std::string norm;
    EXPECT_TRUE(NormalizeText(text, &norm));
    std::vector<TopicHit> hits;
    dict_.Find(norm, &hits);
    std::set<std::string> ids;
    for (const TopicHit& h : hits) ids.insert(dict_.topics()[h.topic].id);
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
    return out;
  }

  // Each hit as "matched text [id]", in text order, joined by ", ".
  std::string Hits(std::string_view text) const {
    std::string norm;
    EXPECT_TRUE(NormalizeText(text, &norm));
    std::vector<TopicHit> hits;
    dict_.Find(norm, &hits);
    std::string out;
    for (const TopicHit& h : hits)
      out +=
          (out.empty() ? "" : ", ") + norm.substr(h.begin, h.end - h.begin) + " [" + dict_.topics()[h.topic].id + "]";
    return out;
  }

  std::string path_;
  TopicDictionary dict_;
};

TEST_F(DictTopicsTest, HoldsTheFixedTopics) {
  const std::set<std::string> parties = {"united_states", "europe", "ukraine", "nato",  "japan",
                                         "korea",         "taiwan", "iran",    "israel"};
  const std::set<std::string> issues = {
      "multipolarity", "sanctions", "trade",           "finance",     "energy",       "technology", "cyber",
      "military",      "nuclear",   "arms_control",    "terrorism",   "human_rights", "climate",    "food_security",
      "fentanyl",      "border",    "south_china_sea", "middle_east", "gaza"};
  std::set<std::string> seen;
  for (const Topic& t : dict_.topics()) {
    seen.insert(t.id);
    EXPECT_TRUE(t.party ? parties.count(t.id) : issues.count(t.id)) << t.id << " has the wrong kind";
    EXPECT_FALSE(t.label.empty()) << t.id;
  }
  EXPECT_EQ(seen.size(), parties.size() + issues.size());
  EXPECT_EQ(dict_.topics().size(), seen.size());
}

TEST_F(DictTopicsTest, BigTopicsHaveManyPhrases) {
  // Topic phrases, stop phrases not counted.
  std::map<std::string, size_t> counts;
  for (size_t t = 0; t < dict_.topics().size(); ++t)
    for (const std::string& p : dict_.PhrasesOf(t)) counts[dict_.topics()[t].id] += p[0] != '!';
  for (const char* big :
       {"united_states", "europe", "ukraine", "taiwan", "multipolarity", "sanctions", "trade", "finance", "energy",
        "technology", "military", "human_rights", "climate", "middle_east", "arms_control", "south_china_sea"})
    EXPECT_GE(counts[big], 15u) << big;
  for (const auto& [id, n] : counts) EXPECT_GE(n, 10u) << id;
  EXPECT_GT(dict_.phrase_count(), 700u);
}

// Each phrase, written out as text ('*' dropped), must hit each topic that
// lists it over its whole span, and a stop phrase must hit nothing: a phrase
// that never wins is dead weight or a mistake.
TEST_F(DictTopicsTest, EveryPhraseHitsItsOwnTopics) {
  std::map<std::string, std::set<size_t>> topics_of;
  for (size_t t = 0; t < dict_.topics().size(); ++t)
    for (const std::string& p : dict_.PhrasesOf(t)) topics_of[p].insert(t);
  for (const auto& [written, topics] : topics_of) {
    std::string text;
    for (char c : written)
      if (c != '*' && c != '=' && c != '!') text += c;
    std::vector<TopicHit> hits;
    dict_.Find(text, &hits);
    if (written[0] == '!') {
      EXPECT_TRUE(hits.empty()) << written << " should claim its words";
      continue;
    }
    std::set<size_t> got;
    for (const TopicHit& h : hits) {
      EXPECT_EQ(h.begin, 0u) << written;
      EXPECT_EQ(text.substr(h.begin, h.end - h.begin), text.substr(0, text.find_last_not_of('.') + 1)) << written;
      got.insert(h.topic);
    }
    EXPECT_EQ(got, topics) << written;
  }
}

// Sentences in the style of official readouts, each with its hits as
// "matched text [topic]" in text order.
TEST_F(DictTopicsTest, ReadoutSentences) {
  struct Case {
    const char* text;
    const char* hits;
  };
  const Case cases[] = {
      // The examples of the brief.
      {"Both sides oppose hegemonism and bloc confrontation.",
       "hegemonism [multipolarity], bloc confrontation [multipolarity]"},
      {"The two ministers exchanged views on the Ukraine crisis.", "Ukraine [ukraine]"},
      {"Washington's export controls",
       "Washington [united_states], export controls [sanctions], export controls [technology]"},
      // The example of include/entente/topics.h.
      {"Washington's export controls hurt trade.",
       "Washington [united_states], export controls [sanctions], export controls [technology], trade [trade]"},
      // Chinese readouts.
      {"Wang Yi said the Taiwan question is at the very core of China's core interests and the one-China "
       "principle is the political foundation of China-US relations.",
       "Taiwan [taiwan], one-China [taiwan], US [united_states]"},
      {"China firmly opposes the US abuse of export controls and the entity list to suppress Chinese high-tech "
       "companies, and will take resolute countermeasures.",
       "US [united_states], export controls [sanctions], export controls [technology], entity list [sanctions], "
       "entity list [technology], high-tech [technology], countermeasures [sanctions]"},
      {"The two sides agreed to jointly build a multipolar world and a community with a shared future for "
       "mankind, and to oppose the Cold War mentality.",
       "multipolar [multipolarity], shared future [multipolarity], Cold War mentality [multipolarity]"},
      {"China is ready to inject positive energy into the relationship.", ""},
      {"The two countries will deepen cooperation in new energy vehicles and photovoltaics.",
       "new energy vehicles [trade], new energy vehicles [technology], photovoltaics [energy]"},
      {"Wang Yi expounded China's position on the Philippines' provocations at Ren'ai Jiao.",
       "Philippines [south_china_sea], Ren'ai Jiao [south_china_sea]"},
      {"Both sides should properly handle the boundary question and maintain peace in the border areas.",
       "boundary [border], border [border]"},
      {"The two sides will expand settlement in national currencies and cross-border payment systems.",
       "currencies [finance], payment [finance]"},
      {"Bilateral trade reached US$240 billion, or 240 billion US dollars.",
       "trade [trade], US$240 [finance], US dollars [finance]"},
      {"The three Sino-U.S. joint communiques and the three China-US joint communiqu\u00e9s.",
       "three Sino-U.S. joint communiques [taiwan], three China-US joint communiques [taiwan]"},
      {"The two sides reaffirmed their commitment to the denuclearization of the Korean Peninsula.",
       "denuclearization [nuclear], Korean [korea]"},
      // Russian readouts.
      {"Sergey Lavrov informed his counterpart about the progress of the special military operation and the "
       "Kiev regime's attacks on civilian infrastructure.",
       "special military operation [ukraine], Kiev [ukraine]"},
      {"The ministers discussed Euro-Atlantic security and NATO's eastward expansion, and condemned the "
       "illegitimate unilateral sanctions of the collective West.",
       "Euro-Atlantic [europe], Euro-Atlantic [nato], NATO [nato], eastward expansion [nato], sanctions [sanctions]"},
      {"Russia and China will strengthen coordination within BRICS and the SCO in the interests of the Global "
       "Majority.",
       "BRICS [multipolarity], SCO [multipolarity], Global Majority [multipolarity]"},
      {"They discussed the situation in the Middle East, including the Gaza Strip, Syria and Yemen.",
       "Middle East [middle_east], Gaza [gaza], Syria [middle_east], Yemen [middle_east]"},
      {"The Power of Siberia 2 gas pipeline and LNG supplies were discussed.",
       "Power of Siberia [energy], gas [energy], pipeline [energy], LNG [energy]"},
      {"The parties stressed the importance of strategic stability and the New START Treaty.",
       "strategic stability [arms_control], New START Treaty [arms_control]"},
      // U.S. and EU readouts.
      {"Secretary Blinken raised concerns about PRC support for Russia's defense industrial base, human rights in "
       "Xinjiang, Tibet and Hong Kong, and the flow of fentanyl precursors.",
       "Blinken [united_states], defense industrial base [military], human rights [human_rights], Xinjiang [human_rights], Tibet [human_rights], "
       "Hong Kong [human_rights], fentanyl [fentanyl]"},
      {"The Secretary emphasized the importance of maintaining peace and stability across the Taiwan Strait and "
       "freedom of navigation in the South China Sea.",
       "Taiwan [taiwan], freedom of navigation [south_china_sea], South China Sea [south_china_sea]"},
      {"President von der Leyen raised the EU's trade deficit, overcapacity and the European Union's concerns "
       "about China's support for Russia's war against Ukraine.",
       "von der Leyen [europe], EU [europe], trade [trade], overcapacity [trade], European [europe], "
       "Ukraine [ukraine]"},
      {"The leaders discussed climate change, the Paris Agreement and artificial intelligence.",
       "climate [climate], Paris Agreement [climate], artificial intelligence [technology]"},
      // Indian readouts.
      {"EAM Jaishankar said peace and tranquillity along the LAC in the India-China border areas is the basis for "
       "normal ties, and condemned cross-border terrorism.",
       "LAC [border], border [border], terrorism [terrorism]"},
      // Whole words, case and stop phrases in real sentences.
      {"Latin American and Caribbean states met in Brasilia.", ""},
      {"Let us work together for food security and fertilizer supplies.",
       "food [food_security], fertilizer [food_security]"},
      {"He said a new start in relations was possible.", ""},
      {"Iran\u2019s nuclear programme and the JCPOA.", "Iran [iran], nuclear [nuclear], JCPOA [iran], JCPOA [nuclear]"},
      {"The Zaporizhzhia nuclear power plant", "Zaporizhzhia [ukraine], nuclear power plant [energy]"},
      {"Japan's discharge of nuclear-contaminated water from Fukushima",
       "Japan [japan], nuclear-contaminated water [japan], Fukushima [japan]"},
      {"Talks with Zelenskyy in Kyiv \u2014 and with Pr\u00e9sident Macron",
       "Zelenskyy [ukraine], Kyiv [ukraine], Macron [europe]"},
  };
  for (const Case& c : cases) EXPECT_EQ(Hits(c.text), c.hits) << c.text;
}

// Whole speeches of the UN General Debate (../shared, optional): the
// matcher runs over long texts and the speeches hit what their authors are
// known for.
TEST_F(DictTopicsTest, GeneralDebateSpeeches) {
  const char* shared = std::getenv("ENTENTE_SHARED");
  if (shared == nullptr || shared[0] == '\0') GTEST_SKIP() << "ENTENTE_SHARED is not set";
  const std::string dir = std::string(shared) + "/refdata/corpora/ungdc/";
  struct Case {
    const char* file;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"Session 78 - 2023/RUS_78_2023.txt", {"multipolarity", "ukraine", "nato", "united_states", "sanctions"}},
      {"Session 78 - 2023/CHN_78_2023.txt", {"multipolarity", "ukraine", "taiwan", "climate", "technology"}},
      {"Session 78 - 2023/UKR_78_2023.txt", {"ukraine", "food_security", "nuclear"}},
      {"Session 78 - 2023/USA_78_2023.txt", {"ukraine", "climate"}},
  };
  size_t checked = 0;
  for (const Case& c : cases) {
    std::ifstream in(dir + c.file, std::ios::binary);
    if (!in) continue;
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string found = " " + Topics(bytes.str()) + " ";
    for (const std::string& id : c.expected)
      EXPECT_NE(found.find(" " + id + " "), std::string::npos) << c.file << ": " << id << " not in" << found;
    ++checked;
  }
  if (checked == 0) GTEST_SKIP() << "no General Debate speeches under " << dir;
}

}  // namespace
}  // namespace entente
