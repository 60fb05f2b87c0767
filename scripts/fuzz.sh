#!/usr/bin/env bash
# Builds every libFuzzer target (fuzz/fuzz_*.cc) with clang in BUILD_DIR and
# runs each for FUZZ_SECONDS on its own corpus BUILD_DIR/corpus/NAME, seeded
# from fuzz/corpus/NAME when that folder exists. Exits non-zero if any target
# crashes, leaks, times out or fails to build. Usage: scripts/fuzz.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-fuzz}"
seconds="${FUZZ_SECONDS:-10}"
jobs="${JOBS:-$(nproc)}"

shopt -s nullglob
sources=(fuzz/fuzz_*.cc)
if [ ${#sources[@]} -eq 0 ]; then
  echo "fuzz: no fuzz/fuzz_*.cc targets yet; nothing to run"
  exit 0
fi
if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz: clang++ is needed (bash scripts/setup.sh installs it)" >&2
  exit 1
fi

targets=()
for src in "${sources[@]}"; do targets+=("$(basename "$src" .cc)"); done

if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DENTENTE_FUZZ=ON -DENTENTE_TESTS=OFF -DENTENTE_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

mkdir -p "$build/artifacts" "$build/logs"
failed=()
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  mkdir -p "$corpus"
  dirs=("$corpus")
  [ -d "fuzz/corpus/$t" ] && dirs+=("fuzz/corpus/$t")
  log="$build/logs/$t.log"
  bin="$build/fuzz/$t"
  [ -x "$bin" ] || bin="$build/$t"
  if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$build/artifacts/$t-" -print_final_stats=1 "${dirs[@]}" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz: $t ok ($runs runs in ${seconds}s, corpus $(ls "$corpus" | wc -l) inputs)"
  else
    echo "fuzz: $t FAILED; last lines of $log:" >&2
    tail -n 30 "$log" >&2
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]} (inputs in $build/artifacts/)" >&2
  exit 1
fi
