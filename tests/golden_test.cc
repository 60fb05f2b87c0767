// entente's own golden suite (tests/golden/engine.*): TABARI-format records,
// each a sentence, a one-line note on the feature tested and the events it
// must code. Every record must pass; failures are printed one per line.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "coder/validate.h"

namespace {

std::string GoldenDir() {
  const char* src = std::getenv("ENTENTE_SOURCE_DIR");
  return src ? std::string(src) + "/tests/golden" : std::string();
}

void ExpectSuitePasses(const std::string& project, int at_least) {
  std::string dir = GoldenDir();
  if (dir.empty() || !std::filesystem::exists(dir + "/" + project))
    GTEST_SKIP() << "ENTENTE_SOURCE_DIR is not set or has no tests/golden/" << project;
  entente::coder::ValidationReport report;
  entente::Status st = entente::coder::RunTabariValidation(dir + "/" + project, "FINAL-01", &report);
  ASSERT_TRUE(st.ok()) << st.ToString();
  for (const std::string& w : report.warnings) ADD_FAILURE() << "dictionary warning: " << w;
  for (const std::string& f : report.failures) ADD_FAILURE() << "FAIL " << f;
  std::cout << report.passed << " passed, " << report.failed << " failed\n";
  EXPECT_EQ(report.failed, 0);
  EXPECT_GE(report.passed, at_least);
}

TEST(GoldenSuite, EveryRecordPasses) { ExpectSuitePasses("engine.project", 60); }

// Negation, refusal, threats, intent, hypotheticals, reported speech,
// reciprocal compounds, pronouns across sentences (SET: LINGUISTICS).
TEST(GoldenSuite, EveryLinguisticsRecordPasses) { ExpectSuitePasses("linguistics.project", 25); }

// STYLE.md principle 6: every record names the feature it tests. A record is
// "YYMMDD ID", its text, then /* ... */ holding "[note]" and the events (or
// an OPTION: block).
TEST(GoldenSuite, EveryRecordHasANote) {
  std::string dir = GoldenDir();
  std::ifstream in(dir + "/engine.text");
  if (dir.empty() || !in) GTEST_SKIP() << "ENTENTE_SOURCE_DIR is not set or has no tests/golden/engine.text";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  int records = 0;
  size_t pos = 0;
  while ((pos = text.find("\n\n", pos)) != std::string::npos) {
    pos += 2;
    size_t end = text.find("\n\n", pos);
    std::string rec = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    if (rec.size() < 7 || rec[0] < '0' || rec[0] > '9') continue;
    std::string id = rec.substr(0, rec.find('\n'));
    size_t c = rec.find("/*");
    ASSERT_NE(c, std::string::npos) << id << ": no comment";
    std::string comment = rec.substr(c);
    ASSERT_NE(comment.find('{'), std::string::npos) << id << ": no expected events";
    if (comment.find("OPTION:") != std::string::npos) continue;
    size_t lb = comment.find('['), rb = comment.find(']');
    EXPECT_TRUE(lb != std::string::npos && rb != std::string::npos && rb > lb + 3 && lb < comment.find('{'))
        << id << ": no [note] before the expected events";
    ++records;
  }
  EXPECT_GE(records, 60);
}

}  // namespace
