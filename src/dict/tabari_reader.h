// Readers for TABARI's dictionary files (.actors, .agents, .verbs) and the
// .project file that names them, as TABARI 0.8.4's manual defines them.
//
// Each reader appends to a Dictionary. A malformed entry is skipped and
// reported in *warnings as "file:line: reason" (TABARI did the same after
// asking the user); only an unreadable file or a broken file structure (a
// missing </NOUN>, </TIME>...) is an error Status.
#ifndef ENTENTE_DICT_TABARI_READER_H_
#define ENTENTE_DICT_TABARI_READER_H_

#include <istream>
#include <string>
#include <vector>

#include "dict/dictionary.h"
#include "entente/status.h"

namespace entente::dict {

Status ReadTabariActors(std::istream& in, const std::string& name, Dictionary* dict,
                        std::vector<std::string>* warnings);
Status ReadTabariAgents(std::istream& in, const std::string& name, Dictionary* dict,
                        std::vector<std::string>* warnings);
Status ReadTabariVerbs(std::istream& in, const std::string& name, Dictionary* dict,
                       std::vector<std::string>* warnings);

// Convenience: open `path` and call the reader above.
Status LoadTabariFile(const std::string& path, WordType kind, Dictionary* dict,
                      std::vector<std::string>* warnings);

// The files a TABARI .project names; paths are resolved against the
// project file's folder.
struct TabariProject {
  std::vector<std::pair<WordType, std::string>> dictionaries;  // in file order
  std::vector<std::string> options, text;
};
Status ReadTabariProject(const std::string& path, TabariProject* project);

// Parses the bracketed actor code string of one entry, e.g.
// "[USAGOV 991201-010114] [---]", into dict->actor_sets; returns its index.
Status ParseActorCodes(const std::string& codes, Dictionary* dict, int* set);
// Parses an event code "[031:032]", "[023?]", "[111!]", "[---]".
Status ParseEventCode(const std::string& code, Dictionary* dict, int* index);

}  // namespace entente::dict

#endif  // ENTENTE_DICT_TABARI_READER_H_
