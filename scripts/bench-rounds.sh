#!/usr/bin/env bash
# Rounds benchmark (BENCHMARKS.md, "Rounds"): a national virtual-pool round of 100,000 students
# and a hub round of 20,000, each generated into a fresh database and run end to end by
# `wexchange round run` (load from the database, engine, write every offer), with wall time and
# peak memory; then the export reproduced by `wexchange allocate` on the same release build.
#   scripts/bench-rounds.sh [DATABASE_URL_PREFIX]
# With no argument each round gets a fresh SQLite file under $WORK (default: a temporary
# directory). With postgres://user:pass@host:port/ it creates and drops databases bench_rounds_*.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
BIN=.build/release/wexchange
WORK=${WORK:-$(mktemp -d)}
PREFIX=${1:-}

run() {  # name scope students opportunities
    local name=$1 scope=$2 students=$3 opportunities=$4 url
    if [ -z "$PREFIX" ]; then
        url="sqlite:$WORK/$name.sqlite"; rm -f "$WORK/$name.sqlite"*
    else
        su postgres -c "dropdb --if-exists bench_rounds_$name" && su postgres -c "createdb -O wex bench_rounds_$name"
        url="${PREFIX}bench_rounds_$name"
    fi
    local round
    round=$("$BIN" round generate --database-url "$url" --scope "$scope" --students "$students" \
        --opportunities "$opportunities" 2>/dev/null | tail -1)
    /usr/bin/time -f "$name: round run %e s, peak %M KB" "$BIN" round run "$round" --database-url "$url" 2>"$WORK/$name.log" \
        | tail -1
    grep -E "^(decoded|phase|prepare|clearing: at most|explanations)|round run" "$WORK/$name.log" || true
    "$BIN" round export "$round" --out "$WORK/$name-instance.json" --database-url "$url" 2>/dev/null
    "$BIN" round result "$round" --out "$WORK/$name-result.json" --database-url "$url" 2>/dev/null
    /usr/bin/time -f "$name: wexchange allocate on the export %e s, peak %M KB" "$BIN" allocate --explain \
        --instance "$WORK/$name-instance.json" --out "$WORK/$name-again.json" 2>&1 | tail -1
    cmp -s "$WORK/$name-result.json" "$WORK/$name-again.json" && echo "$name: the export reproduces the stored result byte for byte"
}

run national national 100000 5000
run hub hub 20000 1500
