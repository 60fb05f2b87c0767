// End-to-end tests of the `entente` binary: run it (path in ENTENTE_BINARY)
// on temporary files and compare its stdout, stderr and exit status.
// Dictionaries are the tiny fixtures in tests/fixtures/cli/.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;
using entente::cli_test::BinaryTest;
using entente::cli_test::Result;

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

class CliTest : public BinaryTest {
 protected:
  CliTest() : BinaryTest("entente_cli_test") {}

  void SetUp() override {
    BinaryTest::SetUp();
    fixtures_ = source_ / "tests/fixtures/cli";
  }

  fs::path Write(const std::string& name, const std::string& contents) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << contents;
    return p;
  }

  // Runs `entente ARGS` through the shell with optional stdin.
  Result Run(const std::string& args, const std::string& stdin_text = "") {
    fs::path in = Write("stdin.txt", stdin_text);
    std::string cmd = "cd " + Quote(dir_.string()) + " && " + Quote(binary_) + " " + args + " <" +
                      Quote(in.string()) + " >" + Quote(OutPath().string()) + " 2>" +
                      Quote(ErrPath().string());
    return Collect(std::system(cmd.c_str()));
  }

  // The fixture dictionaries, no cache.
  std::string Dict() const {
    return "--no-cache --actors " + Quote((fixtures_ / "cli.actors").string()) + " --verbs " +
           Quote((fixtures_ / "cli.verbs").string());
  }

  fs::path fixtures_;
};

// The last line of stderr.
std::string Summary(const std::string& err) {
  std::string s = err;
  while (!s.empty() && s.back() == '\n') s.pop_back();
  size_t nl = s.rfind('\n');
  return nl == std::string::npos ? s : s.substr(nl + 1);
}

TEST_F(CliTest, CodesJsonlAndSummarises) {
  Write("news.jsonl",
        "{\"id\":\"d1\",\"date\":\"2024-05-01\",\"text\":\"Arnor attacked Gondor near the river on Tuesday. Nothing "
        "happened.\"}\n");
  Result r = Run("code " + Dict() + " news.jsonl");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"doc\":\"d1\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"source\":\"ARN\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"target\":\"GON\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"code\":\"190\""), std::string::npos) << r.out;
  EXPECT_EQ(Summary(r.err),
            "entente: 1 records read, 1 coded, 0 skipped, 2 sentences, 1 events written");
}

TEST_F(CliTest, BadRecordsAreReportedAndSkipped) {
  Write("news.jsonl",
        "{\"id\":\"d1\",\"date\":\"2024-05-01\",\"text\":\"Arnor attacked Gondor near the river on Tuesday.\"}\n"
        "{\"id\":\"d2\",\"date\":\"2024-05-01\",\"text\":\n"
        "{\"id\":\"d3\",\"date\":\"2024-05-01\",\"text\":\"Mordor attacked Rohan near the river on Tuesday.\"}\n");
  Result r = Run("code " + Dict() + " news.jsonl");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("entente: news.jsonl:2: "), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc\":\"d3\""), std::string::npos) << r.out;
  EXPECT_EQ(Summary(r.err),
            "entente: 3 records read, 2 coded, 1 skipped, 2 sentences, 2 events written");
}

TEST_F(CliTest, InputFlagForcesTheFormat) {
  // Looks like JSON to auto-detection, but --input text makes it one article.
  Write("odd.txt", "{Arnor attacked Gondor near the river on Tuesday.\n");
  Result text = Run("code " + Dict() + " --input text --date 2020-01-02 odd.txt");
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("\"doc\":\"odd.txt\""), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("\"date\":\"2020-01-02\""), std::string::npos) << text.out;
  EXPECT_EQ(Summary(text.err),
            "entente: 1 records read, 1 coded, 0 skipped, 1 sentences, 1 events written");

  Result jsonl = Run("code " + Dict() + " --input jsonl odd.txt");
  EXPECT_EQ(jsonl.exit_code, 0) << jsonl.err;
  EXPECT_EQ(jsonl.out, "");
  EXPECT_NE(jsonl.err.find("entente: odd.txt:1: "), std::string::npos) << jsonl.err;
  EXPECT_EQ(Summary(jsonl.err),
            "entente: 1 records read, 0 coded, 1 skipped, 0 sentences, 0 events written");
}

TEST_F(CliTest, TsvFormat) {
  Write("story.txt", "Arnor attacked Gondor near the river on Tuesday.\n");
  Result r = Run("code " + Dict() + " --input text --date 2020-01-02 --format tsv story.txt");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("200102\tARN\tGON\t190\t", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("story.txt"), std::string::npos) << r.out;
}

TEST_F(CliTest, ReadsStandardInput) {
  const std::string input =
      "{\"id\":\"s1\",\"date\":\"2024-05-01\",\"text\":\"Arnor attacked Gondor near the river on Tuesday.\"}\n";
  for (const std::string& file : {std::string(""), std::string(" -")}) {
    Result r = Run("code " + Dict() + file, input);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("\"doc\":\"s1\""), std::string::npos) << r.out;
  }
}

TEST_F(CliTest, TabariProjectAndStats) {
  Write("news.jsonl",
        "{\"id\":\"d1\",\"date\":\"2024-05-01\",\"text\":\"Arnor attacked Gondor near the river on Tuesday.\"}\n");
  Result r = Run("code --no-cache --stats --tabari-project " +
                 Quote((fixtures_ / "cli.project").string()) + " news.jsonl");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"source\":\"ARN\""), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("entente-stats: load_millis="), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" loaded_from_cache=0 "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" sentences=1 "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" coding_seconds="), std::string::npos) << r.err;
}

TEST_F(CliTest, SecondRunLoadsFromTheCache) {
  Write("news.jsonl",
        "{\"id\":\"d1\",\"date\":\"2024-05-01\",\"text\":\"Arnor attacked Gondor near the river on Tuesday.\"}\n");
  const std::string args = "code --stats --cache-dir cache --actors " +
                           Quote((fixtures_ / "cli.actors").string()) + " --verbs " +
                           Quote((fixtures_ / "cli.verbs").string()) + " news.jsonl";
  Result cold = Run(args);
  EXPECT_EQ(cold.exit_code, 0) << cold.err;
  if (fs::is_empty(dir_ / "cache"))
    GTEST_SKIP() << "the coder wrote nothing to --cache-dir: compiled-dictionary cache not "
                    "implemented yet";
  Result warm = Run(args);
  EXPECT_EQ(warm.exit_code, 0) << warm.err;
  EXPECT_NE(cold.err.find(" loaded_from_cache=0 "), std::string::npos) << cold.err;
  EXPECT_NE(warm.err.find(" loaded_from_cache=1 "), std::string::npos) << warm.err;
  EXPECT_EQ(cold.out, warm.out);
}

// The evidence of a synset match is the words of the member that matched:
// ARTILLERY_SHELLS fails at "artillery guns" before TANKS matches, and that
// failed attempt leaves no word behind. Golden-suite dictionaries (&WEAPONRY).
TEST_F(CliTest, SynsetEvidenceHoldsOnlyTheMatchedMember) {
  fs::path golden = source_ / "tests/golden";
  Write("news.jsonl",
        "{\"id\":\"d1\",\"date\":\"2024-05-01\",\"text\":\"Veldoria supplied artillery guns, then tanks "
        "and shells, to Kestria.\"}\n");
  Result r = Run("code --no-cache --actors " + Quote((golden / "engine.actors").string()) + " --verbs " +
                 Quote((golden / "engine.verbs").string()) + " news.jsonl");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"code\":\"0712\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"verb_text\":\"SUPPLIED TANKS\""), std::string::npos) << r.out;
}

TEST_F(CliTest, DyadsCountsPairs) {
  Write("events.jsonl",
        "{\"source\":\"ARN\",\"target\":\"GON\",\"code\":\"190\"}\n"
        "{\"source\":\"MOR\",\"target\":\"RHN\",\"code\":\"190\"}\n"
        "not json\n"
        "{\"source\":\"ARN\",\"target\":\"GON\",\"code\":\"051\"}\n");
  Result r = Run("dyads events.jsonl");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "       2  ARN -> GON\n"
            "       1  MOR -> RHN\n"
            "       3  events in 2 dyads\n");
  EXPECT_NE(r.err.find("entente: events.jsonl:3: "), std::string::npos) << r.err;
}

TEST_F(CliTest, DyadsLeavesOutNegatedAndHypotheticalUnlessAsked) {
  Write("events.jsonl",
        "{\"source\":\"CHN\",\"target\":\"RUS\",\"code\":\"072\",\"negated\":true}\n"
        "{\"source\":\"CHN\",\"target\":\"RUS\",\"code\":\"036\",\"negated\":false}\n"
        "{\"source\":\"RUS\",\"target\":\"UKR\",\"code\":\"190\",\"hypothetical\":true}\n");
  Result r = Run("dyads events.jsonl");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "       1  CHN -> RUS\n"
            "       1  events in 1 dyads\n"
            "       2  negated or hypothetical events left out (--count-negated counts them)\n");
  Result all = Run("dyads --count-negated events.jsonl");
  EXPECT_EQ(all.out,
            "       2  CHN -> RUS\n"
            "       1  RUS -> UKR\n"
            "       3  events in 2 dyads\n");
}

TEST_F(CliTest, FatalErrorsExitOne) {
  Write("news.jsonl", "");
  Result missing_dict = Run("code --no-cache --actors no-such.actors --verbs " +
                            Quote((fixtures_ / "cli.verbs").string()) + " news.jsonl");
  EXPECT_EQ(missing_dict.exit_code, 1);
  EXPECT_NE(missing_dict.err.find("no-such.actors"), std::string::npos) << missing_dict.err;
  EXPECT_EQ(missing_dict.out, "");

  Result missing_input = Run("code " + Dict() + " no-such.jsonl");
  EXPECT_EQ(missing_input.exit_code, 1);
  EXPECT_NE(missing_input.err.find("entente: cannot read no-such.jsonl"), std::string::npos)
      << missing_input.err;
}

TEST_F(CliTest, BadOptionsExitTwo) {
  for (const std::string& args :
       {std::string("code --format xml"), std::string("code --input csv"),
        std::string("code --date 2023-02-30"), std::string("code --no-such-flag"),
        std::string("code --no-cache --cache-dir x"), std::string("no-such-subcommand"),
        std::string("")}) {
    Result r = Run(args + (args.rfind("code", 0) == 0 ? " " + Dict() : ""));
    EXPECT_EQ(r.exit_code, 2) << "entente " << args << "\n" << r.err;
    EXPECT_NE(r.err, "") << "entente " << args;
    EXPECT_EQ(r.out, "") << "entente " << args;
  }
}

TEST_F(CliTest, VersionAndHelp) {
  Result v = Run("version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_EQ(v.out.rfind("entente ", 0), 0u) << v.out;
  Result h = Run("help");
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.out.find("code"), std::string::npos) << h.out;
  Result hc = Run("help code");
  EXPECT_EQ(hc.exit_code, 0);
  EXPECT_NE(hc.out.find("--tabari-project"), std::string::npos) << hc.out;
}

}  // namespace
