# entente: the two commands a newcomer needs are `make demo` and `make test`.
# Every target first runs scripts/setup.sh, which installs whatever Debian 12
# packages are missing (as root, or through sudo).
BUILD ?= build
SHARED ?= ../shared
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 10
# How long `make test` runs each fuzzer (when clang is installed).
TEST_FUZZ_SECONDS ?= 5

SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c

.PHONY: all setup build demo accuracy test bench fuzz asan clean

all: build

setup:
	@bash scripts/setup.sh

$(BUILD)/build.ninja: | setup
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: setup $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

# Ingests the bundled sample (data/samples/articles.jsonl: 84 articles,
# 2022-2025) into a fresh SQLite database, $(BUILD)/demo.db, and prints the
# brief on Russia and China; compares Moscow's and Beijing's accounts of one
# exchange (tests/compare). Then codes the project's seed article
# ($(SHARED)/seed/article.txt, August 2023) into $(BUILD)/demo-seed.jsonl and
# prints each event on one line.
demo: build
	rm -f $(BUILD)/demo.db $(BUILD)/demo.db-wal $(BUILD)/demo.db-shm
	$(BUILD)/entente ingest --db $(BUILD)/demo.db data/samples/articles.jsonl
	@echo "--- the brief (entente brief --db $(BUILD)/demo.db RUS CHN)"
	@$(BUILD)/entente brief --db $(BUILD)/demo.db RUS CHN
	@echo "--- two readouts of the Lavrov-Wang Yi talks, 9 April 2024 (entente compare tests/compare/lavrov_wang_2024_04.jsonl)"
	@$(BUILD)/entente compare tests/compare/lavrov_wang_2024_04.jsonl
	@if [ -f $(SHARED)/seed/article.txt ]; then \
	  echo "--- seed article ($(SHARED)/seed/article.txt, dated 2023-08-10; events in $(BUILD)/demo-seed.jsonl)"; \
	  $(BUILD)/entente code --input text --date 2023-08-10 $(SHARED)/seed/article.txt > $(BUILD)/demo-seed.jsonl; \
	  python3 scripts/show_events.py $(BUILD)/demo-seed.jsonl; \
	else \
	  echo "seed article: skipped, $(SHARED)/seed absent"; \
	fi

# Codes the gold sets in $(SHARED)/refdata/gold (entente's dictionaries and
# TABARI's as a baseline), scores them with eventscore, prints the table and
# writes it into docs/accuracy.md; predictions stay in $(BUILD)/accuracy/.
accuracy: build
	BUILD=$(BUILD) SHARED=$(SHARED) bash scripts/accuracy.sh

# Unit, end-to-end and validation tests, then each fuzzer briefly when clang
# is available.
test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@echo "--- validation suites (each failing record is listed)"
	@printf 'entente golden suite (tests/golden/engine): '; $(BUILD)/entente validate tests/golden/engine.project
	@printf 'entente linguistics suite (tests/golden/linguistics): '; $(BUILD)/entente validate tests/golden/linguistics.project
	@if [ -f $(SHARED)/refdata/tabari/Validate.project ]; then \
	  printf 'TABARI Validate.project: '; $(BUILD)/entente validate $(SHARED)/refdata/tabari/Validate.project; \
	else \
	  echo "TABARI Validate.project: skipped, $(SHARED)/refdata absent"; \
	fi
	@if command -v clang++ >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(TEST_FUZZ_SECONDS); \
	else \
	  echo "make test: clang++ not found, fuzzers not run"; \
	fi

# Release build (-O3 -DNDEBUG) in build-bench, then bench/run.sh: coding
# throughput on Reuters-21578 (TABARI's dictionaries and the defaults, cold
# and warm cache), and bench/store.sh: ingest rate into SQLite and dyad
# query time on STORE_BENCH_EVENTS synthetic events.
STORE_BENCH_EVENTS ?= 10000000
bench: setup
	cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_CXX_FLAGS_RELEASE="-O3 -DNDEBUG" -DENTENTE_TESTS=OFF -DENTENTE_BENCH=ON
	cmake --build build-bench -j $(JOBS)
	bash bench/run.sh build-bench $(SHARED)
	STORE_BENCH_EVENTS=$(STORE_BENCH_EVENTS) bash bench/store.sh build-bench

# libFuzzer targets (fuzz/fuzz_*.cc) built with clang in build-fuzz, each run
# for FUZZ_SECONDS on its own corpus; fails if any of them crashes.
fuzz: setup
	FUZZ_SECONDS=$(FUZZ_SECONDS) JOBS=$(JOBS) bash scripts/fuzz.sh build-fuzz

# Unit tests under AddressSanitizer and UBSan (CI runs this after `make test`).
asan: setup
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DENTENTE_SANITIZE=ON -DENTENTE_BENCH=OFF
	cmake --build build-asan -j $(JOBS)
	# Throughput assertions mean nothing at sanitizer speed: skip them.
	cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  GTEST_FILTER='-*Throughput*:*Speed*' \
	  ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) build-asan build-fuzz build-bench
