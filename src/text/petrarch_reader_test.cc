#include <gtest/gtest.h>

#include "text/reader_test_util.h"

namespace entente::text {
namespace {

TEST(PetrarchReaderTest, ReadsTextAndSkipsParse) {
  const std::string in =
      "<!-- header <Sentence date=\"1\" id=\"in-comment\"> -->\n"
      "<Sentences>\n"
      "<Sentence date = \"20080804\" id =\"AFP_1\" source = 'AFP' sentence=\"True\">\n"
      "<!-- <Text>not this</Text> -->\n"
      "<Text>\n  Ties &amp; trade: &quot;x&quot; &lt;y&gt; it&apos;s &#233;&#xE9; &bogus; a&b \n"
      "</Text>\n"
      "<Parse>( (S (NP (NNP Ties)) ) )</Parse>\n"
      "</Sentence>\n"
      "<Sentence date=\"2008-08-05\" id=\"AFP_2\"><Text><![CDATA[a <b> & c]]></Text>"
      "<EventCoding sourcecode=\"ARN\"/><Text>second part</Text></Sentence>\n"
      "</Sentences>\n";
  EXPECT_EQ(RenderAll(in, InputFormat::kPetrarch),
            "format: petrarch\n"
            "1 AFP_1 2008-08-04 {\"source\":\"AFP\",\"sentence\":\"True\"} | "
            "Ties & trade: \"x\" <y> it's \xC3\xA9\xC3\xA9 &bogus; a&b\n"
            "2 AFP_2 2008-08-05 {} | a <b> & c\\nsecond part\n");
}

TEST(PetrarchReaderTest, BadRecordsAreReportedAndReadingGoesOn) {
  ReaderOptions options;
  options.max_record_bytes = 30;
  const std::string in =
      "<Sentence id=\"no-date\"><Text>x</Text></Sentence>\n"
      "<Sentence date=\"20080231\" id=\"bad-date\"><Text>x</Text></Sentence>\n"
      "<Sentence date=\"20080101\"><Text>no id</Text></Sentence>\n"
      "<Sentence date=\"20080101\" id=\"no-text\"><Parse>x</Parse></Sentence>\n"
      "<Sentence date=\"20080101\" id=\"utf8\"><Text>caf\xE9</Text></Sentence>\n"
      "<Sentence date=\"20080101\" id=\"long\"><Text>" + std::string(100, 'x') +
      "</Text></Sentence>\n"
      "<Sentence date=\"20080101\" id=\"open\"><Text>never closed</Text>\n"
      "<Sentence date=\"20080102\" id=\"ok\"><Text>Fine.</Text></Sentence>\n"
      "<Sentence date=\"20080103\" id=\"cut\"><Text>trunc";
  EXPECT_EQ(RenderAll(in, InputFormat::kPetrarch, options),
            "format: petrarch\n"
            "bad: in:1: missing date\n"
            "bad: in:2: bad date \"20080231\"\n"
            "bad: in:3: missing id\n"
            "bad: in:4: missing text\n"
            "bad: in:5: invalid UTF-8 or NUL character\n"
            "bad: in:6: text longer than 30 bytes\n"
            "bad: in:7: unterminated <Sentence>\n"
            "8 ok 2008-01-02 {} | Fine.\n"
            "bad: in:9: unterminated <Sentence>\n");
}

}  // namespace
}  // namespace entente::text
