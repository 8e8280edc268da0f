#!/usr/bin/python3
"""Concurrency: two writers and a reader on one database for a bounded time.

One process opens cases, another adds expense items, a third runs read commands (`case list`,
`expense budget status`, `report caseload`, `report budget`, `audit verify`) in a loop, for --seconds. Afterwards every write that
was acknowledged (exit 0 and its reference or id printed) must be in the database with its own
data, `clerk db check` must pass, and the only failure any command may have had is exit 75
(busy, after the busy timeout, nothing written). While the writers run, `audit verify` passing
shows the reader never sees half a transaction: a record without its audit entry (or the
reverse) would fail it; and the lists it reads never shrink.

    concurrency.py --clerk BIN [--seconds N] [--seed S]
"""
import csv
import io
import random
import sqlite3
import threading
import time

import harness


def main():
    def extra(ap):
        ap.add_argument("--seconds", type=float, default=20)

    args = harness.arguments(__doc__.splitlines()[0], extra)
    office = harness.Office(args.clerk)
    office.init()
    office.run("contact", "add", "Mrs Ann Jones", "--quiet")
    office.run("expense", "budget", "set", "TRAVEL", "--fy", "2026", "--amount", "100000",
               "--quiet")
    deadline = time.monotonic() + args.seconds
    problems = []
    lock = threading.Lock()
    stats = {"case": [0, 0], "expense": [0, 0], "read": [0, 0]}  # [attempted, busy]

    def note(what):
        with lock:
            problems.append(what)

    def outcome(kind, p, args_):
        stats[kind][0] += 1
        if p.returncode == 75:
            stats[kind][1] += 1
            return False
        if p.returncode != 0:
            note(f"clerk {' '.join(args_)} exited {p.returncode}: {p.stderr.decode()}"
                 f"{p.stdout.decode()[:2000]}")
            return False
        return True

    cases = {}  # ref -> subject

    def case_writer(rng):
        i = 0
        while time.monotonic() < deadline:
            i += 1
            subject = f"Concurrent case {i} {rng.randrange(10**6)}"
            a = ["case", "open", "--subject", subject, "--contact", "1", "--category", "housing"]
            p = office.run(*a, check=False)
            if outcome("case", p, a):
                cases[p.stdout.decode().strip()] = subject

    expenses = {}  # id -> description

    def expense_writer(rng):
        i = 0
        while time.monotonic() < deadline:
            i += 1
            description = f"Concurrent bus fare {i}"
            amount = f"{rng.randrange(1, 50)}.{rng.randrange(100):02}"
            a = ["expense", "add", "--claimant", "tom", "--date", "2026-11-02", "--category",
                 "travel", "--amount", amount, "--description", description, "--budget", "TRAVEL"]
            p = office.run(*a, check=False)
            if outcome("expense", p, a):
                expenses[int(p.stdout.decode().strip())] = (description, amount)

    def reader(rng):
        seen_cases = 0
        while time.monotonic() < deadline:
            which = rng.randrange(5)
            if which == 0:
                a = ["case", "list", "--format", "csv", "--limit", "100000"]
            elif which == 1:
                a = ["expense", "budget", "status", "--fy", "2026", "--format", "csv"]
            elif which == 2:
                a = ["report", "caseload", "--month", "2026-11", "--format", "json"]
            elif which == 3:
                a = ["report", "budget", "--fy", "2026", "--format", "csv", "--section", "budget"]
            else:
                a = ["audit", "verify", "--quiet"]
            p = office.run(*a, check=False)
            if not outcome("read", p, a):
                continue
            if which == 0:
                n = len(list(csv.DictReader(io.StringIO(p.stdout.decode()))))
                if n < seen_cases:
                    note(f"case list shrank from {seen_cases} to {n} rows")
                seen_cases = n

    rng = random.Random(args.seed)
    threads = [threading.Thread(target=f, args=(random.Random(rng.random()),))
               for f in (case_writer, expense_writer, reader)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start

    if problems:
        harness.fail("\n".join(problems[:20]))
    check = office.run("db", "check", check=False)
    if check.returncode != 0:
        harness.fail(f"db check after the run: {check.stdout.decode()}{check.stderr.decode()}")
    con = sqlite3.connect(f"file:{office.db}?mode=ro", uri=True)
    stored_cases = dict(con.execute("SELECT ref, subject FROM cases").fetchall())
    stored_expenses = {i: (d, a) for i, d, a in con.execute(
        "SELECT id, description, amount_pence FROM expense").fetchall()}
    con.close()
    for ref, subject in cases.items():
        if stored_cases.get(ref) != subject:
            harness.fail(f"acknowledged case {ref} ({subject!r}) is not stored as written")
    for eid, (description, amount) in expenses.items():
        pounds, pence = amount.split(".")
        want = (description, int(pounds) * 100 + int(pence))
        if stored_expenses.get(eid) != want:
            harness.fail(f"acknowledged expense {eid} {want} is stored as {stored_expenses.get(eid)}")
    if len(stored_cases) != len(cases) or len(stored_expenses) != len(expenses):
        harness.fail(f"unacknowledged writes stored: {len(stored_cases)} cases for {len(cases)} "
                     f"acknowledged, {len(stored_expenses)} items for {len(expenses)}")
    print(f"ok: {elapsed:.1f}s; case writer {stats['case'][0]} attempted, {len(cases)} "
          f"acknowledged and found, {stats['case'][1]} busy (75); expense writer "
          f"{stats['expense'][0]} attempted, {len(expenses)} acknowledged and found, "
          f"{stats['expense'][1]} busy; reader {stats['read'][0]} commands, {stats['read'][1]} "
          f"busy; audit verify and db check pass; seed {args.seed}")


if __name__ == "__main__":
    main()
