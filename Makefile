.PHONY: build test test-fast serve demo migrate ci bench-search format

build:
	swift build

test:
	swift test

test-fast:  ## pure targets only: seconds, no database
	swift test --filter 'WexchangeCoreTests|WexchangeGeoTests|WexchangeSearchTests'

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
