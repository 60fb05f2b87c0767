#!/usr/bin/env bash
# Throughput of `entente code` on Reuters-21578, against TABARI's measured
# figures (docs: FIELD_NOTES.md), in two configurations measured side by
# side (runs interleaved): TABARI's full 2012 dictionaries (the engine's own
# figure) and entente's default dictionaries with its linguistics rules
# (dict/entente.project), with their ratio.
#
#   bench/run.sh [BUILD_DIR [SHARED_DIR]]     (make bench does the build)
#
# Runs BENCH_RUNS times (default 5) cold (empty cache) and as many warm
# (cache filled), single-threaded, and reports medians: sentences/s, MB/s,
# dictionary load time cold and from cache, peak memory, and `wc -w` over
# the same file as a floor. Results also go to BUILD_DIR/bench-results.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build-bench}" && pwd)"
shared="${2:-$root/../shared}"
runs="${BENCH_RUNS:-5}"

sgm="$shared/refdata/corpora/reuters21578/sgm"
tabari="$shared/refdata/tabari"
if [ ! -d "$sgm" ] || [ ! -f "$tabari/CAMEO.091003.master.verbs" ]; then
  echo "bench: reference data not found under $shared/refdata (Reuters-21578 and the TABARI"
  echo "bench: dictionaries); nothing to measure. Put shared/ beside the repository to run it."
  exit 0
fi
entente="$build/entente"
for tool in "$entente" "$build/reuters_to_jsonl"; do
  [ -x "$tool" ] || { echo "bench: $tool is missing; run 'make bench'" >&2; exit 1; }
done
timer=/usr/bin/time
[ -x "$timer" ] || { echo "bench: /usr/bin/time is missing (bash scripts/setup.sh installs it)" >&2; exit 1; }
pin=()
command -v taskset >/dev/null 2>&1 && pin=(taskset -c 0)

# (a) The corpus: one JSONL article per Reuters document with a BODY.
corpus="$build/reuters21578.jsonl"
if [ ! -s "$corpus" ] || [ "$build/reuters_to_jsonl" -nt "$corpus" ]; then
  "$build/reuters_to_jsonl" "$sgm"/*.sgm >"$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
bytes=$(stat -c %s "$corpus")
articles=$(wc -l <"$corpus")

dicts=(--actors "$tabari/CountryInfo.120116.actors" --actors "$tabari/Internatnl.120521.actors"
       --agents "$tabari/PSU.120522.agents" --verbs "$tabari/CAMEO.091003.master.verbs")
work="$build/bench-work"
cache="$work/cache"
rm -rf "$work"
mkdir -p "$work"

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
stat_of() { grep -o "$2=[0-9.]*" "$1" | head -n1 | cut -d= -f2; }

# One `entente code` run; appends "load_ms from_cache coding_s wall_s peak_kb sentences events"
# to $work/$2.$1. Configuration "tabari" uses TABARI's dictionaries, "entente" the defaults.
run_once() {
  local kind="$1" config="$2" err="$work/err.txt" tm="$work/time.txt"
  local args=()
  [ "$config" = tabari ] && args=("${dicts[@]}")
  if ! "$timer" -f "%e %M" -o "$tm" "${pin[@]}" "$entente" code --stats --cache-dir "$cache/$config" \
      "${args[@]}" "$corpus" >"$work/events.$config.jsonl" 2>"$err"; then
    echo "bench: entente code failed:" >&2
    tail -n 5 "$err" >&2
    exit 1
  fi
  echo "$(stat_of "$err" load_millis) $(stat_of "$err" loaded_from_cache)" \
       "$(stat_of "$err" coding_seconds) $(tail -n1 "$tm")" \
       "$(stat_of "$err" sentences) $(stat_of "$err" events)" >>"$work/$config.$kind"
}

echo "bench: $runs cold and $runs warm runs of entente code over $corpus ($articles articles)," \
     "each with TABARI's dictionaries and with entente's, interleaved"
for i in $(seq "$runs"); do
  for config in tabari entente; do
    rm -rf "$cache/$config"
    run_once cold "$config"
  done
done
for i in $(seq "$runs"); do
  for config in tabari entente; do run_once warm "$config"; done
done

# (c) The floor: `wc -w` over the same bytes, page cache warm.
wc -w "$corpus" >/dev/null
for i in $(seq "$runs"); do
  s=$(date +%s.%N); wc -w "$corpus" >/dev/null; e=$(date +%s.%N)
  echo "$s $e" | awk '{print $2 - $1}' >>"$work/wc"
done

col() { awk -v c="$2" '{print $c}' "$work/$1"; }
wc_s=$(median <"$work/wc")
report="$build/bench-results.txt"
: >"$report"

# Prints the report of one configuration and leaves its sentences/s in $sps_last.
summarise() {
  local config="$1" label="$2"
  local load_cold load_warm warm_hits coding wall_cold wall_warm peak_kb sentences events
  load_cold=$(col "$config.cold" 1 | median)
  load_warm=$(col "$config.warm" 1 | median)
  warm_hits=$(col "$config.warm" 2 | awk '{s+=$1} END {print s}')
  coding=$(cat <(col "$config.cold" 3) <(col "$config.warm" 3) | median)
  wall_cold=$(col "$config.cold" 4 | median)
  wall_warm=$(col "$config.warm" 4 | median)
  peak_kb=$(cat <(col "$config.cold" 5) <(col "$config.warm" 5) | sort -g | tail -n1)
  sentences=$(col "$config.warm" 6 | tail -n1)
  events=$(col "$config.warm" 7 | tail -n1)
  sps_last=$(awk -v s="$sentences" -v c="$coding" 'BEGIN { print (c > 0) ? s / c : 0 }')
  awk -v runs="$runs" -v articles="$articles" -v bytes="$bytes" -v sentences="$sentences" \
      -v events="$events" -v load_cold="$load_cold" -v load_warm="$load_warm" \
      -v warm_hits="$warm_hits" -v coding="$coding" -v wall_cold="$wall_cold" \
      -v wall_warm="$wall_warm" -v peak_kb="$peak_kb" -v wc_s="$wc_s" -v label="$label" 'BEGIN {
    mb = bytes / 1e6
    # Parenthesise every ternary: inside printf arguments awk reads ">" as a redirection.
    sps = (coding > 0) ? sentences / coding : 0
    mbps = (coding > 0) ? mb / coding : 0
    wc_mbps = (wc_s > 0) ? mb / wc_s : 0
    wc_ratio = (wc_s > 0) ? coding / wc_s : 0
    printf "=== %s\n", label
    printf "corpus           Reuters-21578: %d articles, %.1f MB JSONL, %d sentences (TABARI: 106,885), %d events\n", articles, mb, sentences, events
    printf "coding           %.3f s median of %d runs, one thread: %.0f sentences/s, %.2f MB/s\n", coding, 2 * runs, sps, mbps
    printf "wall time        %.2f s cold cache, %.2f s warm cache (median, load + coding + writing)\n", wall_cold, wall_warm
    if (warm_hits > 0)
      printf "dictionary load  %.1f ms cold, %.1f ms from cache (median; %d of %d warm runs served by the cache)\n", load_cold, load_warm, warm_hits, runs
    else
      printf "dictionary load  %.1f ms cold; no run was served by the cache (%.1f ms on the second runs)\n", load_cold, load_warm
    printf "peak memory      %.1f MB (max RSS over all runs)\n", peak_kb / 1024
    printf "floor            wc -w: %.3f s (%.0f MB/s); entente coding takes %.1fx as long\n", wc_s, wc_mbps, wc_ratio
    printf "vs TABARI        %.2fx TABARI 0.8.4b2 (5,600 sentences/s, load 1.1-1.2 s, 14 MB peak)\n", sps / 5600
    printf "vs target        %.2fx the target of 130,000 sentences/s\n", sps / 130000
  }' | tee -a "$report"
}

summarise tabari "TABARI's 2012 dictionaries (CountryInfo, Internatnl, PSU, CAMEO.091003): the engine's figure"
sps_tabari=$sps_last
summarise entente "entente's default dictionaries (dict/entente.project) with SET: LINGUISTICS"
sps_entente=$sps_last
awk -v a="$sps_entente" -v b="$sps_tabari" 'BEGIN {
  r = (b > 0) ? a / b : 0
  printf "=== side by side\nentente defaults run at %.2fx the engine figure (target: at least 0.80)\n", r
}' | tee -a "$report"
