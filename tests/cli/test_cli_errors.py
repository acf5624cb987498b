"""The command line as the README promises it (issue 21): every bad input gets a plain message
naming what is wrong (no Swift dumps), exit status 2, and nothing is stored.

    python3 tests/cli/test_cli_errors.py .build/debug/wexchange
"""
import os
import sqlite3
import subprocess
import sys
import tempfile

BINARY = os.path.abspath(sys.argv[1])
WORK = tempfile.mkdtemp()
DATABASE = os.path.join(WORK, "cli.sqlite")
ENV = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "HOST", "PORT", "LOG_LEVEL", "LOG_EMAILS")}
ENV["DATABASE_URL"] = f"sqlite:{DATABASE}"
failures = []


def run(*arguments, env=None, stdin=None):
    result = subprocess.run([BINARY, *arguments], capture_output=True, text=True, env=env or ENV, cwd=WORK, input=stdin, timeout=300)
    return result.returncode, result.stdout, result.stderr


def count(table, where="1=1"):
    with sqlite3.connect(DATABASE) as db:
        return db.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]


def refused(name, arguments, message, env=None, table=None):
    before = count(table) if table else None
    status, _, stderr = run(*arguments, env=env)
    ok = status == 2 and message in stderr and "AppError(" not in stderr and "Error(" not in stderr.replace("Error: ", "")
    if table:
        ok = ok and count(table) == before
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else f": status {status}, stderr {stderr.strip()[:400]!r}"))
    if not ok:
        failures.append(name)


status, out, _ = run("migrate")
assert status == 0, out
status, out, _ = run("organisation", "create", "--kind", "careers_hub", "--name", "Test Hub", "--local-authority", "E08000021")
hub = out.split()[-1]
status, out, _ = run("organisation", "create", "--kind", "school", "--name", "Tyne Academy", "--hub", hub)
school = out.split()[-1]

refused("a local authority already in a hub", ["organisation", "create", "--kind", "careers_hub", "--name", "Hub 2", "--local-authority", "E08000021"],
        "already belongs to Test Hub", table="organisations")
refused("a school's hub that is a school", ["organisation", "create", "--kind", "school", "--name", "S2", "--hub", school],
        "Tyne Academy is a school, not a Careers Hub", table="organisations")
refused("a school's hub that does not exist", ["organisation", "create", "--kind", "school", "--name", "S3", "--hub",
                                                "00000000-0000-0000-0000-000000000000"], "there is no organisation with id", table="organisations")
refused("a hub with no local authority", ["organisation", "create", "--kind", "careers_hub", "--name", "Nowhere"],
        "covers at least one local authority", table="organisations")
run("organisation", "create", "--kind", "national_convenor", "--name", "National team")
refused("a second national convenor", ["organisation", "create", "--kind", "national_convenor", "--name", "Another"],
        "there is one national convenor", table="organisations")
refused("a provider with no name", ["provider", "create", "--name", "", "--kind", "employer"], "name must be 1 to 200 characters",
        table="providers")
refused("a provider's bad email", ["provider", "create", "--name", "A", "--kind", "employer", "--email", "notanemail"],
        "'notanemail' is not an email address", table="providers")
refused("a provider's bad website", ["provider", "create", "--name", "A", "--kind", "employer", "--website", "not a url"],
        "is not a website address", table="providers")
refused("a user's bad email", ["user", "create", "--email", "notanemail", "--name", "A", "--role", "school-staff", "--org", school],
        "is not an email address", table="users")
refused("an unknown role lists hyphenated names", ["user", "create", "--email", "a@b.test", "--name", "A", "--role", "boss"],
        "careers-leader, school-staff", table="users")
csv = os.path.join(WORK, "one.csv")
with open(csv, "w") as handle:
    handle.write("external_id,title\nx,y\n")
refused("an import for an unknown provider", ["import", "opportunities", csv, "--provider", "00000000-0000-0000-0000-000000000000"],
        "there is no provider with id", table="opportunities")
refused("an unresolvable HOST, before anything runs", ["serve"], "HOST 'no.such.host.invalid'", env=dict(ENV, HOST="no.such.host.invalid"))
refused("LOG_EMAILS that is not true or false", ["migrate"], "LOG_EMAILS 'yes' is not true or false", env=dict(ENV, LOG_EMAILS="yes"))
refused("an unknown flag", ["migrate", "--bogus"], "Unknown option '--bogus'")

# .env in the working directory is read; the environment wins over it.
with open(os.path.join(WORK, ".env"), "w") as handle:
    handle.write("LOG_EMAILS=sometimes\n")
refused("a bad setting in .env", ["migrate"], "LOG_EMAILS 'sometimes' is not true or false")
os.remove(os.path.join(WORK, ".env"))

print(f"{len(failures)} checks failed" if failures else "every check passed")
sys.exit(1 if failures else 0)
