// Parses arbitrary bytes as a topic dictionary (dict/topics.txt's format):
// errors are fine, crashes and hangs are not. The bytes are then searched as
// text, with the dictionary they made (when they parsed) and with a fixed
// one, and every hit must be in bounds, in text order and never overlap a
// hit of another span.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "entente/topics.h"

namespace {

const entente::TopicDictionary& Fixed() {
  static const auto* dict = [] {
    auto* d = new entente::TopicDictionary;
    const char kText[] =
        "[a] A | party\nUNITED STATES\nU.S.\n=US\nAMERICA*\n!LATIN AMERICA*\n"
        "[b] B | issue\nSANCTION*\nEXPORT CONTROL*\nCOLD WAR MENTALITY\nPEOPLE'S REPUBLIC\n"
        "[c] C | issue\nEXPORT CONTROL*\nSINO-U.S. JOINT\nNUCLEAR\nNUCLEAR POWER PLANT*\n";
    if (!entente::TopicDictionary::Parse(kText, "fixed", d).ok()) std::abort();
    return d;
  }();
  return *dict;
}

void Check(const entente::TopicDictionary& d, std::string_view text) {
  std::vector<entente::TopicHit> hits;
  d.Find(text, &hits);
  size_t prev_begin = 0, prev_end = 0;
  for (const entente::TopicHit& h : hits) {
    if (h.topic >= d.topics().size() || h.begin >= h.end || h.end > text.size()) std::abort();
    const bool same_span = h.begin == prev_begin && h.end == prev_end;
    if (!same_span && h.begin < prev_end) std::abort();
    prev_begin = h.begin;
    prev_end = h.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  entente::TopicDictionary d;
  entente::Status s = entente::TopicDictionary::Parse(bytes, "fuzz", &d);
  if (!s.ok() && (s.kind() != entente::Status::Kind::kParse || s.line() < 1)) std::abort();
  Check(d, bytes);
  Check(Fixed(), bytes);
  return 0;
}
