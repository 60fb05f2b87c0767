// The one-paragraph summary of a comparison: every claim cites the
// sentences behind it as [A s2] / [B s0].
#include <cmath>
#include <cstdio>

#include "compare/compare_internal.h"
#include "entente/codebook.h"

namespace entente::compare {
namespace {

constexpr size_t kListed = 3;  // events or topics named per claim

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Tone(const Portrayal& p) {
  if (p.events == 0) return "absent";
  char buf[96];
  const char* word = p.goldstein_mean > 1 ? "cooperative" : p.goldstein_mean < -1 ? "conflictual" : "neutral";
  std::snprintf(buf, sizeof buf, "%s (mean Goldstein %+.1f over %d event%s)", word,
                p.goldstein_mean, p.events, p.events == 1 ? "" : "s");
  return buf;
}

std::string Name(const Account& a) { return a.name.empty() ? a.doc : a.name; }

std::string TopicList(const std::vector<TopicMention>& topics, char account) {
  std::string out;
  for (size_t i = 0; i < topics.size() && i < kListed; ++i) {
    if (i > 0) out += i + 1 == std::min(topics.size(), kListed) ? " and " : ", ";
    out += topics[i].label + " " + Cite(account, topics[i].sentences);
  }
  if (topics.size() > kListed) out += " and " + std::to_string(topics.size() - kListed) + " more";
  return out;
}

std::string EventList(const std::vector<Event>& events, char account) {
  std::string out;
  for (size_t i = 0; i < events.size() && i < kListed; ++i) {
    if (i > 0) out += "; ";
    out += EventPhrase(events[i]) + " " + Cite(account, events[i].sentence);
  }
  if (events.size() > kListed) out += "; and " + std::to_string(events.size() - kListed) + " more";
  return out;
}

}  // namespace

std::string EventPhrase(const Event& e) {
  const CameoInfo* info = LookupCameo(e.code);
  std::string name = info ? Lower(CameoShortName(info)) : "unknown code";
  std::string out = e.source + " -> " + e.target + " " + e.code + " " + name;
  if (e.negated) out += " (negated)";
  if (e.hypothetical) out += " (hypothetical)";
  return out;
}

std::string Cite(char account, int sentence) {
  return std::string("[") + account + " s" + std::to_string(sentence) + "]";
}

std::string Cite(char account, const std::vector<int>& sentences) {
  std::string out = std::string("[") + account + " ";
  for (size_t i = 0; i < sentences.size(); ++i) {
    out += (i ? ", s" : "s") + std::to_string(sentences[i]);
  }
  return out + "]";
}

std::string Summary(const Comparison& c) {
  const std::string a = Name(c.a), b = Name(c.b);
  std::string s;
  if (c.matched.empty()) {
    s += "The two accounts report no event in common.";
  } else {
    const AlignedEvents& first = c.matched.front();
    s += "Both accounts report " + std::to_string(c.matched.size()) + " common event" +
         (c.matched.size() == 1 ? "" : "s") + ", among them " + EventPhrase(first.a) + " " +
         Cite('A', first.a.sentence) + Cite('B', first.b.sentence) + ".";
    for (const AlignedEvents& m : c.matched) {
      if (m.same_code && m.same_direction) continue;
      s += " They differ on it: " + a + " has " + EventPhrase(m.a) + " " + Cite('A', m.a.sentence) +
           " where " + b + " has " + EventPhrase(m.b) + " " + Cite('B', m.b.sentence);
      if (std::fabs(m.goldstein_a - m.goldstein_b) >= 1) {
        char buf[64];
        std::snprintf(buf, sizeof buf, " (Goldstein %+.1f against %+.1f)", m.goldstein_a, m.goldstein_b);
        s += buf;
      }
      s += ".";
      break;  // the first difference; the report lists them all
    }
  }
  if (!c.only_a.empty()) s += " Only " + a + " reports " + EventList(c.only_a, 'A') + ".";
  if (!c.only_b.empty()) s += " Only " + b + " reports " + EventList(c.only_b, 'B') + ".";
  if (!c.topics_only_a.empty()) s += " Only " + a + " mentions " + TopicList(c.topics_only_a, 'A') + ".";
  if (!c.topics_only_b.empty()) s += " Only " + b + " mentions " + TopicList(c.topics_only_b, 'B') + ".";
  for (const Contradiction& k : c.contradictions) {
    s += " On " + k.topic + " they contradict each other: " + a + " has " + EventPhrase(k.a) + " " +
         Cite('A', k.a.sentence) + ", " + b + " " + EventPhrase(k.b) + " " + Cite('B', k.b.sentence) + ".";
  }
  if (!c.a.side.empty() && !c.b.side.empty()) {
    s += " " + a + " portrays " + c.a.side + " as " + Tone(c.portrayal_a[0]) + " and " + c.b.side +
         " as " + Tone(c.portrayal_a[1]) + "; " + b + " portrays " + c.b.side + " as " +
         Tone(c.portrayal_b[0]) + " and " + c.a.side + " as " + Tone(c.portrayal_b[1]) + ".";
  }
  return s;
}

}  // namespace entente::compare
