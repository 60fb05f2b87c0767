#include "coder/validate.h"

#include <cstring>
#include <fstream>

#include "coder/event_coder.h"
#include "coder/loader.h"
#include "dict/tabari_reader.h"
#include "entente/date.h"

namespace entente::coder {
namespace {

struct Record {
  std::string header, date, id, text;
};

bool IsHeader(const std::string& line) {
  size_t i = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  return (i == 6 || i == 8) && i < line.size() && (line[i] == ' ' || line[i] == '\t');
}

// TABARI text records: "YYMMDD ID" then text lines up to a blank line.
std::vector<Record> ReadRecords(std::istream& in) {
  std::vector<Record> out;
  std::string line;
  Record* cur = nullptr;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    bool blank = line.find_first_not_of(" \t") == std::string::npos;
    if (cur) {
      if (blank) {
        cur = nullptr;
        continue;
      }
      if (!cur->text.empty()) cur->text += ' ';
      cur->text += line;
      continue;
    }
    if (blank || !IsHeader(line)) continue;
    Record r;
    r.header = line;
    size_t sp = line.find_first_of(" \t");
    r.date = line.substr(0, sp);
    size_t b = line.find_first_not_of(" \t", sp);
    r.id = b == std::string::npos ? "" : line.substr(b);
    while (!r.id.empty() && (r.id.back() == ' ' || r.id.back() == '\t')) r.id.pop_back();
    out.push_back(std::move(r));
    cur = &out.back();
  }
  return out;
}

std::string DateString(Day d, bool four) {
  if (!four) return FormatYymmdd(d);
  std::string iso = FormatIsoDate(d);
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// The fourth field entente adds to an expected event: "negated",
// "hypothetical" or nothing.
std::string Flag(const CodedEvent& e) { return e.negated ? "negated" : e.hypothetical ? "hypothetical" : ""; }

// TABARI's checkEvents. Returns "" on a pass, else the reason.
std::string Check(const std::string& text, Problem problem, const std::vector<CodedEvent>& events, Day date,
                  bool time_list, bool four, CoderOptions* options, bool* was_option) {
  *was_option = false;
  size_t c = text.find("/*");
  if (c == std::string::npos) return "no verification record";
  size_t psa = text.find('{', c + 2);
  if (psa == std::string::npos) return "no verification record";
  size_t opt = text.find("OPTION:", psa);
  if (opt != std::string::npos) {
    *was_option = true;
    while (opt != std::string::npos) {
      size_t end = text.find('}', opt + 8);
      std::string cmd = text.substr(opt + 8, end == std::string::npos ? std::string::npos : end - opt - 8);
      options->Apply(cmd);  // TABARI skips commands it does not understand
      opt = text.find("OPTION:", opt + 8 + cmd.size());
    }
    return "";
  }
  if (problem != Problem::kNone) {
    if (psa > 0 && text[psa - 1] == '-') return "";
    bool none = text.find("---", psa) != std::string::npos;
    switch (problem) {
      case Problem::kNoEvent:
      case Problem::kNoValid:
      case Problem::kNoText:
      case Problem::kTooShort:
        if (none) return "";
        break;
      case Problem::kDiscard:
        if (text.find("###", psa) != std::string::npos) return "";
        break;
      case Problem::kComplex:
        if (text.find("+++", psa) != std::string::npos) return "";
        break;
      default:
        break;
    }
    const char* names[] = {"", "no text", "too few words", "discard", "complex", "no event", "only null events",
                           "no valid events"};
    return std::string("coder reported ") + names[static_cast<int>(problem)];
  }
  if (time_list) {
    size_t b = text.find('}', psa);
    size_t i = b;
    while (i < text.size() && !(text[i] >= '0' && text[i] <= '9')) ++i;
    if (b == std::string::npos || i >= text.size()) return "time shifting is on and the record has no date";
    size_t j = i;
    while (j < text.size() && j - i < 14 && text[j] >= '0' && text[j] <= '9') ++j;
    std::string want = text.substr(i, j - i);
    std::string got = DateString(date + (events.empty() ? 0 : events[0].date_shift), four);
    if (got.find(want) == std::string::npos) return "date " + got + " does not match " + want;
  }
  const char* s = text.c_str();
  const char* pa = s + psa;
  for (const CodedEvent& e : events) {
    std::string ev = e.source + "\t" + e.target + "\t" + e.code + "\t";
    pa = std::strchr(pa, '{');
    if (!pa) return "more events coded than expected";
    ++pa;
    if (pa - 2 >= s && pa[-2] == '-') return "";
    while (*pa == ' ') ++pa;
    const char* ps = ev.c_str();
    for (int field = 0; field < 3; ++field) {
      while (*ps && *ps == *pa) {
        ++ps;
        ++pa;
      }
      if (*ps != '\t' || (*pa != ' ' && *pa != '/' && *pa != '}')) return "events differ";
      while (*pa == ' ' || *pa == '/' || (field < 2 && *pa == '}')) ++pa;
      ++ps;
    }
    // entente's optional fourth field: "negated" or "hypothetical".
    std::string flag;
    while (*pa >= 'a' && *pa <= 'z') flag += *pa++;
    if (flag != Flag(e)) return "events differ";
    while (*pa == ' ' || *pa == '}') ++pa;
  }
  if (std::strchr(pa, '{')) return "fewer events coded than expected";
  return "";
}

std::string Render(const std::vector<CodedEvent>& events, Problem p) {
  if (events.empty()) {
    switch (p) {
      case Problem::kDiscard: return "{###}";
      case Problem::kComplex: return "{+++}";
      default: return "{---}";
    }
  }
  std::string out;
  for (const CodedEvent& e : events) {
    std::string flag = Flag(e);
    out += "{ " + e.source + " / " + e.target + " / " + e.code + (flag.empty() ? "" : " / " + flag) + " } ";
  }
  if (!out.empty()) out.pop_back();
  return out;
}

std::string Expected(const std::string& text) {
  size_t c = text.find("/*");
  std::string out;
  for (size_t p = text.find('{', c == std::string::npos ? text.size() : c); p != std::string::npos;
       p = text.find('{', p + 1)) {
    size_t e = text.find('}', p);
    if (e == std::string::npos) break;
    if (!out.empty()) out += ' ';
    out += text.substr(p, e - p + 1);
  }
  return out;
}

}  // namespace

Status RunTabariValidation(const std::string& project_path, const std::string& stop_id, ValidationReport* report) {
  dict::TabariProject project;
  Status st = dict::ReadTabariProject(project_path, &project);
  if (!st.ok()) return st;
  DictionarySources sources;
  sources.tabari_project = project_path;
  std::shared_ptr<const Compiled> compiled;
  CoderOptions options;
  bool cached = false;
  st = LoadCompiled(sources, &compiled, &options, &cached);
  if (!st.ok()) return st;
  report->warnings = compiled->warnings;
  EventCoder coder(*compiled->dict, *compiled->matcher);
  long last_sentence = -1;
  std::string last_story_text;
  auto number = [](const std::string& s) {
    for (char c : s)
      if (c < '0' || c > '9') return 0L;
    return s.empty() ? 0L : std::stol(s);
  };
  for (const std::string& file : project.text) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::NotFound("cannot open text file " + file);
    for (const Record& r : ReadRecords(in)) {
      if (!stop_id.empty() && r.id == stop_id) return Status::Ok();
      Day date = 0;
      bool ok = r.date.size() == 8 ? ParseIsoDate(r.date, &date) : ParseYymmdd(r.date, &date);
      // FORWARD: the record id (after the date, blanks included) holds the
      // story and sentence numbers; a sentence continues the previous one
      // when the story is the same and the sentence number is one more.
      bool continues = false;
      if (options.forward && options.story_pos >= 0 && options.sentence_pos >= 0) {
        std::string idinfo = r.header.substr(r.date.size());
        auto field = [&](int pos, int len) {
          return pos + len <= static_cast<int>(idinfo.size()) ? idinfo.substr(pos, len) : std::string();
        };
        std::string story = field(options.story_pos, options.story_len);
        long sentence = number(field(options.sentence_pos, options.sentence_len));
        continues = story == last_story_text && sentence == last_sentence + 1;
        last_story_text = story;
        last_sentence = sentence;
      }
      std::vector<CodedEvent> events;
      Problem p = ok ? coder.Code(r.text, date, options, &events, continues) : Problem::kNoText;
      report->events += static_cast<int>(events.size());
      bool time_list = compiled->dict->has_time_list && options.time_shift;
      bool option = false;
      std::string why = Check(r.text, p, events, date, time_list, options.four_digit_year, &options, &option);
      if (why.empty()) {
        ++report->passed;
      } else {
        ++report->failed;
        report->failures.push_back(r.id + ": expected " + Expected(r.text) + " coded " + Render(events, p) + " (" +
                                   why + ")");
      }
    }
  }
  return Status::Ok();
}

}  // namespace entente::coder
