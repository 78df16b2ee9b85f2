# newsift: the two commands a user needs are `make run` and `make test`.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps build run test asan fuzz bench python clean format

all: build

# The engine's build dependencies plus the Python test packages (pytest, Dask), so that
# `make test` runs the Python and Dask tests on a fresh machine too.
deps:
	@scripts/install-deps --python

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

# The Python module in the build tree (import with PYTHONPATH=$(BUILD)/python);
# installed instead: /usr/bin/python3 -m pip install --no-build-isolation .
python: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS) --target _newsift
	@echo "PYTHONPATH=$(BUILD)/python /usr/bin/python3 -c 'import newsift'"
	@echo "NEWSIFT_BUILD=$(BUILD) scripts/newsift-dask --help"

clean:
	rm -rf build build-asan build-fuzz build-release python/newsift.egg-info

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')
