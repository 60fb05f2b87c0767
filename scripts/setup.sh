#!/usr/bin/env bash
# Installs the Debian packages entente needs to build, test and benchmark.
# Only what is missing is installed; run as root (or with sudo) on Debian 12.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  clang libclang-rt-14-dev          # libFuzzer and sanitizer runtimes
  libgtest-dev libgmock-dev libbenchmark-dev
  libicu-dev                         # Unicode normalisation and case folding
  libsimdjson-dev                    # JSONL article input
  libcli11-dev                       # command-line parsing
  libsqlite3-dev                     # the embedded store (entente ingest)
  sqlite3                            # the sqlite3 shell, used by the store tests' scripts
  nlohmann-json3-dev                 # JSON checks in the output tests
  time                               # /usr/bin/time for peak memory in make bench
  python3                            # make demo's event list, make accuracy (eventscore)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
