# newsift: the two commands a user needs are `make run` and `make test`.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps build run test asan fuzz bench python clean format

all: build

deps:
	@scripts/install-deps

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

# Ingest the bundled sample corpus into a fresh database, then print a search.
run: build
	@scripts/run-sample $(BUILD)/newsift

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# Tests under AddressSanitizer + UndefinedBehaviorSanitizer.
asan:
	@$(MAKE) --no-print-directory test BUILD=build-asan BUILD_TYPE=Debug \
	  CMAKE_FLAGS="-DNEWSIFT_SANITIZE=ON $(CMAKE_FLAGS)"

# Build libFuzzer targets with clang and run each briefly (FUZZ_SECONDS each).
fuzz: deps
	@scripts/run-fuzz $(or $(FUZZ_SECONDS),20)

bench: deps
	@scripts/install-deps --bench
	@bench/run

# The Python module (built by `make build` too); import it with PYTHONPATH=build/python.
python: build
	@echo "PYTHONPATH=$(BUILD)/python /usr/bin/python3 -c 'import newsift'"

clean:
	rm -rf build build-asan build-fuzz build-release

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')
