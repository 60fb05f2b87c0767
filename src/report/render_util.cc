#include "report/render_util.h"

#include <cmath>
#include <cstdio>

#include "output/json_escape.h"

namespace entente::report {

void JsonOut::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) s_ += ',';
    first_.back() = false;
  }
}

void JsonOut::Open(char bracket) {
  Separate();
  s_ += bracket;
  first_.push_back(true);
}

void JsonOut::Close(char bracket) {
  s_ += bracket;
  first_.pop_back();
}

void JsonOut::Key(const char* key) {
  Separate();
  AppendJsonString(key, &s_);
  s_ += ':';
  after_key_ = true;
}

void JsonOut::String(std::string_view v) {
  Separate();
  AppendJsonString(v, &s_);
}

void JsonOut::Int(long long v) {
  Separate();
  s_ += std::to_string(v);
}

void JsonOut::Number(double v) {
  Separate();
  if (!std::isfinite(v)) {
    s_ += "null";
    return;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  s_ += buf;
}

void JsonOut::Bool(bool v) {
  Separate();
  s_ += v ? "true" : "false";
}

void JsonOut::Null() {
  Separate();
  s_ += "null";
}

void TrendJson(const Trend& t, const RankTrend& rank, JsonOut* j) {
  j->Open('{');
  j->Key("method"), j->String("ols");
  j->Key("slope"), j->Number(t.slope);
  j->Key("stderr"), j->Number(t.slope_stderr);
  j->Key("lo95"), j->Number(t.lo95);
  j->Key("hi95"), j->Number(t.hi95);
  j->Key("n"), j->Int(t.n);
  j->Key("direction"), j->String(t.direction);
  j->Key("mann_kendall");
  j->Open('{');
  j->Key("sen_slope"), j->Number(rank.sen_slope);
  j->Key("z"), j->Number(rank.z);
  j->Key("p"), j->Number(rank.p_value);
  j->Key("direction"), j->String(rank.direction);
  j->Close('}');
  j->Close('}');
}

void EvidenceJson(const std::vector<EvidenceEvent>& events, JsonOut* j) {
  j->Open('[');
  for (const EvidenceEvent& e : events) {
    j->Open('{');
    j->Key("event_id"), j->Int(e.event_id);
    j->Key("group"), j->Int(e.group_id);
    j->Key("date"), j->String(FormatIsoDate(e.date));
    j->Key("source"), j->String(e.source);
    j->Key("target"), j->String(e.target);
    j->Key("code"), j->String(e.code);
    j->Key("goldstein"), j->Number(e.goldstein);
    j->Key("quad"), j->Int(e.quad);
    j->Key("mentions"), j->Int(e.mentions);
    j->Key("doc"), j->String(e.doc);
    j->Key("publisher"), j->String(e.publisher);
    j->Key("sentence"), j->Int(e.sentence);
    j->Key("text"), j->String(e.text);
    j->Close('}');
  }
  j->Close(']');
}

std::string EvidenceLine(const EvidenceEvent& e) {
  char head[200];
  std::snprintf(head, sizeof head, "  %s  %s -> %s  %s (%+.1f)%s  %s#%d: ",
                FormatIsoDate(e.date).c_str(), e.source.c_str(), e.target.c_str(), e.code.c_str(),
                e.goldstein,
                e.mentions > 1 ? ("  [" + std::to_string(e.mentions) + " reports]").c_str() : "",
                e.doc.c_str(), e.sentence);
  return head + e.text + "\n";
}

std::string TrendSentence(const Trend& t, const RankTrend& rank, const char* period) {
  char buf[300];
  if (t.n < 3) {
    std::snprintf(buf, sizeof buf, "Trend: too few %ss (%d) to tell.", period, t.n);
    return buf;
  }
  std::snprintf(buf, sizeof buf,
                "Trend of the index: %s, %+.3f per %s (95%% interval %+.3f to %+.3f, OLS over %d "
                "%ss); Mann-Kendall: %s (p = %.2f).",
                t.direction, t.slope, period, t.lo95, t.hi95, t.n, period, rank.direction,
                rank.p_value);
  return buf;
}

std::string Sparkline(const DyadReport& r) {
  static const char* const kBlocks[] = {"\u2581", "\u2582", "\u2583", "\u2584",
                                        "\u2585", "\u2586", "\u2587", "\u2588"};
  std::string line = "index  ", marks = "       ";
  for (size_t i = 0; i < r.series.size(); ++i) {
    const PeriodStats& p = r.series[i];
    if (p.events == 0) {
      line += ' ';
    } else {
      int level = static_cast<int>(std::floor((p.index + 1) / 2 * 8));
      line += kBlocks[std::clamp(level, 0, 7)];
    }
    bool change = false;
    for (const ChangePointReport& c : r.change_points) change = change || c.index == i;
    marks += change ? '^' : ' ';
  }
  std::string out = line + "   (-1 conflict .. +1 cooperation)\n";
  if (!r.change_points.empty()) out += marks + "   ^ change point\n";
  out += "       " + r.series.front().label + " .. " + r.series.back().label;
  return out;
}

}  // namespace entente::report
