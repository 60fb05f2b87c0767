// CoderOptions: each TABARI .options command parsed into its fields, the
// commands TABARI does not know rejected, and whole .options files.
#include "coder/options.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace entente::coder {
namespace {

CoderOptions Applied(std::initializer_list<const char*> lines) {
  CoderOptions o;
  for (const char* l : lines) {
    Status st = o.Apply(l);
    EXPECT_TRUE(st.ok()) << l << ": " << st.ToString();
  }
  return o;
}

TEST(Options, Defaults) {
  CoderOptions o;
  EXPECT_EQ(o.code_by, CoderOptions::kClause);
  EXPECT_EQ(o.min_words, 7);  // MINIMUM WORDS 8, stored minus one
  EXPECT_EQ(o.min_subord, 2);
  EXPECT_EQ(o.max_subord, 10);
  EXPECT_EQ(o.min_beg_subord, kMaxWords);
  EXPECT_EQ(o.max_beg_subord, 0);
  EXPECT_EQ(o.min_end_subord, 2);
  EXPECT_EQ(o.max_end_subord, 10);
  EXPECT_TRUE(o.default_source.empty());
  EXPECT_TRUE(o.default_target.empty());
  EXPECT_TRUE(o.time_shift);
  EXPECT_FALSE(o.convert_agents);
  EXPECT_FALSE(o.four_digit_year);
  EXPECT_FALSE(o.forward);
  EXPECT_EQ(o.nonevents, 0);
}

TEST(Options, Complex) {
  CoderOptions o = Applied({"COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"});
  EXPECT_EQ(o.max_verbs, 5);
  EXPECT_EQ(o.max_conj, 4);
  EXPECT_EQ(o.max_actors, 0);
  EXPECT_TRUE(o.no_actor_prior);
  EXPECT_FALSE(o.no_actor_after);

  o = Applied({"COMPLEX: ACTORS[6] PRONOUNS[2] COMMA[3] LATEVERB[12] NOACTAFTER NOSOURCE NOTARGET NOVERB NOEVENT"});
  EXPECT_EQ(o.max_verbs, 0);
  EXPECT_EQ(o.max_actors, 6);
  EXPECT_EQ(o.max_pronouns, 2);
  EXPECT_EQ(o.max_comma, 3);
  EXPECT_EQ(o.late_verb, 12);
  EXPECT_FALSE(o.no_actor_prior);
  EXPECT_TRUE(o.no_actor_after);
  EXPECT_TRUE(o.no_source);
  EXPECT_TRUE(o.no_target);
  EXPECT_TRUE(o.no_verb);
  EXPECT_TRUE(o.no_event);
}

TEST(Options, ComplexReplacesThePreviousConditions) {
  // Each COMPLEX: line states the whole set: conditions it omits are off.
  CoderOptions o = Applied({"COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR", "COMPLEX: ACTORS[3]"});
  EXPECT_EQ(o.max_verbs, 0);
  EXPECT_EQ(o.max_conj, 0);
  EXPECT_EQ(o.max_actors, 3);
  EXPECT_FALSE(o.no_actor_prior);
}

TEST(Options, Default) {
  CoderOptions o = Applied({"DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"});
  EXPECT_EQ(o.default_source, "DEFSRC");
  EXPECT_EQ(o.default_target, "DEFTAR");
  EXPECT_TRUE(o.default_prior);
  EXPECT_TRUE(o.default_after);

  o = Applied({"DEFAULT: SOURCE [ SRC ]  TARGET [TAR]"});
  EXPECT_EQ(o.default_source, "SRC");
  EXPECT_EQ(o.default_target, "TAR");
  EXPECT_FALSE(o.default_prior);
  EXPECT_FALSE(o.default_after);

  o = Applied({"DEFA: TARGET [WLD]"});  // TABARI reads only the command's start
  EXPECT_TRUE(o.default_source.empty());
  EXPECT_EQ(o.default_target, "WLD");

  o = Applied({"default: source [usa] prior"});  // forced to upper case
  EXPECT_EQ(o.default_source, "USA");
  EXPECT_TRUE(o.default_prior);
}

TEST(Options, DefaultOff) {
  CoderOptions o = Applied({"DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "DEFAULT: OFF"});
  EXPECT_TRUE(o.default_source.empty());
  EXPECT_TRUE(o.default_target.empty());
  EXPECT_FALSE(o.default_prior);
  EXPECT_FALSE(o.default_after);
}

TEST(Options, DefaultWithoutCodeIsAnError) {
  CoderOptions o;
  EXPECT_FALSE(o.Apply("DEFAULT: SOURCE PRIOR").ok());
  EXPECT_FALSE(o.Apply("DEFAULT: TARGET []").ok());
}

TEST(Options, Comma) {
  CoderOptions o = Applied({"COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 7 BMIN = 1 BMAX = 8"});
  EXPECT_EQ(o.min_subord, 4);
  EXPECT_EQ(o.max_subord, 6);
  EXPECT_EQ(o.min_end_subord, 3);
  EXPECT_EQ(o.max_end_subord, 7);
  EXPECT_EQ(o.min_beg_subord, 1);
  EXPECT_EQ(o.max_beg_subord, 8);

  o = Applied({"COMMA: MAX=12"});  // only the values given change
  EXPECT_EQ(o.min_subord, 2);
  EXPECT_EQ(o.max_subord, 12);
  EXPECT_EQ(o.max_end_subord, 10);
}

TEST(Options, CommaOff) {
  CoderOptions o = Applied({"COMMA: OFF"});
  EXPECT_EQ(o.min_subord, kMaxWords);
  EXPECT_EQ(o.min_beg_subord, kMaxWords);
  EXPECT_EQ(o.min_end_subord, kMaxWords);
  EXPECT_EQ(o.max_subord, 0);
  EXPECT_EQ(o.max_beg_subord, 0);
  EXPECT_EQ(o.max_end_subord, 0);
}

TEST(Options, CodeBy) {
  EXPECT_EQ(Applied({"SET: CODE BY SENTENCE"}).code_by, CoderOptions::kSentence);
  EXPECT_EQ(Applied({"SET: CODE ALL"}).code_by, CoderOptions::kAll);
  EXPECT_EQ(Applied({"SET: CODE ALL", "SET: CODE BY CLAUSE"}).code_by, CoderOptions::kClause);
}

TEST(Options, MinimumWords) {
  EXPECT_EQ(Applied({"SET: MINIMUM WORDS = 4"}).min_words, 3);
  EXPECT_EQ(Applied({"SET: MINIMUM WORDS = 20"}).min_words, 19);
  EXPECT_EQ(Applied({"SET: MINIMUM WORDS = 4", "SET: MINIMUM WORDS = 8"}).min_words, 7);
}

TEST(Options, Booleans) {
  EXPECT_FALSE(Applied({"SET: TIME SHIFT = FALSE"}).time_shift);
  EXPECT_TRUE(Applied({"SET: TIME SHIFT = FALSE", "SET: TIME SHIFTING = TRUE"}).time_shift);
  EXPECT_TRUE(Applied({"SET: CONVERT AGENTS = TRUE"}).convert_agents);
  EXPECT_TRUE(Applied({"SET: CONVERT AGENT = T"}).convert_agents);
  EXPECT_FALSE(Applied({"SET: CONVERT AGENTS = TRUE", "SET: CONVERT AGENTS = FALSE"}).convert_agents);
  EXPECT_TRUE(Applied({"SET: YYYY = TRUE"}).four_digit_year);
  EXPECT_FALSE(Applied({"SET: YYYY = TRUE", "SET: YYYY = F"}).four_digit_year);
  EXPECT_TRUE(Applied({"SET: FBIS = TRUE"}).fbis);
}

TEST(Options, Forward) {
  CoderOptions o = Applied({"FORWARD: ^^*****NNN*SSS"});
  EXPECT_TRUE(o.forward);
  EXPECT_EQ(o.story_pos, 7);
  EXPECT_EQ(o.story_len, 3);
  EXPECT_EQ(o.sentence_pos, 11);
  EXPECT_EQ(o.sentence_len, 3);

  o = Applied({"FORWARD: ^^*****NNN*SSS DOC OFF"});
  EXPECT_FALSE(o.forward);  // OFF keeps the layout but does not forward
  EXPECT_EQ(o.story_pos, 7);
  EXPECT_EQ(o.sentence_len, 3);
}

TEST(Options, Nonevents) {
  EXPECT_EQ(Applied({"NONEVENTS: TRUE"}).nonevents, 1);
  EXPECT_EQ(Applied({"NONEVENTS: ONLY"}).nonevents, 2);
  EXPECT_EQ(Applied({"NONEVENTS: ONLY", "NONEVENTS: FALSE"}).nonevents, 0);
}

TEST(Options, InteractiveOnlyCommandsAreAccepted) {
  CoderOptions before;
  CoderOptions o = Applied({"OUTPUT: ACTOR MATCH ID", "LABEL: 051=PRAISE", "SET: LABEL = TRUE", "SET: HAIKU = FALSE",
                            "SET: SKIP RECORDS = FALSE", "SET: VERB USAGE = FALSE", "SET: DUP WARNING = FALSE",
                            "", "   "});
  EXPECT_EQ(o.code_by, before.code_by);
  EXPECT_EQ(o.min_words, before.min_words);
}

TEST(Options, UnknownCommandsAreRejected) {
  CoderOptions o;
  Status st = o.Apply("ZAP: ALL THE THINGS");
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.kind(), Status::Kind::kInvalidArgument);
  EXPECT_FALSE(o.Apply("SET: WARP SPEED = 9").ok());
  EXPECT_FALSE(o.Apply("COMPLEX VERBS[5]").ok());  // no colon
}

class OptionsFile : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("entente_options_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".options"))
                .string();
  }
  void TearDown() override { std::remove(path_.c_str()); }
  void Write(const std::string& text) {
    std::ofstream out(path_, std::ios::binary);
    out << text;
  }
  std::string path_;
};

TEST_F(OptionsFile, CommentsAndEndLine) {
  Write(
      "// options for a test\r\n"
      "# another comment\n"
      "\n"
      "COMPLEX: VERBS[5] NOACTPRIOR   // trailing comment\n"
      "SET: CODE BY SENTENCE\n"
      "DEFAULT: SOURCE [SRC] PRIOR\n"
      "SET: MINIMUM WORDS = 5\n"
      "~~~~~\n"
      "SET: CODE ALL\n"
      "NOT AN OPTION AT ALL\n");
  CoderOptions o;
  Status st = LoadOptionsFile(path_, &o);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(o.max_verbs, 5);
  EXPECT_TRUE(o.no_actor_prior);
  EXPECT_EQ(o.code_by, CoderOptions::kSentence);  // the line after ~ is not read
  EXPECT_EQ(o.default_source, "SRC");
  EXPECT_EQ(o.min_words, 4);
}

TEST_F(OptionsFile, ErrorNamesTheLine) {
  Write("SET: CODE ALL\n// fine\nBOGUS: 1\n");
  CoderOptions o;
  Status st = LoadOptionsFile(path_, &o);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.kind(), Status::Kind::kParse);
  EXPECT_NE(st.ToString().find(":3"), std::string::npos) << st.ToString();
}

TEST(OptionsFileMissing, IsNotFound) {
  CoderOptions o;
  Status st = LoadOptionsFile("/nonexistent/entente/none.options", &o);
  EXPECT_EQ(st.kind(), Status::Kind::kNotFound);
}

}  // namespace
}  // namespace entente::coder
