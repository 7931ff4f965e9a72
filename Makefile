# A thin layer over CMake. `make demo` and `make test` are the README's two commands.
BUILD_DIR ?= build
ASAN_DIR ?= build-asan
JOBS ?= 2
DEMO_DB ?= $(BUILD_DIR)/demo.db
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60

.PHONY: all setup configure build demo test test-asan fuzz bench format check-format clean

all: build

setup:
	@scripts/setup

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release

configure: $(BUILD_DIR)/CMakeCache.txt

build: setup configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

demo: build
	scripts/demo $(BUILD_DIR)/tools/dossier $(DEMO_DB)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS)

test-asan: setup
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DDOSSIER_SANITIZE=ON -DDOSSIER_BUILD_BENCH=OFF
	cmake --build $(ASAN_DIR) -j$(JOBS)
	cd $(ASAN_DIR) && ctest --output-on-failure -j$(JOBS)

# libFuzzer targets (tests/fuzz), built with clang, each run for FUZZ_SECONDS; fails on any crash.
fuzz: setup
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOSSIER_FUZZ=ON
	cmake --build $(FUZZ_DIR) -j$(JOBS)
	scripts/fuzz $(FUZZ_DIR) $(FUZZ_SECONDS)

bench: build
	scripts/bench $(BUILD_DIR)

format:
	git ls-files '*.cc' '*.h' | xargs clang-format -i

check-format:
	git ls-files '*.cc' '*.h' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(FUZZ_DIR)
