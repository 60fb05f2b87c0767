// Readers for the PETRARCH/Phoenix dictionary files: actors
// (Phoenix.Countries.actors.txt, ...), agents (Phoenix.agents.txt) and the
// discard list (Phoenix.discards.txt). docs/formats/dictionaries-phoenix.md
// describes the formats as read here.
//
// They compile into the same Dictionary model as the TABARI readers, so the
// coder uses them unchanged:
//
//   actors   -> kActor roots; the synonyms of an entry share its head
//               pattern and so its ActorCodeSet.
//   agents   -> kAgent roots whose code is "~GOV" or "IGO~"; every plural
//               and every !SET! expansion is a root of its own.
//   discards -> kActor roots whose code set is "###".
//
// PETRARCH matches whole words, so every phrase word is stored as an exact
// word ("_"): "A_B" stays consecutive, "A B" becomes "A~_B" (words may come
// between), the last word gets a trailing "_" (the coder still allows the
// regular endings S, 'S, ES). Discard phrases keep PETRARCH's substring rule
// instead: consecutive words, the last one a stem unless it ends in '_'.
//
// Date restrictions follow PETRARCH: every bound is inclusive, restricted
// blocks are tried in file order and the entry's first unrestricted code is
// the fallback ("---" when there is none). In the model "<D" becomes
// kBefore D+1 and ">D" kAfter D-1, and the default block comes last.
//
// Same contract as tabari_reader.h: a malformed entry is skipped and
// reported in *warnings as "name:line: reason"; the first of two identical
// phrases wins (later ones are skipped silently); only an unreadable stream
// is an error Status.
#ifndef ENTENTE_DICT_PHOENIX_READER_H_
#define ENTENTE_DICT_PHOENIX_READER_H_

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "entente/status.h"

namespace entente::dict {

Status ReadPhoenixActors(std::istream& in, const std::string& name, Dictionary* dict,
                         std::vector<std::string>* warnings);
Status ReadPhoenixAgents(std::istream& in, const std::string& name, Dictionary* dict,
                         std::vector<std::string>* warnings);
// Story-level discards ("+PHRASE") are read as sentence-level ones: the
// coder has no story scope.
Status ReadPhoenixDiscards(std::istream& in, const std::string& name, Dictionary* dict,
                           std::vector<std::string>* warnings);

// Opens `path` and calls the actor (kActor) or agent (kAgent) reader.
Status LoadPhoenixFile(const std::string& path, WordType kind, Dictionary* dict,
                       std::vector<std::string>* warnings);

// Removes PETRARCH comments from one line: "#" and the legacy ";" to the
// end of the line outside [...] (where "###" is a code), and "<!-- ... -->"
// spans; *in_xml carries a span left open to the next line. Shared by the
// actor/agent readers and the PETRARCH verbs reader.
std::string StripPetrarchComments(std::string_view line, bool* in_xml);

// Converts a PETRARCH phrase ("carlos SANTOS_CRUZ") to the stored TABARI
// syntax ("CARLOS~_SANTOS_CRUZ_"). Returns false with *error set when the
// phrase is empty, shorter than two characters, or uses a character the
// stored syntax reserves ('~', '=', a leading '&'). Exposed for tests.
bool PhoenixPhrase(std::string_view raw, std::string* out, std::string* error);

}  // namespace entente::dict

#endif  // ENTENTE_DICT_PHOENIX_READER_H_
