#!/usr/bin/python3
"""Golden-file tests: every report in every format on the example office, byte for byte.

Loads examples/ into a fresh database (today fixed at 2026-11-24, as the demo does), runs each
report below in each format and compares the output with tests/golden/report/<name>.<format>
(csv and tsv: the files of -o DIR/, one per section, joined).
`--update` rewrites the files instead (review the diff before committing)."""
import argparse
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
failures = 0
with tempfile.TemporaryDirectory() as work:
    env = {
        "PATH": os.path.dirname(os.path.abspath(args.clerk)) + ":/usr/bin:/bin",
        "CLERK_DB": os.path.join(work, "clerk.db"),
        "CLERK_CONFIG": os.path.join(args.source, "examples", "config.toml"),
        "CLERK_USER": "admin",
        "CLERK_TODAY": "2026-11-24",
        "HOME": work,
        "LC_ALL": "C.UTF-8",
    }
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
