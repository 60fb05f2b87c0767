// Event: one coded "who did what to whom", with its evidence.
#ifndef ENTENTE_EVENT_H_
#define ENTENTE_EVENT_H_

#include <string>

#include "entente/date.h"

namespace entente {

struct Event {
  std::string doc;        // article id
  int sentence = 0;       // 0-based sentence index within the article
  Day date = kNoDate;     // the article's date (time-shifted when the verbs say so)
  std::string source;     // CAMEO actor code, e.g. "RUSGOV"
  std::string target;
  std::string code;       // CAMEO event code, e.g. "036"
  bool negated = false;       // "did not X" (filled by later linguistics)
  bool hypothetical = false;  // "may X", "plans to X"
  std::string source_text;    // the words that matched the source actor
  std::string target_text;
  std::string verb_text;      // the words that matched the verb pattern
  std::string text;           // the sentence
};

}  // namespace entente

#endif  // ENTENTE_EVENT_H_
