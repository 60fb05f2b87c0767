#include "entente/sentences.h"

#include <gtest/gtest.h>

#include <chrono>

namespace entente {
namespace {

// Sentences joined by " | ", after checking the spans are in bounds,
// ordered, non-empty and trimmed.
std::string Split(std::string_view text) {
  std::vector<SentenceSpan> spans;
  SplitSentences(text, &spans);
  std::string out;
  size_t prev_end = 0;
  for (const SentenceSpan& s : spans) {
    EXPECT_LE(prev_end, s.begin);
    EXPECT_LT(s.begin, s.end);
    EXPECT_LE(s.end, text.size());
    prev_end = s.end;
    if (!out.empty()) out += " | ";
    out += text.substr(s.begin, s.end - s.begin);
  }
  return out;
}

TEST(SplitSentencesTest, BasicTerminators) {
  EXPECT_EQ(Split("  Rebels attacked. Troops fled! Why? 3 died.  "),
            "Rebels attacked. | Troops fled! | Why? | 3 died.");
  EXPECT_EQ(Split("No terminator at all"), "No terminator at all");
  EXPECT_EQ(Split(""), "");
  EXPECT_EQ(Split(" \n\t "), "");
  EXPECT_EQ(Split("Wait... The talks resumed?! Yes."), "Wait... | The talks resumed?! | Yes.");
}

TEST(SplitSentencesTest, NeedsSpaceAndSentenceStart) {
  EXPECT_EQ(Split("It rose 3.5 percent. the rest is lower case. Next one."),
            "It rose 3.5 percent. the rest is lower case. | Next one.");
  EXPECT_EQ(Split("See example.com for more."), "See example.com for more.");
}

TEST(SplitSentencesTest, Abbreviations) {
  EXPECT_EQ(Split("Mr. Smith met Gen. Lee and Sen. Jones on Jan. 5. They talked."),
            "Mr. Smith met Gen. Lee and Sen. Jones on Jan. 5. | They talked.");
  EXPECT_EQ(Split("Dr. No. 2 left St. Louis. Lt. Col. Ray stayed."),
            "Dr. No. 2 left St. Louis. | Lt. Col. Ray stayed.");
  EXPECT_EQ(Split("He bought Acme Inc. Shares rose. He sold Acme Inc. The deal closed."),
            "He bought Acme Inc. Shares rose. | He sold Acme Inc. | The deal closed.");
}

TEST(SplitSentencesTest, InitialsAndAcronyms) {
  EXPECT_EQ(Split("George W. Bush met J. R. R. Tolkien. Nobody noticed."),
            "George W. Bush met J. R. R. Tolkien. | Nobody noticed.");
  EXPECT_EQ(Split("The U.S. Army and U.N. envoys met. U.S.-China talks began."),
            "The U.S. Army and U.N. envoys met. | U.S.-China talks began.");
  // After a dotted acronym only a clear sentence opener splits.
  EXPECT_EQ(Split("He flew to the U.S. The next day he left."),
            "He flew to the U.S. | The next day he left.");
  EXPECT_EQ(Split("He flew to the U.S. Congress later."), "He flew to the U.S. Congress later.");
}

TEST(SplitSentencesTest, ClosingQuotesAndBrackets) {
  EXPECT_EQ(Split("He said, \"We will fight.\" Then he left. (It was late.) Bye."),
            "He said, \"We will fight.\" | Then he left. | (It was late.) | Bye.");
  EXPECT_EQ(Split("\"Stop!\" he shouted. 'Go.' She went."),
            "\"Stop!\" he shouted. | 'Go.' | She went.");
  EXPECT_EQ(Split("He said \xE2\x80\x9CNo.\xE2\x80\x9D \xE2\x80\x9CYes,\xE2\x80\x9D she said."),
            "He said \xE2\x80\x9CNo.\xE2\x80\x9D | \xE2\x80\x9CYes,\xE2\x80\x9D she said.");
}

TEST(SplitSentencesTest, ParagraphsAndNonAscii) {
  EXPECT_EQ(Split("HEADLINE WITHOUT STOP\n\nBody text here\nstill body. \xC3\x89mile spoke."),
            "HEADLINE WITHOUT STOP | Body text here\nstill body. | \xC3\x89mile spoke.");
  EXPECT_EQ(Split("One.\xC2\xA0Two.\n \t\r\nthree"), "One. | Two. | three");
}

TEST(SplitSentencesTest, ThroughputIsHigh) {
  std::string text;
  while (text.size() < (8u << 20)) {
    text += "Mr. Smith of the U.S. said on Jan. 5 that prices rose 3.5 percent. "
            "\"We will respond,\" he said! Rebels attacked (again) in the north?\n\n";
  }
  std::vector<SentenceSpan> spans;
  const auto start = std::chrono::steady_clock::now();
  SplitSentences(text, &spans);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double mb_per_s = text.size() / 1e6 / secs;
  RecordProperty("mb_per_s", static_cast<int>(mb_per_s));
  EXPECT_GT(spans.size(), 100000u);
  // Generous floor so sanitizer and debug builds pass; release builds are
  // far above the 100 MB/s target.
  EXPECT_GT(mb_per_s, 20.0);
}

}  // namespace
}  // namespace entente
