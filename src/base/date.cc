#include "entente/date.h"

#include <cstdio>

namespace entente {
namespace {

bool AllDigits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
Day DayFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

void CivilFromDay(Day z, int* year, int* month, int* day) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  *year = y + (m <= 2);
  *month = static_cast<int>(m);
  *day = static_cast<int>(d);
}

bool IsValidDate(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[m - 1];
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) max = 29;
  return d <= max;
}

bool ParseIsoDate(std::string_view s, Day* out) {
  int y, m, d;
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' && AllDigits(s.substr(0, 4)) &&
      AllDigits(s.substr(5, 2)) && AllDigits(s.substr(8, 2))) {
    y = ToInt(s.substr(0, 4));
    m = ToInt(s.substr(5, 2));
    d = ToInt(s.substr(8, 2));
  } else if (s.size() == 8 && AllDigits(s)) {
    y = ToInt(s.substr(0, 4));
    m = ToInt(s.substr(4, 2));
    d = ToInt(s.substr(6, 2));
  } else {
    return false;
  }
  if (!IsValidDate(y, m, d)) return false;
  *out = DayFromCivil(y, m, d);
  return true;
}

bool ParseYymmdd(std::string_view s, Day* out) {
  if (s.size() != 6 || !AllDigits(s)) return false;
  int yy = ToInt(s.substr(0, 2));
  int m = ToInt(s.substr(2, 2));
  int d = ToInt(s.substr(4, 2));
  int y = yy <= 30 ? 2000 + yy : 1900 + yy;
  if (!IsValidDate(y, m, d)) return false;
  *out = DayFromCivil(y, m, d);
  return true;
}

std::string FormatIsoDate(Day day) {
  if (day == kNoDate) return "";
  int y, m, d;
  CivilFromDay(day, &y, &m, &d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string FormatYymmdd(Day day) {
  if (day == kNoDate) return "000000";
  int y, m, d;
  CivilFromDay(day, &y, &m, &d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d%02d%02d", y % 100, m, d);
  return buf;
}

}  // namespace entente
