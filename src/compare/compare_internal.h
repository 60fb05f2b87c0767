// Helpers shared by compare.cc and render.cc. Internal.
#ifndef ENTENTE_COMPARE_COMPARE_INTERNAL_H_
#define ENTENTE_COMPARE_COMPARE_INTERNAL_H_

#include <string>
#include <vector>

#include "entente/compare.h"

namespace entente::compare {

// "RUSGOV -> CHNGOV 040 consult"
std::string EventPhrase(const Event& e);
// "[A s2]": which account and sentence (0-based, as Event::sentence).
std::string Cite(char account, int sentence);
// "[A s2, s4]"
std::string Cite(char account, const std::vector<int>& sentences);
// The analyst's paragraph (compare.h says what it covers).
std::string Summary(const Comparison& c);

}  // namespace entente::compare

#endif  // ENTENTE_COMPARE_COMPARE_INTERNAL_H_
