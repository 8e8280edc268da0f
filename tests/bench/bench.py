#!/usr/bin/python3
"""Benchmarks for the figures the issues name: median wall time over several runs and peak RSS,
each beside a reference (the sqlite3 shell doing the nearest raw equivalent), so the figures
read as ratios on a shared, noisy machine.

    tests/bench/bench.py [--runs N] [--scale N] [--audit-entries N] [--only NAME...] [--clerk BIN]
    (NAME: startup, audit, pack, sar, cases, reports)

Builds the Release binary (scripts/build Release), generates the databases once into
build/bench/ (tests/bench/gen_bench_db.py; regenerated when --scale changes), then measures.
Not part of the test run: see tests/bench/README.md for the latest figures.
"""
import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PY = "/usr/bin/python3"
# The caseworkers gen_bench_db.py makes; an import needs its assignees to exist.
STAFF = ["tom", "megan", "priya", "aled", "fatima", "olu", "rhian", "sean", "mair", "ewa", "nia", "iwan"]


def measure(cmd, env, runs, stdin_path=None, warm_up=True):
    """Median wall seconds and peak RSS (KiB) of `cmd` over `runs` runs (after one warm-up)."""
    times, rss = [], 0
    skip = 1 if warm_up else 0
    for i in range(runs + skip):
        with tempfile.NamedTemporaryFile() as tf:
            stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
            start = time.perf_counter()
            proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", tf.name] + cmd, env=env,
                                  stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            elapsed = time.perf_counter() - start
            if stdin_path:
                stdin.close()
            if proc.returncode not in (0, 1):
                sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr.decode()}")
            if i >= skip:
                times.append(elapsed)
                rss = max(rss, int(open(tf.name).read().split()[-1]))
    return statistics.median(times), rss


def report(name, seconds, rss_kib, target=None, ref=None, rss_target_mib=None, rate=None):
    line = f"{name:<52} {seconds * 1000:9.1f} ms  {rss_kib / 1024:6.1f} MiB"
    if rate:
        line += f"  {rate:,.0f} rows/s"
    if ref:
        line += f"  ({seconds / ref:5.1f}× sqlite3)"
    verdict = []
    if target is not None:
        verdict.append("ok" if seconds <= target else f"OVER {target * 1000:.0f} ms")
    if rss_target_mib is not None:
        verdict.append("ok" if rss_kib / 1024 <= rss_target_mib else f"OVER {rss_target_mib} MiB")
    print(line + ("  " + ", ".join(verdict) if verdict else ""), flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--scale", type=int, default=1_000_000)
    ap.add_argument("--audit-entries", type=int, default=1_000_000)
    ap.add_argument("--only", nargs="*", default=[])
    ap.add_argument("--clerk", help="measure this binary instead of building build/release")
    args = ap.parse_args()
    if args.clerk:
        clerk = os.path.abspath(args.clerk)
    else:
        build = subprocess.run([os.path.join(ROOT, "scripts", "build"), "Release"],
                               capture_output=True, text=True, check=True).stdout.strip()
        clerk = os.path.join(ROOT, build, "clerk")
    work = os.path.join(ROOT, "build", "bench")
    os.makedirs(work, exist_ok=True)
    sqlite = "/usr/bin/sqlite3"

    def want(group):
        return not args.only or group in args.only

    def env_for(db):
        return {"PATH": "/usr/bin:/bin", "CLERK_DB": db, "CLERK_CONFIG": db + ".toml",
                "CLERK_USER": "admin", "CLERK_TODAY": "2026-11-24", "LC_ALL": "C.UTF-8"}

    def generated(name, extra):
        db = os.path.join(work, name)
        stamp = db + ".args"
        wanted = " ".join(extra)
        if not (os.path.exists(db) and os.path.exists(stamp) and open(stamp).read() == wanted):
            print(f"generating {name} ({wanted}) ...", flush=True)
            subprocess.run([PY, os.path.join(HERE, "gen_bench_db.py"), "--clerk", clerk, "--db", db] + extra,
                           check=True)
            open(stamp, "w").write(wanted)
        return db

    print(f"clerk benchmarks: {os.uname().nodename}, {os.cpu_count()} cores, "
          f"{time.strftime('%Y-%m-%d')}, median of {args.runs} runs")

    if want("startup"):
        empty = os.path.join(work, "empty.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(empty + suffix):
                os.remove(empty + suffix)
        subprocess.run([clerk, "init", "--quiet"], env=env_for(empty), check=True)
        ref, _ = measure([sqlite, empty, "SELECT 1"], {}, args.runs)
        t, rss = measure([clerk, "--version"], env_for(empty), args.runs)
        report("startup: clerk --version", t, rss, 0.005, ref)
        t, rss = measure([clerk, "contact", "list"], env_for(empty), args.runs)
        report("startup: clerk contact list (empty database)", t, rss, 0.005, ref)

    if want("audit"):
        db = generated("audit.db", ["--audit-entries", str(args.audit_entries)])
        ref, _ = measure([sqlite, db, "SELECT sum(length(entry_hash)) FROM audit_log"], {}, args.runs)
        t, rss = measure([clerk, "audit", "verify", "--quiet"], env_for(db), max(3, args.runs // 2))
        report(f"audit verify ({args.audit_entries:,} entries)", t, rss, 2.0, ref, 64)

    if want("pack"):
        # Issue 14: the monthly pack runs the full verification (rows included), so on a
        # database of 1,000,000 trail entries it costs about an `audit verify`: target 2 s.
        db = generated("audit.db", ["--audit-entries", str(args.audit_entries)])
        ref, _ = measure([clerk, "audit", "verify", "--quiet"], env_for(db), max(3, args.runs // 2))
        report(f"audit verify ({args.audit_entries:,} entries), the pack's reference", ref, 0)
        t, rss = measure([clerk, "report", "monthly", "--format", "text"], env_for(db),
                         max(3, args.runs // 2))
        report(f"report monthly --format text ({args.audit_entries:,} entries)", t, rss, 2.0, None, 64)

    if want("sar"):
        # A subject access export for one contact among the 1,000,000 cases: every query it makes
        # follows an index. The reference is the shell reading that contact's cases and timeline.
        db = generated("cases.db", ["--scale", str(args.scale)])
        env = env_for(db)
        contact = subprocess.run([sqlite, db, "SELECT contact_id FROM cases WHERE ref = 'C-2024-00042'"],
                                 capture_output=True, text=True, check=True).stdout.strip()
        ref, _ = measure([sqlite, db, f"SELECT * FROM cases c JOIN case_event e ON e.case_id = c.id "
                                      f"WHERE c.contact_id = {contact}"], {}, args.runs)
        t, rss = measure([clerk, "audit", "sar", contact, "--format", "json", "--quiet"], env, args.runs)
        report(f"audit sar (contact {contact}, {args.scale:,} cases)", t, rss, 0.200, ref, 64)

    if want("cases"):
        db = generated("cases.db", ["--scale", str(args.scale)])
        env = env_for(db)
        ref, _ = measure([sqlite, db, "SELECT id FROM cases WHERE status = 'open' AND category = 'housing' "
                                      "ORDER BY received_on DESC LIMIT 50"], {}, args.runs)
        for name, cmd in [("case due --limit 50", ["case", "due", "--limit", "50"]),
                          ("case list --status open --category housing --limit 50",
                           ["case", "list", "--status", "open", "--category", "housing", "--limit", "50"])]:
            t, rss = measure([clerk] + cmd + ["--format", "tsv"], env, args.runs)
            report(name, t, rss, 0.050, ref, 64)
        fts_ref, _ = measure([sqlite, db, "SELECT count(*) FROM case_fts WHERE case_fts MATCH 'mould'"], {}, args.runs)
        t, rss = measure([clerk, "case", "search", "mould", "--limit", "50", "--format", "tsv"], env, args.runs)
        report("case search mould --limit 50", t, rss, 0.100, fts_ref, 64)
        t, rss = measure([clerk, "case", "search", "mould", "--format", "tsv"], env, max(3, args.runs // 2))
        report("case search mould (every match)", t, rss, None, fts_ref, 64)
        t, rss = measure([clerk, "case", "show", "C-2024-00042", "--format", "tsv", "--section", "case"], env, args.runs)
        report("case show", t, rss, 0.010, ref, 64)
        # Import: export 100,000 cases, load them into a fresh database.
        csv_path = os.path.join(work, "cases-100k.csv")
        if not os.path.exists(csv_path):
            with open(csv_path, "wb") as out:
                subprocess.run([clerk, "case", "export", "--limit", "100000", "--format", "csv"], env=env,
                               stdout=out, check=True)
        with open(csv_path, "rb") as f:
            rows = sum(1 for _ in f) - 1
        target = os.path.join(work, "import.db")
        empty = os.path.join(work, "import-empty.db")

        def fresh(path):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
            shutil.copyfile(empty, path)
            # An explicit CLERK_CONFIG must exist (issue 14): each copy gets the empty one's.
            if os.path.exists(empty + ".toml"):
                shutil.copyfile(empty + ".toml", path + ".toml")

        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(empty + suffix):
                os.remove(empty + suffix)
        eenv = env_for(empty)
        subprocess.run([clerk, "init", "--quiet"], env=eenv, check=True)
        for login in STAFF:
            subprocess.run([clerk, "staff", "add", login, "--name", login, "--quiet"], env=eenv, check=True)
        times, rss = [], 0
        for _ in range(3):
            fresh(target)
            t, r = measure([clerk, "case", "import", csv_path, "--quiet"], env_for(target), 1, warm_up=False)
            times.append(t)
            rss = max(rss, r)
        t = statistics.median(times)
        # The reference: the sqlite3 shell writing the same rows from the imported database into
        # an empty one, foreign keys on, the table's indexes dropped and built again and the
        # search index filled in one statement, as clerk does: SQLite's own floor for this
        # schema, with no parsing, checking, matching of contacts or audit trail.
        with sqlite3.connect(target) as con:
            indexes = con.execute("SELECT name, sql FROM sqlite_schema WHERE tbl_name = 'cases' "
                                  "AND type = 'index' AND sql IS NOT NULL").fetchall()
        script = ("PRAGMA foreign_keys = ON; PRAGMA threads = 2; ATTACH '%s' AS f; BEGIN; "
                  "DROP TRIGGER cases_fts_insert; " % target.replace("'", "''")
                  + "".join(f"DROP INDEX {name}; " for name, _ in indexes)
                  + "INSERT INTO contact SELECT * FROM f.contact; INSERT INTO cases SELECT * FROM f.cases; "
                  "INSERT INTO case_deadline SELECT * FROM f.case_deadline; "
                  "INSERT INTO case_fts (rowid, body) SELECT id, body FROM case_search_text; "
                  + "".join(f"{sql}; " for _, sql in indexes) + "COMMIT;")
        copy = os.path.join(work, "import-ref.db")
        ref_times = []
        for _ in range(3):
            fresh(copy)
            r, _ = measure([sqlite, copy, script], {}, 1, warm_up=False)
            ref_times.append(r)
        report(f"case import ({rows:,} rows)", t, rss, rows / 100_000, statistics.median(ref_times), 64,
               rate=rows / t)

    if want("reports"):
        # Issue 6: 1,000,000 cases and 1,000,000 expense items.
        db = generated("reports.db", ["--scale", str(args.scale), "--expenses", str(args.scale)])
        env = env_for(db)
        ref, _ = measure([sqlite, db, "SELECT count(*), sum(amount_pence) FROM expense "
                                      "WHERE spent_on >= '2026-04-01' AND spent_on < '2027-04-01'"],
                         {}, args.runs)
        for name, cmd, target in [
                ("report monthly --format text", ["report", "monthly", "--format", "text"], 1.0),
                ("report expenses --fy 2026 --by month",
                 ["report", "expenses", "--fy", "2026", "--by", "month"], 0.300),
                ("report caseload --fy 2026", ["report", "caseload", "--fy", "2026"], 0.700)]:
            t, rss = measure([clerk] + cmd, env, args.runs)
            report(name, t, rss, target, ref, 64)


if __name__ == "__main__":
    main()
