#!/usr/bin/env bash
# Students benchmarks (BENCHMARKS.md, "Students"). Builds a release binary, then
#   1. imports 200,000 synthetic students as CSV and as a Common Transfer File (scripts/cohort-files.py)
#      into scratch SQLite files, against `sqlite3 .import` of the same CSV, with each run's peak memory;
#   2. serves the demo (Excelsior Academy's 1,200 students and their journeys) plus 800 more
#      students (2,000 on roll) and loads the careers leader's progress page with wrk, signed in,
#      printing its median and p99 (target: median ≤ 50 ms).
# Needs wrk and sqlite3 (apt-get install -y wrk sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8198}
WORK=${WORK:-$(mktemp -d)}
COUNT=${COUNT:-200000}
swift build -c release --product wexchange
BIN=$(swift build -c release --show-bin-path)/wexchange
timed() {  # label, command…: prints "label: seconds s, peak KB"
    local label=$1; shift
    /usr/bin/time -f "$label: %e s, peak %M KB" "$@" > /dev/null 2> "$WORK/time.txt" || { cat "$WORK/time.txt"; exit 1; }
    tail -1 "$WORK/time.txt"
}

if [ -z "${SKIP_IMPORT:-}" ]; then
    python3 scripts/cohort-files.py "$COUNT" "$WORK"
    timed "sqlite3 .import ($COUNT rows)" sqlite3 "$WORK/raw.sqlite" ".mode csv" ".import $WORK/cohort.csv students_raw"
    for file in cohort.csv cohort.xml; do
        "$BIN" organisation create --kind school --urn 135423 --database-url "sqlite:$WORK/$file.sqlite" > /dev/null 2>&1
        timed "wexchange import students $file" "$BIN" import students "$WORK/$file" --school 135423 --database-url "sqlite:$WORK/$file.sqlite"
    done
    timed "the same CSV again (nothing changes)" "$BIN" import students "$WORK/cohort.csv" --school 135423 --database-url "sqlite:$WORK/cohort.csv.sqlite"
fi

DB="$WORK/demo.sqlite"
rm -f "$DB"*
"$BIN" serve --demo --database-url "sqlite:$DB" --port "$PORT" --log-level warning > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 1; done
mkdir -p "$WORK/extra"
python3 scripts/cohort-files.py 800 "$WORK/extra" 11
"$BIN" import students "$WORK/extra/cohort.csv" --school 135423 --database-url "sqlite:$DB" > /dev/null 2>&1
# Sign in as the demo careers leader: the sign-in form's CSRF cookie, then the session cookie.
JAR="$WORK/cookies.txt"
CSRF=$(curl -fs -c "$JAR" "http://127.0.0.1:$PORT/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$CSRF" --data-urlencode "email=careers-leader@demo.wexchange.test" \
    --data-urlencode "password=amber kettle harbour" "http://127.0.0.1:$PORT/sign-in"
COOKIE=$(awk '$6 == "wex_session" { print "wex_session=" $7 }' "$JAR")
[ -n "$COOKIE" ] || { echo "could not sign in" >&2; exit 1; }
curl -fs -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/students/progress" | grep -o 'Students behind for their year ([0-9]*)'
wrk -t2 -c4 -d10s --latency -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/students/progress" > "$WORK/wrk.txt"
grep -E "Requests/sec|  50%|  99%" "$WORK/wrk.txt"
