#!/usr/bin/env bash
# Search throughput benchmark (issue: "typical query ≥ 20% of /health, p99 ≤ 20 ms").
# Builds a release binary, seeds 100,000 published opportunities into a scratch SQLite file,
# starts the server on 127.0.0.1, and runs the same wrk load against /health and the typical
# query. Prints both figures and the ratio. Needs wrk (apt-get install -y wrk).
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
for postcode in $(grep -o '"[A-Z0-9]*%20[A-Z0-9]*"' scripts/typical-queries.lua | tr -d '"'); do
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
read -r HEALTH_RPS HEALTH_P99 < <(run /health)
read -r QUERY_RPS QUERY_P99 < <(run / scripts/typical-queries.lua)
echo "/health:        $HEALTH_RPS req/s, p99 $HEALTH_P99"
echo "typical query:  $QUERY_RPS req/s, p99 $QUERY_P99"
python3 -c "print(f'ratio: {float($QUERY_RPS) / float($HEALTH_RPS):.1%} of /health (target ≥ 20%)')"
