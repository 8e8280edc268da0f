#!/usr/bin/python3
"""Runs one end-to-end transcript against the real clerk binary.

A transcript is a text file of commands and what they must print:

    # comment (ignored)
    $ clerk contact add "Ann Jones" --email ann@example.org
    1
    $ clerk contact show 99
    ! exit 66
    ! clerk: error: contact: no contact with id 99

`$ ` lines run through /bin/sh (so pipes, `<` and `jq` work) with clerk first on PATH; the plain
lines after one are its exact stdout; `! exit N` its exit status (0 when absent); other `! `
lines its exact stderr, `!~ REGEX` a stderr line matching REGEX, and `~ REGEX` a stdout line
matching REGEX. `! ...` / `...` accept any remaining stderr / stdout. Every transcript runs in a
fresh directory with env -i: CLERK_DB, CLERK_CONFIG and HOME point inside it, CLERK_TODAY is
2026-11-24 and CLERK_USER is admin unless the transcript sets them (`$ export X=...` lines are
not supported: use `X=... clerk ...`). $SOURCE names the source tree.

With CLERK_TEST_BACKEND=postgres the transcript runs against a team database instead: a fresh
PostgreSQL database on the server CLERK_TEST_PG_URL names (scripts/team-server), made for it and
dropped afterwards, with CLERK_DB its URL. There the server says who is acting, so `clerk` is a
shim that turns --user and CLERK_USER (admin unless the transcript sets it) into the PostgreSQL
role to log in as (PGUSER) ($CLERK_REAL is the binary itself); each such role exists on the test server with one test password, in
a pgpass file made for the run. The roles are superusers for now: the grants team mode gives each
role come with `clerk db grants`. Without CLERK_TEST_PG_URL the transcript is skipped (exit 77).
"""
import argparse
import contextlib
import os
import re
import secrets
import subprocess
import sys
import tempfile


def parse(path):
    steps = []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("$ "):
                steps.append({"cmd": line[2:], "line": lineno, "out": [], "err": [], "exit": 0,
                              "any_out": False, "any_err": False})
            elif not steps:
                if line.strip() and not line.startswith("#"):
                    sys.exit(f"{path}:{lineno}: expected a `$ ` command first")
            elif line.startswith("! exit "):
                steps[-1]["exit"] = int(line[7:])
            elif line == "! ...":
                steps[-1]["any_err"] = True
            elif line.startswith("!~ "):
                steps[-1]["err"].append(("re", line[3:]))
            elif line.startswith("! "):
                steps[-1]["err"].append(("eq", line[2:]))
            elif line == "...":
                steps[-1]["any_out"] = True
            elif line.startswith("~ "):
                steps[-1]["out"].append(("re", line[2:]))
            elif line.startswith("# ") or line == "#":
                continue
            else:
                steps[-1]["out"].append(("eq", line))
    return steps


def matches(expected, actual, allow_more):
    if len(actual) < len(expected) or (len(actual) > len(expected) and not allow_more):
        return False
    for (kind, want), got in zip(expected, actual):
        if kind == "eq" and want != got:
            return False
        if kind == "re" and not re.fullmatch(want, got):
            return False
    return True


TEAM_PASSWORD = "clerk-e2e"
SHIM = """#!/bin/sh
# Team mode: the global --user and CLERK_USER name the PostgreSQL role to log in as. Only
# options before the command are global (audit access --user is a filter).
role=${CLERK_USER:-admin}
started=
unset CLERK_USER
expect=
pass=
command=
for a in "$@"; do
  [ -z "$started" ] && { set --; started=1; }
  if [ -n "$expect" ]; then role=$a; expect=; continue; fi
  if [ -z "$command" ] && [ -z "$pass" ]; then
    case $a in
      --user) expect=1; continue ;;
      --user=*) role=${a#--user=}; continue ;;
      --db|--config|--format|-o|--output|--section|--today) pass=1 ;;
      -*) ;;
      *) command=1 ;;
    esac
  else
    pass=
  fi
  set -- "$@" "$a"
done
PGUSER=$role exec %s "$@"
"""


def psql(server, sql):
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", server, "-c", sql],
                   check=True, capture_output=True)


def team_roles(transcript):
    """The roles a transcript acts as: admin, and whoever --user or CLERK_USER name."""
    text = open(transcript, encoding="utf-8").read()
    names = set(re.findall(r"(?:--user[ =]|CLERK_USER=)([a-z][a-z0-9._-]*)", text))
    return sorted(names | {"admin"})


def ensure_role(server, role):
    # Two transcripts may make the same role at once: the loser finds it made.
    try:
        psql(server, f"CREATE ROLE \"{role}\" LOGIN SUPERUSER PASSWORD '{TEAM_PASSWORD}'")
    except subprocess.CalledProcessError:
        psql(server, f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'")


def team_pgpass(path):
    """A password file at `path` (0600) for the server's owner (PGPASSFILE's lines) and every
    test role (TEAM_PASSWORD); returns `path`."""
    with open(os.environ["PGPASSFILE"]) as server_pass, open(path, "w") as f:
        f.write(server_pass.read().rstrip("\n") + f"\n*:*:*:*:{TEAM_PASSWORD}\n")
    os.chmod(path, 0o600)
    return path


@contextlib.contextmanager
def team_database(roles):
    """A new, empty database on the test server: its URL (with no user, so PGUSER says who),
    dropped on the way out."""
    server = os.environ["CLERK_TEST_PG_URL"]
    name = "clerk_e2e_" + secrets.token_hex(6)
    # The server's URL with its database name replaced (urlunsplit would drop an empty host).
    url, found = re.subn(r"^(postgres(?:ql)?://[^/?]*)(/[^?]*)?", r"\1/" + name, server)
    if not found:
        sys.exit(f"CLERK_TEST_PG_URL is not a postgresql:// URL: {server}")
    url = re.sub(r"([?&])user=[^&]*&?", r"\1", url).rstrip("&?")
    for role in roles:
        ensure_role(server, role)
    psql(server, f"CREATE DATABASE {name}")
    try:
        yield url
    finally:
        psql(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clerk", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("transcript")
    args = ap.parse_args()
    steps = parse(args.transcript)
    failures = 0
    team = os.environ.get("CLERK_TEST_BACKEND") == "postgres"
    if team and not os.environ.get("CLERK_TEST_PG_URL"):
        print("CLERK_TEST_PG_URL is not set (scripts/test starts a server): skipped")
        return 77
    with tempfile.TemporaryDirectory(prefix="clerk-e2e-") as work, \
            (team_database(team_roles(args.transcript)) if team
             else contextlib.nullcontext()) as team_url:
        bindir = os.path.join(work, "bin")
        os.mkdir(bindir)
        if team:
            with open(os.path.join(bindir, "clerk"), "w") as shim:
                shim.write(SHIM % os.path.abspath(args.clerk))
            os.chmod(os.path.join(bindir, "clerk"), 0o755)
        else:
            os.symlink(os.path.abspath(args.clerk), os.path.join(bindir, "clerk"))
        env = {
            "PATH": f"{bindir}:/usr/bin:/bin",
            "HOME": os.path.join(work, "home"),
            "CLERK_DB": os.path.join(work, "clerk.db"),
            "CLERK_CONFIG": os.path.join(work, "config.toml"),
            "CLERK_TODAY": "2026-11-24",
            "CLERK_USER": "admin",
            "LC_ALL": "C.UTF-8",
            "SOURCE": os.path.abspath(args.source),
            "WORK": work,
        }
        asan = os.environ.get("ASAN_OPTIONS")
        if asan:
            env["ASAN_OPTIONS"] = asan
        if team:
            env["CLERK_DB"] = team_url
            env["CLERK_REAL"] = os.path.abspath(args.clerk)  # the binary behind the shim
            env["PGUSER"] = "admin"  # psql and other clients; the shim sets it for clerk
            env["PGPASSFILE"] = team_pgpass(os.path.join(work, "pgpass"))
        os.mkdir(env["HOME"])
        for step in steps:
            proc = subprocess.run(["/bin/sh", "-c", step["cmd"]], cwd=work, env=env,
                                  stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
            out = proc.stdout.decode("utf-8", "replace").splitlines()
            err = proc.stderr.decode("utf-8", "replace").splitlines()
            ok = (proc.returncode == step["exit"] and matches(step["out"], out, step["any_out"])
                  and matches(step["err"], err, step["any_err"]))
            if not ok:
                failures += 1
                print(f"{args.transcript}:{step['line']}: $ {step['cmd']}")
                print(f"  exit: expected {step['exit']}, got {proc.returncode}")
                print("  expected stdout:", *[w for _, w in step["out"]], sep="\n    ")
                print("  actual stdout:", *out, sep="\n    ")
                print("  expected stderr:", *[w for _, w in step["err"]], sep="\n    ")
                print("  actual stderr:", *err, sep="\n    ")
    if failures:
        print(f"{failures} step(s) failed")
        return 1
    print(f"{len(steps)} steps passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
