"""What the reliability scripts share: running clerk in a throwaway office, and making data.

Each script gets `--clerk BIN` and runs every command with env -i, as the transcripts do, in a
fresh temporary directory; CLERK_TODAY is fixed so the data is the same on every run.
"""
import argparse
import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import tempfile

TODAY = "2026-11-24"
SYSTEM_PATH = "/usr/bin:/bin"


def arguments(description, extra=None):
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--clerk", required=True, help="the clerk binary")
    ap.add_argument("--seed", type=int, default=None, help="reproduce a run (printed at start)")
    if extra:
        extra(ap)
    args = ap.parse_args()
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1, 2**31)
    print(f"{os.path.basename(sys.argv[0])}: seed {args.seed}", flush=True)
    return args


class Office:
    """A temporary directory holding one clerk database and its config."""

    def __init__(self, clerk, root=None):
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

    def path(self, name):
        return os.path.join(self.dir, name)

    def run(self, *args, env=None, input=None, check=True, stdout=subprocess.PIPE, **kw):
        full_env = dict(self.env)
        full_env.update(env or {})
        for k in [k for k, v in full_env.items() if v is None]:
            del full_env[k]
        p = subprocess.run([self.clerk, *args], env=full_env, input=input, stdout=stdout,
                           stderr=subprocess.PIPE, cwd=self.dir, **kw)
        if check and p.returncode != 0:
            fail(f"clerk {' '.join(args)} exited {p.returncode}: {p.stderr.decode(errors='replace')}")
        return p

    def popen(self, *args, **kw):
        return subprocess.Popen([self.clerk, *args], env=self.env, cwd=self.dir,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)

    def init(self):
        self.run("init", "--name", "Alex Admin", "--quiet")
        self.run("staff", "add", "tom", "--name", "Tom Griffiths", "--role", "caseworker", "--quiet")
        self.run("staff", "add", "priya", "--name", "Priya Shah", "--role", "manager",
                 "--approval-limit", "5000", "--quiet")

    def count(self, table):
        """Rows in `table`, read with Python's own sqlite3 (not through clerk)."""
        con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        try:
            return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        finally:
            con.close()

    def state(self):
        """A digest of the database's contents (the file itself changes on a checkpoint)."""
        p = self.run("audit", "log", "--format", "tsv", "--limit", "1000000")
        return hashlib.sha256(p.stdout).hexdigest()


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
