#!/usr/bin/python3
"""Concurrency: two writers and a reader on one database for a bounded time; on a team
database, twenty clients as five roles at once.

One process opens cases, another adds expense items, a third runs read commands (`case list`,
`expense budget status`, `report caseload`, `report budget`, `audit verify`) in a loop, for --seconds. Afterwards every write that
was acknowledged (exit 0 and its reference or id printed) must be in the database with its own
data, `clerk db check` must pass, and the only failure any command may have had is exit 75
(busy, after the busy timeout, nothing written). While the writers run, `audit verify` passing
shows the reader never sees half a transaction: a record without its audit entry (or the
reverse) would fail it; and the lists it reads never shrink.

On a team database (CLERK_TEST_BACKEND=postgres) twenty clients write at once, four for each
role, each logged in as that role's PostgreSQL login (not a superuser: what `clerk db grants
--apply` gives its group), each making --writes writes its role may make: the volunteer claims
expense items for themself, finance adds them for the volunteer, the caseworker opens cases, the
manager notes a shared case, the admin adds contacts; a reader (the manager) runs `audit verify`
and `case list` meanwhile. No command may fail at all, not even with 75: no deadlock or
serialisation failure may reach the user (clerk's writers take turns through one server-side
lock, waiting up to busy_timeout_ms); afterwards every acknowledged write is in the database
exactly once with its own data, nothing else is, and `audit verify` and `db check` pass. The
issue's figure is 100 writes each (`--writes 100`, 2,000 writes); the default, 5 each (100
writes), keeps the test within its time under a sanitizer, whose start-up costs each command
about half a second of CPU.

    concurrency.py --clerk BIN [--seconds N] [--writes N] [--seed S]
"""
import csv
import io
import random
import sqlite3
import threading
import time

import harness

# Team database: each role's login (unique to this script: roles are server-wide) and staff.
TEAM_STAFF = {  # login: (role, PostgreSQL role)
    "vol": ("volunteer", "rc_vol"),
    "cai": ("caseworker", "rc_cai"),
    "fin": ("finance", "rc_fin"),
    "mgr": ("manager", "rc_mgr"),
    "adm": ("admin", "rc_adm"),
}
CLIENTS_PER_ROLE = 4


def main():
    def extra(ap):
        ap.add_argument("--seconds", type=float, default=20, help="how long (on a file)")
        ap.add_argument("--writes", type=int, default=5,
                        help="writes by each of the 20 clients (on a team database)")

    args = harness.arguments(__doc__.splitlines()[0], extra)
    if harness.TEAM:
        return team(args)
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


def team(args):
    """Twenty clients, as five roles, --writes writes each, at once on a team database."""
    office = harness.Office(args.clerk, roles=[r for _, r in TEAM_STAFF.values()], prefix="rc_")
    office.run("init", "--name", "Alex Admin", "--quiet")
    for _, role in TEAM_STAFF.values():
        office.server_sql(f'ALTER ROLE "{role}" NOSUPERUSER')
    office.run("db", "grants", "--apply", "--quiet")
    for login, (role, db_role) in TEAM_STAFF.items():
        office.run("staff", "add", login, "--name", f"Staff {login}", "--role", role,
                   "--db-role", db_role, "--quiet")
    office.run("contact", "add", "Mrs Ann Jones", "--quiet")
    shared = office.run("case", "open", "--subject", "Shared case", "--contact", "1",
                        "--quiet").stdout.decode().strip()
    office.run("expense", "budget", "set", "TRAVEL", "--fy", "2026", "--amount", "1000000",
               "--quiet")
    office.run("case", "list")  # stamps the derived deadlines' fingerprint once

    problems = []
    lock = threading.Lock()
    acknowledged = {"expense": {}, "case": {}, "note": [], "contact": {}}
    attempts = {login: 0 for login in TEAM_STAFF}
    writing = threading.Event()

    def note(what):
        with lock:
            problems.append(what)

    def run(login, argv, write=True):
        p = office.run(*argv, user=TEAM_STAFF[login][1], check=False)
        with lock:
            attempts[login] += write
        if p.returncode != 0:
            note(f"{login}: clerk {' '.join(argv)} exited {p.returncode}: "
                 f"{p.stderr.decode(errors='replace').strip()}")
            return None
        return p.stdout.decode().strip()

    def client(login, k, rng):
        for i in range(args.writes):
            tag = f"{login}-{k}-{i}"
            if login in ("vol", "fin"):
                amount = f"{rng.randrange(1, 50)}.{rng.randrange(100):02}"
                out = run(login, ["expense", "add", "--claimant", "vol", "--date", "2026-11-02",
                                  "--category", "travel", "--amount", amount, "--description",
                                  f"Bus fare {tag}", "--budget", "TRAVEL"])
                if out is not None:
                    pounds, pence = amount.split(".")
                    with lock:
                        acknowledged["expense"][int(out)] = (f"Bus fare {tag}",
                                                             int(pounds) * 100 + int(pence))
            elif login == "cai":
                out = run(login, ["case", "open", "--subject", f"Concurrent case {tag}",
                                  "--contact", "1", "--category", "housing"])
                if out is not None:
                    with lock:
                        acknowledged["case"][out] = f"Concurrent case {tag}"
            elif login == "mgr":
                if run(login, ["case", "note", shared, f"Note {tag}", "--quiet"]) is not None:
                    with lock:
                        acknowledged["note"].append(f"Note {tag}")
            else:
                out = run(login, ["contact", "add", f"Contact {tag}"])
                if out is not None:
                    with lock:
                        acknowledged["contact"][int(out)] = f"Contact {tag}"

    reads = [0]

    def reader():
        # Whole transactions only: a record without its audit entry would fail verify.
        seen = 0
        while writing.is_set():
            run("mgr", ["audit", "verify", "--quiet"], write=False)
            listed = run("mgr", ["case", "list", "--format", "csv", "--limit", "100000"],
                         write=False)
            reads[0] += 2
            if listed is not None:
                n = len(list(csv.DictReader(io.StringIO(listed))))
                if n < seen:
                    note(f"case list shrank from {seen} to {n} rows")
                seen = n

    rng = random.Random(args.seed)
    threads = [threading.Thread(target=client, args=(login, k, random.Random(rng.random())))
               for k in range(CLIENTS_PER_ROLE) for login in TEAM_STAFF]
    watcher = threading.Thread(target=reader)
    writing.set()
    start = time.monotonic()
    for t in threads:
        t.start()
    watcher.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    writing.clear()
    watcher.join()

    if problems:
        harness.fail(f"{len(problems)} commands failed (none may):\n" + "\n".join(problems[:20]))
    for what in (["audit", "verify", "--quiet"], ["db", "check"]):
        p = office.run(*what, check=False)
        if p.returncode != 0:
            harness.fail(f"{' '.join(what)} after the run: {p.stdout.decode()}{p.stderr.decode()}")

    # Read back with psql as a superuser: every row, whoever may see it.
    stored_cases = dict(office.sql("SELECT ref, subject FROM cases", rows=True))
    stored_expenses = {int(i): (d, int(a)) for i, d, a in office.sql(
        "SELECT id, description, amount_pence FROM expense", rows=True)}
    stored_contacts = {int(i): n for i, n in office.sql("SELECT id, name FROM contact", rows=True)}
    stored_notes = [b for (b,) in office.sql(
        "SELECT text FROM case_event WHERE kind = 'note' AND case_id = (SELECT id FROM cases "
        f"WHERE ref = '{shared}')", rows=True)]
    want_cases = {**acknowledged["case"], shared: "Shared case"}
    want_contacts = {**acknowledged["contact"], 1: "Mrs Ann Jones"}
    for what, stored, want in (("case", stored_cases, want_cases),
                               ("expense item", stored_expenses, acknowledged["expense"]),
                               ("contact", stored_contacts, want_contacts)):
        if stored != want:
            missing = {k: v for k, v in want.items() if stored.get(k) != v}
            extra = {k: v for k, v in stored.items() if k not in want}
            harness.fail(f"{what}s: {len(want)} acknowledged, {len(stored)} stored; not stored "
                         f"as written: {list(missing.items())[:5]}; not acknowledged: "
                         f"{list(extra.items())[:5]}")
    if sorted(stored_notes) != sorted(acknowledged["note"]):
        harness.fail(f"case notes: {len(acknowledged['note'])} acknowledged, {len(stored_notes)} "
                     f"stored, or not each once")
    total = sum(attempts.values())
    print(f"ok: {elapsed:.1f}s; {len(threads)} clients as {len(TEAM_STAFF)} roles, {total} "
          f"writes ({total / elapsed:.1f}/s), none failed; {len(acknowledged['expense'])} expense "
          f"items, {len(acknowledged['case'])} cases, {len(acknowledged['note'])} case notes, "
          f"{len(acknowledged['contact'])} contacts, each found once as written; reader "
          f"{reads[0]} commands (audit verify, case list) meanwhile; audit verify and db check "
          f"pass; seed {args.seed}")


if __name__ == "__main__":
    main()
