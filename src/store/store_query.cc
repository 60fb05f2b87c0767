// The read path: dyad series from the pre-aggregated dyad_days and
// dyad_months tables, evidence and exports from events.
#include <algorithm>
#include <map>
#include <set>

#include "store/store_impl.h"

namespace entente::store {
namespace {

// [lo, hi) bounds of the codes starting with `prefix` in byte order; hi is
// "" when there is no upper bound (empty prefix, or one of 0xff bytes).
void PrefixRange(const std::string& prefix, std::string* lo, std::string* hi) {
  *lo = prefix;
  *hi = prefix;
  while (!hi->empty() && static_cast<unsigned char>(hi->back()) == 0xff) hi->pop_back();
  if (!hi->empty()) hi->back() = static_cast<char>(hi->back() + 1);
}

int64_t DayOrMin(Day d) { return d == kNoDate ? INT64_MIN : d; }
int64_t DayOrMax(Day d) { return d == kNoDate ? INT64_MAX : d; }

Day MonthStart(Day d) {
  int y, m, dd;
  CivilFromDay(d, &y, &m, &dd);
  return DayFromCivil(y, m, 1);
}

Day NextMonthStart(Day d) {
  int y, m, dd;
  CivilFromDay(d, &y, &m, &dd);
  return m == 12 ? DayFromCivil(y + 1, 1, 1) : DayFromCivil(y, m + 1, 1);
}

Day DayFromText(std::string_view iso) {
  Day d = kNoDate;
  if (iso.size() >= 10) ParseIsoDate(iso.substr(0, 10), &d);
  return d;
}

}  // namespace

void SqliteStore::StartQuery() {
  writer_.Wait();
  if (!wide_map_) {
    // Queries seek pages all over the day-first tables, and mapped pages
    // are read without a copy; only the pages touched become resident.
    // Ingest keeps the reader at 256 MB: its group lookups walk the tail of
    // a growing file, and a wide map would keep all of it resident.
    wide_map_ = read_.Exec("PRAGMA mmap_size=17179869184").ok();
  }
}

Status SqliteStore::Pairs(const DyadSelector& dyad,
                          std::vector<std::pair<std::string, std::string>>* out) {
  Stmt st;
  Status s = read_.Prepare(
      "SELECT source, target FROM dyads WHERE source >= ?1 AND (?2 = '' OR source < ?2) "
      "AND target >= ?3 AND (?4 = '' OR target < ?4)",
      &st);
  if (!s.ok()) return s;
  std::set<std::pair<std::string, std::string>> pairs;
  auto collect = [&](const std::string& from, const std::string& to) -> Status {
    std::string lo1, hi1, lo2, hi2;
    PrefixRange(from, &lo1, &hi1);
    PrefixRange(to, &lo2, &hi2);
    st.Bind(1, lo1);
    st.Bind(2, hi1);
    st.Bind(3, lo2);
    st.Bind(4, hi2);
    for (;;) {
      bool row = false;
      Status r = st.Step(&row);
      if (!r.ok() || !row) {
        st.Reset();
        return r;
      }
      pairs.emplace(std::string(st.Text(0)), std::string(st.Text(1)));
    }
  };
  if (!(s = collect(dyad.a, dyad.b)).ok()) return s;
  if (!dyad.directed && !(s = collect(dyad.b, dyad.a)).ok()) return s;
  out->assign(pairs.begin(), pairs.end());
  return Status::Ok();
}

Status SqliteStore::DayBounds(const char* table, const char* column, Day* first, Day* last) {
  Stmt st;
  // Two subqueries: SQLite answers min() or max() alone from the index, but
  // scans the table for both in one SELECT.
  const std::string c(column), t(table);
  Status s = read_.Prepare("SELECT (SELECT min(" + c + ") FROM " + t + "), (SELECT max(" + c +
                               ") FROM " + t + ")",
                           &st);
  bool row = false;
  if (s.ok()) s = st.Step(&row);
  if (!s.ok()) return s;
  *first = st.IsNull(0) ? kNoDate : static_cast<Day>(st.Int(0));
  *last = st.IsNull(1) ? kNoDate : static_cast<Day>(st.Int(1));
  return Status::Ok();
}

Status SqliteStore::DailyCounts(const DyadSelector& dyad, Day from, Day to, CountBy by,
                                std::vector<DailyCount>* out, bool with_modal, bool whole_months) {
  StartQuery();
  out->clear();
  std::vector<std::pair<std::string, std::string>> pairs;
  Status s = Pairs(dyad, &pairs);
  if (!s.ok() || pairs.empty()) return s;
  const std::string count = by == CountBy::kGroups ? "groups, goldstein_groups"
                                                   : "mentions, goldstein_mentions";
  // Whole months inside [from, to] come from dyad_months, the days before
  // and after them from dyad_days.
  struct Range {
    bool months;
    int64_t lo, hi;
  };
  std::vector<Range> ranges;
  if (!whole_months) {
    ranges.push_back({false, DayOrMin(from), DayOrMax(to)});
  } else {
    const Day first_month = from == kNoDate ? kNoDate
                            : MonthStart(from) == from ? from
                                                       : NextMonthStart(from);
    const Day last_month_end = to == kNoDate ? kNoDate
                               : NextMonthStart(to) - 1 == to ? to
                                                              : MonthStart(to) - 1;
    if (first_month != kNoDate && last_month_end != kNoDate && first_month > last_month_end) {
      ranges.push_back({false, DayOrMin(from), DayOrMax(to)});
    } else {
      ranges.push_back({true, DayOrMin(first_month), DayOrMax(last_month_end)});
      if (from != kNoDate && from < first_month) ranges.push_back({false, from, first_month - 1});
      if (to != kNoDate && last_month_end < to) ranges.push_back({false, last_month_end + 1, to});
    }
  }
  std::map<std::pair<Day, int>, DailyCount> merged;
  auto add = [&merged](Stmt& st, int first) {
    const Day day = static_cast<Day>(st.Int(first));
    const int quad = static_cast<int>(st.Int(first + 1));
    DailyCount& c = merged[{day, quad}];
    c.day = day;
    c.quad = quad;
    c.events += st.Int(first + 2);
    c.goldstein_sum += st.Double(first + 3);
  };
  for (const Range& r : ranges) {
    const char* table = r.months ? "dyad_months" : "dyad_days";
    // The tables are keyed day first (ingest appends). A few pairs over a
    // few years: one seek per (day, pair). Many: one pass over the range.
    Day first, last;
    if (!(s = DayBounds(table, "day", &first, &last)).ok()) return s;
    if (first == kNoDate) continue;
    const int64_t lo = std::max<int64_t>(r.lo, first), hi = std::min<int64_t>(r.hi, last);
    if (lo > hi) continue;
    std::string days = "[";
    size_t keys = 0;
    for (Day d = r.months ? MonthStart(static_cast<Day>(lo)) : static_cast<Day>(lo); d <= hi;
         d = r.months ? NextMonthStart(d) : d + 1) {
      if (d < lo) continue;
      if (keys++) days += ',';
      days += std::to_string(d);
    }
    days += ']';
    Stmt st;
    if (keys * pairs.size() <= 250'000) {
      s = read_.Prepare(std::string("SELECT t.day, t.quad, ") + count + " FROM json_each(?1) j " +
                            "CROSS JOIN " + table + " t ON t.day = j.value AND t.source = ?2 " +
                            "AND t.target = ?3 AND t.factual >= ?4",
                        &st);
      if (!s.ok()) return s;
      for (const auto& [source, target] : pairs) {
        st.Bind(1, days);
        st.Bind(2, source);
        st.Bind(3, target);
        st.Bind(4, with_modal ? 0 : 1);
        for (;;) {
          bool row = false;
          if (!(s = st.Step(&row)).ok() || !row) break;
          add(st, 0);
        }
        st.Reset();
        if (!s.ok()) return s;
      }
    } else {
      std::set<std::pair<std::string_view, std::string_view>> wanted(pairs.begin(), pairs.end());
      s = read_.Prepare(std::string("SELECT source, target, day, quad, ") + count + " FROM " +
                            table + " WHERE day BETWEEN ?1 AND ?2 AND factual >= ?3",
                        &st);
      if (!s.ok()) return s;
      st.Bind(1, lo);
      st.Bind(2, hi);
      st.Bind(3, with_modal ? 0 : 1);
      for (;;) {
        bool row = false;
        if (!(s = st.Step(&row)).ok() || !row) break;
        if (wanted.count({st.Text(0), st.Text(1)})) add(st, 2);
      }
      st.Reset();
      if (!s.ok()) return s;
    }
  }
  for (auto& [k, c] : merged) {
    if (c.events > 0) out->push_back(c);
  }
  return Status::Ok();
}

Status SqliteStore::Initiative(const DyadSelector& dyad, Day from, Day to, CountBy by,
                               int64_t* a_to_b, int64_t* b_to_a) {
  StartQuery();
  std::vector<DailyCount> rows;
  *a_to_b = *b_to_a = 0;
  Status s = DailyCounts({dyad.a, dyad.b, true}, from, to, by, &rows, false, true);
  if (!s.ok()) return s;
  for (const DailyCount& r : rows) *a_to_b += r.events;
  if (!(s = DailyCounts({dyad.b, dyad.a, true}, from, to, by, &rows, false, true)).ok()) return s;
  for (const DailyCount& r : rows) *b_to_a += r.events;
  return Status::Ok();
}

Status SqliteStore::Evidence(const DyadSelector& dyad, Day from, Day to, EvidenceOrder order,
                             size_t limit, std::vector<EvidenceEvent>* out) {
  StartQuery();
  out->clear();
  std::vector<std::pair<std::string, std::string>> pairs;
  Status s = Pairs(dyad, &pairs);
  if (!s.ok()) return s;
  // The group's own code, Goldstein score and date are its first event's
  // (goldstein) and its earliest (date): the best groups are chosen from
  // event_groups alone, and only they are joined to their event and article.
  const char* order_by = order == EvidenceOrder::kMostCooperative ? "g.goldstein DESC, g.mentions DESC, g.date DESC"
                         : order == EvidenceOrder::kMostConflictual ? "g.goldstein ASC, g.mentions DESC, g.date DESC"
                                                                    : "g.date DESC, g.first_event DESC";
  // event_groups is keyed time first (window, source, target...) so that
  // ingest appends: one seek per (window, pair) of the range.
  Day first, last;
  if (!(s = DayBounds("event_groups", "window", &first, &last)).ok()) return s;
  if (first == kNoDate) return Status::Ok();
  // Windows that overlap [from, to].
  const int64_t lo = from == kNoDate ? first : std::max<int64_t>(from - window_ + 1, first);
  const int64_t hi = std::min<int64_t>(DayOrMax(to), last);
  std::string windows = "[";
  for (int64_t d = lo; d <= hi; ++d) {
    if (d != lo) windows += ',';
    windows += std::to_string(d);
  }
  windows += ']';
  std::string sql =
      "SELECT e.id, e.grp, e.date, e.source, e.target, e.code, coalesce(e.goldstein, 0), e.quad, "
      "a.doc, a.publisher, e.sentence, a.sentences ->> e.sentence, g.mentions "
      "FROM (SELECT g.first_event, g.mentions FROM json_each(?6) j "
      "CROSS JOIN event_groups g ON g.window = j.value AND g.source = ?1 AND g.target = ?2 "
      "AND g.factual = 1 WHERE g.date BETWEEN ?3 AND ?4 ORDER BY ";
  sql += order_by;
  sql += " LIMIT ?5) g JOIN events e ON e.id = g.first_event JOIN articles a ON a.id = e.article";
  Stmt st;
  if (!(s = read_.Prepare(sql, &st)).ok()) return s;
  for (const auto& [source, target] : pairs) {
    st.Bind(1, source);
    st.Bind(2, target);
    st.Bind(3, DayOrMin(from));
    st.Bind(4, DayOrMax(to));
    st.Bind(5, static_cast<int64_t>(limit));
    st.Bind(6, windows);
    for (;;) {
      bool row = false;
      if (!(s = st.Step(&row)).ok() || !row) break;
      EvidenceEvent e;
      e.event_id = st.Int(0);
      e.group_id = st.Int(1);
      e.date = static_cast<Day>(st.Int(2));
      e.source = st.Text(3);
      e.target = st.Text(4);
      e.code = st.Text(5);
      e.goldstein = st.Double(6);
      e.quad = static_cast<int>(st.Int(7));
      e.doc = st.Text(8);
      e.publisher = st.Text(9);
      e.sentence = static_cast<int>(st.Int(10));
      e.text = st.Text(11);
      e.mentions = st.Int(12);
      out->push_back(std::move(e));
    }
    st.Reset();
    if (!s.ok()) return s;
  }
  auto better = [order](const EvidenceEvent& x, const EvidenceEvent& y) {
    switch (order) {
      case EvidenceOrder::kMostCooperative:
        if (x.goldstein != y.goldstein) return x.goldstein > y.goldstein;
        break;
      case EvidenceOrder::kMostConflictual:
        if (x.goldstein != y.goldstein) return x.goldstein < y.goldstein;
        break;
      case EvidenceOrder::kLatest:
        break;
    }
    if (order != EvidenceOrder::kLatest && x.mentions != y.mentions) return x.mentions > y.mentions;
    if (x.date != y.date) return x.date > y.date;
    return x.event_id > y.event_id;
  };
  std::sort(out->begin(), out->end(), better);
  if (out->size() > limit) out->resize(limit);
  return Status::Ok();
}

Status SqliteStore::Export(const ExportFilter& f,
                           const std::function<void(const ExportRecord&)>& row_fn) {
  StartQuery();
  std::string lo, hi;
  PrefixRange(f.actor, &lo, &hi);
  Stmt st;
  Status s = read_.Prepare(
      "SELECT e.id, e.grp, e.date, a.ingested, e.source, e.target, e.source_text, e.target_text, "
      "e.code, e.negated, e.hypothetical, a.doc, a.publisher, a.url, e.sentence, a.sentences ->> e.sentence, "
      "e.verb_text, g.mentions, g.sources, g.articles "
      "FROM events e JOIN event_groups g ON g.id = e.grp "
      "JOIN articles a ON a.id = e.article "
      "WHERE coalesce(e.date, 0) BETWEEN ?1 AND ?2 "
      "AND (?3 = '' OR (e.source >= ?3 AND (?4 = '' OR e.source < ?4)) "
      "     OR (e.target >= ?3 AND (?4 = '' OR e.target < ?4))) "
      "AND (?5 OR (e.negated = 0 AND e.hypothetical = 0)) "
      "AND (?6 = 0 OR g.first_event = e.id) "
      "ORDER BY e.date, e.id",
      &st);
  if (!s.ok()) return s;
  st.Bind(1, DayOrMin(f.from));
  st.Bind(2, DayOrMax(f.to));
  st.Bind(3, lo);
  st.Bind(4, hi);
  st.Bind(5, f.with_modal ? 1 : 0);
  st.Bind(6, f.one_per_group ? 1 : 0);
  ExportRecord r;
  for (;;) {
    bool row = false;
    if (!(s = st.Step(&row)).ok() || !row) break;
    r.event_id = st.Int(0);
    r.group_id = st.Int(1);
    r.date = st.IsNull(2) ? kNoDate : static_cast<Day>(st.Int(2));
    r.date_added = DayFromText(st.Text(3));
    r.source = st.Text(4);
    r.target = st.Text(5);
    r.source_name = st.Text(6);
    r.target_name = st.Text(7);
    r.code = st.Text(8);
    r.negated = st.Int(9) != 0;
    r.hypothetical = st.Int(10) != 0;
    r.article_id = st.Text(11);
    r.publisher = st.Text(12);
    r.url = st.Text(13);
    r.sentence = static_cast<int>(st.Int(14));
    r.text = st.Text(15);
    r.verb_text = st.Text(16);
    r.num_mentions = st.Int(17);
    r.num_sources = st.Int(18);
    r.num_articles = st.Int(19);
    row_fn(r);
  }
  st.Reset();
  return s;
}

Status SqliteStore::GetTotals(Totals* out) {
  writer_.Wait();  // no wider map: this reads four rows of meta
  Stmt st;
  Status s = read_.Prepare(
      "SELECT key, CAST(value AS INTEGER) FROM meta "
      "WHERE key IN ('articles', 'sentences', 'events', 'groups')",
      &st);
  if (!s.ok()) return s;
  *out = Totals();
  for (;;) {
    bool row = false;
    if (!(s = st.Step(&row)).ok() || !row) return s;
    const std::string_view key = st.Text(0);
    (key == "articles"    ? out->articles
     : key == "sentences" ? out->sentences
     : key == "events"    ? out->events
                          : out->groups) = st.Int(1);
  }
}

}  // namespace entente::store

namespace entente::store {

Status SqliteStore::GroupReports(int64_t group, std::vector<StoredReport>* out) {
  StartQuery();
  out->clear();
  Stmt articles, sentences, events;
  Status s = read_.Prepare(
      "SELECT a.id, a.doc, a.publisher, a.date FROM articles a "
      "WHERE a.id IN (SELECT article FROM events WHERE grp = ?) ORDER BY a.id",
      &articles);
  if (s.ok()) {
    s = read_.Prepare("SELECT value FROM articles, json_each(articles.sentences) "
                    "WHERE articles.id = ? ORDER BY CAST(key AS INTEGER)",
                    &sentences);
  }
  if (s.ok()) {
    s = read_.Prepare("SELECT sentence, date, source, target, code, negated, hypothetical, "
                    "source_text, target_text, verb_text FROM events WHERE article = ? ORDER BY id",
                    &events);
  }
  if (!s.ok()) return s;
  articles.Bind(1, group);
  for (;;) {
    bool row = false;
    if (!(s = articles.Step(&row)).ok() || !row) break;
    StoredReport r;
    const int64_t id = articles.Int(0);
    r.doc = articles.Text(1);
    r.publisher = articles.Text(2);
    r.date = articles.IsNull(3) ? kNoDate : static_cast<Day>(articles.Int(3));
    sentences.Bind(1, id);
    while ((s = sentences.Step(&row)).ok() && row) r.sentences.emplace_back(sentences.Text(0));
    sentences.Reset();
    if (!s.ok()) return s;
    events.Bind(1, id);
    while ((s = events.Step(&row)).ok() && row) {
      Event e;
      e.doc = r.doc;
      e.sentence = static_cast<int>(events.Int(0));
      e.date = events.IsNull(1) ? kNoDate : static_cast<Day>(events.Int(1));
      e.source = events.Text(2);
      e.target = events.Text(3);
      e.code = events.Text(4);
      e.negated = events.Int(5) != 0;
      e.hypothetical = events.Int(6) != 0;
      e.source_text = events.Text(7);
      e.target_text = events.Text(8);
      e.verb_text = events.Text(9);
      if (e.sentence >= 0 && static_cast<size_t>(e.sentence) < r.sentences.size()) {
        e.text = r.sentences[static_cast<size_t>(e.sentence)];
      }
      r.events.push_back(std::move(e));
    }
    events.Reset();
    if (!s.ok()) return s;
    out->push_back(std::move(r));
  }
  articles.Reset();
  if (s.ok() && out->empty()) {
    return Status::NotFound(read_.name() + ": no event group " + std::to_string(group));
  }
  return s;
}

}  // namespace entente::store
