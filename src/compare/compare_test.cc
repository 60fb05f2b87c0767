// CompareAccounts on hand-made accounts: alignment, sides, portrayal,
// topics only one side mentions, contradictions, the summary's citations.
#include "entente/compare.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace entente {
namespace {

Event E(const char* source, const char* target, const char* code, int sentence,
        bool negated = false) {
  Event e;
  e.source = source;
  e.target = target;
  e.code = code;
  e.sentence = sentence;
  e.negated = negated;
  return e;
}

TopicDictionary Topics() {
  TopicDictionary t;
  Status s = TopicDictionary::Parse(
      "[ukraine] Ukraine | party\nUKRAINE\n"
      "[taiwan] Taiwan | party\nTAIWAN\n"
      "[united_states] The United States | party\nUNITED STATES\nWASHINGTON\n"
      "[energy] Energy | issue\nGAS\nPIPELINE\n",
      "test.topics", &t);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return t;
}

// Moscow's and Beijing's accounts of one call, in miniature.
Account Moscow() {
  Account a;
  a.name = "Moscow";
  a.doc = "ru";
  a.sentences = {"Lavrov and Wang held a phone call.",          // 0
                 "They agreed on the gas pipeline.",            // 1
                 "Lavrov criticised Washington over Ukraine."};  // 2
  a.events = {E("RUSGOV", "CHNGOV", "040", 0), E("CHNGOV", "RUSGOV", "040", 0),
              E("RUSGOV", "CHNGOV", "057", 1), E("RUSGOV", "USA", "111", 2)};
  return a;
}

Account Beijing() {
  Account b;
  b.name = "Beijing";
  b.doc = "cn";
  b.sentences = {"Wang spoke with Lavrov by phone.",                 // 0
                 "Wang said no agreement on the gas pipeline was reached.",  // 1
                 "Wang reaffirmed China's position on Taiwan."};     // 2
  b.events = {E("CHNGOV", "RUSGOV", "040", 0), E("RUSGOV", "CHNGOV", "042", 0),
              E("CHNGOV", "RUSGOV", "057", 1, /*negated=*/true), E("CHN", "TWN", "010", 2)};
  return b;
}

TEST(CompareTest, AlignsEventsAndFindsWhatOnlyOneSideReports) {
  Comparison c;
  ASSERT_TRUE(CompareAccounts(Moscow(), Beijing(), Topics(), &c).ok());
  EXPECT_EQ(c.a.side, "RUS");
  EXPECT_EQ(c.b.side, "CHN");
  ASSERT_EQ(c.matched.size(), 2u);
  // Same code, same direction first; then 040 against 042 (same root).
  EXPECT_EQ(c.matched[0].a.code, "040");
  EXPECT_EQ(c.matched[0].b.code, "040");
  EXPECT_TRUE(c.matched[0].same_code);
  EXPECT_EQ(c.matched[1].b.code, "042");
  EXPECT_FALSE(c.matched[1].same_code);
  std::string only_a, only_b;
  for (const Event& e : c.only_a) only_a += e.source + ">" + e.target + ":" + e.code + " ";
  for (const Event& e : c.only_b) only_b += e.source + ">" + e.target + ":" + e.code + " ";
  EXPECT_EQ(only_a, "RUSGOV>CHNGOV:057 RUSGOV>USA:111 ");
  EXPECT_EQ(only_b, "CHN>TWN:010 ");  // the negated 057 is not a report of agreement
}

TEST(CompareTest, TopicsOnlyOneSideMentionsAndContradictions) {
  Comparison c;
  ASSERT_TRUE(CompareAccounts(Moscow(), Beijing(), Topics(), &c).ok());
  std::string a, b;
  for (const TopicMention& t : c.topics_only_a) a += t.id + " ";
  for (const TopicMention& t : c.topics_only_b) b += t.id + " ";
  EXPECT_EQ(a, "ukraine united_states ");
  EXPECT_EQ(b, "taiwan ");
  ASSERT_EQ(c.contradictions.size(), 1u);
  EXPECT_EQ(c.contradictions[0].dyad, "CHN-RUS");
  EXPECT_EQ(c.contradictions[0].topic, "energy");
  EXPECT_EQ(c.contradictions[0].a.code, "057");
  EXPECT_TRUE(c.contradictions[0].b.negated);
}

TEST(CompareTest, PortrayalAndSummaryCiteSentences) {
  Comparison c;
  ASSERT_TRUE(CompareAccounts(Moscow(), Beijing(), Topics(), &c).ok());
  EXPECT_EQ(c.portrayal_a[0].events, 3);  // Moscow about Russia
  EXPECT_EQ(c.portrayal_a[0].conflictual, 1);
  EXPECT_EQ(c.portrayal_a[1].events, 1);  // Moscow about China
  EXPECT_EQ(c.portrayal_b[0].events, 2);  // Beijing about China (the negated one left out)
  EXPECT_NE(c.summary.find("Only Moscow reports RUSGOV -> CHNGOV 057"), std::string::npos) << c.summary;
  EXPECT_NE(c.summary.find("[A s1]"), std::string::npos) << c.summary;
  EXPECT_NE(c.summary.find("Only Beijing mentions Taiwan [B s2]"), std::string::npos) << c.summary;
  EXPECT_NE(c.summary.find("On energy they contradict each other"), std::string::npos) << c.summary;
  const std::string json = ComparisonJson(c);
  for (const char* key : {"\"a\":", "\"b\":", "\"matched\":", "\"only_a\":", "\"only_b\":",
                          "\"topics_only_a\":", "\"topics_only_b\":", "\"contradictions\":",
                          "\"summary\":"}) {
    EXPECT_NE(json.find(key), std::string::npos) << key;
  }
}

TEST(CompareTest, GivenSidesWinAndEmptyAccountsCompare) {
  Account a = Moscow(), b = Beijing();
  a.side = "CHN";
  b.side = "RUS";
  Comparison c;
  ASSERT_TRUE(CompareAccounts(a, b, Topics(), &c).ok());
  EXPECT_EQ(c.a.side, "CHN");
  EXPECT_EQ(c.portrayal_a[0].events, 1);
  ASSERT_TRUE(CompareAccounts(Account(), Account(), TopicDictionary(), &c).ok());
  EXPECT_TRUE(c.matched.empty());
  EXPECT_EQ(c.summary, "The two accounts report no event in common.");
}

}  // namespace
}  // namespace entente
