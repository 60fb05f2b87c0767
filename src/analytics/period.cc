// Calendar periods over day numbers. Weeks are ISO 8601: they start on
// Monday, and a week belongs to the year holding its Thursday.
#include <cstdio>

#include "entente/analytics.h"

namespace entente {
namespace {

struct PeriodNameEntry {
  Period period;
  const char* name;
};
constexpr PeriodNameEntry kPeriodNames[] = {
    {Period::kDay, "day"},     {Period::kWeek, "week"},
    {Period::kMonth, "month"}, {Period::kQuarter, "quarter"},
    {Period::kYear, "year"},
};

// Monday = 0 ... Sunday = 6. Day 0 (1970-01-01) was a Thursday.
int IsoWeekday(Day d) {
  int r = static_cast<int>((static_cast<int64_t>(d) + 3) % 7);
  return r < 0 ? r + 7 : r;
}

}  // namespace

bool ParsePeriod(std::string_view name, Period* out) {
  for (const PeriodNameEntry& e : kPeriodNames) {
    if (name == e.name) {
      *out = e.period;
      return true;
    }
  }
  return false;
}

const char* PeriodName(Period p) {
  for (const PeriodNameEntry& e : kPeriodNames) {
    if (e.period == p) return e.name;
  }
  return "?";
}

Day PeriodStart(Day d, Period p) {
  if (d == kNoDate) return kNoDate;
  int y, m, dd;
  switch (p) {
    case Period::kDay:
      return d;
    case Period::kWeek:
      return d - IsoWeekday(d);
    case Period::kMonth:
      CivilFromDay(d, &y, &m, &dd);
      return DayFromCivil(y, m, 1);
    case Period::kQuarter:
      CivilFromDay(d, &y, &m, &dd);
      return DayFromCivil(y, (m - 1) / 3 * 3 + 1, 1);
    case Period::kYear:
      CivilFromDay(d, &y, &m, &dd);
      return DayFromCivil(y, 1, 1);
  }
  return d;
}

Day NextPeriodStart(Day start, Period p) {
  Day s = PeriodStart(start, p);
  int y, m, dd;
  switch (p) {
    case Period::kDay:
      return s + 1;
    case Period::kWeek:
      return s + 7;
    case Period::kMonth:
      CivilFromDay(s, &y, &m, &dd);
      return m == 12 ? DayFromCivil(y + 1, 1, 1) : DayFromCivil(y, m + 1, 1);
    case Period::kQuarter:
      CivilFromDay(s, &y, &m, &dd);
      return m == 10 ? DayFromCivil(y + 1, 1, 1) : DayFromCivil(y, m + 3, 1);
    case Period::kYear:
      CivilFromDay(s, &y, &m, &dd);
      return DayFromCivil(y + 1, 1, 1);
  }
  return s + 1;
}

std::string PeriodLabel(Day start, Period p) {
  if (start == kNoDate) return "";
  int y, m, d;
  char buf[32];
  switch (p) {
    case Period::kDay:
      return FormatIsoDate(start);
    case Period::kWeek: {
      // The ISO week-year is the year of the week's Thursday; week 1 is the
      // week holding that year's first Thursday.
      Day thursday = PeriodStart(start, Period::kWeek) + 3;
      CivilFromDay(thursday, &y, &m, &d);
      int week = (thursday - DayFromCivil(y, 1, 1)) / 7 + 1;
      std::snprintf(buf, sizeof(buf), "%04d-W%02d", y, week);
      return buf;
    }
    case Period::kMonth:
      CivilFromDay(start, &y, &m, &d);
      std::snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
      return buf;
    case Period::kQuarter:
      CivilFromDay(start, &y, &m, &d);
      std::snprintf(buf, sizeof(buf), "%04d-Q%d", y, (m - 1) / 3 + 1);
      return buf;
    case Period::kYear:
      CivilFromDay(start, &y, &m, &d);
      std::snprintf(buf, sizeof(buf), "%04d", y);
      return buf;
  }
  return "";
}

}  // namespace entente
