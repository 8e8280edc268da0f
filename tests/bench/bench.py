#!/usr/bin/python3
"""Benchmarks for the figures the issues name: median wall time over several runs and peak RSS,
each beside a reference (the sqlite3 shell doing the nearest raw equivalent), so the figures
read as ratios on a shared, noisy machine.

    tests/bench/bench.py [--runs N] [--scale N] [--audit-entries N] [--only NAME...] [--clerk BIN]
                         [--backend sqlite|postgres]
    (NAME: startup, audit, pack, sar, cases, expense-import, reports)

Builds the Release binary (scripts/build Release), generates the databases once into
build/bench/ (tests/bench/gen_bench_db.py; regenerated when --scale changes), then measures.
With --backend postgres each database is copied once into a team database on the server
`scripts/team-server` runs, as an office moves (README "Team mode"); clerk logs in as the role
clerk_bench_admin (the office's admin: a member of clerk_admin, not a superuser, so row-level
security applies) and the reference is `psql` running the nearest raw query as that role, over
the same socket.
Not part of the test run: see tests/bench/README.md for the latest figures.
"""
import argparse
import csv
import os
import re
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


def report(name, seconds, rss_kib, target=None, ref=None, rss_target_mib=None, rate=None,
           ref_name="sqlite3"):
    line = f"{name:<52} {seconds * 1000:9.1f} ms  {rss_kib / 1024:6.1f} MiB"
    if rate:
        line += f"  {rate:,.0f} rows/s"
    if ref:
        line += f"  ({seconds / ref:5.1f}× {ref_name})"
    verdict = []
    if target is not None:
        verdict.append("ok" if seconds <= target else f"OVER {target * 1000:.0f} ms")
    if rss_target_mib is not None:
        verdict.append("ok" if rss_kib / 1024 <= rss_target_mib else f"OVER {rss_target_mib} MiB")
    print(line + ("  " + ", ".join(verdict) if verdict else ""), flush=True)


# The bench's own login role, on a throwaway server only; the office's admin logs in as it.
BENCH_ROLE, BENCH_PASSWORD = "clerk_bench_admin", "clerk-bench"


class Dataset:
    """A generated database as the commands see it: its file, and on a team server its copy."""

    def __init__(self, path, url=None):
        self.path, self.url = path, url


class FileBackend:
    """Single-user files; the reference is the sqlite3 shell."""
    ref_name = "sqlite3"

    def dataset(self, path):
        return Dataset(path)

    def env(self, d):
        return {"PATH": "/usr/bin:/bin", "CLERK_DB": d.path, "CLERK_CONFIG": d.path + ".toml",
                "CLERK_USER": "admin", "CLERK_TODAY": "2026-11-24", "LC_ALL": "C.UTF-8"}

    def ref(self, d, sql):
        return ["/usr/bin/sqlite3", d.path, sql], {}

    def empty(self, work, clerk, name, setup=()):
        """A new database holding only `clerk init` and the `setup` commands' work."""
        d = Dataset(os.path.join(work, name))
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(d.path + suffix):
                os.remove(d.path + suffix)
        for cmd in [["init", "--quiet"], *setup]:
            subprocess.run([clerk, *cmd], env=self.env(d), check=True)
        return d


class TeamBackend:
    """Team databases on the server scripts/team-server runs (started if it is not), each a copy
    of a generated file made by its owner, used by the admin's login role (BENCH_ROLE)."""
    ref_name = "psql"

    def __init__(self, clerk, work):
        self.clerk, self.work = clerk, work
        self.server = subprocess.run([os.path.join(ROOT, "scripts", "team-server"), "start"],
                                     capture_output=True, text=True, check=True).stdout.strip()
        server_pass = subprocess.run([os.path.join(ROOT, "scripts", "team-server"), "pgpass"],
                                     capture_output=True, text=True, check=True).stdout.strip()
        self.pgpass = os.path.join(work, "pgpass")
        with open(server_pass) as f, open(self.pgpass, "w") as out:
            out.write(f.read().rstrip("\n") + f"\n*:*:*:{BENCH_ROLE}:{BENCH_PASSWORD}\n")
        os.chmod(self.pgpass, 0o600)
        if not self.owner_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{BENCH_ROLE}'"):
            self.owner_sql(f"CREATE ROLE {BENCH_ROLE} LOGIN PASSWORD '{BENCH_PASSWORD}'")

    def url(self, database, user=None):
        url = re.sub(r"^(postgres(?:ql)?://[^/?]*)/[^?]*", r"\1/" + database, self.server)
        url = re.sub(r"([?&])user=[^&]*&?", r"\1", url).rstrip("&?")
        return url + (f"&user={user}" if user else "")

    def owner_sql(self, sql, database="postgres"):
        return subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
                               self.url(database, "clerk_owner"), "-c", sql],
                              env={"PATH": "/usr/bin:/bin", "PGPASSFILE": self.pgpass},
                              capture_output=True, text=True, check=True).stdout.strip()

    def recreate(self, database, template=None):
        self.owner_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        self.owner_sql(f"CREATE DATABASE {database}" + (f" TEMPLATE {template}" if template else ""))

    def copy_in(self, source, database):
        """`source` (a file) into the new team database `database`, as a real office moves:
        `db copy --to`, `db grants --apply` and the admin's login role set, by the owner (on no
        staff list); then VACUUM ANALYZE, as autovacuum would have done on a server that has run
        for a while."""
        self.recreate(database)
        owner_env = dict(FileBackend().env(Dataset(source)), PGPASSFILE=self.pgpass)
        subprocess.run([self.clerk, "db", "copy", "--to", self.url(database, "clerk_owner"),
                        "--quiet"], env=owner_env, check=True)
        owner_env.pop("CLERK_USER")
        owner_env["CLERK_DB"] = self.url(database, "clerk_owner")
        subprocess.run([self.clerk, "db", "grants", "--apply", "--quiet"], env=owner_env, check=True)
        subprocess.run([self.clerk, "staff", "set", "admin", "--db-role", BENCH_ROLE, "--quiet"],
                       env=owner_env, check=True)
        self.owner_sql("VACUUM ANALYZE", database)

    def dataset(self, path):
        database = "clerk_bench_" + re.sub(r"\W", "_", os.path.splitext(os.path.basename(path))[0])
        stamp = path + ".team"
        wanted = f"{os.path.getmtime(path)} {self.server}"
        if not (os.path.exists(stamp) and open(stamp).read() == wanted and
                self.owner_sql(f"SELECT 1 FROM pg_database WHERE datname = '{database}'")):
            print(f"copying {os.path.basename(path)} into the team database {database} ...", flush=True)
            start = time.perf_counter()
            self.copy_in(path, database)
            print(f"  took {time.perf_counter() - start:.0f} s", flush=True)
            open(stamp, "w").write(wanted)
        return Dataset(path, self.url(database))

    def env(self, d):
        return {"PATH": "/usr/bin:/bin", "CLERK_DB": d.url, "CLERK_CONFIG": d.path + ".toml",
                "PGUSER": BENCH_ROLE, "PGPASSFILE": self.pgpass, "CLERK_TODAY": "2026-11-24",
                "LC_ALL": "C.UTF-8"}

    def ref(self, d, sql):
        return ["psql", "-X", "-At", d.url, "-c", sql], {"PGUSER": BENCH_ROLE,
                                                         "PGPASSFILE": self.pgpass}

    def empty(self, work, clerk, name, setup=()):
        """As FileBackend.empty, made as a file and copied in (so its admin is not the owner)."""
        source = FileBackend().empty(work, clerk, name, setup)
        database = "clerk_bench_" + re.sub(r"\W", "_", os.path.splitext(name)[0])
        self.copy_in(source.path, database)
        return Dataset(source.path, self.url(database))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--scale", type=int, default=1_000_000)
    ap.add_argument("--audit-entries", type=int, default=1_000_000)
    ap.add_argument("--only", nargs="*", default=[])
    ap.add_argument("--clerk", help="measure this binary instead of building build/release")
    ap.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    args = ap.parse_args()
    if args.clerk:
        clerk = os.path.abspath(args.clerk)
    else:
        build = subprocess.run([os.path.join(ROOT, "scripts", "build"), "Release"],
                               capture_output=True, text=True, check=True).stdout.strip()
        clerk = os.path.join(ROOT, build, "clerk")
    work = os.path.join(ROOT, "build", "bench")
    os.makedirs(work, exist_ok=True)
    team = args.backend == "postgres"
    backend = TeamBackend(clerk, work) if team else FileBackend()

    def want(group):
        return not args.only or group in args.only

    def generated(name, extra):
        db = os.path.join(work, name)
        stamp = db + ".args"
        wanted = " ".join(extra)
        if not (os.path.exists(db) and os.path.exists(stamp) and open(stamp).read() == wanted):
            print(f"generating {name} ({wanted}) ...", flush=True)
            subprocess.run([PY, os.path.join(HERE, "gen_bench_db.py"), "--clerk", clerk, "--db", db] + extra,
                           check=True)
            open(stamp, "w").write(wanted)
        return backend.dataset(db)

    def reference(d, sql, runs=args.runs):
        cmd, env = backend.ref(d, sql)
        return measure(cmd, env, runs)[0]

    print(f"clerk benchmarks ({args.backend}): {os.uname().nodename}, {os.cpu_count()} cores, "
          f"{time.strftime('%Y-%m-%d')}, median of {args.runs} runs; ratios to {backend.ref_name}")

    if want("startup"):
        empty = backend.empty(work, clerk, "empty.db")
        if team:
            ref = reference(empty, "SELECT * FROM contact")
        else:
            ref = reference(empty, "SELECT 1")
        t, rss = measure([clerk, "--version"], backend.env(empty), args.runs)
        report("startup: clerk --version", t, rss, 0.005, ref, ref_name=backend.ref_name)
        t, rss = measure([clerk, "contact", "list"], backend.env(empty), args.runs)
        report("startup: clerk contact list (empty database)", t, rss, 0.015 if team else 0.005,
               ref, ref_name=backend.ref_name)

    if want("audit"):
        d = generated("audit.db", ["--audit-entries", str(args.audit_entries)])
        ref = reference(d, "SELECT sum(length(entry_hash)) FROM audit_log")
        t, rss = measure([clerk, "audit", "verify", "--quiet"], backend.env(d), max(3, args.runs // 2))
        report(f"audit verify ({args.audit_entries:,} entries)", t, rss, 3.0 if team else 2.0, ref, 64,
               ref_name=backend.ref_name)

    if want("pack"):
        # Issue 14: the monthly pack runs the full verification (rows included), so on a
        # database of 1,000,000 trail entries it costs about an `audit verify`: target 2 s.
        d = generated("audit.db", ["--audit-entries", str(args.audit_entries)])
        env = backend.env(d)
        ref, _ = measure([clerk, "audit", "verify", "--quiet"], env, max(3, args.runs // 2))
        report(f"audit verify ({args.audit_entries:,} entries), the pack's reference", ref, 0)
        t, rss = measure([clerk, "report", "monthly", "--format", "text"], env, max(3, args.runs // 2))
        report(f"report monthly --format text ({args.audit_entries:,} entries)", t, rss, 2.0, None, 64)

    if want("sar"):
        # A subject access export for one contact among the 1,000,000 cases: every query it makes
        # follows an index. The reference is the shell reading that contact's cases and timeline.
        d = generated("cases.db", ["--scale", str(args.scale)])
        env = backend.env(d)
        contact = subprocess.run(["/usr/bin/sqlite3", d.path,
                                  "SELECT contact_id FROM cases WHERE ref = 'C-2024-00042'"],
                                 capture_output=True, text=True, check=True).stdout.strip()
        ref = reference(d, f"SELECT * FROM cases c JOIN case_event e ON e.case_id = c.id "
                           f"WHERE c.contact_id = {contact}")
        t, rss = measure([clerk, "audit", "sar", contact, "--format", "json", "--quiet"], env, args.runs)
        report(f"audit sar (contact {contact}, {args.scale:,} cases)", t, rss, 0.200, ref, 64,
               ref_name=backend.ref_name)

    if want("cases"):
        d = generated("cases.db", ["--scale", str(args.scale)])
        env = backend.env(d)
        ref = reference(d, "SELECT id FROM cases WHERE status = 'open' AND category = 'housing' "
                           "ORDER BY received_on DESC LIMIT 50")
        for name, cmd in [("case due --limit 50", ["case", "due", "--limit", "50"]),
                          ("case list --status open --category housing --limit 50",
                           ["case", "list", "--status", "open", "--category", "housing", "--limit", "50"])]:
            t, rss = measure([clerk] + cmd + ["--format", "tsv"], env, args.runs)
            report(name, t, rss, 0.050, ref, 64, ref_name=backend.ref_name)
        if team:
            fts_ref = reference(d, "SELECT count(*) FROM case_fts WHERE terms @@ "
                                   "to_tsquery('clerk_english', 'mould')")
        else:
            fts_ref = reference(d, "SELECT count(*) FROM case_fts WHERE case_fts MATCH 'mould'")
        t, rss = measure([clerk, "case", "search", "mould", "--limit", "50", "--format", "tsv"], env, args.runs)
        report("case search mould --limit 50", t, rss, 0.100, fts_ref, 64, ref_name=backend.ref_name)
        t, rss = measure([clerk, "case", "search", "mould", "--format", "tsv"], env, max(3, args.runs // 2))
        report("case search mould (every match)", t, rss, None, fts_ref, 64, ref_name=backend.ref_name)
        t, rss = measure([clerk, "case", "show", "C-2024-00042", "--format", "tsv", "--section", "case"], env, args.runs)
        report("case show", t, rss, 0.010, ref, 64, ref_name=backend.ref_name)
        if not team:
            case_import(clerk, work, d, env)

    if want("expense-import"):
        expense_import(clerk, work, backend, args.scale, team)

    if want("reports"):
        # Issue 6: 1,000,000 cases and 1,000,000 expense items.
        d = generated("reports.db", ["--scale", str(args.scale), "--expenses", str(args.scale)])
        env = backend.env(d)
        ref = reference(d, "SELECT count(*), sum(amount_pence) FROM expense "
                           "WHERE spent_on >= '2026-04-01' AND spent_on < '2027-04-01'")
        for name, cmd, target in [
                ("report monthly --format text", ["report", "monthly", "--format", "text"],
                 2.0 if team else 1.0),
                ("report expenses --fy 2026 --by month",
                 ["report", "expenses", "--fy", "2026", "--by", "month"], 0.300),
                ("report caseload --fy 2026", ["report", "caseload", "--fy", "2026"], 0.700)]:
            t, rss = measure([clerk] + cmd, env, args.runs)
            report(name, t, rss, target, ref, 64, ref_name=backend.ref_name)


def case_import(clerk, work, d, env):
    """Import: export 100,000 cases, load them into a fresh database (single-user files)."""
    csv_path = os.path.join(work, "cases-100k.csv")
    if not os.path.exists(csv_path):
        with open(csv_path, "wb") as out:
            subprocess.run([clerk, "case", "export", "--limit", "100000", "--format", "csv"], env=env,
                           stdout=out, check=True)
    with open(csv_path, "rb") as f:
        rows = sum(1 for _ in f) - 1
    target = os.path.join(work, "import.db")
    empty = FileBackend().empty(work, clerk, "import-empty.db",
                                [["staff", "add", login, "--name", login, "--quiet"] for login in STAFF])

    def fresh(path):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
        shutil.copyfile(empty.path, path)
        # An explicit CLERK_CONFIG must exist (issue 14): each copy gets the empty one's.
        if os.path.exists(empty.path + ".toml"):
            shutil.copyfile(empty.path + ".toml", path + ".toml")

    times, rss = [], 0
    for _ in range(3):
        fresh(target)
        t, r = measure([clerk, "case", "import", csv_path, "--quiet"], FileBackend().env(Dataset(target)),
                       1, warm_up=False)
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
        r, _ = measure(["/usr/bin/sqlite3", copy, script], {}, 1, warm_up=False)
        ref_times.append(r)
    report(f"case import ({rows:,} rows)", t, rss, rows / 100_000, statistics.median(ref_times), 64,
           rate=rows / t)


def expense_import(clerk, work, backend, scale, team):
    """`expense import` of `scale` rows (gen_expenses.py) into an office holding only its
    claimants, three runs each into a fresh copy; the reference loads the same file into a table
    of its columns as text (`psql \\copy`, or the sqlite3 shell's .import)."""
    csv_path = os.path.join(work, f"expenses-{scale}.csv")
    staff_path = os.path.join(work, f"expenses-{scale}-staff.csv")
    if not os.path.exists(csv_path):
        subprocess.run([PY, os.path.join(HERE, "gen_expenses.py"), "--scale", str(scale // 1000),
                        "--out", csv_path, "--staff", staff_path], check=True)
    with open(staff_path, newline="") as f:
        staff = [(r["login"], r["name"]) for r in csv.DictReader(f)]
    rows = scale
    setup = [["staff", "add", login, "--name", name, "--quiet"] for login, name in staff]
    empty = backend.empty(work, clerk, "expense-empty.db", setup)
    target = Dataset(os.path.join(work, "expense-import.db"),
                     backend.url("clerk_bench_expense_import") if team else None)

    def fresh():
        if team:
            backend.recreate("clerk_bench_expense_import", "clerk_bench_expense_empty")
        else:
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(target.path + suffix):
                    os.remove(target.path + suffix)
            shutil.copyfile(empty.path, target.path)
        if os.path.exists(empty.path + ".toml"):
            shutil.copyfile(empty.path + ".toml", target.path + ".toml")

    times, rss = [], 0
    for _ in range(3):
        fresh()
        t, r = measure([clerk, "expense", "import", csv_path, "--quiet"], backend.env(target), 1,
                       warm_up=False)
        times.append(t)
        rss = max(rss, r)
    t = statistics.median(times)
    with open(csv_path, newline="") as f:
        columns = next(csv.reader(f))
    ref_times = []
    for _ in range(3):
        if team:
            backend.owner_sql("DROP TABLE IF EXISTS csv_rows; CREATE TABLE csv_rows ("
                              + ", ".join(f'"{c}" text' for c in columns) + ")",
                              "clerk_bench_expense_import")
            cmd, env = backend.ref(target, f"\\copy csv_rows FROM '{csv_path}' CSV HEADER")
            env = dict(env, PGUSER="clerk_owner")
        else:
            ref_db = os.path.join(work, "expense-ref.db")
            if os.path.exists(ref_db):
                os.remove(ref_db)
            cmd, env = ["/usr/bin/sqlite3", ref_db, "-cmd", ".mode csv", f".import {csv_path} csv_rows"], {}
        r, _ = measure(cmd, env, 1, warm_up=False)
        ref_times.append(r)
    report(f"expense import ({rows:,} rows)", t, rss, rows / 100_000, statistics.median(ref_times), 64,
           rate=rows / t, ref_name=backend.ref_name)


if __name__ == "__main__":
    main()
