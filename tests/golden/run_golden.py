#!/usr/bin/python3
"""Golden-file tests: every report in every format on the example office, byte for byte.

Loads examples/ into a fresh database (today fixed at 2026-11-24, as the demo does), runs each
report below in each format and compares the output with tests/golden/report/<name>.<format>
(csv and tsv: the files of -o DIR/, one per section, joined).
`--update` rewrites the files instead (review the diff before committing).
With CLERK_TEST_BACKEND=postgres the office is loaded into a new database on the test server
(CLERK_TEST_PG_URL; skipped, 77, without one), each member of staff logging in as their own
role as in the transcripts (tests/e2e/run_transcript.py), and the same files must come out."""
import argparse
import contextlib
import csv
import importlib.util
import os
import subprocess
import sys
import tempfile

REPORTS = {
    "caseload": ["report", "caseload", "--month", "2026-11"],
    "caseload-fy": ["report", "caseload", "--fy", "2026"],
    "expenses": ["report", "expenses", "--fy", "2026", "--by", "month"],
    "budget": ["report", "budget", "--month", "2026-11"],
    "diary": ["report", "diary", "--month", "2026-11"],
    "actions": ["report", "actions", "--month", "2026-11"],
    "monthly": ["report", "monthly", "--month", "2026-11"],
}
FORMATS = ["table", "csv", "tsv", "json", "md", "html", "text"]

ap = argparse.ArgumentParser()
ap.add_argument("--clerk", required=True)
ap.add_argument("--source", required=True)
ap.add_argument("--update", action="store_true")
args = ap.parse_args()

golden_dir = os.path.join(args.source, "tests", "golden", "report")
team = os.environ.get("CLERK_TEST_BACKEND") == "postgres"
if team and not os.environ.get("CLERK_TEST_PG_URL"):
    print("CLERK_TEST_PG_URL is not set (scripts/test starts a server): skipped")
    sys.exit(77)
# The transcripts' team database, roles and --user shim.
spec = importlib.util.spec_from_file_location(
    "run_transcript", os.path.join(args.source, "tests", "e2e", "run_transcript.py"))
transcripts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(transcripts)
with open(os.path.join(args.source, "examples", "data", "staff.csv"), newline="") as f:
    staff = sorted({"admin"} | {row["login"] for row in csv.DictReader(f)})

failures = 0
with tempfile.TemporaryDirectory() as work, \
        (transcripts.team_database(staff) if team else contextlib.nullcontext()) as team_url:
    bindir = os.path.dirname(os.path.abspath(args.clerk))
    env = {
        "PATH": bindir + ":/usr/bin:/bin",
        "CLERK_DB": os.path.join(work, "clerk.db"),
        "CLERK_CONFIG": os.path.join(args.source, "examples", "config.toml"),
        "CLERK_USER": "admin",
        "CLERK_TODAY": "2026-11-24",
        "HOME": work,
        "LC_ALL": "C.UTF-8",
    }
    if team:
        shims = os.path.join(work, "bin")
        os.mkdir(shims)
        with open(os.path.join(shims, "clerk"), "w") as shim:
            shim.write(transcripts.SHIM % os.path.abspath(args.clerk))
        os.chmod(os.path.join(shims, "clerk"), 0o755)
        args.clerk = os.path.join(shims, "clerk")
        env["PATH"] = shims + ":/usr/bin:/bin"
        env["CLERK_DB"] = team_url
        env["PGPASSFILE"] = transcripts.team_pgpass(os.path.join(work, "pgpass"))
    load = subprocess.run([os.path.join(args.source, "examples", "scripts", "load-demo.sh")],
                          env=env, capture_output=True, text=True)
    if load.returncode != 0:
        sys.exit("loading the example office failed:\n" + load.stdout + load.stderr)
    def report(name, argv, fmt):
        """The report's bytes. CSV and TSV hold one table each, so a report goes one file per
        section into a directory (-o DIR/); its golden file is those files in name order, each
        under a `==> key.csv <==` line as `head` prints them."""
        if fmt not in ("csv", "tsv"):
            return subprocess.run([args.clerk, *argv, "--format", fmt], env=env,
                                  capture_output=True)
        # clerk makes DIR itself but never a missing parent (a mistyped path is refused).
        os.makedirs(os.path.join(work, "sections"), exist_ok=True)
        out = os.path.join(work, "sections", f"{name}.{fmt}")
        subprocess.run(["rm", "-rf", out])
        run = subprocess.run([args.clerk, *argv, "--format", fmt, "-o", out + "/"], env=env,
                             capture_output=True)
        if run.returncode == 0:
            joined = b""
            for file in sorted(os.listdir(out)):
                with open(os.path.join(out, file), "rb") as f:
                    joined += f"==> {file} <==\n".encode() + f.read()
            run.stdout = joined
        return run

    for name, argv in REPORTS.items():
        for fmt in FORMATS:
            run = report(name, argv, fmt)
            path = os.path.join(golden_dir, f"{name}.{fmt}")
            if run.returncode != 0:
                print(f"FAIL {name}.{fmt}: exit {run.returncode}\n{run.stderr.decode()}")
                failures += 1
                continue
            if args.update:
                with open(path, "wb") as f:
                    f.write(run.stdout)
                continue
            try:
                with open(path, "rb") as f:
                    expected = f.read()
            except FileNotFoundError:
                print(f"FAIL {name}.{fmt}: no golden file {path} (run with --update)")
                failures += 1
                continue
            if run.stdout != expected:
                got = os.path.join(work, f"{name}.{fmt}")
                with open(got, "wb") as f:
                    f.write(run.stdout)
                diff = subprocess.run(["diff", "-u", path, got], capture_output=True, text=True)
                print(f"FAIL {name}.{fmt} differs from its golden file:\n{diff.stdout[:4000]}")
                failures += 1
            # Determinism: the same database and --today give byte-identical output.
            again = report(name, argv, fmt)
            if again.stdout != run.stdout:
                print(f"FAIL {name}.{fmt}: two runs differ")
                failures += 1
total = len(REPORTS) * len(FORMATS)
print(f"{total - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
