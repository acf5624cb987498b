#!/usr/bin/env bash
# The load and crash tests against one database: 16 providers × 4 feeds × 300 listings
# while 8 clients search, then SIGKILL in the middle of a feed import and of a round's run. Loopback only.
#   tests/load/run.sh BINARY DATABASE_URL [ITEMS_PER_FEED]
set -euo pipefail
BINARY=$1
export DATABASE_URL=$2
ITEMS=${3:-300}
PORT=8182
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
cd "$(dirname "$0")/../.."

"$BINARY" migrate >/dev/null 2>&1
for n in $(seq 1 16); do
    "$BINARY" provider create --name "Load provider $n" --kind employer 2>/dev/null | awk '/api key/ { print $3 }' >> "$WORK/keys"
done
[ "$(wc -l < "$WORK/keys")" = 16 ] || { echo "could not create the 16 providers"; exit 1; }

"$BINARY" serve --port $PORT > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.2; done
python3 tests/load/feeds_under_search.py --url "http://127.0.0.1:$PORT" --keys "$WORK/keys" --items "$ITEMS" \
    || { echo "--- server log (last 40 lines)"; tail -40 "$WORK/server.log"; exit 1; }
if grep -E '"status":"5|status=5|internal_error' "$WORK/server.log" | head -5; then echo "the server logged a 5xx"; exit 1; fi
kill -TERM "$SERVER_PID"; wait "$SERVER_PID" || true; SERVER_PID=""

python3 tests/load/kill_during_feed.py --binary "$BINARY" --database-url "$DATABASE_URL"

# Rounds: SIGKILL `wexchange round run` while it writes the offers; all or nothing, and the
# stored result reproduced by `wexchange allocate` from the exported input.
python3 tests/load/kill_during_round.py --binary "$BINARY" --database-url "$DATABASE_URL" --students 10000
