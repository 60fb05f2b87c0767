#include <gtest/gtest.h>

#include "text/reader_test_util.h"

namespace entente::text {
namespace {

using namespace std::string_literals;

TEST(TextReaderTest, WholeInputIsOneArticle) {
  ReaderOptions options;
  options.default_id = "story";
  ASSERT_TRUE(ParseIsoDate("2020-05-06", &options.default_date));
  EXPECT_EQ(RenderAll("\n  Troops withdrew.\n\nTalks resumed.  \n", InputFormat::kText, options),
            "format: text\n"
            "1 story 2020-05-06 {} | Troops withdrew.\\n\\nTalks resumed.\n");
}

TEST(TextReaderTest, NoDateMeansToday) {
  std::istringstream in("Hello.");
  auto reader = NewArticleReader(&in, "in", InputFormat::kText, {});
  Article a;
  Status err;
  ASSERT_EQ(reader->Next(&a, &err), ReadResult::kArticle);
  EXPECT_NE(a.date, kNoDate);
  EXPECT_GT(a.date, 19000);  // after 2022
  EXPECT_EQ(reader->Next(&a, &err), ReadResult::kEnd);
}

TEST(TextReaderTest, BadRecords) {
  ReaderOptions small;
  small.max_record_bytes = 10;
  EXPECT_EQ(RenderAll("far too long for ten bytes", InputFormat::kText, small),
            "format: text\nbad: in:1: article longer than 10 bytes\n");
  EXPECT_EQ(RenderAll("bad \xC3\x28 utf8", InputFormat::kText),
            "format: text\nbad: in:1: invalid UTF-8 or NUL byte\n");
  EXPECT_EQ(RenderAll("nul \0 byte"s, InputFormat::kText),
            "format: text\nbad: in:1: invalid UTF-8 or NUL byte\n");
  EXPECT_EQ(RenderAll(" \n\n ", InputFormat::kText), "format: text\n");
}

TEST(AutoDetectTest, PicksFormatFromFirstBytes) {
  const auto detected = [](const std::string& in, const std::string& name = "in") {
    std::istringstream s(in);
    return std::string(InputFormatName(
        NewArticleReader(&s, name, InputFormat::kAuto, {})->format()));
  };
  EXPECT_EQ(detected("\n\n  {\"id\":\"a\"}"), "jsonl");
  EXPECT_EQ(detected("\xEF\xBB\xBF{\"id\":\"a\"}"), "jsonl");
  EXPECT_EQ(detected("<Sentences>"), "petrarch");
  EXPECT_EQ(detected("<!-- c -->\n<Sentence>"), "petrarch");
  EXPECT_EQ(detected("950101  DEMO-01\ntext\n"), "tabari");
  EXPECT_EQ(detected("20150607\tYYYY-01\ntext\n"), "tabari");
  EXPECT_EQ(detected("####\n# header\n\n950101  DEMO-01\ntext\n"), "tabari");
  EXPECT_EQ(detected("# A markdown title\nSome text."), "text");
  EXPECT_EQ(detected("1950 was a year."), "text");
  EXPECT_EQ(detected("950101x DEMO"), "text");
  EXPECT_EQ(detected("Rebels attacked."), "text");
  EXPECT_EQ(detected(""), "text");
  EXPECT_EQ(detected("not json", "x.jsonl"), "jsonl");
}

TEST(AutoDetectTest, ReadsDetectedFormat) {
  EXPECT_EQ(RenderAll("\n{\"id\":\"a\",\"date\":\"2024-01-01\",\"text\":\"Hi.\"}\n",
                      InputFormat::kAuto),
            "format: jsonl\n2 a 2024-01-01 {} | Hi.\n");
}

TEST(InputFormatTest, NamesRoundTrip) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kJsonl, InputFormat::kText,
                        InputFormat::kTabari, InputFormat::kPetrarch}) {
    InputFormat parsed;
    ASSERT_TRUE(ParseInputFormat(InputFormatName(f), &parsed));
    EXPECT_EQ(parsed, f);
  }
  InputFormat unused;
  EXPECT_FALSE(ParseInputFormat("xml", &unused));
}

}  // namespace
}  // namespace entente::text
