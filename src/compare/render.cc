// The comparison as JSON, terminal text and Markdown.
#include <cstdio>
#include <sstream>

#include "compare/compare_internal.h"
#include "entente/output.h"
#include "output/json_escape.h"

namespace entente {
namespace {

// One event in the fields and order of `entente code` (events-jsonl.md).
std::string EventJson(const Event& e) {
  std::ostringstream line;
  {
    auto writer = NewEventWriter(OutputFormat::kJsonl, &line);
    writer->Write(e);
    writer->Flush();
  }
  std::string s = line.str();
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

std::string Str(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

std::string EventsJson(const std::vector<Event>& events) {
  std::string out = "[";
  for (size_t i = 0; i < events.size(); ++i) out += (i ? "," : "") + EventJson(events[i]);
  return out + "]";
}

std::string TopicsJson(const std::vector<TopicMention>& topics) {
  std::string out = "[";
  for (size_t i = 0; i < topics.size(); ++i) {
    const TopicMention& t = topics[i];
    out += std::string(i ? "," : "") + "{\"id\":" + Str(t.id) + ",\"label\":" + Str(t.label) +
           ",\"party\":" + (t.party ? "true" : "false") + ",\"sentences\":[";
    for (size_t k = 0; k < t.sentences.size(); ++k) out += (k ? "," : "") + std::to_string(t.sentences[k]);
    out += "]}";
  }
  return out + "]";
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string PortrayalJson(const Portrayal& p) {
  return "{\"events\":" + std::to_string(p.events) + ",\"cooperative\":" + std::to_string(p.cooperative) +
         ",\"conflictual\":" + std::to_string(p.conflictual) +
         ",\"goldstein_mean\":" + Number(p.goldstein_mean) + "}";
}

std::string AccountJson(const Account& a, const Portrayal* portrayal,
                        const std::vector<TopicMention>& topics) {
  std::string out = "{\"name\":" + Str(a.name) + ",\"doc\":" + Str(a.doc) + ",\"date\":" +
                    (a.date == kNoDate ? std::string("null") : Str(FormatIsoDate(a.date))) +
                    ",\"side\":" + Str(a.side) + ",\"sentences\":[";
  for (size_t i = 0; i < a.sentences.size(); ++i) out += (i ? "," : "") + Str(a.sentences[i]);
  out += "],\"events\":" + EventsJson(a.events) + ",\"self_portrayal\":" + PortrayalJson(portrayal[0]) +
         ",\"portrayal_of_other\":" + PortrayalJson(portrayal[1]) + ",\"topics\":" + TopicsJson(topics) + "}";
  return out;
}

std::string Sentence(const Account& a, int i) {
  return i >= 0 && static_cast<size_t>(i) < a.sentences.size() ? a.sentences[static_cast<size_t>(i)]
                                                                 : std::string();
}

// Text and Markdown share this; `md` switches headings and list marks.
std::string Render(const Comparison& c, bool md) {
  auto h = [md](const std::string& t) { return md ? "\n## " + t + "\n\n" : "\n" + t + "\n"; };
  auto li = [md](const std::string& t) { return (md ? "- " : "  ") + t + "\n"; };
  auto quote = [md](const std::string& t) { return (md ? "  > " : "      \"") + t + (md ? "\n" : "\"\n"); };
  std::string out = md ? "# Comparison\n\n" : "COMPARISON\n";
  auto who = [](const Account& a, char label) {
    return std::string(1, label) + ": " + (a.name.empty() ? a.doc : a.name) + " (" + a.doc + ", " +
           FormatIsoDate(a.date) + "; speaks for " + (a.side.empty() ? "?" : a.side) + ")";
  };
  out += li(who(c.a, 'A')) + li(who(c.b, 'B'));
  out += h("Summary") + (md ? "" : "  ") + c.summary + "\n";
  out += h("Reported by both");
  if (c.matched.empty()) out += li("Nothing.");
  for (const AlignedEvents& m : c.matched) {
    std::string diff;
    if (!m.same_code) diff += "different code";
    if (!m.same_direction) diff += std::string(diff.empty() ? "" : ", ") + "reversed direction";
    if (m.goldstein_a != m.goldstein_b) {
      diff += std::string(diff.empty() ? "" : ", ") + "Goldstein " + Number(m.goldstein_a) + " vs " + Number(m.goldstein_b);
    }
    out += li("A " + compare::EventPhrase(m.a) + " " + compare::Cite('A', m.a.sentence) + "  |  B " +
              compare::EventPhrase(m.b) + " " + compare::Cite('B', m.b.sentence) +
              (diff.empty() ? "" : "  -- " + diff));
  }
  for (const auto& [title, events, account, label] :
       {std::tuple{"Only in A", &c.only_a, &c.a, 'A'}, std::tuple{"Only in B", &c.only_b, &c.b, 'B'}}) {
    out += h(title);
    if (events->empty()) out += li("Nothing.");
    for (const Event& e : *events) {
      out += li(compare::EventPhrase(e) + " " + compare::Cite(label, e.sentence));
      out += quote(Sentence(*account, e.sentence));
    }
  }
  out += h("Topics and third parties only one side mentions");
  if (c.topics_only_a.empty() && c.topics_only_b.empty()) out += li("None.");
  for (const TopicMention& t : c.topics_only_a) out += li("A only: " + t.label + " " + compare::Cite('A', t.sentences));
  for (const TopicMention& t : c.topics_only_b) out += li("B only: " + t.label + " " + compare::Cite('B', t.sentences));
  out += h("Contradictions");
  if (c.contradictions.empty()) out += li("None found.");
  for (const Contradiction& k : c.contradictions) {
    out += li(k.dyad + " on " + k.topic + ": A " + compare::EventPhrase(k.a) + " " +
              compare::Cite('A', k.a.sentence) + "  vs  B " + compare::EventPhrase(k.b) + " " +
              compare::Cite('B', k.b.sentence));
  }
  out += h("Portrayal (events each side's account credits to each country)");
  auto row = [&](const char* label, const Portrayal& p, const std::string& side) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%s about %s: %d events, %d cooperative, %d conflictual, mean Goldstein %+.2f",
                  label, side.c_str(), p.events, p.cooperative, p.conflictual, p.goldstein_mean);
    return li(buf);
  };
  out += row("A", c.portrayal_a[0], c.a.side) + row("A", c.portrayal_a[1], c.b.side);
  out += row("B", c.portrayal_b[0], c.b.side) + row("B", c.portrayal_b[1], c.a.side);
  return out;
}

}  // namespace

std::string ComparisonJson(const Comparison& c) {
  std::string out = "{\"a\":" + AccountJson(c.a, c.portrayal_a, c.topics_a) +
                    ",\"b\":" + AccountJson(c.b, c.portrayal_b, c.topics_b) + ",\"matched\":[";
  for (size_t i = 0; i < c.matched.size(); ++i) {
    const AlignedEvents& m = c.matched[i];
    out += std::string(i ? "," : "") + "{\"a\":" + EventJson(m.a) + ",\"b\":" + EventJson(m.b) +
           ",\"same_code\":" + (m.same_code ? "true" : "false") +
           ",\"same_direction\":" + (m.same_direction ? "true" : "false") +
           ",\"goldstein_difference\":" + Number(m.goldstein_b - m.goldstein_a) + "}";
  }
  out += "],\"only_a\":" + EventsJson(c.only_a) + ",\"only_b\":" + EventsJson(c.only_b) +
         ",\"topics_only_a\":" + TopicsJson(c.topics_only_a) +
         ",\"topics_only_b\":" + TopicsJson(c.topics_only_b) + ",\"contradictions\":[";
  for (size_t i = 0; i < c.contradictions.size(); ++i) {
    const Contradiction& k = c.contradictions[i];
    out += std::string(i ? "," : "") + "{\"dyad\":" + Str(k.dyad) + ",\"topic\":" + Str(k.topic) +
           ",\"a\":" + EventJson(k.a) + ",\"b\":" + EventJson(k.b) + "}";
  }
  return out + "],\"summary\":" + Str(c.summary) + "}\n";
}

std::string ComparisonText(const Comparison& c) { return Render(c, false); }
std::string ComparisonMarkdown(const Comparison& c) { return Render(c, true); }

}  // namespace entente
