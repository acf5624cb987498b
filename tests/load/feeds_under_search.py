"""Load test (issue 19): 16 providers each send 4 feeds of 300 listings at once while 8 clients
search; then every feed's listings must be present and no request may have answered 5xx.

Loopback only, bounded in count and time. Prints the figures as JSON (listings written per second,
search p99 with and without writes) and exits 1 on any failure.

    python3 tests/load/feeds_under_search.py --url http://127.0.0.1:8181 --keys keys.txt
"""
import argparse
import http.client
import json
import sys
import threading
import time
import urllib.parse

SEARCH = "/api/v1/opportunities?near=NE1%204ST&within_km=25&year=10"
POSTCODES = ["NE1 4ST", "NE4 7AF", "NE8 1EP", "DH1 3LE", "SR1 3SD", "M1 1AE", "LS1 4DY", "B1 1BB"]


def item(provider, feed, index):
    return {
        "external_id": f"load-{provider}-{feed}-{index}",
        "title": f"Load test placement {provider}.{feed}.{index}",
        "summary": "A week in our workshop, written by the load test.",
        "type": "work_placement", "mode": "in_person", "sector": "engineering-manufacturing",
        "stage": "apply_demonstrate", "years": [10, 11],
        "address": f"{index} Load Street", "postcode": POSTCODES[(provider + index) % len(POSTCODES)],
        "capacity": 1 + index % 6, "hours_per_day": 7, "days": 5,
        "sessions": [{"start": "2027-07-05", "end": "2027-07-09"}],
    }


def request(host, port, method, path, body=None, key=None, timeout=300):
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    started = time.perf_counter()
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data, time.perf_counter() - started


def search_until(host, port, stop, latencies, statuses):
    while not stop.is_set():
        status, _, seconds = request(host, port, "GET", SEARCH, timeout=30)
        latencies.append(seconds)
        statuses.append(status)


def p99(values):
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 1) if ordered else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:8181")
    parser.add_argument("--keys", required=True, help="a file with one provider API key per line")
    parser.add_argument("--feeds", type=int, default=4)
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--searchers", type=int, default=8)
    parser.add_argument("--baseline-seconds", type=float, default=5)
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.url)
    host, port = url.hostname, url.port
    assert host in ("127.0.0.1", "localhost", "::1"), "loopback only"
    keys = [line.strip() for line in open(args.keys) if line.strip()]

    # Search alone first.
    stop, baseline, baseline_statuses = threading.Event(), [], []
    searchers = [threading.Thread(target=search_until, args=(host, port, stop, baseline, baseline_statuses)) for _ in range(args.searchers)]
    for thread in searchers:
        thread.start()
    time.sleep(args.baseline_seconds)
    stop.set()
    for thread in searchers:
        thread.join()

    # Every feed of every provider at once, with the searchers going.
    stop, during, during_statuses = threading.Event(), [], []
    searchers = [threading.Thread(target=search_until, args=(host, port, stop, during, during_statuses)) for _ in range(args.searchers)]
    results = []

    def send(provider, key, feed):
        body = json.dumps({"items": [item(provider, feed, index) for index in range(args.items)]})
        try:
            results.append((provider, feed) + request(host, port, "PUT", "/api/v1/feed", body=body, key=key)[:2])
        except Exception as error:  # a dropped connection counts as a failure
            results.append((provider, feed, 0, str(error).encode()))

    writers = [threading.Thread(target=send, args=(p, key, f)) for p, key in enumerate(keys) for f in range(args.feeds)]
    for thread in searchers:
        thread.start()
    started = time.perf_counter()
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    elapsed = time.perf_counter() - started
    stop.set()
    for thread in searchers:
        thread.join()

    failures = [f"provider {p} feed {f}: {status} {body[:200]!r}" for p, f, status, body in results if status != 200]
    failures += [f"search answered {s}" for s in set(baseline_statuses + during_statuses) if s >= 500]
    for provider, key in enumerate(keys):
        status, body, _ = request(host, port, "GET", "/api/v1/my/opportunities", key=key)
        ids = {entry["external_id"] for entry in json.loads(body)["items"]} if status == 200 else set()
        wanted = {f"load-{provider}-{f}-{i}" for f in range(args.feeds) for i in range(args.items)}
        if not wanted <= ids:
            failures.append(f"provider {provider}: {len(wanted - ids)} of its {len(wanted)} listings are missing")
    figures = {
        "feeds": len(results), "listings": len(keys) * args.feeds * args.items, "seconds": round(elapsed, 2),
        "listings_per_second": round(len(keys) * args.feeds * args.items / elapsed),
        "search_p99_ms_without_writes": p99(baseline), "search_p99_ms_during_writes": p99(during),
        "searches_without_writes": len(baseline), "searches_during_writes": len(during), "failures": failures,
    }
    print(json.dumps(figures, indent=2))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
