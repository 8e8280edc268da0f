#!/usr/bin/python3
"""Crash safety: bulk imports killed with SIGKILL at random moments.

Each trial starts from the same database, runs `clerk case import` or `clerk expense import` on
a generated file and kills it with SIGKILL after a random delay: half drawn across the import's
measured duration (reading, checking, writing, committing), half across its commit (from
the moment its write-ahead log first grows). After every kill the database must
pass `clerk db check` and hold either the whole import (every row, contact and audit entry) or
none of it. Kills that land after the process has already finished are not counted.

    crash_import.py --clerk BIN [--kills N] [--rows N] [--seed S]
"""
import os
import random
import shutil
import signal
import subprocess
import time

import harness


def main():
    def extra(ap):
        ap.add_argument("--kills", type=int, default=24)
        ap.add_argument("--rows", type=int, default=1000)

    args = harness.arguments(__doc__.splitlines()[0], extra)
    rng = random.Random(args.seed)
    office = harness.Office(args.clerk)
    office.init()
    # Some data already there, so "wholly absent" is measured against a non-empty database.
    with open(office.path("base-cases.csv"), "w", encoding="utf-8") as f:
        f.write(harness.case_rows(rng, 200, "base"))
    office.run("case", "import", "base-cases.csv", "--quiet")
    pristine = office.path("pristine.db")
    shutil.copyfile(office.db, pristine)
    tables = ["cases", "contact", "expense", "audit_log", "audit_batch_hashes"]

    imports = []
    for kind, make in (("case", harness.case_rows), ("expense", harness.expense_rows)):
        name = f"{kind}-import.csv"
        with open(office.path(name), "w", encoding="utf-8") as f:
            f.write(make(rng, args.rows, kind))
        imports.append((kind, name))

    def restore():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(office.db + suffix):
                os.remove(office.db + suffix)
        shutil.copyfile(pristine, office.db)
        os.chmod(office.db, 0o600)

    def counts():
        return {t: office.count(t) for t in tables}

    # What a completed import adds, and how long it takes: the window the kills are spread over.
    before = counts()
    full, duration, write_start = {}, {}, {}

    def wal_size():
        wal = office.db + "-wal"
        return os.path.getsize(wal) if os.path.exists(wal) else 0

    for kind, name in imports:
        restore()
        start = time.monotonic()
        proc = office.popen(kind, "import", name, "--quiet")
        # Watch the WAL to learn when committing begins.
        while proc.poll() is None:
            if kind not in write_start and wal_size() > 0:
                write_start[kind] = time.monotonic() - start
            time.sleep(0.002)
        duration[kind] = time.monotonic() - start
        if proc.communicate()[1] or proc.returncode != 0:
            harness.fail(f"the reference {kind} import failed")
        write_start.setdefault(kind, 0.0)
        after = counts()
        full[kind] = {t: after[t] - before[t] for t in tables}
        print(f"{kind} import of {args.rows} rows: {duration[kind]:.2f}s, committing from "
              f"{write_start[kind]:.2f}s, adds {full[kind]}",
              flush=True)

    kills = present = absent = finished = in_write = 0
    attempt = 0
    while kills < args.kills:
        attempt += 1
        if attempt > args.kills * 3:
            harness.fail(f"only {kills} of {args.kills} kills landed while an import ran")
        kind, name = imports[attempt % 2]
        restore()
        # Half the kills anywhere in the run, half while it commits.
        if attempt % 4 < 2:
            delay = rng.uniform(0.02, 1.0) * duration[kind]
        else:
            delay = rng.uniform(write_start[kind], duration[kind])
        proc = office.popen(kind, "import", name, "--quiet")
        time.sleep(delay)
        if proc.poll() is not None:
            # It ran faster than the reference run (a loaded machine makes timings vary):
            # shrink the window to what it took at most, keeping the commit's share.
            finished += 1
            proc.communicate()
            scale = delay / duration[kind]
            duration[kind] *= scale
            write_start[kind] *= scale
            continue
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        kills += 1
        # SQLite moves pages to the WAL as it commits: pages left there mean a kill mid-commit.
        mid_write = wal_size() > 0
        in_write += mid_write
        check = office.run("db", "check", check=False)
        if check.returncode != 0:
            harness.fail(f"kill {kills} ({kind} import after {delay:.3f}s): db check exited "
                         f"{check.returncode}:\n{check.stdout.decode()}{check.stderr.decode()}")
        after = counts()
        added = {t: after[t] - before[t] for t in tables}
        if all(v == 0 for v in added.values()):
            absent += 1
            outcome = "absent"
        elif added == full[kind]:
            present += 1
            outcome = "present"
        else:
            harness.fail(f"kill {kills} ({kind} import after {delay:.3f}s): half an import: "
                         f"added {added}, a whole import adds {full[kind]}")
        print(f"kill {kills:2}: {kind:7} import at {delay:.3f}s -> db check ok, import {outcome}"
              f"{' (killed mid-commit: pages in the WAL)' if mid_write else ''}",
              flush=True)
    print(f"ok: {kills} SIGKILLs survived ({absent} imports wholly absent, {present} wholly "
          f"present; {in_write} killed mid-commit); {finished} runs finished before their kill (not counted); seed {args.seed}")


if __name__ == "__main__":
    main()
