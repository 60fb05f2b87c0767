// Reads the reference files in $ENTENTE_SHARED (skipped when unset): the
// TABARI validation suite and the PETRARCH sample and unit-test files.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "entente/article.h"

namespace entente {
namespace {

struct Counts {
  int articles = 0;
  int bad = 0;
  std::vector<std::string> ids;
  std::string bad_messages;
};

Counts ReadFile(const std::filesystem::path& path, InputFormat format) {
  std::ifstream in(path, std::ios::binary);
  auto reader = NewArticleReader(&in, path.filename().string(), format, {});
  Counts c;
  Article a;
  for (;;) {
    Status err;
    const ReadResult r = reader->Next(&a, &err);
    if (r == ReadResult::kEnd) {
      EXPECT_TRUE(err.ok()) << err.ToString();
      break;
    }
    if (r == ReadResult::kBadRecord) {
      c.bad_messages += err.ToString() + "\n";
      ++c.bad;
      continue;
    }
    ++c.articles;
    c.ids.push_back(a.id);
  }
  return c;
}

std::filesystem::path SharedDir() {
  const char* dir = std::getenv("ENTENTE_SHARED");
  return dir == nullptr ? std::filesystem::path() : std::filesystem::path(dir);
}

TEST(SharedDataTest, TabariValidationSuite) {
  const auto path = SharedDir() / "refdata/tabari/Validate.text";
  if (SharedDir().empty() || !std::filesystem::exists(path)) {
    GTEST_SKIP() << "ENTENTE_SHARED unset or " << path << " missing";
  }
  const Counts c = ReadFile(path, InputFormat::kAuto);
  EXPECT_GT(c.articles, 400);
  EXPECT_LT(c.articles, 600);
  // Only the deliberately malformed headers (7- and 9-digit dates) are bad.
  EXPECT_LE(c.bad, 3) << c.bad_messages;
  ASSERT_GE(c.ids.size(), 3u);
  EXPECT_EQ(c.ids[0], "START-00");
  EXPECT_NE(std::find(c.ids.begin(), c.ids.end(), "DEMO-01"), c.ids.end());
}

TEST(SharedDataTest, PetrarchFiles) {
  const auto dir = SharedDir() / "refdata/petrarch_validate";
  if (SharedDir().empty() || !std::filesystem::exists(dir)) {
    GTEST_SKIP() << "ENTENTE_SHARED unset or " << dir << " missing";
  }
  const Counts sample = ReadFile(dir / "GigaWord.sample.PETR.xml", InputFormat::kAuto);
  // 76 sentences; nine TEST_n records carry a parse tree but empty <Text>.
  EXPECT_EQ(sample.articles, 67);
  EXPECT_EQ(sample.bad, 9) << sample.bad_messages;
  const Counts unit = ReadFile(dir / "PETR.UnitTest.records.xml", InputFormat::kPetrarch);
  EXPECT_GT(unit.articles, 250);
  EXPECT_EQ(unit.bad, 0) << unit.bad_messages;
}

}  // namespace
}  // namespace entente
