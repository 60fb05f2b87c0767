// Micro-benchmarks: sentence splitting and coding one typical sentence.
//
//   build-bench/micro_bench [--benchmark_filter=Code]
//
// BM_CodeSentence loads TABARI's full dictionaries from ../shared (or
// $ENTENTE_SHARED) and is skipped, saying so, when they are absent.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "entente/coder.h"
#include "entente/date.h"
#include "entente/sentences.h"

namespace {

// A wire-service paragraph in the style of the Reuters corpus (written for
// this benchmark): abbreviations, initials, decimals and quotes.
const char kParagraph[] =
    "U.S. Secretary of State George P. Shultz met Soviet Foreign Minister Eduard "
    "Shevardnadze in Geneva on Tuesday. The two sides agreed to resume talks on "
    "arms control, officials said. \"We made progress,\" Mr. Shultz told reporters. "
    "The dollar fell 1.5 pct against the yen after the announcement. Israel accused "
    "Syria of shelling villages near the border, and Syria denied the charge.";

const char kSentence[] =
    "Israel accused Syria of shelling villages near the border on Tuesday, officials said.";

void BM_SplitSentences(benchmark::State& state) {
  std::vector<entente::SentenceSpan> spans;
  for (auto _ : state) {
    entente::SplitSentences(kParagraph, &spans);
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * (sizeof kParagraph - 1));
  state.counters["sentences"] = static_cast<double>(spans.size());
}
BENCHMARK(BM_SplitSentences);

void BM_NormalizeText(benchmark::State& state) {
  std::string out;
  for (auto _ : state) {
    entente::NormalizeText(kParagraph, &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * (sizeof kParagraph - 1));
}
BENCHMARK(BM_NormalizeText);

std::unique_ptr<entente::Coder> OpenTabariCoder(std::string* why) {
  const char* env = std::getenv("ENTENTE_SHARED");
  const std::string tabari =
      std::string(env != nullptr ? env : ENTENTE_DEFAULT_SHARED) + "/refdata/tabari/";
  entente::DictionarySources src;
  src.actors = {tabari + "CountryInfo.120116.actors", tabari + "Internatnl.120521.actors"};
  src.agents = {tabari + "PSU.120522.agents"};
  src.verbs = {tabari + "CAMEO.091003.master.verbs"};
  std::unique_ptr<entente::Coder> coder;
  entente::Status s = entente::Coder::Open(src, &coder);
  if (!s.ok()) *why = "TABARI dictionaries not loaded: " + s.ToString();
  return coder;
}

void BM_CodeSentence(benchmark::State& state) {
  static std::string why;
  static std::unique_ptr<entente::Coder> coder = OpenTabariCoder(&why);
  if (coder == nullptr) {
    state.SkipWithError(why.c_str());
    return;
  }
  entente::Day date;
  entente::ParseIsoDate("1987-03-02", &date);
  std::vector<entente::Event> events;
  for (auto _ : state) {
    events.clear();
    coder->CodeSentence(kSentence, date, &events);
    benchmark::DoNotOptimize(events.data());
  }
  state.counters["events"] = static_cast<double>(events.size());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CodeSentence);

}  // namespace

BENCHMARK_MAIN();
