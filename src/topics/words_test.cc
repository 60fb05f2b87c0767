// The word rules shared by the phrase parser and the matcher.
#include "topics/words.h"

#include <gtest/gtest.h>

#include <string>

namespace entente::topics {
namespace {

// The words of `s` joined by "|".
std::string Words(std::string_view s) {
  std::vector<WordSpan> spans{{7, 7}};  // SplitWords must clear
  SplitWords(s, &spans);
  std::string out;
  for (const WordSpan& w : spans) {
    EXPECT_LT(w.begin, w.end);
    EXPECT_LE(w.end, s.size());
    if (!out.empty()) out += "|";
    out += s.substr(w.begin, w.end - w.begin);
  }
  return out;
}

TEST(TopicWords, SplitsOnPunctuationAndSpace) {
  EXPECT_EQ(Words("Washington's export-controls, (Ukraine)."), "Washington|s|export|controls|Ukraine");
  EXPECT_EQ(Words("  \t\n"), "");
  EXPECT_EQ(Words(""), "");
  EXPECT_EQ(Words("COP28 5G G20"), "COP28|5G|G20");
  // '$' is a word byte: "US$24.5m" is not the word "US".
  EXPECT_EQ(Words("US$24.5m and $100, US $"), "US$24.5m|and|$100|US|$");
}

TEST(TopicWords, KeepsDotsBetweenWordBytes) {
  EXPECT_EQ(Words("the U.S. and U.N. said 3.5 percent."), "the|U.S|and|U.N|said|3.5|percent");
  EXPECT_EQ(Words("U.S.-China ties"), "U.S|China|ties");
  EXPECT_EQ(Words("end. Next"), "end|Next");
  EXPECT_EQ(Words(".leading ..dots.."), "leading|dots");
}

TEST(TopicWords, NonAsciiBytesBelongToWords) {
  // "Москва" is 12 bytes of UTF-8, never split.
  EXPECT_EQ(Words("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0, Kyiv"),
            "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0|Kyiv");
}

TEST(TopicWords, JoinableGaps) {
  EXPECT_TRUE(IsJoinableGap(" ", false));
  EXPECT_TRUE(IsJoinableGap("  \n\t", false));
  EXPECT_TRUE(IsJoinableGap("-", false));
  EXPECT_TRUE(IsJoinableGap(" - ", false));
  EXPECT_TRUE(IsJoinableGap("'", false));
  EXPECT_FALSE(IsJoinableGap("--", false));  // an em dash after NormalizeText
  EXPECT_FALSE(IsJoinableGap("-'", false));
  EXPECT_FALSE(IsJoinableGap(", ", false));
  EXPECT_FALSE(IsJoinableGap(". ", false));
  EXPECT_FALSE(IsJoinableGap("\" ", false));
  EXPECT_FALSE(IsJoinableGap("/", false));
  // After "U.S" the abbreviation's own '.' may open the gap, once.
  EXPECT_TRUE(IsJoinableGap(". ", true));
  EXPECT_TRUE(IsJoinableGap(".-", true));
  EXPECT_FALSE(IsJoinableGap(".. ", true));
  EXPECT_FALSE(IsJoinableGap(" .", true));
  EXPECT_TRUE(IsJoinableGap(" ", true));
  EXPECT_TRUE(IsAbbreviation("U.S"));
  EXPECT_FALSE(IsAbbreviation("US"));
}

TEST(TopicWords, UpperCasesAsciiOnly) { EXPECT_EQ(AsciiUpperCopy("Kyiv u.s. \xC3\xA9z"), "KYIV U.S. \xC3\xA9Z"); }

}  // namespace
}  // namespace entente::topics
