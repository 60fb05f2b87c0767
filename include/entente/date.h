// Dates as day numbers.
//
// entente stores every date as an int32 count of days since 1970-01-01 (the
// proleptic Gregorian calendar), so comparisons and windows are integer
// arithmetic. kNoDate marks "unknown".
#ifndef ENTENTE_DATE_H_
#define ENTENTE_DATE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace entente {

using Day = int32_t;
inline constexpr Day kNoDate = INT32_MIN;

// Day number of a valid civil date. REQUIRES: IsValidDate(y, m, d).
Day DayFromCivil(int year, int month, int day);
void CivilFromDay(Day d, int* year, int* month, int* day);
bool IsValidDate(int year, int month, int day);

// Parses "YYYY-MM-DD" (also accepts "YYYYMMDD"). Returns false for anything
// else or an impossible date (2023-02-30).
bool ParseIsoDate(std::string_view s, Day* out);

// Parses TABARI's six-digit "YYMMDD". Two-digit years are windowed as TABARI
// does: 00-30 are 2000-2030, 31-99 are 1931-1999.
bool ParseYymmdd(std::string_view s, Day* out);

// "YYYY-MM-DD"; "" for kNoDate.
std::string FormatIsoDate(Day d);
// "YYMMDD", TABARI's event-file form.
std::string FormatYymmdd(Day d);

}  // namespace entente

#endif  // ENTENTE_DATE_H_
