// TopicDictionary: parsing (good files, each kind of bad line with its line
// number) and matching (whole words, multi-word phrases, longest wins, case,
// punctuation, prefixes, stop phrases), then Find against a naive scan over
// every phrase at every word on random dictionaries and texts.
#include "entente/topics.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace entente {
namespace {

TopicDictionary MustParse(std::string_view text) {
  TopicDictionary d;
  Status s = TopicDictionary::Parse(text, "t.txt", &d);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return d;
}

// "t.txt:LINE: message" for text that must not parse.
std::string ParseError(std::string_view text) {
  TopicDictionary d = MustParse("[keep] Kept | issue\nKEPT\n");
  Status s = TopicDictionary::Parse(text, "t.txt", &d);
  EXPECT_FALSE(s.ok()) << text;
  EXPECT_EQ(s.kind(), Status::Kind::kParse) << s.ToString();
  EXPECT_EQ(d.topics().size(), 1u) << "a failed Parse must leave *out alone";
  return s.ToString();
}

// Hits rendered as "id:matched text", joined by " | ".
std::string Hits(const TopicDictionary& d, std::string_view text) {
  std::vector<TopicHit> hits{{99, 1, 2}};  // Find must clear
  d.Find(text, &hits);
  std::string out;
  size_t prev = 0;
  for (const TopicHit& h : hits) {
    EXPECT_LT(h.topic, d.topics().size());
    EXPECT_LE(prev, h.begin);
    EXPECT_LT(h.begin, h.end);
    EXPECT_LE(h.end, text.size());
    prev = h.begin;
    if (!out.empty()) out += " | ";
    out += d.topics()[h.topic].id + ":" + std::string(text.substr(h.begin, h.end - h.begin));
  }
  return out;
}

const char kSmall[] =
    "# A small dictionary.\n"
    "\n"
    "[ukraine] Ukraine and the war | party\n"
    "UKRAINE\n"
    "UKRAINIAN*      # Ukrainian, Ukrainians\n"
    "KYIV\r\n"
    "SPECIAL MILITARY OPERATION\n"
    "[uk]   The United Kingdom   |   party  \n"
    "UK\n"
    "U.K.\n"
    "[united_states] The United States | party\n"
    "UNITED STATES\n"
    "U.S.\n"
    "=US\n"
    "AMERICA*\n"
    "WASHINGTON\n"
    "!LATIN AMERICA*\n"
    "!SOUTH AMERICA*\n"
    "[military] Military | issue\n"
    "MILITARY\n"
    "[sanctions] Sanctions | issue\n"
    "SANCTION*\n"
    "EXPORT CONTROL*\n"
    "[technology] Technology | issue\n"
    "EXPORT CONTROL*\n"
    "TECHNOLOG*\n"
    "[nuclear] Nuclear weapons | issue\n"
    "NUCLEAR\n"
    "[energy] Energy | issue\n"
    "ENERGY\n"
    "NUCLEAR POWER PLANT*\n"
    "!POSITIVE ENERGY\n"
    "[multipolarity] Multipolar world | issue\n"
    "COLD WAR MENTALITY\n"
    "BLOC CONFRONTATION\n"
    "HEGEMON*\n"
    "PEOPLE'S REPUBLIC\n";

TEST(TopicParse, GoodFile) {
  TopicDictionary d = MustParse(kSmall);
  std::string ids;
  for (const Topic& t : d.topics()) ids += t.id + (t.party ? "(party) " : " ");
  EXPECT_EQ(ids,
            "ukraine(party) uk(party) united_states(party) military sanctions technology nuclear energy "
            "multipolarity ");
  EXPECT_EQ(d.topics()[1].label, "The United Kingdom");
  EXPECT_EQ(d.topics()[0].label, "Ukraine and the war");
  // EXPORT CONTROL* is one phrase under two topics.
  EXPECT_EQ(d.phrase_count(), 25u);
  std::string phrases;
  for (const std::string& p : d.PhrasesOf(2)) phrases += p + ";";
  EXPECT_EQ(phrases, "UNITED STATES;U.S.;=US;AMERICA*;WASHINGTON;!LATIN AMERICA*;!SOUTH AMERICA*;");
}

TEST(TopicParse, EmptyTextIsAnEmptyDictionary) {
  TopicDictionary d = MustParse("# nothing yet\n\n");
  EXPECT_TRUE(d.topics().empty());
  EXPECT_EQ(Hits(d, "Ukraine and the United States"), "");
  EXPECT_EQ(Hits(TopicDictionary(), "Ukraine"), "");
}

TEST(TopicParse, NormalisesPhrasesLikeText) {
  // Typographic apostrophe and diacritics, as NormalizeText maps them.
  TopicDictionary d = MustParse("[x] X | issue\nPEOPLE\xE2\x80\x99S REPUBLIC\nT\xC3\x9CRKIYE\n");
  EXPECT_EQ(Hits(d, "People's Republic, Turkiye"), "x:People's Republic | x:Turkiye");
}

TEST(TopicParse, BadHeaders) {
  EXPECT_EQ(ParseError("UKRAINE\n"), "t.txt:1: phrase before the first [topic] header");
  EXPECT_EQ(ParseError("# c\n\n[ukraine Ukraine | party\n"), "t.txt:3: missing ']' after the topic id");
  EXPECT_EQ(ParseError("[Ukraine] Ukraine | party\nX\n"),
            "t.txt:1: bad topic id \"Ukraine\": use lower-case letters, digits and '_', starting with a letter");
  EXPECT_EQ(ParseError("[a] A | issue\nA\n[2x] X | issue\n"),
            "t.txt:3: bad topic id \"2x\": use lower-case letters, digits and '_', starting with a letter");
  EXPECT_EQ(ParseError("[] X | issue\n"),
            "t.txt:1: bad topic id \"\": use lower-case letters, digits and '_', starting with a letter");
  EXPECT_EQ(ParseError("[a-b] X | issue\n"),
            "t.txt:1: bad topic id \"a-b\": use lower-case letters, digits and '_', starting with a letter");
  EXPECT_EQ(ParseError("[x]  | party\nX\n"), "t.txt:1: missing label after [x]");
  EXPECT_EQ(ParseError("[x] The X\nX\n"), "t.txt:1: missing '| party' or '| issue' after the label");
  EXPECT_EQ(ParseError("[x] The X | country\nX\n"), "t.txt:1: unknown kind \"country\": use party or issue");
  EXPECT_EQ(ParseError("[x] The X | Party\nX\n"), "t.txt:1: unknown kind \"Party\": use party or issue");
  EXPECT_EQ(ParseError("[x] The X |\nX\n"), "t.txt:1: unknown kind \"\": use party or issue");
  EXPECT_EQ(ParseError("[x] X | issue\nX\n\n[y] Y | issue\nY\n[x] X again | party\nZ\n"),
            "t.txt:6: duplicate topic id [x] (first at line 1)");
}

TEST(TopicParse, TopicsWithoutPhrases) {
  EXPECT_EQ(ParseError("[x] X | issue\n# none\n[y] Y | issue\nY\n"), "t.txt:1: topic [x] has no phrases");
  EXPECT_EQ(ParseError("[x] X | issue\nX\n[y] Y | issue\n"), "t.txt:3: topic [y] has no phrases");
  // Stop phrases do not count.
  EXPECT_EQ(ParseError("[x] X | issue\nX\n[y] Y | issue\n!LATIN AMERICA\n"), "t.txt:3: topic [y] has no phrases");
}

TEST(TopicParse, BadPhrases) {
  const std::string h = "[x] X | issue\n";  // phrases below are on line 2
  EXPECT_EQ(ParseError(h + "UKRAINE, RUSSIA\n"), "t.txt:2: unexpected ',' in phrase");
  EXPECT_EQ(ParseError(h + "EU/UK\n"), "t.txt:2: unexpected '/' in phrase");
  EXPECT_EQ(ParseError(h + "(UKRAINE)\n"), "t.txt:2: unexpected '(' in phrase");
  EXPECT_EQ(ParseError(h + "UKRAINE | party\n"), "t.txt:2: unexpected '|' in phrase");
  EXPECT_EQ(ParseError(h + "ST. PETERSBURG\n"), "t.txt:2: unexpected '.' in phrase");
  EXPECT_EQ(ParseError(h + "-UKRAINE\n"), "t.txt:2: unexpected '-' before the phrase");
  EXPECT_EQ(ParseError(h + "UKRAINE-\n"), "t.txt:2: unexpected '-' in phrase");
  EXPECT_EQ(ParseError(h + "COLD--WAR\n"),
            "t.txt:2: words of a phrase may be separated only by spaces and one '-' or apostrophe");
  EXPECT_EQ(ParseError(h + "SANC*TION\n"), "t.txt:2: '*' must end a word");
  EXPECT_EQ(ParseError(h + "*SANCTION\n"), "t.txt:2: unexpected '*' in phrase");
  EXPECT_EQ(ParseError(h + "SANCTION *\n"), "t.txt:2: unexpected '*' in phrase");
  EXPECT_EQ(ParseError(h + "U.S.*\n"), "t.txt:2: unexpected '.' in phrase");
  EXPECT_EQ(ParseError(h + "UK*\n"), "t.txt:2: prefix \"UK*\" is too short: 3 bytes at least");
  EXPECT_EQ(ParseError(h + "!\n"), "t.txt:2: phrase has no words");
  EXPECT_EQ(ParseError(h + "!=\n"), "t.txt:2: phrase has no words");
  EXPECT_EQ(ParseError(h + "=!US\n"), "t.txt:2: unexpected '!' in phrase");
  EXPECT_EQ(ParseError(h + "X\n\xFF\xFE\n"), "t.txt:3: invalid UTF-8 or a NUL byte");
  EXPECT_EQ(ParseError(h + std::string("A\0B\n", 4)), "t.txt:2: invalid UTF-8 or a NUL byte");
}

TEST(TopicParse, RepeatedPhrases) {
  const std::string h = "[x] X | issue\n";
  // Case and the hyphen/space choice do not make a new phrase.
  EXPECT_EQ(ParseError(h + "UKRAINE\nKYIV\nUkraine\n"), "t.txt:4: duplicate phrase in [x] (first at line 2)");
  EXPECT_EQ(ParseError(h + "ONE-CHINA\nONE CHINA\n"), "t.txt:3: duplicate phrase in [x] (first at line 2)");
  EXPECT_EQ(ParseError(h + "X\n!LATIN AMERICA\n[y] Y | issue\n!LATIN AMERICA\n"),
            "t.txt:5: duplicate stop phrase (first at line 3)");
  EXPECT_EQ(ParseError(h + "AMERICA\n[y] Y | issue\nY\n!AMERICA\n"),
            "t.txt:5: a topic phrase cannot also be a stop phrase (first at line 2)");
  EXPECT_EQ(ParseError(h + "X\n!AMERICA\nAMERICA\n"),
            "t.txt:4: a stop phrase cannot also be a topic phrase (first at line 3)");
  // These differ: '*', '=' and case under '='.
  MustParse(h + "SANCTION\nSANCTION*\n=US\nUS\n=Us\n");
}

TEST(TopicParse, LoadReportsThePath) {
  TopicDictionary d;
  Status s = TopicDictionary::Load("/nonexistent/topics.txt", &d);
  EXPECT_EQ(s.kind(), Status::Kind::kNotFound) << s.ToString();

  const std::string path = (std::filesystem::temp_directory_path() / "entente_topics_test.txt").string();
  {
    std::ofstream f(path, std::ios::binary);
    f << "[x] X | issue\nX\n[y] Y | isue\nY\n";
  }
  s = TopicDictionary::Load(path, &d);
  EXPECT_EQ(s.ToString(), path + ":3: unknown kind \"isue\": use party or issue");
  {
    std::ofstream f(path, std::ios::binary);
    f << kSmall;
  }
  s = TopicDictionary::Load(path, &d);
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(d.topics().size(), 9u);
  std::remove(path.c_str());
}

TEST(TopicFind, WholeWordsOnly) {
  TopicDictionary d = MustParse(kSmall);
  EXPECT_EQ(Hits(d, "Ukrainian officials met UK envoys"), "ukraine:Ukrainian | uk:UK");
  EXPECT_EQ(Hits(d, "XUKRAINE UKRAINEX UK2 UKE KYIV2"), "");
  EXPECT_EQ(Hits(d, "Ukrainians in the U.K."), "ukraine:Ukrainians | uk:U.K");
  // A prefix matches from a word's start only.
  EXPECT_EQ(Hits(d, "unsanctioned nonmilitary sanctioned"), "sanctions:sanctioned");
}

TEST(TopicFind, MultiWordPhrases) {
  TopicDictionary d = MustParse(kSmall);
  EXPECT_EQ(Hits(d, "oppose the Cold War mentality and bloc confrontation"),
            "multipolarity:Cold War mentality | multipolarity:bloc confrontation");
  EXPECT_EQ(Hits(d, "a Cold-War\nmentality"), "multipolarity:Cold-War\nmentality");
  EXPECT_EQ(Hits(d, "the People's Republic"), "multipolarity:People's Republic");
  // Not across punctuation, an em dash or missing words.
  EXPECT_EQ(Hits(d, "the Cold War, mentality"), "");
  EXPECT_EQ(Hits(d, "bloc -- confrontation; bloc. Confrontation; bloc"), "");
  EXPECT_EQ(Hits(d, "the special military operation"), "ukraine:special military operation");
  EXPECT_EQ(Hits(d, "special military, operation"), "military:military");
}

TEST(TopicFind, LongestPhraseWins) {
  TopicDictionary d = MustParse(kSmall);
  EXPECT_EQ(Hits(d, "the nuclear power plants and nuclear weapons"), "energy:nuclear power plants | nuclear:nuclear");
  EXPECT_EQ(Hits(d, "nuclear power for all"), "nuclear:nuclear");
  EXPECT_EQ(Hits(d, "the United States and the united states"),
            "united_states:United States | united_states:united states");
  // A phrase's words are consumed: "military operation" inside SPECIAL
  // MILITARY OPERATION does not also hit [military].
  EXPECT_EQ(Hits(d, "special military operation"), "ukraine:special military operation");
}

TEST(TopicFind, CaseInsensitiveUnlessMarked) {
  TopicDictionary d = MustParse(kSmall);
  EXPECT_EQ(Hits(d, "KYIV kyiv Kyiv kYiV"), "ukraine:KYIV | ukraine:kyiv | ukraine:Kyiv | ukraine:kYiV");
  // =US: upper case only, so the pronoun is not the United States.
  EXPECT_EQ(Hits(d, "let us see US policy; Us"), "united_states:US");
  EXPECT_EQ(Hits(d, "China-US relations, the US-China talks"), "united_states:US | united_states:US");
}

TEST(TopicFind, PunctuationNextToWords) {
  TopicDictionary d = MustParse(kSmall);
  EXPECT_EQ(Hits(d, "(Ukraine), \"Kyiv\", Washington's; Ukraine."),
            "ukraine:Ukraine | ukraine:Kyiv | united_states:Washington | ukraine:Ukraine");
  EXPECT_EQ(Hits(d, "U.S.-China; the U.S. said; U.S"), "united_states:U.S | united_states:U.S | united_states:U.S");
  EXPECT_EQ(Hits(d, "U.S.S.R. and US.A"), "");
  EXPECT_EQ(Hits(d, "trade of US$24.5m and $5 US"), "united_states:US");
  EXPECT_EQ(Hits(d, "[sanctions]{energy}"), "sanctions:sanctions | energy:energy");
}

TEST(TopicFind, PhrasesRunOnAfterAnAbbreviation) {
  TopicDictionary d = MustParse("[x] X | issue\nSINO-U.S. JOINT COMMUNIQUES\nU.S. CONGRESS\n");
  EXPECT_EQ(Hits(d, "the three Sino-U.S. joint communiques; the U.S.\nCongress"),
            "x:Sino-U.S. joint communiques | x:U.S.\nCongress");
  EXPECT_EQ(Hits(d, "Sino-U.S joint communiques, U.S Congress"), "x:Sino-U.S joint communiques | x:U.S Congress");
  // Only the abbreviation's own dot: not two, not after a plain word.
  EXPECT_EQ(Hits(d, "U.S.. Congress; U.S., Congress"), "");
  EXPECT_EQ(ParseError("[x] X | issue\nSAINT. PETERSBURG\n"), "t.txt:2: unexpected '.' in phrase");
}

TEST(TopicFind, Prefixes) {
  TopicDictionary d = MustParse(kSmall);
  EXPECT_EQ(Hits(d, "sanction sanctions sanctioned SANCTIONING"),
            "sanctions:sanction | sanctions:sanctions | sanctions:sanctioned | sanctions:SANCTIONING");
  EXPECT_EQ(Hits(d, "hegemony and hegemonism"), "multipolarity:hegemony | multipolarity:hegemonism");
  EXPECT_EQ(Hits(d, "America and Americans"), "united_states:America | united_states:Americans");
  // An exact word beats a prefix, and a case-sensitive phrase an insensitive one.
  TopicDictionary e = MustParse("[a] A | issue\nSANCTION*\n[b] B | issue\nSANCTIONS\n=Sanctions\n");
  EXPECT_EQ(Hits(e, "sanctions Sanctions sanctioned"), "b:sanctions | b:Sanctions | a:sanctioned");
}

TEST(TopicFind, StopPhrasesClaimTheirWords) {
  TopicDictionary d = MustParse(kSmall);
  EXPECT_EQ(Hits(d, "Latin American and South America states, and American firms"), "united_states:American");
  EXPECT_EQ(Hits(d, "inject positive energy; energy cooperation"), "energy:energy");
}

TEST(TopicFind, OnePhraseSeveralTopics) {
  TopicDictionary d = MustParse(kSmall);
  EXPECT_EQ(Hits(d, "Washington's export controls on technology"),
            "united_states:Washington | sanctions:export controls | technology:export controls | "
            "technology:technology");
}

TEST(TopicFind, HitsDoNotOverlap) {
  TopicDictionary d = MustParse("[a] A | issue\nONE TWO\n[b] B | issue\nTWO THREE\nTHREE\n");
  EXPECT_EQ(Hits(d, "one two three"), "a:one two | b:three");
  EXPECT_EQ(Hits(d, "two three"), "b:two three");
}

TEST(TopicFind, SpansAreBytesOfTheText) {
  TopicDictionary d = MustParse(kSmall);
  const std::string text = "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 and Kyiv";  // "Москва and Kyiv"
  std::vector<TopicHit> hits;
  d.Find(text, &hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].topic, 0u);
  EXPECT_EQ(hits[0].begin, 17u);
  EXPECT_EQ(hits[0].end, 21u);
}

// ---- Find against a naive scan --------------------------------------------

struct NaivePhrase {
  std::vector<std::string> words;  // as written
  std::vector<bool> prefix;
  bool exact = false, stop = false;
  int line = 0;
  std::vector<size_t> topics;
  int prefixes() const {
    int n = 0;
    for (bool p : prefix) n += p;
    return n;
  }
};

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool NaiveBeats(const NaivePhrase& a, const NaivePhrase& b) {
  if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
  if (a.prefixes() != b.prefixes()) return a.prefixes() < b.prefixes();
  if (a.exact != b.exact) return a.exact;
  return a.line < b.line;
}

// Every phrase at every word; words and gaps found with the simplest code
// that follows the documented rules.
std::vector<TopicHit> NaiveFind(const std::vector<NaivePhrase>& phrases, const std::string& text) {
  auto word_byte = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t i = 0; i < text.size();) {
    if (!word_byte(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && (word_byte(text[j]) || (text[j] == '.' && j + 1 < text.size() && word_byte(text[j + 1]))))
      ++j;
    words.push_back({i, j});
    i = j;
  }
  auto joinable = [&](size_t a, size_t b, bool after_abbreviation) {
    int marks = 0;
    if (after_abbreviation && a < b && text[a] == '.') ++a;
    for (size_t k = a; k < b; ++k) {
      if (std::isspace(static_cast<unsigned char>(text[k]))) continue;
      if ((text[k] == '-' || text[k] == '\'') && ++marks == 1) continue;
      return false;
    }
    return true;
  };
  auto has_dot = [&](size_t w) {
    return text.substr(words[w].first, words[w].second - words[w].first).find('.') != std::string::npos;
  };
  auto word_matches = [&](const NaivePhrase& p, size_t k, size_t w) {
    std::string got = text.substr(words[w].first, words[w].second - words[w].first);
    std::string want = p.words[k];
    if (!p.exact) got = Upper(got), want = Upper(want);
    return p.prefix[k] ? got.rfind(want, 0) == 0 : got == want;
  };
  std::vector<TopicHit> out;
  for (size_t i = 0; i < words.size();) {
    const NaivePhrase* best = nullptr;
    for (const NaivePhrase& p : phrases) {
      if (i + p.words.size() > words.size()) continue;
      bool ok = true;
      for (size_t k = 0; ok && k < p.words.size(); ++k)
        ok = (k == 0 || joinable(words[i + k - 1].second, words[i + k].first, has_dot(i + k - 1))) &&
             word_matches(p, k, i + k);
      if (ok && (best == nullptr || NaiveBeats(p, *best))) best = &p;
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    for (size_t t : best->topics) out.push_back({t, words[i].first, words[i + best->words.size() - 1].second});
    i += best->words.size();
  }
  return out;
}

std::string Render(const std::vector<TopicHit>& hits) {
  std::string out;
  for (const TopicHit& h : hits)
    out += std::to_string(h.topic) + "@" + std::to_string(h.begin) + "-" + std::to_string(h.end) + " ";
  return out;
}

TEST(TopicFindProperty, AgreesWithNaiveScan) {
  // A small vocabulary so phrases share first words and prefixes.
  const std::vector<std::string> vocab = {"a", "ab", "abc", "abcd", "b", "ba", "bab", "u.s", "cold", "war", "Us", "x9"};
  const std::vector<std::string> seps = {" ", " ", " ", "-", "'", ", ", "--", ". ", "\n", " - ", "(", "/", ".-", ".."};
  std::mt19937 rng(20250611);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  auto coin = [&](int percent) { return pick(100) < static_cast<size_t>(percent); };
  auto cased = [&](std::string w) {
    for (char& c : w)
      if (coin(30)) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return w;
  };
  size_t total_hits = 0;
  for (int round = 0; round < 300; ++round) {
    std::vector<NaivePhrase> phrases;
    std::set<std::string> keys;  // identity of each phrase, as the parser sees it
    std::string dict;
    int line = 0;
    const size_t ntopics = 1 + pick(4);
    for (size_t t = 0; t < ntopics; ++t) {
      dict += "[t" + std::to_string(t) + "] T | issue\n";
      ++line;
      const size_t n = 1 + pick(8);
      size_t topic_phrases = 0;
      for (size_t k = 0; k < n; ++k) {
        NaivePhrase p;
        p.exact = coin(15);
        p.stop = k > 0 && coin(10);
        for (size_t w = 1 + pick(3); w > 0; --w) {
          p.words.push_back(cased(vocab[pick(vocab.size())]));
          p.prefix.push_back(p.words.back().size() >= 3 && p.words.back().find('.') == std::string::npos && coin(25));
        }
        std::string written, key = p.exact ? "=" : "";
        for (size_t w = 0; w < p.words.size(); ++w) {
          written += (w ? " " : "") + p.words[w] + (p.prefix[w] ? "*" : "");
          key += (p.exact ? p.words[w] : Upper(p.words[w])) + (p.prefix[w] ? "* " : " ");
        }
        // Repeats are tested elsewhere; here each identity appears once.
        if (!keys.insert(key).second) continue;
        dict += std::string(p.stop ? "!" : "") + (p.exact ? "=" : "") + written + "\n";
        p.line = ++line;
        if (!p.stop) p.topics.push_back(t), ++topic_phrases;
        phrases.push_back(p);
      }
      if (topic_phrases == 0) {
        // Every topic needs a topic phrase: give it one of its own.
        dict += "only" + std::to_string(t) + "\n";
        NaivePhrase p;
        p.words = {"only" + std::to_string(t)};
        p.prefix = {false};
        p.line = ++line;
        p.topics = {t};
        phrases.push_back(p);
      }
    }
    TopicDictionary d;
    Status s = TopicDictionary::Parse(dict, "random", &d);
    ASSERT_TRUE(s.ok()) << s.ToString() << "\n" << dict;
    for (int text_round = 0; text_round < 20; ++text_round) {
      std::string text;
      for (size_t w = pick(25); w > 0; --w) text += cased(vocab[pick(vocab.size())]) + seps[pick(seps.size())];
      std::vector<TopicHit> fast;
      d.Find(text, &fast);
      const std::vector<TopicHit> slow = NaiveFind(phrases, text);
      ASSERT_EQ(Render(fast), Render(slow)) << "text: " << text << "\ndictionary:\n" << dict;
      total_hits += fast.size();
    }
  }
  EXPECT_GT(total_hits, 10000u);  // the texts do hit
}

}  // namespace
}  // namespace entente
