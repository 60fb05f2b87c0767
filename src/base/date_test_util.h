// Test helper: a Day from an ISO date written in the test.
#ifndef ENTENTE_BASE_DATE_TEST_UTIL_H_
#define ENTENTE_BASE_DATE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include "entente/date.h"

namespace entente {

// D("2014-03-01"). A malformed date fails the test and gives kNoDate.
inline Day D(const char* iso) {
  Day d = kNoDate;
  EXPECT_TRUE(ParseIsoDate(iso, &d)) << iso;
  return d;
}

}  // namespace entente

#endif  // ENTENTE_BASE_DATE_TEST_UTIL_H_
