"""Crash safety of allocation rounds (rounds issue, "Integrity"): SIGKILL `wexchange round run`
while it writes a round's offers. The round must be as it was before the run (no offers, no
result) or wholly run; running it again must give the stored result that `wexchange allocate
--explain` reproduces byte for byte from the exported input.

    python3 tests/load/kill_during_round.py --binary .build/debug/wexchange --database-url sqlite:/tmp/r.sqlite
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time


def wexchange(binary, environment, *arguments, check=True):
    return subprocess.run([binary, *arguments], capture_output=True, text=True, env=environment, check=check)


def offers(database_url, round_id):
    """Offers stored for the round, read straight from the database."""
    query = f"SELECT COUNT(*) FROM offers WHERE round_id = '{round_id}'"
    if database_url.startswith("sqlite:"):
        import sqlite3
        with sqlite3.connect(database_url.removeprefix("sqlite:")) as connection:
            return connection.execute(query.replace(f"'{round_id}'", f"'{round_id.upper()}'")).fetchone()[0]
    output = subprocess.run(["psql", database_url, "-tAc", query], capture_output=True, text=True, check=True)
    return int(output.stdout.strip())


def state(binary, environment, round_id):
    for line in wexchange(binary, environment, "round", "list").stdout.splitlines():
        if line.startswith(round_id):
            return line.split()[2]
    raise SystemExit(f"round {round_id} is not listed")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--students", type=int, default=20000)
    args = parser.parse_args()
    environment = dict(os.environ, DATABASE_URL=args.database_url)
    generated = wexchange(args.binary, environment, "round", "generate", "--students", str(args.students), "--opportunities", "800")
    round_id = generated.stdout.strip().splitlines()[-1]
    failures, outcomes = [], []

    # Killed as the offers begin to be written, a moment into writing them, and before the
    # engine has finished (the last kill of each kind may land after the commit: then the round
    # must be wholly run).
    for moment, delay in [("allocating", 0.0), ("writing", 0.0), ("writing", 0.05), ("writing", 0.2)]:
        if state(args.binary, environment, round_id) != "preferences_open":
            break
        process = subprocess.Popen([args.binary, "round", "run", round_id], env=environment, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True)
        for line in process.stdout:
            if line.startswith(moment):
                time.sleep(delay)
                process.send_signal(signal.SIGKILL)
                break
        process.wait()
        now = state(args.binary, environment, round_id)
        stored = offers(args.database_url, round_id)
        outcomes.append({"killed": f"{moment} + {delay} s", "state": now, "offers": stored})
        if now == "preferences_open" and stored != 0:
            failures.append(f"killed at {moment} + {delay} s: the round is not run but {stored} offers were stored")
        if now not in ("preferences_open", "results_ready"):
            failures.append(f"killed at {moment} + {delay} s: the round is {now}")
    if not any(outcome["state"] == "preferences_open" for outcome in outcomes[1:]):
        failures.append("no kill landed during the write: the test proved nothing (make the round bigger)")

    # Run to the end, then check the stored result against the engine on the exported input.
    if state(args.binary, environment, round_id) == "preferences_open":
        wexchange(args.binary, environment, "round", "run", round_id)
    with tempfile.TemporaryDirectory() as work:
        wexchange(args.binary, environment, "round", "export", round_id, "--out", f"{work}/instance.json")
        wexchange(args.binary, environment, "round", "result", round_id, "--out", f"{work}/stored.json")
        wexchange(args.binary, environment, "allocate", "--explain", "--instance", f"{work}/instance.json", "--out", f"{work}/again.json")
        with open(f"{work}/stored.json", "rb") as stored_file, open(f"{work}/again.json", "rb") as again_file:
            stored_bytes, again_bytes = stored_file.read(), again_file.read()
        if stored_bytes != again_bytes:
            failures.append("the exported input does not reproduce the stored result byte for byte")
        placed = json.loads(stored_bytes)["stats"]["placed"]["total"]
        if offers(args.database_url, round_id) != placed:
            failures.append(f"{offers(args.database_url, round_id)} offers stored for {placed} students placed")
    print(json.dumps({"round": round_id, "kills": outcomes, "failures": failures}, indent=2))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
