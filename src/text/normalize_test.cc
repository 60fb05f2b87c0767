#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <random>

#include "entente/sentences.h"
#include "text/normalize_internal.h"

namespace entente {
namespace {

std::string Norm(std::string_view in) {
  std::string out;
  if (!NormalizeText(in, &out)) return "<invalid>";
  return out;
}

TEST(NormalizeTextTest, AsciiPassesThrough) {
  EXPECT_EQ(Norm("Plain ASCII, \"quoted\" -- 3.5%\n"), "Plain ASCII, \"quoted\" -- 3.5%\n");
  EXPECT_EQ(Norm(""), "");
}

TEST(NormalizeTextTest, PunctuationAndSpaces) {
  EXPECT_EQ(Norm("\xE2\x80\x98hi\xE2\x80\x99 \xE2\x80\x9Cyes\xE2\x80\x9D \xC2\xABnon\xC2\xBB"),
            "'hi' \"yes\" \"non\"");
  EXPECT_EQ(Norm("a\xE2\x80\x93" "b\xE2\x80\x94" "c\xE2\x88\x92" "1"), "a-b--c-1");  // en dash, em dash (a clause break), minus
  EXPECT_EQ(Norm("wait\xE2\x80\xA6"), "wait...");
  EXPECT_EQ(Norm("a\xC2\xA0" "b\xE2\x80\x89" "c\xE3\x80\x80" "d\xE2\x80\x8B" "e\xC2\xAD" "f"),
            "a b c def");
}

TEST(NormalizeTextTest, DiacriticsAndLetters) {
  EXPECT_EQ(Norm("Caf\xC3\xA9 M\xC3\xBCnchen S\xC3\xA3o Paulo \xC5\x81\xC3\xB3\x64\xC5\xBA"),
            "Cafe Munchen Sao Paulo Lodz");
  EXPECT_EQ(Norm("\xC3\x86gir \xC3\x98resund Stra\xC3\x9F" "e \xC5\x93uvre"),
            "AEgir Oresund Strasse oeuvre");
  // Decomposed input (e + combining acute) goes through ICU and composes.
  EXPECT_EQ(Norm("Cafe\xCC\x81 Nguye\xCC\x82\xCC\x83n"), "Cafe Nguyen");
  // Vietnamese and other Latin beyond Extended-A, Greek and Cyrillic kept.
  EXPECT_EQ(Norm("\xE1\xBB\x87 \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0\xE2\x80\x99"),
            "e \xCE\x91\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0'");
}

TEST(NormalizeTextTest, InvalidUtf8IsRejected) {
  EXPECT_EQ(Norm("bad \xC3\x28"), "<invalid>");
  EXPECT_EQ(Norm("\xED\xA0\x80 surrogate"), "<invalid>");
  EXPECT_EQ(Norm("overlong \xC0\xAF"), "<invalid>");
}

TEST(IsCleanUtf8Test, RejectsNulAndBadBytes) {
  using namespace std::string_literals;
  EXPECT_TRUE(IsCleanUtf8("caf\xC3\xA9"));
  EXPECT_TRUE(IsCleanUtf8(""));
  EXPECT_FALSE(IsCleanUtf8("a\0b"s));
  EXPECT_FALSE(IsCleanUtf8("\xFF"));
  EXPECT_FALSE(IsCleanUtf8("\xE2\x80"));  // truncated sequence
}

// The fast table path must agree with the plain ICU path: random strings
// drawn from ASCII, the table's range, punctuation and a few others.
TEST(NormalizeTextTest, FastPathMatchesIcuPath) {
  std::mt19937 rng(42);
  const UChar32 kExtras[] = {0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026,
                             0x2009, 0x3000, 0x200B, 0x0301, 0x1EC7, 0x0391, 0x4E2D};
  for (int round = 0; round < 3000; ++round) {
    icu::UnicodeString u;
    const int len = static_cast<int>(rng() % 12);
    for (int k = 0; k < len; ++k) {
      switch (rng() % 3) {
        case 0: u.append(static_cast<UChar32>(0x20 + rng() % 0x5F)); break;
        case 1: u.append(static_cast<UChar32>(0xA0 + rng() % (0x180 - 0xA0))); break;
        default: u.append(kExtras[rng() % std::size(kExtras)]);
      }
    }
    std::string in, fast, slow;
    u.toUTF8String(in);
    ASSERT_TRUE(NormalizeText(in, &fast));
    ASSERT_TRUE(text::NormalizeWithIcu(in, &slow));
    ASSERT_EQ(fast, slow) << "input: " << in;
  }
}

}  // namespace
}  // namespace entente
