#include <gtest/gtest.h>

#include "text/reader_test_util.h"

namespace entente::text {
namespace {

TEST(TabariReaderTest, ReadsRecordsAndDropsComments) {
  const std::string in =
      "#####\n"
      "# a comment\n"
      "\n"
      "950101  DEMO-01\n"
      "Arnor restored ties  \n"
      "with Gondor. /* a note\n"
      "\n"  // blank line inside a comment still ends the record
      "000102  FBIS-002  CEP2002a\n"
      "/* leading */ Talks /* inline */ resumed.\n"
      "/*\\n---\n"
      "\\n{ ARN / GON / 064 } */   \n"
      "   \n"
      "20150607 YYYY-01\n"
      "Four-digit year.";
  EXPECT_EQ(RenderAll(in, InputFormat::kTabari),
            "format: tabari\n"
            "1 DEMO-01 1995-01-01 {} | Arnor restored ties\\nwith Gondor.\n"
            "2 FBIS-002 2000-01-02 {\"header\":\"CEP2002a\"} | Talks   resumed.\n"
            "3 YYYY-01 2015-06-07 {} | Four-digit year.\n");
}

TEST(TabariReaderTest, BadRecordsAreSkippedToTheNextBlankLine) {
  ReaderOptions options;
  options.max_record_bytes = 40;
  const std::string in =
      "9501201  ACTORSYN-01\n"   // seven digits
      "Gollum text.\n"
      "\n"
      "950230  BAD-DATE\n"       // 30 February
      "Text.\n"
      "\n"
      "950101\n"                 // no id
      "Text.\n"
      "\n"
      "950101  ONLY-COMMENT\n"
      "/* nothing else */\n"
      "\n"
      "950101  BAD-UTF8\n"
      "caf\xE9\n"
      "\n"
      "950101  LONG-LINE\n" +
      std::string(100, 'x') + "\n"
      "\n"
      "950101  LONG-RECORD\n"
      "twenty bytes of text\n"
      "twenty bytes of text\n"
      "\n"
      "stray prose line\n"
      "\n"
      "950102  GOOD\n"
      "Fine.\n";
  EXPECT_EQ(RenderAll(in, InputFormat::kTabari, options),
            "format: tabari\n"
            "bad: in:1: record at line 1: bad date \"9501201\"\n"
            "bad: in:2: record at line 4: bad date \"950230\"\n"
            "bad: in:3: record at line 7: missing id\n"
            "bad: in:4: record at line 10: missing text\n"
            "bad: in:5: record at line 13: invalid UTF-8 or NUL byte\n"
            "bad: in:6: record at line 16: line longer than 40 bytes\n"
            "bad: in:7: record at line 19: record longer than 40 bytes\n"
            "bad: in:8: record at line 23: expected a \"YYMMDD ID\" header line\n"
            "9 GOOD 1995-01-02 {} | Fine.\n");
}

}  // namespace
}  // namespace entente::text
