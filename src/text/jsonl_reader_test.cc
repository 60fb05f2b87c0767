#include <gtest/gtest.h>

#include "text/reader_test_util.h"

namespace entente::text {
namespace {

using namespace std::string_literals;

TEST(JsonlReaderTest, ReadsFieldsAndKeepsOthersAsMetadata) {
  const std::string in =
      R"({"id":"a1","date":"2024-03-01","text":"Rebels attacked the town."})" "\n"
      "\n"
      R"({"id":"a2","date":"20240302","title":"Talks","body":"Envoys met.","source":"wire","n":[1, {"x":null}],"big":123456789012345678901234567890})" "\n"
      R"({"date":"2024-03-03T10:00:00Z","id":7,"text":"Caf\u00e9 \"quoted\"","title":"ignored"})";
  EXPECT_EQ(RenderAll(in, InputFormat::kJsonl),
            "format: jsonl\n"
            "1 a1 2024-03-01 {} | Rebels attacked the town.\n"
            "3 a2 2024-03-02 {\"source\":\"wire\",\"n\":[1, {\"x\":null}],"
            "\"big\":123456789012345678901234567890} | Talks\\n\\nEnvoys met.\n"
            "4 7 2024-03-03 {} | Caf\xC3\xA9 \"quoted\"\n");
}

TEST(JsonlReaderTest, BadRecordsAreReportedAndReadingGoesOn) {
  const std::string in =
      "{\"id\":\"ok1\",\"date\":\"2024-01-01\",\"text\":\"One.\"}\n"
      "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"bad \xFF byte\"}\n"
      "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"nul \0 byte\"}\n"
      "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"esc \\u0000 nul\"}\n"
      "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"unterminated}\n"
      "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"t\",\"n\":tru}\n"
      "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"t\"} trailing\n"
      "[1,2]\n"
      "{\"id\":\"x\",\"text\":\"no date\"}\n"
      "{\"id\":\"x\",\"date\":\"2023-02-30\",\"text\":\"impossible\"}\n"
      "{\"id\":\"x\",\"date\":\"2024-01-01\"}\n"
      "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"  \"}\n"
      "{\"date\":\"2024-01-01\",\"text\":\"no id\"}\n"
      "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":5}\n"
      "{\"id\":\"ok2\",\"date\":\"2024-01-02\",\"text\":\"Two.\"}\r\n"s;
  EXPECT_EQ(RenderAll(in, InputFormat::kJsonl),
            "format: jsonl\n"
            "1 ok1 2024-01-01 {} | One.\n"
            "bad: in:2: invalid UTF-8 or NUL byte\n"
            "bad: in:3: invalid UTF-8 or NUL byte\n"
            "bad: in:4: NUL character in a field\n"
            "bad: in:5: malformed JSON\n"
            "bad: in:6: malformed JSON\n"
            "bad: in:7: malformed JSON\n"
            "bad: in:8: not a JSON object\n"
            "bad: in:9: missing date\n"
            "bad: in:10: bad date \"2023-02-30\"\n"
            "bad: in:11: missing text\n"
            "bad: in:12: missing text\n"
            "bad: in:13: missing id\n"
            "bad: in:14: field \"text\" is not a string\n"
            "15 ok2 2024-01-02 {} | Two.\n");
}

TEST(JsonlReaderTest, LongLineIsSkippedWithoutStoppingTheRun) {
  ReaderOptions options;
  options.max_record_bytes = 64;
  const std::string in = "{\"id\":\"a\",\"date\":\"2024-01-01\",\"text\":\"" +
                         std::string(200000, 'x') + "\"}\n" +
                         "{\"id\":\"b\",\"date\":\"2024-01-01\",\"text\":\"Short.\"}";
  EXPECT_EQ(RenderAll(in, InputFormat::kJsonl, options),
            "format: jsonl\n"
            "bad: in:1: record longer than 64 bytes\n"
            "2 b 2024-01-01 {} | Short.\n");
}

}  // namespace
}  // namespace entente::text
