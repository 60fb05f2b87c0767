// Throughput of the event writers on realistic events (a ~200-byte sentence,
// short actor codes, a mix of known and fallback codes), to a null stream so
// only rendering and buffering are measured.
#include <benchmark/benchmark.h>

#include <ostream>
#include <streambuf>
#include <vector>

#include "entente/output.h"

namespace entente {
namespace {

class NullBuf : public std::streambuf {
 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
  int overflow(int c) override { return c; }
};

std::vector<Event> Events() {
  const char* codes[] = {"036", "042", "0231", "112", "190", "1823", "0399", "057"};
  std::vector<Event> v;
  for (int i = 0; i < 1024; ++i) {
    Event e;
    e.doc = "reuters-" + std::to_string(10000 + i);
    e.sentence = i % 17;
    e.date = 16000 + i;
    e.source = "USAGOV";
    e.target = "RUS";
    e.code = codes[i % 8];
    e.source_text = "Secretary of State John Kerry";
    e.target_text = "Russia";
    e.verb_text = "met with";
    e.text =
        "Secretary of State John Kerry met with his Russian counterpart in Geneva on "
        "Thursday, saying the \"talks were constructive\" and that both sides would "
        "meet again before the end of the month.";
    v.push_back(e);
  }
  return v;
}

void BM_Writer(benchmark::State& state, OutputFormat format) {
  std::vector<Event> events = Events();
  NullBuf buf;
  std::ostream out(&buf);
  auto w = NewEventWriter(format, &out);
  size_t i = 0;
  for (auto _ : state) {
    w->Write(events[i++ & 1023]);
  }
  w->Flush();
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_Writer, jsonl, OutputFormat::kJsonl);
BENCHMARK_CAPTURE(BM_Writer, tsv, OutputFormat::kTsv);

}  // namespace
}  // namespace entente

BENCHMARK_MAIN();
