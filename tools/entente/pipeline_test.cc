// CodePipeline against a fake Coder: the streaming loop, bad-record handling
// and counts, independent of the real dictionaries and engine.
#include "pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>

namespace entente {
namespace {

// Codes "X attacked Y" as X -> Y 190 (words upper-cased); nothing else.
class FakeCoder : public Coder {
 public:
  SentenceOutcome CodeSentence(std::string_view sentence, Day date,
                               std::vector<Event>* events) override {
    ++calls;
    std::istringstream words{std::string(sentence)};
    std::string prev, word;
    while (words >> word) {
      if (word == "attacked" && !prev.empty()) {
        std::string target;
        words >> target;
        while (!target.empty() && !std::isalpha(static_cast<unsigned char>(target.back())))
          target.pop_back();
        Event e;
        e.source = Upper(prev);
        e.target = Upper(target);
        e.code = "190";
        e.date = date;
        e.verb_text = "ATTACKED";
        events->push_back(e);
        return SentenceOutcome::kCoded;
      }
      prev = word;
    }
    return SentenceOutcome::kNoEvent;
  }
  Status ApplyOption(std::string_view) override { return Status::Ok(); }
  std::unique_ptr<Coder> Clone() const override { return std::make_unique<FakeCoder>(); }
  Status DictionaryVersion(std::string* out) const override {
    *out = "dict-fake";
    return Status::Ok();
  }
  double load_millis() const override { return 0; }
  bool loaded_from_cache() const override { return false; }

  int calls = 0;

 private:
  static std::string Upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  }
};

// Renders each event as "doc/sentence date source->target code |text|".
class RenderingWriter : public EventWriter {
 public:
  void Write(const Event& e) override {
    out += e.doc + "/" + std::to_string(e.sentence) + " " + FormatIsoDate(e.date) + " " +
           e.source + "->" + e.target + " " + e.code + " |" + e.text + "|\n";
  }
  void Flush() override {}
  std::string out;
};

struct Outcome {
  std::string events;
  std::string diagnostics;
  PipelineCounts counts;
  Status status;
};

Outcome CodeString(const std::string& input, InputFormat format, const std::string& name,
               ReaderOptions options = {}) {
  FakeCoder coder;
  RenderingWriter writer;
  std::ostringstream diagnostics;
  CodePipeline pipeline(&coder, &writer, &diagnostics);
  std::istringstream in(input);
  Outcome r;
  r.status = pipeline.CodeInput(&in, name, format, options);
  r.events = writer.out;
  r.diagnostics = diagnostics.str();
  r.counts = pipeline.counts();
  return r;
}

TEST(PipelineTest, CodesEverySentenceAndFillsDocSentenceText) {
  Outcome r = CodeString(
      "{\"id\":\"a1\",\"date\":\"2024-05-01\",\"text\":\"Arnor attacked Gondor. Talks went on.\"}\n"
      "{\"id\":\"a2\",\"date\":\"2024-05-02\",\"text\":\"Rain fell. Mordor attacked Rohan.\"}\n",
      InputFormat::kJsonl, "in.jsonl");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_EQ(r.events,
            "a1/0 2024-05-01 ARNOR->GONDOR 190 |Arnor attacked Gondor.|\n"
            "a2/1 2024-05-02 MORDOR->ROHAN 190 |Mordor attacked Rohan.|\n");
  EXPECT_EQ(r.diagnostics, "");
  EXPECT_EQ(SummaryLine(r.counts),
            "entente: 2 records read, 2 coded, 0 skipped, 4 sentences, 2 events written");
}

TEST(PipelineTest, ReportsBadRecordsWithNameAndNumberAndGoesOn) {
  Outcome r = CodeString(
      "{\"id\":\"a1\",\"date\":\"2024-05-01\",\"text\":\"Arnor attacked Gondor.\"}\n"
      "{\"id\":\"a2\",\"date\":\n"
      "{\"id\":\"a3\",\"date\":\"2024-05-01\",\"text\":\"Bad \xff\xfe bytes.\"}\n"
      "{\"id\":\"a4\",\"date\":\"2024-05-01\",\"text\":\"Gondor attacked Arnor.\"}\n",
      InputFormat::kJsonl, "in.jsonl");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_EQ(r.events,
            "a1/0 2024-05-01 ARNOR->GONDOR 190 |Arnor attacked Gondor.|\n"
            "a4/0 2024-05-01 GONDOR->ARNOR 190 |Gondor attacked Arnor.|\n");
  EXPECT_NE(r.diagnostics.find("entente: in.jsonl:2: "), std::string::npos) << r.diagnostics;
  EXPECT_NE(r.diagnostics.find("entente: in.jsonl:3: "), std::string::npos) << r.diagnostics;
  EXPECT_EQ(std::count(r.diagnostics.begin(), r.diagnostics.end(), '\n'), 2) << r.diagnostics;
  EXPECT_EQ(SummaryLine(r.counts),
            "entente: 4 records read, 2 coded, 2 skipped, 2 sentences, 2 events written");
}

TEST(PipelineTest, PlainTextIsOneArticleNamedByTheCaller) {
  ReaderOptions options;
  ASSERT_TRUE(ParseIsoDate("2001-09-12", &options.default_date));
  options.default_id = "story.txt";
  Outcome r = CodeString("Arnor attacked Gondor.\n", InputFormat::kText, "dir/story.txt", options);
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_EQ(r.events, "story.txt/0 2001-09-12 ARNOR->GONDOR 190 |Arnor attacked Gondor.|\n");
  EXPECT_EQ(r.counts.records, 1u);
}

TEST(PipelineTest, EmptyInputCountsNothing) {
  Outcome r = CodeString("", InputFormat::kJsonl, "empty.jsonl");
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(SummaryLine(r.counts),
            "entente: 0 records read, 0 coded, 0 skipped, 0 sentences, 0 events written");
}

}  // namespace
}  // namespace entente
