.PHONY: build test test-fast serve demo migrate ci bench-search bench-allocation format

build:
	swift build

test:
	swift test

test-fast:  ## pure targets only: seconds, no database
	swift test --filter 'WexchangeCoreTests|WexchangeGeoTests|WexchangeSearchTests|WexchangeMatchingTests'

serve demo:
	swift run wexchange serve --demo

migrate:
	swift run wexchange migrate

ci:
	bash .ci/run

bench-search:
	scripts/bench-search.sh

format:
	swift format --in-place --recursive Sources Tests

bench-allocation:  ## ordo-one/benchmark, built only with WEXCHANGE_BENCHMARKS set
	WEXCHANGE_BENCHMARKS=1 swift package --disable-sandbox benchmark --target AllocationBenchmarks
