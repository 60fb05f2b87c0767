#include "text/byte_stream.h"

#include <gtest/gtest.h>

#include <sstream>

namespace entente::text {
namespace {

// Reads every `delim`-separated piece with a tiny window, so pieces and
// delimiters straddle refills.
std::string Pieces(const std::string& input, std::string_view delim, size_t max) {
  std::istringstream in(input);
  ByteStream s(&in, 16);
  std::string out;
  for (;;) {
    std::string piece;
    bool overflow = false;
    const uint64_t before = s.consumed();
    const bool found = s.ReadUntil(delim, max, &piece, &overflow);
    if (!found && s.consumed() == before) break;
    out += "[" + piece + (overflow ? "|overflow" : "") + (found ? "" : "|eof") + "]";
  }
  return out;
}

TEST(ByteStreamTest, ReadUntilAcrossRefills) {
  EXPECT_EQ(Pieces("one\ntwo\n\nthree-is-longer-than-the-window\nlast", "\n", 100),
            "[one][two][][three-is-longer-than-the-window][last|eof]");
  EXPECT_EQ(Pieces("a-->bb--->ccccccccccccccccccc-->", "-->", 100),
            "[a][bb-][ccccccccccccccccccc]");
  EXPECT_EQ(Pieces("short\nmuch-too-long-for-the-cap\nok\n", "\n", 8),
            "[short][|overflow][ok]");
}

TEST(ByteStreamTest, PeekDoesNotConsume) {
  std::istringstream in("abcdefghijklmnopqrstuvwxyz");
  ByteStream s(&in, 16);
  EXPECT_EQ(s.Peek(3), "abc");
  EXPECT_EQ(s.Peek(16), "abcdefghijklmnop");
  s.Skip(16);
  s.Skip(s.Peek(4).size());
  EXPECT_EQ(s.Peek(16), "uvwxyz");
  std::string rest;
  bool overflow = false;
  s.ReadToEnd(100, &rest, &overflow);
  EXPECT_EQ(rest, "uvwxyz");
  EXPECT_EQ(s.consumed(), 26u);
  EXPECT_FALSE(s.io_error());
}

}  // namespace
}  // namespace entente::text
