// TABARI's own validation suite (refdata/tabari/Validate.project), read
// from ../shared at run time: the standard records, up to FINAL-01, must
// all pass.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include <gtest/gtest.h>

#include "coder/validate.h"

namespace {

TEST(TabariSuite, StandardRecordsPass) {
  const char* shared = std::getenv("ENTENTE_SHARED");
  if (!shared) GTEST_SKIP() << "ENTENTE_SHARED is not set: TABARI's validation suite is not available";
  std::string project = std::string(shared) + "/refdata/tabari/Validate.project";
  if (!std::filesystem::exists(project)) GTEST_SKIP() << project << " does not exist";
  entente::coder::ValidationReport report;
  entente::Status st = entente::coder::RunTabariValidation(project, "FINAL-01", &report);
  ASSERT_TRUE(st.ok()) << st.ToString();
  for (const std::string& f : report.failures) std::cout << "FAIL " << f << "\n";
  std::cout << report.passed << " passed, " << report.failed << " failed\n";
  EXPECT_EQ(report.failed, 0);
  EXPECT_GE(report.passed, 460);
}

}  // namespace
