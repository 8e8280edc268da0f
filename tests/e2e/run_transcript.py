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
"""
import argparse
import os
import re
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clerk", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("transcript")
    args = ap.parse_args()
    steps = parse(args.transcript)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="clerk-e2e-") as work:
        bindir = os.path.join(work, "bin")
        os.mkdir(bindir)
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
