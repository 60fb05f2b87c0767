// Renders the same three records in every export format and compares the
// text once per format; then parses the output back (a small RFC 4180
// reader for csv/icews, nlohmann::json for jsonl/plover) and checks the
// shape of every row.
#include "entente/export.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "base/date_test_util.h"

namespace entente {
namespace {

// A plain record, an awkward one (commas, quotes, a tab, CR LF and
// non-ASCII in the text; no url; unknown ingestion day), and one whose code
// (010, root 01) has no PLOVER type, with no source actor and both flags.
std::vector<ExportRecord> Records() {
  ExportRecord a;
  a.event_id = 42;
  a.group_id = 7;
  a.date = D("2014-03-01");
  a.date_added = D("2014-03-02");
  a.source = "RUSGOV";
  a.source_name = "Vladimir Putin";
  a.target = "UKR";
  a.target_name = "Ukraine";
  a.code = "036";
  a.article_id = "reuters-0001";
  a.publisher = "Reuters";
  a.url = "https://example.com/a?id=1";
  a.sentence = 0;
  a.text = "Putin offered talks to Ukraine.";
  a.verb_text = "offered talks";
  a.num_mentions = 3;
  a.num_sources = 2;
  a.num_articles = 2;

  ExportRecord b;
  b.event_id = 43;
  b.group_id = 8;
  b.date = D("2015-12-31");
  b.source = "TURGOV";
  b.source_name = "Recep Tayyip Erdoğan";
  b.target = "IGOUNO";
  b.code = "1411";
  b.article_id = "lemonde-7";
  b.publisher = "Le Monde, Paris";
  b.sentence = 3;
  b.text = "Erdoğan said, \"Enough\"\tand\r\nled a march — in Ankara.";
  b.verb_text = "led a \"march\"";

  ExportRecord c;
  c.event_id = 44;
  c.group_id = 9;
  c.date = D("2016-01-05");
  c.date_added = D("2016-01-05");
  c.target = "NGOHRIAMN";
  c.target_name = "Amnesty International (\"AI\")";
  c.code = "010";
  c.negated = true;
  c.hypothetical = true;
  c.article_id = "ap-3";
  c.publisher = "AP";
  c.url = "http://x.org/y";
  c.sentence = 1;
  c.text = "It did not comment.";
  c.verb_text = "comment";
  c.num_mentions = 2;
  c.num_sources = 2;
  c.num_articles = 1;
  return {a, b, c};
}

std::string Render(ExportFormat f, const std::vector<ExportRecord>& records,
                   int64_t* skipped = nullptr) {
  std::ostringstream out;
  auto w = NewExportWriter(f, &out);
  for (const ExportRecord& r : records) w->Write(r);
  w->Finish();
  if (skipped != nullptr) *skipped = w->Skipped();
  return out.str();
}

std::string Join(const std::vector<std::string>& fields, char sep) {
  std::string s;
  for (size_t i = 0; i < fields.size(); ++i) s += (i ? std::string(1, sep) : "") + fields[i];
  return s;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f(1);
  for (char ch : line) {
    if (ch == '\t') {
      f.emplace_back();
    } else {
      f.back().push_back(ch);
    }
  }
  return f;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream ss(text);
  std::string line;
  while (std::getline(ss, line)) lines.push_back(line);
  return lines;
}

// RFC 4180 reader: records end with CRLF or LF outside quotes; a quoted
// field may hold anything, "" being one quote. Fails the test on bad input.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  size_t i = 0;
  bool quoted_field = false;
  auto end_field = [&] {
    row.push_back(field);
    field.clear();
    quoted_field = false;
  };
  while (i < text.size()) {
    char ch = text[i];
    if (ch == '"' && field.empty() && !quoted_field) {
      quoted_field = true;
      for (++i;; ++i) {
        if (i >= text.size()) {
          ADD_FAILURE() << "unterminated quoted field";
          return rows;
        }
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field.push_back('"');
            ++i;
          } else {
            ++i;
            break;
          }
        } else {
          field.push_back(text[i]);
        }
      }
      if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
        ADD_FAILURE() << "text after a closing quote at byte " << i;
      continue;
    }
    if (ch == ',') {
      end_field();
      ++i;
    } else if (ch == '\r' || ch == '\n') {
      if (ch == '\r') {
        EXPECT_TRUE(i + 1 < text.size() && text[i + 1] == '\n') << "bare CR at byte " << i;
        ++i;
      }
      ++i;
      end_field();
      rows.push_back(row);
      row.clear();
    } else {
      EXPECT_NE(ch, '"') << "quote inside an unquoted field at byte " << i;
      field.push_back(ch);
      ++i;
    }
  }
  EXPECT_TRUE(row.empty() && field.empty()) << "last record has no line end";
  return rows;
}

TEST(ExportFormat, Parse) {
  ExportFormat f = ExportFormat::kCsv;
  EXPECT_TRUE(ParseExportFormat("gdelt", &f));
  EXPECT_EQ(f, ExportFormat::kGdelt);
  EXPECT_TRUE(ParseExportFormat("icews", &f));
  EXPECT_EQ(f, ExportFormat::kIcews);
  EXPECT_TRUE(ParseExportFormat("plover", &f));
  EXPECT_EQ(f, ExportFormat::kPlover);
  EXPECT_TRUE(ParseExportFormat("jsonl", &f));
  EXPECT_EQ(f, ExportFormat::kJsonl);
  EXPECT_TRUE(ParseExportFormat("csv", &f));
  EXPECT_EQ(f, ExportFormat::kCsv);
  EXPECT_FALSE(ParseExportFormat("CSV", &f));
  EXPECT_FALSE(ParseExportFormat("tsv", &f));
  EXPECT_FALSE(ParseExportFormat("", &f));
  EXPECT_EQ(f, ExportFormat::kCsv);  // unchanged on failure
}

// ---------------------------------------------------------------- gdelt

std::vector<std::string> NoGeo() {
  std::vector<std::string> g;
  for (int i = 0; i < 3; ++i) {
    g.push_back("0");
    for (int j = 0; j < 7; ++j) g.push_back("");
  }
  return g;
}

std::string GdeltRow(std::vector<std::string> head, const std::string& date_added,
                     const std::string& url) {
  for (const std::string& g : NoGeo()) head.push_back(g);
  head.push_back(date_added);
  head.push_back(url);
  return Join(head, '\t') + "\n";
}

TEST(GdeltExport, Rows) {
  const std::string want =
      GdeltRow({"42", "20140301", "201403", "2014", "2014.1671",                      //
                "RUSGOV", "VLADIMIR PUTIN", "RUS", "", "", "", "", "GOV", "", "",     //
                "UKR", "UKRAINE", "UKR", "", "", "", "", "", "", "",                  //
                "1", "036", "036", "03", "1", "4.0", "3", "2", "2", ""},
               "20140302000000", "https://example.com/a?id=1") +
      GdeltRow({"43", "20151231", "201512", "2015", "2015.9890",                      //
                "TURGOV", "RECEP TAYYIP ERDOĞAN", "TUR", "", "", "", "", "GOV", "", "",  //
                "IGOUNO", "", "", "UNO", "", "", "", "IGO", "", "",                   //
                "0", "1411", "141", "14", "3", "-6.5", "1", "1", "1", ""},
               "", "lemonde-7") +
      GdeltRow({"44", "20160105", "201601", "2016", "2016.0137",                      //
                "", "", "", "", "", "", "", "", "", "",                               //
                "NGOHRIAMN", "AMNESTY INTERNATIONAL (\"AI\")", "", "AMN", "", "", "", "NGO", "HRI", "",
                "0", "010", "010", "01", "1", "0.0", "2", "2", "1", ""},
               "20160105000000", "http://x.org/y");
  const std::string got = Render(ExportFormat::kGdelt, Records());
  EXPECT_EQ(got, want);
  for (const std::string& line : Lines(got)) EXPECT_EQ(SplitTabs(line).size(), 61u) << line;
}

TEST(GdeltExport, FieldsCannotBreakRows) {
  ExportRecord r = Records()[0];
  r.source_name = "Line\none\ttab";
  r.url = "http://a\tb";
  r.date = kNoDate;
  const std::string got = Render(ExportFormat::kGdelt, {r});
  auto lines = Lines(got);
  ASSERT_EQ(lines.size(), 1u);
  auto f = SplitTabs(lines[0]);
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[1], "");  // SQLDATE .. FractionDate empty without a date
  EXPECT_EQ(f[4], "");
  EXPECT_EQ(f[6], "LINE ONE TAB");
  EXPECT_EQ(f[60], "http://a b");
}

// GDELT's FractionDate approximation, checked on the dates of GDELT's own
// sample rows.
TEST(GdeltExport, FractionDateAsGdelt) {
  const std::pair<const char*, const char*> cases[] = {
      {"2007-07-04", "2007.5041"}, {"2016-07-01", "2016.4959"},
      {"2017-06-01", "2017.4137"}, {"2017-06-24", "2017.4767"}};
  for (const auto& [date, want] : cases) {
    ExportRecord r = Records()[0];
    r.date = D(date);
    EXPECT_EQ(SplitTabs(Lines(Render(ExportFormat::kGdelt, {r}))[0])[4], want) << date;
  }
}

// ---------------------------------------------------------------- icews

constexpr char kIcewsHeader[] =
    "Event_ID,Event_Date,Source_Name,Source_Sectors,Source_Country,Event_Text,CAMEO_Code,"
    "Intensity,Target_Name,Target_Sectors,Target_Country,Story_ID,Sentence_Number,Publisher,"
    "City,District,Province,Country,Latitude,Longitude,CAMEO_Code_Modified\n";

TEST(IcewsExport, Rows) {
  const std::string want =
      std::string(kIcewsHeader) +
      "42,2014-03-01,Vladimir Putin,Government,Russia,Express intent to meet or negotiate,036,"
      "4.0,Ukraine,,Ukraine,reuters-0001,1,Reuters,,,,,,,036\n"
      "43,2015-12-31,Recep Tayyip Erdoğan,Government,Turkiye,Demonstrate for leadership "
      "change,1411,-6.5,IGOUNO,International Government Organization,,lemonde-7,4,"
      "\"Le Monde, Paris\",,,,,,,1411\n"
      "44,2016-01-05,Unspecified Actor,Unspecified,,Make statement,010,0.0,"
      "\"Amnesty International (\"\"AI\"\")\",\"Nongovernmental Organization,Human Rights\",,"
      "ap-3,2,AP,,,,,,,010\n";
  const std::string got = Render(ExportFormat::kIcews, Records());
  EXPECT_EQ(got, want);
  auto rows = ParseCsv(got);
  ASSERT_EQ(rows.size(), 4u);
  for (const auto& row : rows) EXPECT_EQ(row.size(), 21u);
  EXPECT_EQ(rows[2][13], "Le Monde, Paris");
  EXPECT_EQ(rows[3][8], "Amnesty International (\"AI\")");
}

TEST(IcewsExport, HeaderMatchesSpecimen) {
  const char* shared = std::getenv("ENTENTE_SHARED");
  if (shared == nullptr || *shared == '\0') GTEST_SKIP() << "ENTENTE_SHARED is not set; skipping";
  std::ifstream in(std::string(shared) +
                   "/refdata/corpora/icews_sample/ICEWS_All_Protests_Egypt_NonAggregated.csv");
  if (!in) GTEST_SKIP() << "no ICEWS specimen under $ENTENTE_SHARED; skipping";
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first + "\n", kIcewsHeader);
  EXPECT_EQ(Render(ExportFormat::kIcews, {}), first + "\n");
}

// ---------------------------------------------------------------- plover

TEST(PloverExport, Records) {
  int64_t skipped = -1;
  const std::string got = Render(ExportFormat::kPlover, Records(), &skipped);
  const std::string want =
      R"({"id":"42","date":"2014-03-01",)"
      R"("actor":[{"code":"RUS","sector":"GOV","entity_text":"Vladimir Putin","cameo":"RUSGOV"}],)"
      R"("recipient":[{"code":"UKR","sector":"","entity_text":"Ukraine","cameo":"UKR"}],)"
      R"("event":["AGREE"],"event_text":["offered talks"],"quad_code":1,"mode":[],"context":[],)"
      R"("link":"7","text":"Putin offered talks to Ukraine.","text_info":{"sequence":0},)"
      R"("cite_info":{"citation":"reuters-0001","url":"https://example.com/a?id=1","publication":"Reuters"},)"
      R"("coder":"entente","coded_date":"2014-03-02","cameo_code":"036","goldstein":4.0})"
      "\n"
      R"({"id":"43","date":"2015-12-31",)"
      R"("actor":[{"code":"TUR","sector":"GOV","entity_text":"Recep Tayyip Erdoğan","cameo":"TURGOV"}],)"
      R"("recipient":[{"code":"UNO","sector":"","entity_text":"","cameo":"IGOUNO"}],)"
      R"("event":["PROTEST"],"event_text":["led a \"march\""],"quad_code":4,"mode":[],"context":[],)"
      R"("link":"8","text":"Erdoğan said, \"Enough\"\tand\r\nled a march — in Ankara.","text_info":{"sequence":3},)"
      R"("cite_info":{"citation":"lemonde-7","url":"","publication":"Le Monde, Paris"},)"
      R"("coder":"entente","coded_date":null,"cameo_code":"1411","goldstein":-6.5})"
      "\n";
  EXPECT_EQ(got, want);
  EXPECT_EQ(skipped, 1);  // 010: root 01 has no PLOVER event type

  auto lines = Lines(got);
  ASSERT_EQ(lines.size(), 2u);
  for (const std::string& line : lines) {
    nlohmann::json j = nlohmann::json::parse(line);  // throws (fails) on bad JSON
    for (const char* key : {"id", "date", "actor", "event"}) EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_TRUE(j["actor"].is_array());
    EXPECT_EQ(j["event"].size(), 1u);
  }
  EXPECT_EQ(nlohmann::json::parse(lines[1])["text"], Records()[1].text);
}

TEST(PloverExport, EntitiesAndModes) {
  ExportRecord r = Records()[0];
  r.negated = true;
  r.hypothetical = true;
  r.source = "IGOEUREECLEG";
  r.target = "PRIGOVMED";  // Puerto Rico: folded into USA; MED (media) is PLOVER's JRN
  nlohmann::json j = nlohmann::json::parse(Render(ExportFormat::kPlover, {r}));
  EXPECT_EQ(j["mode"], nlohmann::json::array({"negation", "hypothetical"}));
  EXPECT_EQ(j["actor"][0]["code"], "EUR");
  EXPECT_EQ(j["actor"][0]["sector"], "LEG");
  EXPECT_EQ(j["recipient"][0]["code"], "USA");
  EXPECT_EQ(j["recipient"][0]["sector"], "GOVJRN");
  r.source = "KSV";
  r.target = "IMGMOSALQ";
  j = nlohmann::json::parse(Render(ExportFormat::kPlover, {r}));
  EXPECT_EQ(j["actor"][0]["code"], "KOS");
  EXPECT_EQ(j["recipient"][0]["code"], "IMG");
  EXPECT_EQ(j["recipient"][0]["religion"], "MOS");
  r.source = "WST";  // a region: no PLOVER country
  r.target = "";
  j = nlohmann::json::parse(Render(ExportFormat::kPlover, {r}));
  EXPECT_EQ(j["actor"][0]["code"], "");
  EXPECT_EQ(j["recipient"], nlohmann::json::array());
}

// ---------------------------------------------------------------- jsonl / csv

// The column order shared by jsonl and csv.
const std::vector<std::string> kColumns = {
    "event_id",   "group_id",     "date",        "date_added",   "source",       "source_name",
    "target",     "target_name",  "code",        "root",         "quad",         "goldstein",
    "plover",     "negated",      "hypothetical", "num_mentions", "num_sources", "num_articles",
    "article_id", "publisher",    "url",         "sentence",     "verb_text",    "text"};

TEST(JsonlExport, Records) {
  const std::string got = Render(ExportFormat::kJsonl, Records());
  auto lines = Lines(got);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0],
            R"({"event_id":42,"group_id":7,"date":"2014-03-01","date_added":"2014-03-02",)"
            R"("source":"RUSGOV","source_name":"Vladimir Putin","target":"UKR","target_name":"Ukraine",)"
            R"("code":"036","root":"03","quad":1,"goldstein":4.0,"plover":"AGREE",)"
            R"("negated":false,"hypothetical":false,"num_mentions":3,"num_sources":2,"num_articles":2,)"
            R"("article_id":"reuters-0001","publisher":"Reuters","url":"https://example.com/a?id=1",)"
            R"("sentence":0,"verb_text":"offered talks","text":"Putin offered talks to Ukraine."})");
  EXPECT_EQ(lines[1],
            R"({"event_id":43,"group_id":8,"date":"2015-12-31","date_added":null,)"
            R"("source":"TURGOV","source_name":"Recep Tayyip Erdoğan","target":"IGOUNO","target_name":"",)"
            R"("code":"1411","root":"14","quad":3,"goldstein":-6.5,"plover":"PROTEST",)"
            R"("negated":false,"hypothetical":false,"num_mentions":1,"num_sources":1,"num_articles":1,)"
            R"("article_id":"lemonde-7","publisher":"Le Monde, Paris","url":"",)"
            R"("sentence":3,"verb_text":"led a \"march\"",)"
            R"("text":"Erdoğan said, \"Enough\"\tand\r\nled a march — in Ankara."})");
  const auto recs = Records();
  for (size_t i = 0; i < lines.size(); ++i) {
    nlohmann::json j = nlohmann::json::parse(lines[i]);
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    // nlohmann::json sorts keys; compare as sets, order is checked above.
    std::vector<std::string> want = kColumns;
    std::sort(want.begin(), want.end());
    EXPECT_EQ(keys, want);
    EXPECT_EQ(j["text"], recs[i].text);
    EXPECT_EQ(j["source_name"], recs[i].source_name);
    EXPECT_EQ(j["negated"], recs[i].negated);
    EXPECT_EQ(j["hypothetical"], recs[i].hypothetical);
  }
  nlohmann::json c = nlohmann::json::parse(lines[2]);
  EXPECT_EQ(c["plover"], "");
  EXPECT_EQ(c["goldstein"], 0.0);
  EXPECT_EQ(c["source"], "");
}

TEST(CsvExport, Rows) {
  const std::string got = Render(ExportFormat::kCsv, Records());
  const std::string want =
      Join(kColumns, ',') + "\r\n" +
      "42,7,2014-03-01,2014-03-02,RUSGOV,Vladimir Putin,UKR,Ukraine,036,03,1,4.0,AGREE,false,"
      "false,3,2,2,reuters-0001,Reuters,https://example.com/a?id=1,0,offered talks,"
      "Putin offered talks to Ukraine.\r\n"
      "43,8,2015-12-31,,TURGOV,Recep Tayyip Erdoğan,IGOUNO,,1411,14,3,-6.5,PROTEST,false,false,"
      "1,1,1,lemonde-7,\"Le Monde, Paris\",,3,\"led a \"\"march\"\"\","
      "\"Erdoğan said, \"\"Enough\"\"\tand\r\nled a march — in Ankara.\"\r\n"
      "44,9,2016-01-05,2016-01-05,,,NGOHRIAMN,\"Amnesty International (\"\"AI\"\")\",010,01,1,"
      "0.0,,true,true,2,2,1,ap-3,AP,http://x.org/y,1,comment,It did not comment.\r\n";
  EXPECT_EQ(got, want);

  auto rows = ParseCsv(got);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], kColumns);
  const auto recs = Records();
  for (size_t i = 0; i < recs.size(); ++i) {
    const auto& row = rows[i + 1];
    ASSERT_EQ(row.size(), kColumns.size());
    EXPECT_EQ(row[0], std::to_string(recs[i].event_id));
    EXPECT_EQ(row[5], recs[i].source_name);
    EXPECT_EQ(row[7], recs[i].target_name);
    EXPECT_EQ(row[19], recs[i].publisher);
    EXPECT_EQ(row[22], recs[i].verb_text);
    EXPECT_EQ(row[23], recs[i].text);  // tab, CR LF, quotes and UTF-8 intact
  }
}

// ---------------------------------------------------------------- writer contract

TEST(ExportWriter, EmptyExportsAreValidFiles) {
  EXPECT_EQ(Render(ExportFormat::kCsv, {}), Join(kColumns, ',') + "\r\n");
  EXPECT_EQ(Render(ExportFormat::kIcews, {}), kIcewsHeader);
  EXPECT_EQ(Render(ExportFormat::kGdelt, {}), "");
  EXPECT_EQ(Render(ExportFormat::kPlover, {}), "");
  EXPECT_EQ(Render(ExportFormat::kJsonl, {}), "");
}

TEST(ExportWriter, FinishTwiceAndDestructorFinish) {
  std::ostringstream a;
  {
    auto w = NewExportWriter(ExportFormat::kCsv, &a);
    w->Finish();
    w->Finish();
  }
  EXPECT_EQ(a.str(), Join(kColumns, ',') + "\r\n");
  std::ostringstream b;
  { NewExportWriter(ExportFormat::kIcews, &b)->Write(Records()[0]); }  // no Finish()
  EXPECT_EQ(ParseCsv(b.str()).size(), 2u);
}

TEST(ExportWriter, ManyRowsCrossChunks) {
  std::vector<ExportRecord> many;
  for (int i = 0; i < 3000; ++i) {
    ExportRecord r = Records()[i % 2];
    r.event_id = i;
    many.push_back(r);
  }
  for (ExportFormat f : {ExportFormat::kGdelt, ExportFormat::kJsonl, ExportFormat::kPlover}) {
    const std::string got = Render(f, many);
    EXPECT_GT(got.size(), 64u * 1024);
    EXPECT_EQ(Lines(got).size(), many.size());
  }
  EXPECT_EQ(ParseCsv(Render(ExportFormat::kCsv, many)).size(), many.size() + 1);
  EXPECT_EQ(ParseCsv(Render(ExportFormat::kIcews, many)).size(), many.size() + 1);
}

}  // namespace
}  // namespace entente
