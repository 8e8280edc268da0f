"""What the reliability scripts share: running clerk in a throwaway office, and making data.

Each script gets `--clerk BIN` and runs every command with env -i, as the transcripts do, in a
fresh temporary directory; CLERK_TODAY is fixed so the data is the same on every run.

The backend is CLERK_TEST_BACKEND: `sqlite` (the default) puts the office in a file there;
`postgres` puts it in a new database on the test server CLERK_TEST_PG_URL names (its password
file PGPASSFILE; scripts/team-server), made and dropped as the transcripts' are
(tests/e2e/run_transcript.py: team_database, its roles and password). Without CLERK_TEST_PG_URL
a postgres run is skipped (exit 77). There the server says who is acting: what names a staff
login on a file (CLERK_USER, `user=`) names the PostgreSQL role clerk logs in as (PGUSER), and
the scripts read the database with `psql` as the office's first admin (a superuser), not
through clerk.
"""
import argparse
import atexit
import contextlib
import hashlib
import importlib.util
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

TODAY = "2026-11-24"
SYSTEM_PATH = "/usr/bin:/bin"
TEAM = os.environ.get("CLERK_TEST_BACKEND", "sqlite") == "postgres"
BACKEND = "postgres" if TEAM else "sqlite"

# The transcripts' team database, roles and password file.
_spec = importlib.util.spec_from_file_location(
    "run_transcript", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e",
                                   "run_transcript.py"))
transcripts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(transcripts)


def arguments(description, extra=None):
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--clerk", required=True, help="the clerk binary")
    ap.add_argument("--seed", type=int, default=None, help="reproduce a run (printed at start)")
    if extra:
        extra(ap)
    args = ap.parse_args()
    if TEAM and not os.environ.get("CLERK_TEST_PG_URL"):
        print("CLERK_TEST_PG_URL is not set (scripts/test starts a server): skipped", flush=True)
        sys.exit(77)
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1, 2**31)
    print(f"{os.path.basename(sys.argv[0])}: seed {args.seed}, backend {BACKEND}", flush=True)
    return args


class Office:
    """A temporary directory holding one clerk database (a file, or on postgres a database on
    the test server, dropped at exit) and its config.

    On postgres the office's first admin, who acts by default and reads the database with
    psql, is the login role `<prefix>admin` (a superuser): role names are the server's, so each
    script has a prefix of its own, and the bare `admin` may belong to another user of the
    server (tests/bench makes one). `roles` are more login roles to make (superusers, as the
    transcripts' are, until a script says otherwise)."""

    def __init__(self, clerk, root=None, roles=(), prefix="rel_"):
        self.clerk = os.path.abspath(clerk)
        self.tmp = tempfile.TemporaryDirectory(prefix="clerk-rel-", dir=root)
        self.dir = self.tmp.name
        self.db = os.path.join(self.dir, "office.db")
        self.env = {
            "PATH": SYSTEM_PATH,
            "HOME": self.dir,
            "CLERK_DB": self.db,
            "CLERK_CONFIG": os.path.join(self.dir, "config.toml"),
            "CLERK_TODAY": TODAY,
            "CLERK_USER": "admin",
            "LC_ALL": "C.UTF-8",
            # A sanitizer build reports leaks and UB as a failure, never silently.
            "ASAN_OPTIONS": "detect_leaks=1:abort_on_error=1",
            "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1",
        }
        self.team = TEAM
        self.pristine = None
        self.admin = "admin"
        if self.team:
            self.admin = prefix + "admin"
            self.env["CLERK_USER"] = self.admin
            self._stack = contextlib.ExitStack()
            atexit.register(self.close)
            self.db = self._stack.enter_context(
                transcripts.team_database([self.admin, *roles]))
            self.name = re.search(r"/([^/?]+)(\?|$)", self.db).group(1)
            self.env["CLERK_DB"] = self.db
            self.env["PGPASSFILE"] = transcripts.team_pgpass(self.path("pgpass"))

    def close(self):
        """Drops the team database (and its pristine copy): at exit, or when a script is done."""
        if self.team and self._stack is not None:
            if self.pristine:
                self.server_sql(f"DROP DATABASE IF EXISTS {self.pristine} WITH (FORCE)")
            self._stack.close()
            self._stack = None

    def path(self, name):
        return os.path.join(self.dir, name)

    def environment(self, env=None, user=None):
        """The environment a command runs in: on postgres the acting login is the role PGUSER
        names, CLERK_USER being refused in team mode."""
        full_env = dict(self.env)
        full_env.update(env or {})
        if user is not None:
            full_env["CLERK_USER"] = user
        for k in [k for k, v in full_env.items() if v is None]:
            del full_env[k]
        if self.team and "CLERK_USER" in full_env:
            full_env["PGUSER"] = full_env.pop("CLERK_USER")
        return full_env

    def run(self, *args, env=None, user=None, input=None, check=True, stdout=subprocess.PIPE,
            **kw):
        p = subprocess.run([self.clerk, *args], env=self.environment(env, user), input=input,
                           stdout=stdout, stderr=subprocess.PIPE, cwd=self.dir, **kw)
        if check and p.returncode != 0:
            fail(f"clerk {' '.join(args)} exited {p.returncode}: {p.stderr.decode(errors='replace')}")
        return p

    def popen(self, *args, user=None, **kw):
        return subprocess.Popen([self.clerk, *args], env=self.environment(user=user),
                                cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                **kw)

    def init(self):
        self.run("init", "--name", "Alex Admin", "--quiet")
        self.run("staff", "add", "tom", "--name", "Tom Griffiths", "--role", "caseworker", "--quiet")
        self.run("staff", "add", "priya", "--name", "Priya Shah", "--role", "manager",
                 "--approval-limit", "5000", "--quiet")

    def sql(self, query, rows=False):
        """On postgres: `query` run on the office's database by psql as the office's first admin,
        a superuser (not through clerk); its output, or its rows as lists of fields."""
        p = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                            self.db, "-c", query],
                           env={"PATH": SYSTEM_PATH, "PGPASSFILE": self.env["PGPASSFILE"],
                                "PGUSER": self.admin, "LC_ALL": "C.UTF-8"},
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            fail(f"psql {query!r}: {p.stderr.decode(errors='replace')}")
        out = p.stdout.decode()
        if not rows:
            return out.strip()
        return [line.split("\t") for line in out.splitlines() if line]

    def server_sql(self, query):
        """On postgres: `query` run on the server as its owner (making and dropping databases)."""
        transcripts.psql(os.environ["CLERK_TEST_PG_URL"], query)

    def server_session(self):
        """On postgres: a psql session on the server, as its owner, for queries asked many times
        a second (a few milliseconds each, against tens for a new psql): see ServerSession."""
        return ServerSession()

    def count(self, table):
        """Rows in `table`, read with Python's own sqlite3 or psql (not through clerk)."""
        return self.counts([table])[table]

    def counts(self, tables):
        """Rows in each of `tables`, read at one moment (one transaction)."""
        if self.team:
            got = self.sql(" UNION ALL ".join(f"SELECT '{t}', count(*) FROM \"{t}\""
                                              for t in tables), rows=True)
            return {t: int(n) for t, n in got}
        con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        try:
            return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        finally:
            con.close()

    def state(self):
        """A digest of the database's contents (the file itself changes on a checkpoint)."""
        p = self.run("audit", "log", "--format", "tsv", "--limit", "1000000")
        return hashlib.sha256(p.stdout).hexdigest()

    def dump(self):
        """Every row of every table, hashed: the database's content, whatever its file layout.
        On postgres each table's rows in sorted order (sequences are left out: PostgreSQL
        advances them in transactions that roll back)."""
        if not self.team:
            con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
            try:
                return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
            finally:
                con.close()
        tables = self.sql("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) "
                          "FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND "
                          "table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1",
                          rows=True)
        digest = self.sql(" UNION ALL ".join(
            f"SELECT '{t}', md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) "
            f"FROM {t} r" for (t,) in tables))
        return hashlib.sha256(digest.encode()).hexdigest()

    def sessions(self, user=None):
        """On postgres: the server backends of clerk commands on this database (as `user`, the
        first admin unless given)."""
        return int(self.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                            f"current_database() AND pid <> pg_backend_pid() AND usename = "
                            f"'{user or self.admin}'"))

    def wait_for_sessions_to_end(self, user=None, timeout=30):
        """On postgres: waits until no backend of a command remains (a killed client's backend
        finishes its transaction, committing or rolling back, only once it notices)."""
        deadline = time.monotonic() + timeout
        while self.sessions(user):
            if time.monotonic() > deadline:
                fail(f"a backend of a finished clerk command was still there after {timeout}s")
            time.sleep(0.05)

    def snapshot(self):
        """Keeps the database as it is now, for restore()."""
        if not self.team:
            self.pristine = self.path("pristine.db")
            shutil.copyfile(self.db, self.pristine)
            return
        self.pristine = self.name + "_pristine"
        self.wait_for_sessions_to_end()
        self.server_sql(f"CREATE DATABASE {self.pristine} TEMPLATE {self.name}")

    def restore(self):
        """Puts the database back as snapshot() kept it."""
        if not self.team:
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(self.db + suffix):
                    os.remove(self.db + suffix)
            shutil.copyfile(self.pristine, self.db)
            os.chmod(self.db, 0o600)
            return
        self.server_sql(f"DROP DATABASE {self.name} WITH (FORCE)")
        self.server_sql(f"CREATE DATABASE {self.name} TEMPLATE {self.pristine}")


class ServerSession:
    """One psql process on the test server (CLERK_TEST_PG_URL, its owner), kept open: query()
    sends a statement and returns its one line of output. It is connected to the server's own
    database, so it is no session of the office's database and survives restore()."""

    def __init__(self):
        self.proc = subprocess.Popen(
            ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
             os.environ["CLERK_TEST_PG_URL"]],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def query(self, sql):
        self.proc.stdin.write(sql.rstrip(";") + ";\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            fail(f"psql ended on {sql!r}")
        return line.strip()

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def file_sha256(path):
    h = hashlib.sha256()
    for suffix in ("", "-wal"):
        if os.path.exists(path + suffix):
            with open(path + suffix, "rb") as f:
                h.update(f.read())
    return h.hexdigest()


def fail(message):
    print(f"FAIL: {message}", flush=True)
    sys.exit(1)


FIRST = ["Ann", "Kwame", "Joanna", "Gareth", "Siobhán", "Priya", "Dafydd", "Megan", "Aled", "Nia"]
LAST = ["Jones", "Mensah", "Kowalska", "Price", "O'Brien", "Shah", "Morgan", "Lloyd", "Evans"]
CATEGORIES = ["housing", "immigration", "welfare", "benefits", "health", "transport"]

CASE_HEADER = "subject,contact,contact_email,category,received_on,assignee\n"


def case_rows(rng, n, tag):
    """CSV lines of `n` new cases (blank ref: each import takes fresh references)."""
    out = []
    for i in range(n):
        who = f"{rng.choice(FIRST)} {rng.choice(LAST)} {tag}-{i % 50}"
        subject = f"{rng.choice(CATEGORIES).title()} enquiry {tag}-{i}"
        day = rng.randrange(1, 21)
        out.append(f'"{subject}","{who}",{tag}.{i % 50}@example.com,{rng.choice(CATEGORIES)},'
                   f"2026-11-{day:02},tom\n")
    return CASE_HEADER + "".join(out)


EXPENSE_HEADER = "claimant,date,category,description,amount,receipt\n"


def expense_rows(rng, n, tag):
    out = []
    for i in range(n):
        pence = rng.randrange(100, 20000)
        day = rng.randrange(1, 21)
        out.append(f"tom,2026-11-{day:02},travel,Bus fare {tag}-{i},{pence // 100}.{pence % 100:02},"
                   f"R-{tag}-{i}\n")
    return EXPENSE_HEADER + "".join(out)
