#include "coder/modality.h"

#include <gtest/gtest.h>

namespace entente::coder {
namespace {

Mood Read(std::vector<std::string_view> w, bool conditional = false) { return ReadMood(w, conditional); }

TEST(ReadMood, NothingBeforeTheVerbIsFactual) {
  EXPECT_EQ(Read({}), Mood::kFactual);
  EXPECT_EQ(Read({"ON", "MONDAY"}), Mood::kFactual);
  EXPECT_EQ(Read({"HAS"}), Mood::kFactual);
}

TEST(ReadMood, Negation) {
  EXPECT_EQ(Read({"HAS", "NOT", "YET"}), Mood::kNegated);
  EXPECT_EQ(Read({"WON'T"}), Mood::kNegated);
  EXPECT_EQ(Read({"NO", "LONGER"}), Mood::kNegated);
  EXPECT_EQ(Read({"FAILED", "TO"}), Mood::kNegated);
  EXPECT_EQ(Read({"HAS", "YET", "TO"}), Mood::kNegated);
  EXPECT_EQ(Read({"DENIED", "THAT", "IT", "HAD"}), Mood::kNegated);
  // "NO" right before the event's word, or one word before it, negates
  // it ("made no demands", "no new sanctions"); further off it does not
  // ("no doubt the army will attack" reads the nearer words).
  EXPECT_EQ(Read({"NO"}), Mood::kNegated);
  EXPECT_EQ(Read({"NO", "NEW"}), Mood::kNegated);
  EXPECT_EQ(Read({"NO", "DOUBT", "THAT"}), Mood::kFactual);
  // "WILL NOT": negation wins over intent.
  EXPECT_EQ(Read({"WILL", "NOT"}), Mood::kNegated);
}

TEST(ReadMood, RefusalThreatAndIntent) {
  EXPECT_EQ(Read({"REFUSED", "TO"}), Mood::kRefused);
  EXPECT_EQ(Read({"HAS", "DECLINED", "TO"}), Mood::kRefused);
  EXPECT_EQ(Read({"RULED", "OUT"}), Mood::kRefused);
  EXPECT_EQ(Read({"THREATENED", "TO"}), Mood::kThreat);
  EXPECT_EQ(Read({"WILL"}), Mood::kIntent);
  EXPECT_EQ(Read({"PLANS", "TO"}), Mood::kIntent);
  EXPECT_EQ(Read({"HAVE", "SWORN", "TO"}), Mood::kIntent);
  EXPECT_EQ(Read({"IS", "READY", "TO"}), Mood::kIntent);
  EXPECT_EQ(Read({"MAY"}), Mood::kHypothetical);
  EXPECT_EQ(Read({"COULD"}), Mood::kHypothetical);
  EXPECT_EQ(Read({"SHOULD"}), Mood::kObligation);
  EXPECT_EQ(Read({"NEEDS", "TO"}), Mood::kObligation);
  EXPECT_EQ(Read({"WILL"}, /*conditional=*/true), Mood::kHypothetical);
  // Intent and wish words count only before TO: "the plan was", "hopes of".
  EXPECT_EQ(Read({"DENOUNCED", "PLAN", "WAS"}), Mood::kFactual);
  EXPECT_EQ(Read({"HOPES", "OF"}), Mood::kFactual);
  EXPECT_EQ(Read({"HOPES", "TO"}), Mood::kHypothetical);
}

TEST(MoodCode, IntendedCooperationTakesCameoIntentCodes) {
  EXPECT_EQ(MoodCode(Mood::kIntent, "073").code, "0333");  // humanitarian aid
  EXPECT_EQ(MoodCode(Mood::kIntent, "042").code, "036");   // visit: intent to meet
  EXPECT_EQ(MoodCode(Mood::kIntent, "0871").code, "0356"); // ceasefire: de-escalate
  EXPECT_EQ(MoodCode(Mood::kIntent, "036").code, "036");   // already intent
  // Announced force or sanctions is a threat in CAMEO.
  MoodResult attack = MoodCode(Mood::kIntent, "190");
  EXPECT_EQ(attack.code, "138");
  EXPECT_FALSE(attack.hypothetical);
  EXPECT_EQ(MoodCode(Mood::kIntent, "163").code, "1312");
  EXPECT_EQ(MoodCode(Mood::kIntent, "13").code, "13");
  // A demand, a complaint or a rejection announced is only hypothetical.
  MoodResult demand = MoodCode(Mood::kIntent, "100");
  EXPECT_EQ(demand.code, "100");
  EXPECT_TRUE(demand.hypothetical);
  EXPECT_TRUE(MoodCode(Mood::kIntent, "120").hypothetical);
  EXPECT_FALSE(MoodCode(Mood::kIntent, "010").hypothetical);  // "will say" is still a statement
}

TEST(MoodCode, RefusedCooperationTakesRejectionCodes) {
  EXPECT_EQ(MoodCode(Mood::kRefused, "061").code, "1211");  // economic cooperation
  EXPECT_EQ(MoodCode(Mood::kRefused, "036").code, "125");   // talks
  EXPECT_EQ(MoodCode(Mood::kRefused, "072").code, "1222");  // military aid
  EXPECT_EQ(MoodCode(Mood::kRefused, "084").code, "1243");  // release
  MoodResult r = MoodCode(Mood::kRefused, "190");
  EXPECT_EQ(r.code, "190");
  EXPECT_TRUE(r.negated);  // "refused to attack" has no rejection code
}

TEST(MoodCode, ThreatsTakeThreatCodes) {
  EXPECT_EQ(MoodCode(Mood::kThreat, "163").code, "1312");  // sanctions
  EXPECT_EQ(MoodCode(Mood::kThreat, "195").code, "1384");  // aerial weapons
  EXPECT_EQ(MoodCode(Mood::kThreat, "1724").code, "1324"); // martial law
  EXPECT_EQ(MoodCode(Mood::kThreat, "138").code, "138");   // already a threat
  EXPECT_EQ(MoodCode(Mood::kThreat, "057").code, "130");
}

TEST(MoodCode, NegationAndHypothesisFlagButKeepTheCode) {
  MoodResult n = MoodCode(Mood::kNegated, "072");
  EXPECT_EQ(n.code, "072");
  EXPECT_TRUE(n.negated);
  EXPECT_FALSE(n.hypothetical);
  MoodResult h = MoodCode(Mood::kHypothetical, "057");
  EXPECT_EQ(h.code, "057");
  EXPECT_TRUE(h.hypothetical);
  EXPECT_TRUE(MoodCode(Mood::kObligation, "042").hypothetical);
  MoodResult f = MoodCode(Mood::kFactual, "042");
  EXPECT_EQ(f.code, "042");
  EXPECT_FALSE(f.negated || f.hypothetical);
}

}  // namespace
}  // namespace entente::coder
