// Loading a dictionary file whose format (TABARI or PETRARCH/Phoenix) is
// read from its content.
//
//   dict::Dictionary d;
//   std::vector<std::string> warnings;
//   Status s = dict::LoadDictionaryFile("Phoenix.agents.txt", dict::kAgent, &d, &warnings);
//   // s.ok(); warnings: "Phoenix.agents.txt:2299: agent needs a code in [...]"
//
// The detection rule (DetectDictionaryFormat), first match wins:
//   1. verbs: a PETRARCH verb block header, a line that starts and ends
//      with "---" ("--- GRANT [070] ---"), means PETRARCH-1 verbs (read by
//      ReadPetrarchVerbs, petrarch_verbs_reader.h); else TABARI.
//   2. actors and agents: a TABARI <NOUN> or <ADJECTIVE> block means TABARI.
//   3. any construct only PETRARCH has means Phoenix:
//        a "!NAME! = ..." substitution set;
//        an XML comment "<!--", or a "---STOP---" end line;
//        a '#' comment after text on the line (a '#' after a blank,
//        outside [...]; TABARI comments with ';', and its "[###]" and
//        "WEST_PAPUA#_" keep the '#' inside a code or a word);
//        an eight-digit YYYYMMDD date inside [...] (TABARI dates are YYMMDD);
//        in agents, a {plural} before the code.
//   4. otherwise TABARI.
// The two actor syntaxes overlap (a TABARI 0.8 file may also put its codes
// on indented lines); a file with none of the marks above reads the same
// under both except for stems and date bounds, and is read as TABARI. Use
// LoadPhoenixFile or LoadTabariFile to choose explicitly.
#ifndef ENTENTE_DICT_DICTIONARY_FILE_H_
#define ENTENTE_DICT_DICTIONARY_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "entente/status.h"

namespace entente::dict {

enum class DictFormat { kTabari, kPhoenix };

// Applies the rule above to a file's bytes; `kind` is kActor, kAgent or kVerb.
DictFormat DetectDictionaryFormat(std::string_view content, WordType kind);

// Reads `content` (named `name` in warnings) in its detected format.
Status ReadDictionary(std::string_view content, const std::string& name, WordType kind,
                      Dictionary* dict, std::vector<std::string>* warnings);

// Opens `path`, detects its format and calls the matching reader. Errors:
// NotFound for an unreadable file, InvalidArgument for a kind that is not
// kActor, kAgent or kVerb.
Status LoadDictionaryFile(const std::string& path, WordType kind, Dictionary* dict,
                          std::vector<std::string>* warnings);

// Opens a PETRARCH discard list (Phoenix.discards.txt) and adds each
// phrase as an actor coded "###" (see ReadPhoenixDiscards).
Status LoadDiscardsFile(const std::string& path, Dictionary* dict, std::vector<std::string>* warnings);

}  // namespace entente::dict

#endif  // ENTENTE_DICT_DICTIONARY_FILE_H_
