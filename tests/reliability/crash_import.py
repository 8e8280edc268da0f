#!/usr/bin/python3
"""Crash safety: bulk imports killed with SIGKILL at random moments, and on a team database
imports whose server connection is ended under them.

Each trial starts from the same database, runs `clerk case import` or `clerk expense import` on
a generated file and kills it with SIGKILL after a random delay: half drawn across the import's
measured duration (reading, checking, writing, committing), half across its commit (on a file
from the moment its write-ahead log first grows; on a team database from the moment its
transaction first writes). After every kill the database must pass `clerk db check` and hold
either the whole import (every row, contact and audit entry) or none of it. Kills that land after
the process has already finished are not counted.

On a team database (CLERK_TEST_BACKEND=postgres) the server finishes a killed client's
transaction only when it notices the client has gone, so each kill is judged once its backend
has ended. Then, separately, --terminations imports lose their connection while their
transaction is writing (`pg_terminate_backend` on the import's backend, at a random moment of
its writing): each must exit 74 or 75 saying the connection was lost, leave nothing of itself
(counts as before, `audit verify` and `db check` pass), and a re-run must import everything
exactly once.

    crash_import.py --clerk BIN [--kills N] [--terminations N] [--rows N] [--seed S]
"""
import os
import random
import signal
import time

import harness

# The import's backend (it runs as `{user}` on database `{db}`) once its transaction has written
# (the server gives a transaction its id at its first write): whether there is one, and ending it.
WRITING = ("SELECT count(*) FROM pg_stat_activity WHERE datname = '{db}' AND usename = '{user}' "
           "AND backend_xid IS NOT NULL")
TERMINATE = ("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
             "WHERE datname = '{db}' AND usename = '{user}' AND backend_xid IS NOT NULL")


def main():
    def extra(ap):
        ap.add_argument("--kills", type=int, default=None,
                        help="SIGKILLs (default 24 on a file, 12 on a team database)")
        ap.add_argument("--terminations", type=int, default=4,
                        help="connections ended mid-import (team database only)")
        ap.add_argument("--rows", type=int, default=1000)

    args = harness.arguments(__doc__.splitlines()[0], extra)
    if args.kills is None:
        args.kills = 12 if harness.TEAM else 24
    rng = random.Random(args.seed)
    office = harness.Office(args.clerk, prefix="rk_")
    office.init()
    # Some data already there, so "wholly absent" is measured against a non-empty database.
    with open(office.path("base-cases.csv"), "w", encoding="utf-8") as f:
        f.write(harness.case_rows(rng, 200, "base"))
    office.run("case", "import", "base-cases.csv", "--quiet")
    office.snapshot()
    tables = ["cases", "contact", "expense", "audit_log", "audit_batch_hashes"]

    imports = []
    for kind, make in (("case", harness.case_rows), ("expense", harness.expense_rows)):
        name = f"{kind}-import.csv"
        with open(office.path(name), "w", encoding="utf-8") as f:
            f.write(make(rng, args.rows, kind))
        imports.append((kind, name))

    def counts():
        return office.counts(tables)

    # What a completed import adds, and how long it takes: the window the kills are spread over.
    before = counts()
    full, duration, write_start = {}, {}, {}

    server = office.server_session() if office.team else None

    def writing():
        """Whether the import has begun writing: its WAL has grown, or on a team database its
        transaction has an id."""
        if office.team:
            return server.query(WRITING.format(db=office.name, user=office.admin)) != "0"
        wal = office.db + "-wal"
        return os.path.exists(wal) and os.path.getsize(wal) > 0

    for kind, name in imports:
        office.restore()
        start = time.monotonic()
        proc = office.popen(kind, "import", name, "--quiet")
        # Watch the WAL (the server's transactions) to learn when committing begins.
        while proc.poll() is None:
            if kind not in write_start and writing():
                write_start[kind] = time.monotonic() - start
            time.sleep(0.002)
        duration[kind] = time.monotonic() - start
        if proc.communicate()[1] or proc.returncode != 0:
            harness.fail(f"the reference {kind} import failed")
        write_start.setdefault(kind, 0.0)
        if office.team:
            office.wait_for_sessions_to_end()
        after = counts()
        full[kind] = {t: after[t] - before[t] for t in tables}
        print(f"{kind} import of {args.rows} rows: {duration[kind]:.2f}s, "
              f"{'writing' if office.team else 'committing'} from {write_start[kind]:.2f}s, "
              f"adds {full[kind]}", flush=True)

    def judge(label, kind):
        """'absent' or 'present' after a kill; anything else fails."""
        check = office.run("db", "check", check=False)
        if check.returncode != 0:
            harness.fail(f"{label}: db check exited "
                         f"{check.returncode}:\n{check.stdout.decode()}{check.stderr.decode()}")
        after = counts()
        added = {t: after[t] - before[t] for t in tables}
        if all(v == 0 for v in added.values()):
            return "absent"
        if added == full[kind]:
            return "present"
        harness.fail(f"{label}: half an import: added {added}, a whole import adds {full[kind]}")

    kills = present = absent = finished = in_write = 0
    attempt = 0
    while kills < args.kills:
        attempt += 1
        if attempt > args.kills * 3:
            harness.fail(f"only {kills} of {args.kills} kills landed while an import ran")
        kind, name = imports[attempt % 2]
        office.restore()
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
        if office.team:
            # The server commits or rolls back the killed client's transaction once it notices.
            mid_write = delay >= write_start[kind]
            office.wait_for_sessions_to_end()
        else:
            # SQLite moves pages to the WAL as it commits: pages left there mean a kill mid-commit.
            mid_write = writing()
        in_write += mid_write
        outcome = judge(f"kill {kills} ({kind} import after {delay:.3f}s)", kind)
        absent += outcome == "absent"
        present += outcome == "present"
        where = ("after it began writing" if office.team
                 else "(killed mid-commit: pages in the WAL)")
        print(f"kill {kills:2}: {kind:7} import at {delay:.3f}s -> db check ok, import {outcome}"
              f"{' ' + where if mid_write else ''}",
              flush=True)
    print(f"ok: {kills} SIGKILLs survived ({absent} imports wholly absent, {present} wholly "
          f"present; {in_write} killed {'while writing' if office.team else 'mid-commit'}); "
          f"{finished} runs finished before their kill (not counted); seed {args.seed}",
          flush=True)
    if office.team:
        terminations(office, server, args, rng, imports, duration, write_start, full, before,
                     counts)
        server.close()


def terminations(office, server, args, rng, imports, duration, write_start, full, before,
                 counts):
    """Team database: the server ends an import's connection while its transaction writes."""
    ended = finished = attempt = 0
    while ended < args.terminations:
        attempt += 1
        if attempt > args.terminations * 4:
            harness.fail(f"only {ended} of {args.terminations} connections were ended while an "
                         f"import wrote")
        kind, name = imports[attempt % 2]
        office.restore()
        proc = office.popen(kind, "import", name, "--quiet")
        # A random moment of its writing: from when it starts to write to before it ends.
        delay = rng.uniform(write_start[kind], max(write_start[kind], 0.9 * duration[kind]))
        time.sleep(delay)
        terminated = False
        # Only a backend whose transaction has written (has an id) is ended, so a connection is
        # never cut between transactions; keep trying until it writes or the import is over.
        while proc.poll() is None:
            if server.query(TERMINATE.format(db=office.name, user=office.admin)) != "0":
                terminated = True
                break
        err = proc.communicate()[1].decode(errors="replace")
        office.wait_for_sessions_to_end()
        label = f"connection ended ({kind} import after {delay:.3f}s)"
        if not terminated:
            # It finished before it wrote again: it must be wholly there.
            finished += 1
            if proc.returncode != 0 or counts() != {t: before[t] + full[kind][t] for t in full[kind]}:
                harness.fail(f"{label}: finished untouched, yet exit {proc.returncode} or not "
                             f"all there: {err}")
            continue
        ended += 1
        if proc.returncode not in (74, 75) or "connection to the team database" not in err:
            harness.fail(f"{label}: expected exit 74 or 75 saying the connection was lost; got "
                         f"exit {proc.returncode}: {err!r}")
        after = counts()
        if after != before:
            harness.fail(f"{label}: the import left {dict((t, after[t] - before[t]) for t in after)}"
                         f" (a lost transaction must leave nothing)")
        verify = office.run("audit", "verify", "--quiet", check=False)
        check = office.run("db", "check", check=False)
        if verify.returncode != 0 or check.returncode != 0:
            harness.fail(f"{label}: audit verify exited {verify.returncode}, db check "
                         f"{check.returncode}: {verify.stdout.decode()}{check.stdout.decode()}")
        # The same file again: everything, once.
        office.run(kind, "import", name, "--quiet")
        office.wait_for_sessions_to_end()
        again = counts()
        added = {t: again[t] - before[t] for t in again}
        if added != full[kind]:
            harness.fail(f"{label}: the re-run added {added}; a whole import adds {full[kind]}")
        print(f"end {ended}: {kind:7} import at {delay:.3f}s -> exit {proc.returncode}, nothing "
              f"left, audit verify and db check pass, the re-run imports all once: "
              f"{err.strip().splitlines()[-1][:120]}", flush=True)
    print(f"ok: {ended} connections ended mid-import, each rolled back and re-run whole; "
          f"{finished} imports finished before their connection was ended (not counted); "
          f"seed {args.seed}")


if __name__ == "__main__":
    main()
