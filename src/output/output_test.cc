#include "entente/output.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "entente/codebook.h"

namespace entente {
namespace {

Event Sample() {
  Event e;
  e.doc = "reuters-0001";
  e.sentence = 2;
  ParseIsoDate("2014-03-01", &e.date);
  e.source = "RUS";
  e.target = "UKR";
  e.code = "036";
  e.source_text = "Russia";
  e.target_text = "Ukraine";
  e.verb_text = "offered talks";
  e.text = "Russia offered talks to Ukraine.";
  return e;
}

std::string Render(OutputFormat f, const std::vector<Event>& events) {
  std::ostringstream out;
  auto w = NewEventWriter(f, &out);
  for (const Event& e : events) w->Write(e);
  w->Flush();
  return out.str();
}

TEST(JsonlWriter, OneEvent) {
  EXPECT_EQ(Render(OutputFormat::kJsonl, {Sample()}),
            R"({"doc":"reuters-0001","sentence":2,"date":"2014-03-01","source":"RUS",)"
            R"("target":"UKR","code":"036","root":"03","quad":1,"goldstein":4.0,)"
            R"("plover":"AGREE","negated":false,"hypothetical":false,)"
            R"("source_text":"Russia","target_text":"Ukraine","verb_text":"offered talks",)"
            R"("text":"Russia offered talks to Ukraine."})"
            "\n");
}

TEST(JsonlWriter, NoDateUnknownCodeFlagsAndEscapes) {
  Event e;
  e.doc = "d\"1";
  e.code = "999";
  e.negated = true;
  e.hypothetical = true;
  e.text = "line\none\ttab \xE9t\xC3\xA9";
  EXPECT_EQ(Render(OutputFormat::kJsonl, {e}),
            R"({"doc":"d\"1","sentence":0,"date":null,"source":"","target":"","code":"999",)"
            R"("root":"99","quad":0,"goldstein":null,"plover":"","negated":true,)"
            R"("hypothetical":true,"source_text":"","target_text":"","verb_text":"",)"
            "\"text\":\"line\\none\\ttab \xEF\xBF\xBDt\xC3\xA9\"}\n");
}

TEST(JsonlWriter, CodebookFields) {
  // Prefix fallback: 0399 is scored as 039; roots 01-02 have no PLOVER type;
  // negative Goldstein; an empty code has no root.
  std::string out;
  for (const char* code : {"0399", "010", "190", "1712", ""}) {
    Event e;
    e.code = code;
    nlohmann::json j = nlohmann::json::parse(Render(OutputFormat::kJsonl, {e}));
    out += j["code"].dump() + " " + j["root"].dump() + " " + j["quad"].dump() + " " +
           j["goldstein"].dump() + " " + j["plover"].dump() + "\n";
  }
  EXPECT_EQ(out,
            "\"0399\" \"03\" 1 5.0 \"AGREE\"\n"
            "\"010\" \"01\" 1 0.0 \"\"\n"
            "\"190\" \"19\" 4 -10.0 \"ASSAULT\"\n"
            "\"1712\" \"17\" 4 -9.2 \"ASSAULT\"\n"
            "\"\" \"\" 0 null \"\"\n");
}

TEST(JsonlWriter, RoundTrip) {
  Event a = Sample();
  Event b = Sample();
  b.doc = "\xF0\x9F\x93\xB0 news";
  b.sentence = 123456;
  b.date = kNoDate;
  b.code = "1823";
  b.hypothetical = true;
  b.text = std::string("ctl \x01 nul \0 end", 15);
  std::istringstream in(Render(OutputFormat::kJsonl, {a, b}));
  std::vector<nlohmann::json> rows;
  for (std::string line; std::getline(in, line);) rows.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(rows.size(), 2u);

  std::vector<std::string> keys;
  for (auto it = rows[0].begin(); it != rows[0].end(); ++it) keys.push_back(it.key());
  // nlohmann::json sorts keys; the order on the wire is checked in OneEvent.
  EXPECT_EQ(keys.size(), 16u);

  const nlohmann::json& j = rows[1];
  EXPECT_EQ(j["doc"], b.doc);
  EXPECT_EQ(j["sentence"], 123456);
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_EQ(j["source"], "RUS");
  EXPECT_EQ(j["target"], "UKR");
  EXPECT_EQ(j["code"], "1823");
  EXPECT_EQ(j["root"], "18");
  EXPECT_EQ(j["quad"], 4);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), LookupCameo("1823")->goldstein);
  EXPECT_EQ(j["plover"], "ASSAULT");
  EXPECT_EQ(j["negated"], false);
  EXPECT_EQ(j["hypothetical"], true);
  EXPECT_EQ(j["source_text"], "Russia");
  EXPECT_EQ(j["target_text"], "Ukraine");
  EXPECT_EQ(j["verb_text"], "offered talks");
  EXPECT_EQ(j["text"], b.text);
  EXPECT_EQ(rows[0]["date"], "2014-03-01");
}

TEST(JsonlWriter, LargeOutputIsChunkedAndComplete) {
  std::vector<Event> events(5000, Sample());
  for (int i = 0; i < 5000; ++i) events[i].sentence = i;
  std::string one = Render(OutputFormat::kJsonl, {Sample()});
  std::string all = Render(OutputFormat::kJsonl, events);
  EXPECT_EQ(std::count(all.begin(), all.end(), '\n'), 5000);
  EXPECT_GT(all.size(), 4000 * one.size());
  EXPECT_EQ(nlohmann::json::parse(all.substr(all.rfind('\n', all.size() - 2) + 1))["sentence"],
            4999);
}

TEST(EventWriter, DestructorFlushes) {
  std::ostringstream out;
  {
    auto w = NewEventWriter(OutputFormat::kTsv, &out);
    w->Write(Sample());
    EXPECT_EQ(out.str(), "");  // buffered
  }
  EXPECT_EQ(out.str(), "140301\tRUS\tUKR\t036\tEXPRESS INTENT TO MEET OR NEGOTIATE\treuters-0001\t2\n");
}

TEST(TsvWriter, Rows) {
  Event a = Sample();
  Event b = Sample();
  b.code = "010";
  b.date = kNoDate;
  b.source = "US\tA";
  b.doc = "doc\r\n7";
  b.sentence = 0;
  Event c = Sample();
  c.code = "183";  // "..., not spec below"
  Event d = Sample();
  d.code = "083";  // "... reform not specified below" (no comma)
  Event u = Sample();
  u.code = "77";   // unknown: empty label
  EXPECT_EQ(Render(OutputFormat::kTsv, {a, b, c, d, u}),
            "140301\tRUS\tUKR\t036\tEXPRESS INTENT TO MEET OR NEGOTIATE\treuters-0001\t2\n"
            "000000\tUS A\tUKR\t010\tMAKE STATEMENT\tdoc  7\t0\n"
            "140301\tRUS\tUKR\t183\tCONDUCT SUICIDE, CAR, OR OTHER NON-MILITARY BOMBING"
            "\treuters-0001\t2\n"
            "140301\tRUS\tUKR\t083\tACCEDE TO REQUESTS OR DEMANDS FOR POLITICAL REFORM"
            "\treuters-0001\t2\n"
            "140301\tRUS\tUKR\t77\t\treuters-0001\t2\n");
}

TEST(OutputFormat, Parse) {
  OutputFormat f = OutputFormat::kTsv;
  EXPECT_TRUE(ParseOutputFormat("jsonl", &f));
  EXPECT_EQ(f, OutputFormat::kJsonl);
  EXPECT_TRUE(ParseOutputFormat("tsv", &f));
  EXPECT_EQ(f, OutputFormat::kTsv);
  EXPECT_FALSE(ParseOutputFormat("json", &f));
  EXPECT_FALSE(ParseOutputFormat("TSV", &f));
  EXPECT_FALSE(ParseOutputFormat("", &f));
  EXPECT_EQ(f, OutputFormat::kTsv);  // untouched on failure
}

}  // namespace
}  // namespace entente
