#!/usr/bin/env python3
"""Start-up time: from launching `wexchange serve` to the first search that counts every
published listing (issue 12: 100,000 listings searchable in <= 5 s, release build).

    tests/load/startup.py --binary .build-release/release/wexchange \
        --database-url sqlite:/tmp/big.sqlite --expect 100000 [--runs 3]

The database must already hold the listings (`wexchange seed-demo --seed 7 --providers 20000
--opportunities 100000`). Prints one line per run and the median; exits 1 if a run never got
the expected count within the time limit.
"""
import argparse
import json
import statistics
import subprocess
import sys
import time
import urllib.request


def one_run(binary, database_url, port, expect, limit):
    started = time.monotonic()
    server = subprocess.Popen([binary, "serve", "--database-url", database_url, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/api/v1/opportunities?limit=1"
        while time.monotonic() - started < limit:
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    total = json.load(response)["total"]
                if total >= expect:
                    return time.monotonic() - started, total
            except OSError:
                pass
            time.sleep(0.05)
        return None, None
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--expect", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=8183)
    parser.add_argument("--limit", type=float, default=120, help="seconds before a run counts as failed")
    args = parser.parse_args()
    times = []
    for run in range(1, args.runs + 1):
        seconds, total = one_run(args.binary, args.database_url, args.port, args.expect, args.limit)
        if seconds is None:
            print(f"run {run}: no search answered {args.expect} listings within {args.limit:.0f} s")
            sys.exit(1)
        print(f"run {run}: {total} listings searchable after {seconds:.2f} s")
        times.append(seconds)
    print(f"median {statistics.median(times):.2f} s over {len(times)} runs")


if __name__ == "__main__":
    main()
