#!/usr/bin/env bash
# Search throughput benchmark. Builds a release binary, seeds 100,000 published opportunities
# into a scratch SQLite file, starts the server on 127.0.0.1, and runs the same wrk load against
# /health and each kind of request, printing requests/s, p99 and the ratio the targets name:
#   typical query (near + 25 km + type + year + places) ≥ 20% of /health, p99 ≤ 20 ms;
#   searches with words, with and without near       ≥ 20% of /health, p99 ≤ 20 ms;
#   the search page, home page and an opportunity page ≥ 50% of the JSON API for the same thing.
# Needs wrk (apt-get install -y wrk). ONLY=typical runs only the first comparison, ONLY=pages only
# the pages against their JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8199}
OPPORTUNITIES=${OPPORTUNITIES:-100000}
PROVIDERS=${PROVIDERS:-20000}
WORK=${WORK:-$(mktemp -d)}
DB="$WORK/bench.sqlite"

# With a server left on the port, ours would fail to bind and the runs would measure the old one.
if curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then
    echo "Something already answers on port $PORT: stop it first (pgrep -af 'wexchange serve')." >&2
    exit 1
fi
swift build -c release --product wexchange
BIN=$(swift build -c release --show-bin-path)/wexchange
if [ ! -f "$DB" ]; then
    "$BIN" seed-demo --database-url "sqlite:$DB" --providers "$PROVIDERS" --opportunities "$OPPORTUNITIES" --seed 7
fi
"$BIN" serve --database-url "sqlite:$DB" --port "$PORT" --log-level warning &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 1; done

# The typical query near each postcode the wrk script cycles through (all must answer 200).
for postcode in $(grep -o '"[A-Z0-9]*%20[A-Z0-9]*"' scripts/postcodes.lua | tr -d '"'); do
    curl -fs "http://127.0.0.1:$PORT/api/v1/opportunities?near=$postcode&within_km=25&type=work_placement&year=10&has_places=true&limit=20" |
        python3 -c "import json,sys; d=json.load(sys.stdin); print('  near $postcode:', len(d['items']), 'items of', d['total'])"
done

run() {  # $1 = path, $2 = optional wrk script; prints "requests/s p99"
    wrk -t2 -c32 -d15s --latency ${2:+-s "$2"} "http://127.0.0.1:$PORT$1" > "$WORK/wrk.txt"
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
    echo "$rps $p99"
}
report() {  # $1 = label, $2 = rps, $3 = p99, $4 = reference label, $5 = reference rps, $6 = target ratio
    python3 -c "print(f'{\"$1\":<34} {float($2):>9,.0f} req/s  p99 {\"$3\":>8}  = {float($2) / float($5):6.1%} of $4 (target ≥ $6)')"
}
read -r HEALTH_RPS HEALTH_P99 < <(run /health)
echo "/health: $HEALTH_RPS req/s, p99 $HEALTH_P99"
if [ "${ONLY:-}" != pages ]; then
    read -r QUERY_RPS QUERY_P99 < <(run / scripts/typical-queries.lua)
    report "typical query" "$QUERY_RPS" "$QUERY_P99" /health "$HEALTH_RPS" 20%
    [ "${ONLY:-}" = typical ] && exit 0

    read -r WORDS_RPS WORDS_P99 < <(run / scripts/word-queries.lua)
    report "words (10 words, with/without near)" "$WORDS_RPS" "$WORDS_P99" /health "$HEALTH_RPS" 20%
    read -r HEALTH2_RPS HEALTH2_P99 < <(run /health)
    echo "/health again: $HEALTH2_RPS req/s, p99 $HEALTH2_P99"
fi

read -r JSON_RPS JSON_P99 < <(PAGE=json run / scripts/page-queries.lua)
read -r PAGE_RPS PAGE_P99 < <(PAGE=html run / scripts/page-queries.lua)
report "search API (near + 25 km + year)" "$JSON_RPS" "$JSON_P99" /health "$HEALTH_RPS" -
report "search page, same query" "$PAGE_RPS" "$PAGE_P99" "the API" "$JSON_RPS" 50%
read -r API_ALL_RPS API_ALL_P99 < <(run /api/v1/opportunities)
read -r HOME_RPS HOME_P99 < <(run /)
report "home page" "$HOME_RPS" "$HOME_P99" "/api/v1/opportunities" "$API_ALL_RPS" 50%
ID=$(curl -fs "http://127.0.0.1:$PORT/api/v1/opportunities?near=NE1%204ST&limit=1" | python3 -c "import json,sys; print(json.load(sys.stdin)['items'][0]['id'])")
read -r ONE_RPS ONE_P99 < <(run "/api/v1/opportunities/$ID")
read -r DETAIL_RPS DETAIL_P99 < <(run "/opportunities/$ID")
report "opportunity page" "$DETAIL_RPS" "$DETAIL_P99" "its API" "$ONE_RPS" 50%
