#include "output/json_escape.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>

namespace entente {
namespace {

std::string Esc(std::string_view s) {
  std::string out = "x";  // appends, never overwrites
  AppendJsonString(s, &out);
  return out.substr(1);
}

TEST(AppendJsonString, PlainAndSpecials) {
  EXPECT_EQ(Esc(""), R"("")");
  EXPECT_EQ(Esc("Putin met Xi."), R"("Putin met Xi.")");
  EXPECT_EQ(Esc("say \"no\""), R"("say \"no\"")");
  EXPECT_EQ(Esc("a\\b"), R"("a\\b")");
  EXPECT_EQ(Esc("/"), R"("/")");  // solidus need not be escaped
  EXPECT_EQ(Esc("\x7f"), "\"\x7f\"");  // DEL is legal in JSON strings
}

TEST(AppendJsonString, ControlCharacters) {
  EXPECT_EQ(Esc("a\nb\tc\rd\be\ff"), R"("a\nb\tc\rd\be\ff")");
  EXPECT_EQ(Esc(std::string_view("\0", 1)), R"("\u0000")");
  EXPECT_EQ(Esc("\x01\x1f\x1b"), R"("\u0001\u001f\u001b")");
}

TEST(AppendJsonString, ValidUtf8PassesThrough) {
  EXPECT_EQ(Esc("caf\xC3\xA9"), "\"caf\xC3\xA9\"");                // é
  EXPECT_EQ(Esc("\xE2\x80\x9Cq\xE2\x80\x9D"), "\"\xE2\x80\x9Cq\xE2\x80\x9D\"");  // “q”
  EXPECT_EQ(Esc("\xE2\x80\xA8"), "\"\xE2\x80\xA8\"");              // U+2028
  EXPECT_EQ(Esc("\xED\x9F\xBF"), "\"\xED\x9F\xBF\"");              // U+D7FF
  EXPECT_EQ(Esc("\xEF\xBF\xBF"), "\"\xEF\xBF\xBF\"");              // U+FFFF
  EXPECT_EQ(Esc("\xF0\x9F\x98\x80"), "\"\xF0\x9F\x98\x80\"");      // emoji
  EXPECT_EQ(Esc("\xF4\x8F\xBF\xBF"), "\"\xF4\x8F\xBF\xBF\"");      // U+10FFFF
}

#define FFFD "\xEF\xBF\xBD"

TEST(AppendJsonString, InvalidUtf8BecomesReplacement) {
  EXPECT_EQ(Esc("a\x80z"), "\"a" FFFD "z\"");           // lone continuation
  EXPECT_EQ(Esc("\xE9t\xE9"), "\"" FFFD "t" FFFD "\"");  // Latin-1 "été"
  EXPECT_EQ(Esc("\xC0\xAF"), "\"" FFFD FFFD "\"");       // overlong '/'
  EXPECT_EQ(Esc("\xE0\x80\xAF"), "\"" FFFD FFFD FFFD "\"");  // overlong, 3 bytes
  EXPECT_EQ(Esc("\xED\xA0\x80"), "\"" FFFD FFFD FFFD "\"");  // surrogate D800
  EXPECT_EQ(Esc("\xF4\x90\x80\x80"), "\"" FFFD FFFD FFFD FFFD "\"");  // > U+10FFFF
  EXPECT_EQ(Esc("\xF5\xFF\xFE"), "\"" FFFD FFFD FFFD "\"");
  // A truncated sequence is one maximal subpart: one U+FFFD, then resync.
  EXPECT_EQ(Esc("\xE2\x80z"), "\"" FFFD "z\"");
  EXPECT_EQ(Esc("\xF0\x9F\x98"), "\"" FFFD "\"");
  EXPECT_EQ(Esc("\xF0\x9F\x98\xC3\xA9"), "\"" FFFD "\xC3\xA9\"");
  EXPECT_EQ(Esc("\xC3"), "\"" FFFD "\"");
  EXPECT_EQ(Esc("\xC3\""), "\"" FFFD "\\\"\"");
}

// Whatever the bytes, the output parses, and valid input survives the trip.
TEST(AppendJsonString, RandomBytesAlwaysParse) {
  std::mt19937 rng(42);
  for (int i = 0; i < 2000; ++i) {
    std::string s(rng() % 40, '\0');
    for (char& c : s) c = static_cast<char>(rng() % 4 == 0 ? rng() % 0x20 : rng() % 256);
    std::string out;
    AppendJsonString(s, &out);
    nlohmann::json j;
    ASSERT_NO_THROW(j = nlohmann::json::parse(out)) << out;
    ASSERT_TRUE(j.is_string());
    // Re-escaping the (now valid) string is a fixed point.
    std::string again;
    AppendJsonString(j.get<std::string>(), &again);
    ASSERT_EQ(again, out);
  }
}

}  // namespace
}  // namespace entente
