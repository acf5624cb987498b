#!/usr/bin/env python3
"""Schema fuzzing of the served OpenAPI document with schemathesis (issue 12): once signed out,
then once with a personal API token for every role that has API operations. Fails on any server
error, or on a response whose status, content type or body does not match the document.

    WEXCHANGE_URL=http://127.0.0.1:8181 python tests/api/fuzz.py [--max-examples 40]

Needs a server started with `serve --demo` (its demo accounts sign in here to make tokens) and
schemathesis installed in the same Python (`pip install schemathesis==4.32.5`).
"""
import argparse
import html
import os
import re
import subprocess
import sys

import requests

BASE = os.environ.get("WEXCHANGE_URL", "http://127.0.0.1:8080")
PASSWORDS = {
    "provider-admin": "copper anchor violet",
    "hub-coordinator": "tulip engine lighthouse",
    "national-admin": "marble thistle pocket",
    "assessor": "cedar ribbon canyon",
    "careers-leader": "amber kettle harbour",
}
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def csrf_field(page):
    match = re.search(r'name="_csrf" value="([^"]+)"', page)
    if not match:
        sys.exit("no CSRF field on the page")
    return html.unescape(match.group(1))


def token_for(role):
    """Signs in as the demo account and makes a personal API token on the API tokens page."""
    session = requests.Session()
    form = session.get(f"{BASE}/sign-in").text
    signed_in = session.post(f"{BASE}/sign-in", data={
        "email": f"{role}@demo.wexchange.test", "password": PASSWORDS[role], "_csrf": csrf_field(form)})
    if "/home" not in signed_in.url:
        sys.exit(f"{role}: could not sign in (ended at {signed_in.url}, status {signed_in.status_code})")
    account = session.get(f"{BASE}/account/tokens").text
    made = session.post(f"{BASE}/account/tokens", data={"label": "schema fuzzing", "_csrf": csrf_field(account)})
    match = re.search(r"<code>([^<]+)</code>", made.text)
    if made.status_code != 200 or not match:
        sys.exit(f"{role}: no token on the account page (status {made.status_code})")
    return html.unescape(match.group(1))


def fuzz(who, headers, max_examples):
    print(f"\n==> schemathesis as {who}", flush=True)
    command = [sys.executable, "-m", "schemathesis.cli", "run", f"{BASE}/api/v1/openapi.json", "--url", f"{BASE}",
               "--checks", CHECKS, "--max-examples", str(max_examples), "--workers", "1",
               "--phases", "examples,coverage,fuzzing", "--seed", "2026", "--no-color", "--report", "har", "--report-dir", os.environ.get("FUZZ_REPORT_DIR", "/tmp/wexchange-fuzz")]
    for name, value in headers.items():
        command += ["--header", f"{name}: {value}"]
    return subprocess.run(command).returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-examples", type=int, default=40)
    args = parser.parse_args()
    failures = []
    if fuzz("nobody (signed out)", {}, args.max_examples) != 0:
        failures.append("signed out")
    for role in PASSWORDS:
        if fuzz(role, {"Authorization": f"Bearer {token_for(role)}"}, args.max_examples) != 0:
            failures.append(role)
    if failures:
        sys.exit("schemathesis found problems as: " + ", ".join(failures))
    print("\nschemathesis: no server errors and every response matched the document, for every role")


if __name__ == "__main__":
    main()
