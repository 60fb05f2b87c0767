// CompareAccounts: alignment, sides, portrayal, topics, contradictions
// (the rules are in include/entente/compare.h and docs/compare.md).
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "compare/compare_internal.h"
#include "entente/codebook.h"
#include "entente/compare.h"

namespace entente {
namespace {

// Events inside one country (CHNGOV -> CHN, "Xi said China should ...")
// are not part of an exchange between two sides: left out throughout.
bool Between(const Event& e) { return ActorCountry(e.source) != ActorCountry(e.target); }

bool Factual(const Event& e) { return !e.negated && !e.hypothetical && Between(e); }

double Goldstein(const Event& e) {
  const CameoInfo* info = LookupCameo(e.code);
  return info ? info->goldstein : 0.0;
}

std::string_view Plover(const Event& e) {
  const CameoInfo* info = LookupCameo(e.code);
  return info ? info->plover : std::string_view();
}

// The two countries of an event, in byte order.
std::pair<std::string, std::string> Dyad(const Event& e) {
  std::string s = ActorCountry(e.source), t = ActorCountry(e.target);
  if (t < s) std::swap(s, t);
  return {s, t};
}

// The country most often the source of the account's factual events, other
// than `exclude`; ties go to the one that acts first (a readout opens with
// its own side: "President Trump spoke with President Putin"). "" when none.
std::string InferSide(const Account& account, const std::string& exclude) {
  std::map<std::string, std::pair<int, int>> counts;  // country -> (events as source, -first event)
  int order = 0;
  for (const Event& e : account.events) {
    if (!Factual(e)) continue;
    const std::string country = ActorCountry(e.source);
    auto [it, fresh] = counts.try_emplace(country, 0, -order);
    ++it->second.first;
    ++order;
  }
  std::string best;
  std::pair<int, int> best_count{-1, 0};
  for (const auto& [country, n] : counts) {
    if (country == exclude || country.empty()) continue;
    if (best.empty() || n > best_count) {
      best = country;
      best_count = n;
    }
  }
  return best;
}

// Third parties that are one of the two sides are not third parties.
std::string PartyCountry(const std::string& topic) {
  static const std::map<std::string, std::string> kCountry = {
      {"united_states", "USA"}, {"ukraine", "UKR"}, {"japan", "JPN"}, {"iran", "IRN"},
      {"israel", "ISR"},        {"taiwan", "TWN"},  {"india", "IND"}, {"russia", "RUS"},
      {"china", "CHN"}};
  auto it = kCountry.find(topic);
  return it == kCountry.end() ? std::string() : it->second;
}

std::vector<TopicMention> Mentions(const Account& account, const TopicDictionary& dict,
                                   std::vector<std::set<std::string>>* per_sentence) {
  std::map<size_t, TopicMention> by_topic;
  std::vector<TopicHit> hits;
  per_sentence->assign(account.sentences.size(), {});
  for (size_t i = 0; i < account.sentences.size(); ++i) {
    hits.clear();
    dict.Find(account.sentences[i], &hits);
    for (const TopicHit& h : hits) {
      const Topic& t = dict.topics()[h.topic];
      TopicMention& m = by_topic[h.topic];
      m.id = t.id;
      m.label = t.label;
      m.party = t.party;
      if (m.sentences.empty() || m.sentences.back() != static_cast<int>(i)) {
        m.sentences.push_back(static_cast<int>(i));
      }
      (*per_sentence)[i].insert(t.id);
    }
  }
  std::vector<TopicMention> out;
  for (auto& [index, m] : by_topic) out.push_back(std::move(m));
  return out;
}

std::vector<TopicMention> OnlyIn(const std::vector<TopicMention>& mine,
                                 const std::vector<TopicMention>& theirs,
                                 const std::string& side_a, const std::string& side_b) {
  std::vector<TopicMention> out;
  for (const TopicMention& m : mine) {
    const bool shared = std::any_of(theirs.begin(), theirs.end(),
                                    [&](const TopicMention& t) { return t.id == m.id; });
    const std::string country = m.party ? PartyCountry(m.id) : std::string();
    if (!shared && (country.empty() || (country != side_a && country != side_b))) out.push_back(m);
  }
  return out;
}

Portrayal Portray(const Account& account, const std::string& side) {
  Portrayal p;
  double sum = 0;
  for (const Event& e : account.events) {
    if (!Factual(e) || side.empty() || ActorCountry(e.source) != side) continue;
    const double g = Goldstein(e);
    ++p.events;
    sum += g;
    p.cooperative += g > 0;
    p.conflictual += g < 0;
  }
  p.goldstein_mean = p.events > 0 ? sum / p.events : 0;
  return p;
}

void Align(const Account& a, const Account& b, Comparison* c) {
  struct Candidate {
    int score;
    size_t i, j;
  };
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < a.events.size(); ++i) {
    const Event& x = a.events[i];
    if (!Factual(x)) continue;
    for (size_t j = 0; j < b.events.size(); ++j) {
      const Event& y = b.events[j];
      if (!Factual(y) || Dyad(x) != Dyad(y)) continue;
      const bool same_root = CameoRoot(x.code) == CameoRoot(y.code) && !CameoRoot(x.code).empty();
      const bool same_plover = !Plover(x).empty() && Plover(x) == Plover(y);
      if (!same_root && !same_plover) continue;
      const bool same_direction = ActorCountry(x.source) == ActorCountry(y.source);
      const int score = (x.code == y.code ? 8 : same_root ? 4 : 2) + (same_direction ? 1 : 0);
      candidates.push_back({score, i, j});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& p, const Candidate& q) {
    return std::tie(q.score, p.i, p.j) < std::tie(p.score, q.i, q.j);
  });
  std::vector<bool> used_a(a.events.size()), used_b(b.events.size());
  for (const Candidate& k : candidates) {
    if (used_a[k.i] || used_b[k.j]) continue;
    used_a[k.i] = used_b[k.j] = true;
    AlignedEvents m;
    m.a = a.events[k.i];
    m.b = b.events[k.j];
    m.same_code = m.a.code == m.b.code;
    m.same_direction = ActorCountry(m.a.source) == ActorCountry(m.b.source);
    m.goldstein_a = Goldstein(m.a);
    m.goldstein_b = Goldstein(m.b);
    c->matched.push_back(std::move(m));
  }
  std::sort(c->matched.begin(), c->matched.end(), [](const AlignedEvents& p, const AlignedEvents& q) {
    return std::tie(p.a.sentence, p.b.sentence) < std::tie(q.a.sentence, q.b.sentence);
  });
  for (size_t i = 0; i < a.events.size(); ++i) {
    if (Factual(a.events[i]) && !used_a[i]) c->only_a.push_back(a.events[i]);
  }
  for (size_t j = 0; j < b.events.size(); ++j) {
    if (Factual(b.events[j]) && !used_b[j]) c->only_b.push_back(b.events[j]);
  }
}

// Sign of what an event says about its dyad: +1 cooperative, -1
// conflictual, 0 neutral or hypothetical; a negated event flips.
int Sign(const Event& e) {
  if (e.hypothetical) return 0;
  const double g = Goldstein(e);
  const int s = g > 0 ? 1 : g < 0 ? -1 : 0;
  return e.negated ? -s : s;
}

void Contradictions(const Account& a, const std::vector<std::set<std::string>>& topics_a,
                    const Account& b, const std::vector<std::set<std::string>>& topics_b,
                    Comparison* c) {
  // A side named as a topic ("Washington" in the White House's account) is
  // not a subject the two can contradict each other on.
  auto is_side = [c](const std::string& topic) {
    const std::string country = PartyCountry(topic);
    return !country.empty() && (country == c->a.side || country == c->b.side);
  };
  // (dyad, topic) -> per sign, the first event with it.
  using Key = std::pair<std::string, std::string>;
  auto collect = [&is_side](const Account& acc, const std::vector<std::set<std::string>>& topics) {
    std::map<Key, std::map<int, Event>> out;
    for (const Event& e : acc.events) {
      if (!Between(e)) continue;
      const int s = Sign(e);
      if (s == 0 || e.sentence < 0 || static_cast<size_t>(e.sentence) >= topics.size()) continue;
      const auto [x, y] = Dyad(e);
      for (const std::string& topic : topics[static_cast<size_t>(e.sentence)]) {
        if (is_side(topic)) continue;
        out[{x + "-" + y, topic}].emplace(s, e);
      }
    }
    return out;
  };
  const auto in_a = collect(a, topics_a), in_b = collect(b, topics_b);
  // One account is of one sign on the dyad and topic, the other codes the
  // opposite sign there (whatever else it also says).
  for (const auto& [key, signs_a] : in_a) {
    auto it = in_b.find(key);
    if (it == in_b.end()) continue;
    const auto& signs_b = it->second;
    const std::map<int, Event>* uniform = signs_a.size() == 1 ? &signs_a : signs_b.size() == 1 ? &signs_b : nullptr;
    if (uniform == nullptr) continue;
    const int sign = uniform->begin()->first;
    auto opposite_a = signs_a.find(uniform == &signs_a ? sign : -sign);
    auto opposite_b = signs_b.find(uniform == &signs_a ? -sign : sign);
    if (opposite_a == signs_a.end() || opposite_b == signs_b.end()) continue;
    c->contradictions.push_back({key.first, key.second, opposite_a->second, opposite_b->second});
  }
}

}  // namespace

std::string ActorCountry(const std::string& code) {
  // International and non-state actors have no country: their group code
  // names them (IGOWSTNAT is NATO, not any "IGO").
  for (const char* group : {"IGO", "NGO", "IMG", "MNC"}) {
    if (code.rfind(group, 0) == 0) return code.substr(0, 9);
  }
  return code.substr(0, 3);
}

Status CompareAccounts(const Account& a, const Account& b, const TopicDictionary& topics,
                       Comparison* out) {
  *out = Comparison();
  out->a = a;
  out->b = b;
  if (out->a.side.empty()) out->a.side = InferSide(a, b.side);
  if (out->b.side.empty()) out->b.side = InferSide(b, out->a.side);
  Align(out->a, out->b, out);
  std::vector<std::set<std::string>> sentence_topics_a, sentence_topics_b;
  out->topics_a = Mentions(a, topics, &sentence_topics_a);
  out->topics_b = Mentions(b, topics, &sentence_topics_b);
  out->topics_only_a = OnlyIn(out->topics_a, out->topics_b, out->a.side, out->b.side);
  out->topics_only_b = OnlyIn(out->topics_b, out->topics_a, out->a.side, out->b.side);
  out->portrayal_a[0] = Portray(a, out->a.side);
  out->portrayal_a[1] = Portray(a, out->b.side);
  out->portrayal_b[0] = Portray(b, out->b.side);
  out->portrayal_b[1] = Portray(b, out->a.side);
  Contradictions(a, sentence_topics_a, b, sentence_topics_b, out);
  out->summary = compare::Summary(*out);
  return Status::Ok();
}

}  // namespace entente
