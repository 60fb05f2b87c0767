// Rendering helpers shared by the dyad report and the brief. Internal.
#ifndef ENTENTE_REPORT_RENDER_UTIL_H_
#define ENTENTE_REPORT_RENDER_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "entente/report.h"

namespace entente::report {

// A minimal JSON builder: commas are placed for the caller.
//   JsonOut j; j.Open('{'); j.Key("n"); j.Int(3); j.Close('}');  // {"n":3}
class JsonOut {
 public:
  void Open(char bracket);
  void Close(char bracket);
  void Key(const char* key);
  void String(std::string_view v);
  void Int(long long v);
  void Number(double v);  // NaN and infinities as null
  void Bool(bool v);
  void Null();
  std::string Take() { return std::move(s_); }

 private:
  void Separate();
  std::string s_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

void TrendJson(const Trend& t, const RankTrend& rank, JsonOut* j);
void EvidenceJson(const std::vector<EvidenceEvent>& events, JsonOut* j);

// "2024-05-16  RUSGOV -> CHNGOV  036 (+4.0)  [3 reports]  doc#2: sentence"
std::string EvidenceLine(const EvidenceEvent& e);
// "Trend: rising, +0.021 per quarter (95% interval +0.004 to +0.038); ..."
std::string TrendSentence(const Trend& t, const RankTrend& rank, const char* period);
// The index as one block character per period (' ' for no events), with a
// line of '^' under the change points and the first and last labels.
std::string Sparkline(const DyadReport& r);

}  // namespace entente::report

#endif  // ENTENTE_REPORT_RENDER_UTIL_H_
