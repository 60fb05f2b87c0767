// Reader for PETRARCH-1 verb dictionaries (PETR.Validate.verbs.txt,
// CAMEO.verbpatterns.*.txt). docs/formats/dictionaries-petrarch-verbs.md
// describes the format as read here and what each construct becomes.
//
//   std::istringstream in("--- GRANT [070] ---\n"
//                         "GRANT\n"
//                         "GIVE {GIVES GAVE GIVEN GIVING}\n"
//                         "- * LOAN [071]\n");
//   Dictionary d;
//   std::vector<std::string> warnings;
//   Status s = ReadPetrarchVerbs(in, "grant.verbs", &d, &warnings);
//   // s.ok(); roots GRANT= GRANTS= GRANTED= GRANTING= GIVE= GIVES= GAVE=
//   // GIVEN= GIVING=, all with code 070 and the pattern "* LOAN_" [071].
//
// It compiles into the model the TABARI .verbs reader fills:
//
//   verb block     "--- NAME [CODE] ---" opens a block; CODE (default "---")
//                  is the code of every verb line without its own [CODE].
//   verb line      each verb and each of its forms is a kVerb root written
//                  "WORD=" (exact word: PETRARCH does not stem); forms come
//                  from {...} or PETRARCH's regular rule (+S/ES, +ED/D, +ING).
//                  A multi-word verb "WIRE_+TAP" is the root "WIRE_TAP=".
//   patterns       "- A B_* C [CODE]" are shared by every verb of the block
//                  (and of later blocks that start with the same verb); verbs
//                  whose own code differs get a head of their own that points
//                  at the same pattern list.
//   synsets        "&NAME" with "+member" lines is a kSynym root whose
//                  patterns are the members (consecutive exact words) and
//                  PETRARCH's generated plurals.
//
// Contract as in tabari_reader.h: a malformed entry is skipped and reported
// in *warnings as "name:line: reason"; a construct that a shallow coder
// cannot honour is dropped and reported once per kind, with a count and
// the first line. Only an unreadable stream is an error Status.
#ifndef ENTENTE_DICT_PETRARCH_VERBS_READER_H_
#define ENTENTE_DICT_PETRARCH_VERBS_READER_H_

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "entente/status.h"

namespace entente::dict {

Status ReadPetrarchVerbs(std::istream& in, const std::string& name, Dictionary* dict,
                         std::vector<std::string>* warnings);

// The forms PETRARCH generates for a regular verb: VERB, VERB+S (+ES after
// S, X, Z), VERB+ED (+D after E), VERB+ING (a final E dropped). Exposed for
// tests.
std::vector<std::string> PetrarchVerbForms(std::string_view verb);

}  // namespace entente::dict

#endif  // ENTENTE_DICT_PETRARCH_VERBS_READER_H_
