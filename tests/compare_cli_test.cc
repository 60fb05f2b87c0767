// `entente compare` on the bundled readout pairs (tests/compare/NAME.jsonl,
// our own wording of real exchanges, each side's framing): every difference
// NAME.expect.json documents must be in the report. The report may find
// more; what it must not miss is listed there (tests/compare/README.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

std::string Root(const json& event) { return event["code"].get<std::string>().substr(0, 2); }

// An event with this source and target prefix (as listed) and CAMEO root.
bool Has(const json& events, const json& want) {
  for (const json& e : events) {
    if (StartsWith(e["source"], want["source"]) && StartsWith(e["target"], want["target"]) &&
        Root(e) == want["root"]) {
      return true;
    }
  }
  return false;
}

// A matched pair whose events are between these two (either way round) with
// this root on either side.
bool HasMatch(const json& matched, const json& want) {
  for (const json& m : matched) {
    for (const char* side : {"a", "b"}) {
      const json& e = m[side];
      const bool forward = StartsWith(e["source"], want["source"]) && StartsWith(e["target"], want["target"]);
      const bool reverse = StartsWith(e["source"], want["target"]) && StartsWith(e["target"], want["source"]);
      if ((forward || reverse) && Root(e) == want["root"]) return true;
    }
  }
  return false;
}

bool HasTopic(const json& topics, const std::string& id) {
  for (const json& t : topics) {
    if (t["id"] == id) return true;
  }
  return false;
}

bool HasContradiction(const json& found, const json& want) {
  for (const json& k : found) {
    if (k["topic"] != want["topic"]) continue;
    const std::string dyad = k["dyad"];
    if (dyad.find(want["source"].get<std::string>().substr(0, 3)) != std::string::npos &&
        dyad.find(want["target"].get<std::string>().substr(0, 3)) != std::string::npos) {
      return true;
    }
  }
  return false;
}

class CompareCliTest : public entente::cli_test::BinaryTest {
 protected:
  CompareCliTest() : BinaryTest("entente_compare_cli_test") {}
};

TEST_F(CompareCliTest, FindsEveryDocumentedDifferenceOfTheBundledPairs) {
  const fs::path dir = source_ / "tests/compare";
  int pairs = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const fs::path pair = entry.path();
    if (pair.extension() != ".jsonl") continue;
    ++pairs;
    const fs::path expect_path = dir / (pair.stem().string() + ".expect.json");
    ASSERT_TRUE(fs::exists(expect_path)) << expect_path;
    const json expect = json::parse(entente::cli_test::ReadFile(expect_path));
    SCOPED_TRACE(pair.filename().string());
    entente::cli_test::Result r = RunEntente({"compare", "--json", "--cache-dir", (dir_ / "cache").string(),
                                      pair.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json report = json::parse(r.out);
    EXPECT_EQ(report["a"]["doc"], expect["a"]);
    EXPECT_EQ(report["b"]["doc"], expect["b"]);
    for (const json& want : expect["matched"]) {
      EXPECT_TRUE(HasMatch(report["matched"], want)) << "matched " << want.dump();
    }
    for (const char* side : {"only_a", "only_b"}) {
      for (const json& want : expect[side]) {
        EXPECT_TRUE(Has(report[side], want)) << side << " " << want.dump();
      }
    }
    for (const char* side : {"topics_only_a", "topics_only_b"}) {
      for (const json& want : expect[side]) {
        EXPECT_TRUE(HasTopic(report[side], want)) << side << " " << want.dump();
      }
    }
    for (const json& want : expect["contradictions"]) {
      EXPECT_TRUE(HasContradiction(report["contradictions"], want)) << "contradiction " << want.dump();
    }
    EXPECT_FALSE(report["summary"].get<std::string>().empty());
  }
  EXPECT_GE(pairs, 6) << "tests/compare should hold at least six readout pairs";
}

TEST_F(CompareCliTest, TwoFilesTextAndMarkdown) {
  const fs::path a = Write("a.txt", "Russian Foreign Minister Sergei Lavrov held talks with Chinese "
                                    "Foreign Minister Wang Yi in Moscow on Tuesday. Lavrov accused the "
                                    "United States of provoking the crisis in Ukraine.");
  const fs::path b = Write("b.txt", "Chinese Foreign Minister Wang Yi held talks with Russian Foreign "
                                    "Minister Sergei Lavrov in Moscow on Tuesday. Wang Yi said China "
                                    "opposes any interference in the Taiwan question.");
  entente::cli_test::Result r = RunEntente({"compare", "--date", "2024-04-09", "--cache-dir",
                                    (dir_ / "cache").string(), a.string(), b.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* part : {"COMPARISON", "Summary", "Reported by both", "Only in A", "Only in B",
                           "Topics and third parties only one side mentions", "Contradictions",
                           "Portrayal"}) {
    EXPECT_NE(r.out.find(part), std::string::npos) << part << "\n" << r.out;
  }
  EXPECT_NE(r.out.find("A only: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("B only: "), std::string::npos) << r.out;
  entente::cli_test::Result md = RunEntente({"compare", "--markdown", "--date", "2024-04-09", "--cache-dir",
                                     (dir_ / "cache").string(), a.string(), b.string()});
  EXPECT_EQ(md.out.rfind("# Comparison", 0), 0u) << md.out;
  entente::cli_test::Result three = RunEntente({"compare", a.string(), b.string(), a.string()});
  EXPECT_EQ(three.exit_code, 2);
}

// A stored event reported by two publishers (the bundled sample has seven
// such), found through the GDELT export's GLOBALEVENTID and NumSources.
TEST_F(CompareCliTest, ComparesThePublishersOfAStoredEvent) {
  const std::string db = (dir_ / "sample.db").string();
  const std::string cache = (dir_ / "cache").string();
  ASSERT_EQ(RunEntente({"ingest", "--db", db, "--cache-dir", cache,
                        (source_ / "data/samples/articles.jsonl").string()}).exit_code, 0);
  entente::cli_test::Result gdelt = RunEntente({"export", "--db", db, "--format", "gdelt"});
  ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
  std::string group;
  std::istringstream rows(gdelt.out);
  for (std::string line; group.empty() && std::getline(rows, line);) {
    std::vector<std::string> cols;
    std::istringstream fields(line);
    for (std::string f; std::getline(fields, f, '\t');) cols.push_back(f);
    if (cols.size() > 32 && std::stoi(cols[32]) >= 2) group = cols[0];
  }
  ASSERT_FALSE(group.empty()) << "no event with two sources in the sample";
  entente::cli_test::Result r = RunEntente({"compare", "--db", db, "--event", group, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(r.out);
  ASSERT_TRUE(report.is_array());
  ASSERT_GE(report.size(), 1u);
  EXPECT_FALSE(report[0]["matched"].empty());
  EXPECT_NE(report[0]["a"]["name"], report[0]["b"]["name"]);
  entente::cli_test::Result missing = RunEntente({"compare", "--db", db, "--event", "999999"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no event group 999999"), std::string::npos) << missing.err;
}

}  // namespace
