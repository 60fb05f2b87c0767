#!/usr/bin/env bash
# Store benchmark (make bench runs it after bench/run.sh): builds a database
# of STORE_BENCH_EVENTS synthetic events (default 10 million) through the
# store's own write path, in transactions of 5000 articles, and reports the
# ingest rate (events/s into SQLite, coding excluded) and the time of a
# monthly RUS<->CHN dyad report over ten years on it (median of 20).
# Synthetic data, so it needs no reference files; see bench/store_bench.cc
# for the distribution. The database (about 2.5 GB for 10 million events)
# is deleted afterwards unless STORE_BENCH_KEEP=1.
#
#   bench/store.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build-bench}" && pwd)"
events="${STORE_BENCH_EVENTS:-10000000}"
[ -x "$build/store_bench" ] || { echo "bench: $build/store_bench is missing; run 'make bench'" >&2; exit 1; }
db="$build/store-bench.db"
echo "--- store: $events synthetic events into $db"
/usr/bin/time -f "store: peak memory %M KB" "$build/store_bench" --db "$db" --events "$events" \
  --queries 20 --batch 5000 2>&1 | tee "$build/store-bench-results.txt"
if [ "${STORE_BENCH_KEEP:-0}" != 1 ]; then rm -f "$db" "$db-wal" "$db-shm"; fi
