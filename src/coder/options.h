// Coder options: TABARI's .options commands (COMPLEX, DEFAULT, COMMA, SET,
// NONEVENTS, OUTPUT, LABEL) as one value type.
#ifndef ENTENTE_CODER_OPTIONS_H_
#define ENTENTE_CODER_OPTIONS_H_

#include <string>
#include <string_view>

#include "entente/status.h"

namespace entente::coder {

inline constexpr int kMaxWords = 128;  // TABARI's MAX_LEX: longer sentences are truncated

struct CoderOptions {
  enum CodeBy { kClause = 0, kSentence = 1, kAll = 2 } code_by = kClause;

  // COMPLEX: a sentence meeting any active condition is not coded.
  int max_verbs = 0, max_actors = 0, max_pronouns = 0, max_conj = 0, max_comma = 0, late_verb = 0;
  bool no_actor_prior = false, no_actor_after = false, no_source = false, no_verb = false,
       no_target = false, no_event = false;

  // DEFAULT: codes used when no actor is found ("" = none).
  std::string default_source, default_target;
  bool default_prior = false, default_after = false;

  // COMMA: lengths (in words) of comma-delimited clauses that are dropped.
  int min_subord = 2, max_subord = 10;
  int min_beg_subord = kMaxWords, max_beg_subord = 0;
  int min_end_subord = 2, max_end_subord = 10;

  int min_words = 7;         // SET: MINIMUM WORDS, stored minus one as TABARI does
  bool time_shift = true;    // SET: TIME SHIFT (only matters when <TIME> phrases exist)
  bool convert_agents = false;
  bool fbis = false;
  // SET: LINGUISTICS ON: entente's rules beyond TABARI (negation, modality,
  // reported speech, reciprocal compounds, pronouns across a story).
  bool linguistics = false;
  bool four_digit_year = false;  // SET: YYYY: record dates and event dates as YYYYMMDD
  int nonevents = 0;
  // FORWARD: pronoun forwarding between consecutive sentences of a story.
  // The record id's layout says where the story and sentence numbers are.
  bool forward = false;
  int story_pos = -1, story_len = 0, sentence_pos = -1, sentence_len = 0;         // NONEVENTS: 0 false, 1 true, 2 only

  // Applies one command line, e.g. "COMPLEX: VERBS[5] NOACTPRIOR".
  // Unknown commands are an InvalidArgument error; lines TABARI accepts but
  // that only affect its interactive output (OUTPUT:, LABEL:, SET: LABEL,
  // FORWARD:...) are accepted and ignored.
  Status Apply(std::string_view line);
};

// Reads a .options file: one command per line, "//" or "#" comments, a line
// starting with "~" ends the file.
Status LoadOptionsFile(const std::string& path, CoderOptions* options);

}  // namespace entente::coder

#endif  // ENTENTE_CODER_OPTIONS_H_
