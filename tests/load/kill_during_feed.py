"""Crash safety (issue 19): SIGKILL the server in the middle of a feed import. The database must
open again, the feed must be wholly in or wholly out, and sending it again must give the same end
state as sending it once. Loopback only.

    python3 tests/load/kill_during_feed.py --binary .build/debug/wexchange --database-url sqlite:/tmp/k.sqlite
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from feeds_under_search import item, request  # noqa: E402

PORT = 8183


LOG = "/tmp/wexchange-kill-test.log"


def start(binary, database_url):
    log = open(LOG, "wb")
    process = subprocess.Popen([binary, "serve", "--database-url", database_url, "--port", str(PORT), "--log-level", "debug"],
                               stdout=log, stderr=subprocess.STDOUT)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/health", timeout=1)
            return process
        except Exception:
            if process.poll() is not None:
                raise SystemExit(f"the server stopped on start-up (status {process.returncode})")
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def listing_ids(key):
    status, body, _ = request("127.0.0.1", PORT, "GET", "/api/v1/my/opportunities", key=key)
    assert status == 200, status
    return sorted((entry["external_id"], entry["title"], entry["capacity"]) for entry in json.loads(body)["items"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--items", type=int, default=1500)
    args = parser.parse_args()
    environment = dict(os.environ, DATABASE_URL=args.database_url)
    created = subprocess.run([args.binary, "provider", "create", "--name", "Kill test provider", "--kind", "employer"],
                             capture_output=True, text=True, env=environment, check=True)
    key = next(line.split()[-1] for line in created.stdout.splitlines() if line.startswith("api key"))
    failures, outcomes = [], []

    # Each round sends a new feed and kills the server at a different moment: while its
    # transaction is being written (the server logs "feed import in progress … written=N" at debug
    # level from inside it), and once before the import has begun.
    for round_number, moment in enumerate(["written=500", "written=1000", "before"]):
        feed = json.dumps({"items": [item(0, round_number, index) for index in range(args.items)]})
        server = start(args.binary, args.database_url)
        sender = threading.Thread(target=lambda: _ignore(lambda: request("127.0.0.1", PORT, "PUT", "/api/v1/feed", body=feed, key=key)))
        sender.start()
        if moment == "before":
            time.sleep(0.05)
        elif not wait_for_log(moment, seconds=600):
            failures.append(f"round {round_number}: the import never logged {moment}")
        server.send_signal(signal.SIGKILL)
        server.wait()
        sender.join()
        server = start(args.binary, args.database_url)
        stored = [entry for entry in listing_ids(key) if entry[0].startswith(f"load-0-{round_number}-")]
        outcomes.append({"killed": moment, "listings_of_the_feed_stored": len(stored)})
        if len(stored) not in (0, args.items):
            failures.append(f"killed at {moment}: {len(stored)} of {args.items} listings were stored, the feed was half written")
        # Sending it again gives the end state of sending it once, and again changes nothing.
        status, body, _ = request("127.0.0.1", PORT, "PUT", "/api/v1/feed", body=feed, key=key)
        if status != 200:
            failures.append(f"re-sending the feed answered {status}: {body[:200]!r}")
        once = listing_ids(key)
        request("127.0.0.1", PORT, "PUT", "/api/v1/feed", body=feed, key=key)
        twice = listing_ids(key)
        if len([e for e in once if e[0].startswith(f"load-0-{round_number}-")]) != args.items or once != twice:
            failures.append(f"round {round_number}: re-sending did not give the same end state")
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    print(json.dumps({"rounds": outcomes, "failures": failures}, indent=2))
    sys.exit(1 if failures else 0)


def wait_for_log(text, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        with open(LOG, encoding="utf-8", errors="replace") as handle:
            if text in handle.read():
                return True
        time.sleep(0.02)
    return False


def _ignore(action):
    try:
        action()
    except Exception:
        pass


if __name__ == "__main__":
    main()
