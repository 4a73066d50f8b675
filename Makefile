# Quelle's entry points. The two that matter most:
#   make serve   build everything and serve the site on http://localhost:8000
#   make test    run every test (what CI runs)
# Each target installs what it needs first (scripts/bootstrap, idempotent).

JOBS ?= $(shell nproc)
SHARED ?= $(abspath ../shared)
NATIVE := build/native
ASAN := build/asan
WASM_BUILD := build/wasm-cmake
FUZZ_BUILD := build/fuzz
PORT ?= 8000
FUZZ_SECONDS ?= 60
FUZZ_CAMPAIGN_SECONDS ?= 9000

# Debian's emscripten: its JS optimizer finds acorn only through NODE_PATH.
# (Its system libraries come prebuilt in a frozen cache: leave EM_CACHE alone.)
export NODE_PATH := /usr/share/nodejs

.PHONY: all bootstrap native wasm web serve test test-unit test-asan test-js test-browser test-robustness \
        test-eval test-dask eval bench fuzz fuzz-build fuzz-campaign robustness-full format check-code clean

all: native web

bootstrap:
	scripts/bootstrap

native:
	cmake -S . -B $(NATIVE) -DCMAKE_BUILD_TYPE=Release > /dev/null
	cmake --build $(NATIVE) -j $(JOBS)

wasm: bootstrap
	emcmake cmake -S . -B $(WASM_BUILD) -DCMAKE_BUILD_TYPE=Release > /dev/null
	cmake --build $(WASM_BUILD) -j $(JOBS)

web: wasm
	scripts/build-web

serve: bootstrap native web
	@echo "Quelle: http://localhost:$(PORT)/"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory build/web

test: bootstrap native web
	scripts/run-tests

test-unit: native
	cd $(NATIVE) && ctest --output-on-failure -j $(JOBS)

test-asan:
	cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUELLE_SANITIZE=address,undefined > /dev/null
	cmake --build $(ASAN) -j $(JOBS) --target quelle_tests quelle quelle_api_example
	cd $(ASAN) && ctest --output-on-failure -j $(JOBS)

# One suite of make test at a time.
test-js: web
	node --test tests/js/

test-browser: web
	node --test --test-concurrency=1 tests/browser/

test-robustness: native web
	node --test tests/robustness/

# scripts/quelle-dask on LocalClusters (Debian's python3-distributed).
test-dask: native
	/usr/bin/python3 tests/cli/test_dask.py $(NATIVE)/quelle $(SHARED)

test-eval: native
	scripts/eval-quotes $(NATIVE)/quelle --check tests/eval/quotes-baseline.json
	scripts/eval-ner $(NATIVE)/quelle --check tests/eval/ner-baseline.json

eval: native
	scripts/eval-quotes $(NATIVE)/quelle
	scripts/eval-direct-speakers $(NATIVE)/quelle --json build/eval/en-wikinews-direct.json
	scripts/eval-frame-roles $(NATIVE)/quelle --json build/eval/frame-roles.json
	scripts/eval-gender $(NATIVE)/quelle --json build/eval/gender.json
	scripts/eval-ner $(NATIVE)/quelle

bench: bootstrap native web
	node bench/run.mjs

# The full-size robustness run (CI runs a smaller batch in make test).
robustness-full: native web
	QUELLE_BATCH_LINES=100000 node --test tests/robustness/

# The fuzz build instruments the core too (QUELLE_FUZZ); make fuzz checks
# that (scripts/check-fuzz-flags) and runs every target FUZZ_SECONDS from the
# committed corpus. The long run that grows that corpus: make fuzz-campaign
# (docs/fuzzing.md).
fuzz-build:
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUELLE_FUZZ=ON -DQUELLE_TESTS=OFF > /dev/null
	cmake --build $(FUZZ_BUILD) -j $(JOBS)

fuzz: fuzz-build
	scripts/run-fuzzers $(FUZZ_BUILD) $(FUZZ_SECONDS)

fuzz-campaign: fuzz-build
	scripts/fuzz-campaign -b $(FUZZ_BUILD) -t $(FUZZ_CAMPAIGN_SECONDS)

# Rewrites every C++ source as .clang-format says (make test checks it).
format:
	git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

# Function length and formatting (scripts/check-code; part of make test).
check-code: native
	scripts/check-code $(NATIVE)

clean:
	rm -rf $(NATIVE) $(ASAN) $(WASM_BUILD) $(FUZZ_BUILD) build/wasm build/web
