#!/usr/bin/python3
"""valgrind memcheck over a representative set of commands, on a build without sanitizers.

Each command runs under `valgrind --error-exitcode=99 --leak-check=full` in a throwaway office
(init, staff and contacts, cases, expenses and mileage, the diary, audit verify, db check,
an import and an export); any memory error or definite leak fails the run. libcrypto is loaded
with dlopen on first hash, so the hashing commands cover it too.

    valgrind.py --clerk BIN      (a Release build: scripts/build Release)
"""
import shutil
import subprocess
import time

import harness

COMMANDS = [
    ["init", "--name", "Alex Admin", "--quiet"],
    ["staff", "add", "tom", "--name", "Tom Griffiths", "--quiet"],
    ["contact", "add", "Mrs Ann Jones", "--email", "ann@example.com", "--quiet"],
    ["contact", "list", "--format", "json"],
    ["case", "open", "--subject", "Damp and mould", "--contact", "1", "--assign", "tom",
     "--category", "housing"],
    ["case", "note", "C-2026-00001", "Phoned Ann"],
    ["case", "show", "C-2026-00001"],
    ["case", "list", "--format", "csv"],
    ["case", "import", "cases.csv", "--quiet"],
    ["case", "export", "--format", "json", "-o", "cases.json"],
    ["expense", "add", "--claimant", "tom", "--date", "2026-11-02", "--category", "travel",
     "--amount", "£23.40", "--description", "Train to Swansea"],
    ["expense", "mileage", "--claimant", "tom", "--date", "2026-11-03", "--miles", "42",
     "--from", "Cardiff", "--to", "Swansea", "--purpose", "Tribunal", "--return"],
    ["expense", "list", "--format", "table"],
    ["diary", "add", "Surgery", "--at", "2026-11-27 10:00", "--for", "2h", "--kind", "surgery",
     "--repeat", "weekly", "--count", "4"],
    ["diary", "list", "--week", "2026-11-27"],
    ["diary", "export", "-o", "diary.ics"],
    ["audit", "verify"],
    ["db", "check"],
    ["expense", "add", "--claimant", "tom", "--date", "2026-02-30", "--category", "travel",
     "--amount", "1", "--description", "refused: exit 65"],
]


def main():
    args = harness.arguments(__doc__.splitlines()[0])
    if not shutil.which("valgrind"):
        harness.fail("valgrind is not installed (scripts/install-deps)")
    office = harness.Office(args.clerk)
    with open(office.path("cases.csv"), "w", encoding="utf-8") as f:
        f.write(harness.case_rows(harness.random.Random(args.seed), 50, "vg"))
    del office.env["ASAN_OPTIONS"], office.env["UBSAN_OPTIONS"]
    start = time.monotonic()
    for argv in COMMANDS:
        cmd = ["valgrind", "--quiet", "--error-exitcode=99", "--leak-check=full",
               "--errors-for-leak-kinds=definite", "--track-origins=yes", office.clerk, *argv]
        p = subprocess.run(cmd, env=office.env, cwd=office.dir, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        expected = 65 if "2026-02-30" in argv else 0
        if p.returncode != expected:
            harness.fail(f"clerk {' '.join(argv)}: exit {p.returncode} (99 = memcheck found "
                         f"errors):\n{p.stderr.decode(errors='replace')}")
    print(f"ok: memcheck clean on {len(COMMANDS)} commands in {time.monotonic() - start:.0f}s")


if __name__ == "__main__":
    main()
