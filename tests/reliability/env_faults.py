#!/usr/bin/python3
"""Environment faults: each gives a clear message, its documented exit status, and leaves the
database as it was.

  read-only database file / directory  77 (a permission problem), "the database is read-only"
                                       (run as `nobody`: root ignores file modes); reads too, as
                                       WAL needs the directory
  database in a missing directory      66, "no database here"; the directory is not created
  disk full (a 1 MB tmpfs)             74, "the disk is full; nothing was written" for an import
                                       and for -o FILE (no partial file left)
  config unreadable / a directory      78, "cannot read the config file"
  config invalid (wrong types)         78, naming the line and the key
  HOME unset                           works with --db (config beside it); without --db 78
  stdout closed                        74, refused before any work
  stdout on a full device (/dev/full)  74, "cannot write to standard output"
  broken pipe (`case list | head -1`)  silent; ended by SIGPIPE like any filter (shell: 141);
                                       with SIGPIPE ignored, 74 "cannot write to standard output"

Faults that need root (runuser, mount) are reported as skipped when not permitted.

On a team database (CLERK_TEST_BACKEND=postgres) the faults of the database file (read-only,
missing directory, disk full) are the server's business and are not run; the config, HOME and
stdout faults run as above, and the server's own:

  server unreachable (a wrong port)    75, naming the host and port; nothing written
  no such database on the server       66, naming the database (as a file in a missing
                                       directory is)
  a login role that is not staff       77, naming the role
  no password for the role             77, the server's refusal

    env_faults.py --clerk BIN [--seed S]
"""
import os
import re
import shutil
import subprocess
import tempfile

import harness

results = []
READ_ONLY = "the database is read-only"


def expect(name, p, status, message):
    err = p.stderr.decode(errors="replace")
    messages = message if isinstance(message, tuple) else (message,)
    if p.returncode != status or not any(m in err for m in messages):
        harness.fail(f"{name}: expected exit {status} and {message!r} on stderr; got exit "
                     f"{p.returncode}, stderr {err!r}")
    if err.count("\n") > 2:
        harness.fail(f"{name}: more than a clear message on stderr: {err!r}")
    results.append(f"{name}: exit {status}")


def skip(name, why):
    results.append(f"{name}: SKIPPED ({why})")


def as_nobody(office, args, extra_env=None):
    """Runs clerk as the unprivileged user `nobody` (file modes do not stop root)."""
    env = dict(office.env)
    env.update(extra_env or {})
    env["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=1"  # LSan needs ptrace, denied to nobody
    cmd = ["runuser", "-u", "nobody", "--", "env", "-i"] + [f"{k}={v}" for k, v in env.items()]
    return subprocess.run(cmd + [office.clerk, *args], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, cwd="/")


def main():
    args = harness.arguments(__doc__.splitlines()[0])
    office = harness.Office(args.clerk, roles=["rf_stranger"], prefix="rf_")
    office.init()
    office.run("contact", "add", "Mrs Ann Jones", "--quiet")
    office.run("case", "open", "--subject", "Damp", "--contact", "1", "--quiet")
    with open(office.path("cases.csv"), "w", encoding="utf-8") as f:
        f.write(harness.case_rows(harness.random.Random(1), 3000, "full"))
    original = office.dump()

    def unchanged(name):
        if office.dump() != original:
            harness.fail(f"{name}: the database changed")

    if office.team:
        server_faults(office, unchanged)
    root = os.geteuid() == 0 and shutil.which("runuser")
    # Read-only database file and directory: nobody can read but not write either.
    if office.team:
        skip("read-only file, directory and config; database in a missing directory",
             "a database file's faults: SQLite only")
    elif root:
        clerk_copy = os.path.join(tempfile.mkdtemp(prefix="clerk-bin-"), "clerk")
        shutil.copy(office.clerk, clerk_copy)
        os.chmod(os.path.dirname(clerk_copy), 0o755)
        os.chmod(office.dir, 0o755)
        os.chmod(office.db, 0o644)
        os.chmod(office.env["CLERK_CONFIG"], 0o644)
        ro = harness.Office.__new__(harness.Office)
        ro.__dict__.update(office.__dict__)
        ro.clerk = clerk_copy
        expect("read-only file and directory, a write",
               as_nobody(ro, ["contact", "add", "Bob", "--quiet"]), 77,
               READ_ONLY)
        expect("read-only file and directory, a read", as_nobody(ro, ["case", "list"]), 77,
               READ_ONLY)
        os.chown(office.db, 65534, -1)  # the file is nobody's, the directory still root's
        os.chmod(office.db, 0o600)
        expect("read-only directory, a write",
               as_nobody(ro, ["contact", "add", "Bob", "--quiet"]), 77,
               READ_ONLY)
        os.chown(office.db, 0, -1)
        os.chmod(office.env["CLERK_CONFIG"], 0o600)
        os.chmod(office.db, 0o644)
        expect("config unreadable", as_nobody(ro, ["case", "list"]), 78,
               "cannot read the config file")
        os.chmod(office.db, 0o600)
        os.chmod(office.dir, 0o700)
        shutil.rmtree(os.path.dirname(clerk_copy))
        unchanged("read-only")
    else:
        skip("read-only file, directory and config", "needs root for runuser")

    if not office.team:
        missing = office.path("no/such/dir/office.db")
        expect("database in a missing directory",
               office.run("case", "list", env={"CLERK_DB": missing}, check=False), 66,
               "no database here")
        if os.path.exists(office.path("no")):
            harness.fail("database in a missing directory: the directory was created")

    cfg = office.env["CLERK_CONFIG"]
    expect("config is a directory",
           office.run("case", "list", env={"CLERK_CONFIG": office.dir}, check=False), 78,
           "cannot read the config file")
    bad = office.path("bad.toml")
    with open(bad, "w") as f:
        f.write('[office]\nname = "Cardiff office"\n\n[database]\nbusy_timeout_ms = "soon"\n')
    expect("config invalid", office.run("case", "list", env={"CLERK_CONFIG": bad}, check=False),
           78, "line 5, database.busy_timeout_ms")
    unchanged("config")

    office.run("--db", office.db, "--config", cfg, "case", "list", "--format", "csv",
                   env={"HOME": None, "CLERK_DB": None, "CLERK_CONFIG": None})
    results.append("HOME unset, --db given: exit 0")
    expect("HOME unset, no --db",
           office.run("case", "list", env={"HOME": None, "CLERK_DB": None, "CLERK_CONFIG": None},
                      check=False), 78, "give --db or CLERK_DB")

    closed = subprocess.run(["/bin/sh", "-c", f'"{office.clerk}" contact add Bob >&-'],
                            env=office.environment(), stderr=subprocess.PIPE, cwd=office.dir)
    expect("stdout closed, a write", closed, 74, "standard output is closed; nothing was done")
    with open("/dev/full", "w") as full:
        expect("stdout on a full device", office.run("case", "list", stdout=full, check=False),
               74, "cannot write to standard output")
    unchanged("stdout")

    # Enough rows that the first read fills the pipe after head has gone.
    office.run("case", "import", "cases.csv", "--quiet")
    original = office.dump()
    pipe = subprocess.run(["/bin/bash", "-c",
                           f'"{office.clerk}" case list --format csv | head -1; '
                           'echo "${PIPESTATUS[0]}" >&2'],
                          env=office.environment(), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, cwd=office.dir)
    err = pipe.stderr.decode().strip()
    if err not in ("141", "0") or not pipe.stdout.startswith(b"ref,"):
        harness.fail(f"broken pipe: expected one line, no message, status 141; got stderr {err!r}")
    results.append(f"broken pipe: silent, status {err}")
    # bash reports the pipeline's last status; ask for the writer's instead.
    ignored = subprocess.run(["/bin/bash", "-c",
                              f"trap '' PIPE; \"{office.clerk}\" case list --format csv | head -1; "
                              'exit "${PIPESTATUS[0]}"'],
                             env=office.environment(), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, cwd=office.dir)
    expect("broken pipe, SIGPIPE ignored", ignored, 74, "cannot write to standard output")
    unchanged("broken pipe")

    if office.team:
        skip("disk full", "a database file's fault: SQLite only")
    else:
        disk_full(office, results)
    print("\n".join(f"  {r}" for r in results))
    print("ok: every fault gave its documented status and left the database as it was")


def server_faults(office, unchanged):
    """Team database: the server unreachable, the database missing, the role not staff or
    without a password. Each refused with its status, naming what is wrong, nothing written."""
    # The same URL with another port, where nothing listens.
    port = re.search(r"[?&]port=(\d+)", office.db)
    wrong = (re.sub(r"([?&]port=)\d+", r"\g<1>1", office.db) if port
             else office.db + ("&" if "?" in office.db else "?") + "port=1")
    p = office.run("contact", "add", "Bob", "--quiet", env={"CLERK_DB": wrong}, check=False)
    host = re.search(r"[?&]host=([^&]+)", office.db)
    expect("server unreachable (a wrong port), a write", p, 75,
           f"{host.group(1) if host else 'localhost'}:1")
    p = office.run("case", "list", env={"CLERK_DB": wrong}, check=False)
    expect("server unreachable (a wrong port), a read", p, 75, ":1")
    gone = re.sub(r"/([^/?]+)(\?|$)", r"/\g<1>_gone\2", office.db, count=1)
    expect("no such database on the server",
           office.run("contact", "add", "Bob", "--quiet", env={"CLERK_DB": gone}, check=False),
           66, "_gone\" does not exist")
    # A login role the server knows that is not a member of staff.
    expect("a login role that is not staff",
           office.run("contact", "add", "Bob", "--quiet", user="rf_stranger", check=False),
           77, "rf_stranger")
    nopass = office.path("pgpass-empty")
    with open(nopass, "w"):
        pass
    os.chmod(nopass, 0o600)
    expect("no password for the role",
           office.run("contact", "add", "Bob", "--quiet", env={"PGPASSFILE": nopass},
                      check=False), 77, "password")
    unchanged("server faults")


def disk_full(office, results):
    mnt = tempfile.mkdtemp(prefix="clerk-full-")
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", mnt],
                                 stderr=subprocess.PIPE).returncode == 0
    except FileNotFoundError:
        mounted = False
    if not mounted:
        skip("disk full", "mounting a tmpfs is not permitted here")
        os.rmdir(mnt)
        return
    try:
        small = harness.Office(office.clerk)
        small.env["CLERK_DB"] = small.db = os.path.join(mnt, "office.db")
        small.init()
        small.run("contact", "add", "Mrs Ann Jones", "--quiet")
        # The first case command stamps the derived deadlines' fingerprint: do that before.
        small.run("case", "list")
        # Leave about 100 KB free, far less than the import needs.
        st = os.statvfs(mnt)
        with open(os.path.join(mnt, "filler"), "wb") as f:
            f.write(b"\0" * max(0, st.f_bavail * st.f_frsize - 100 * 1024))
        before = small.dump()
        expect("disk full, an import", small.run("case", "import", office.path("cases.csv"),
                                                  check=False), 74, "the disk is full")
        if small.dump() != before:
            harness.fail("disk full: the database changed")
        out = os.path.join(mnt, "export.csv")
        expect("disk full, -o FILE", office.run("case", "export", "--format", "csv", "-o", out,
                                                check=False), 74, "No space left on device")
        leftovers = [n for n in os.listdir(mnt) if n not in ("office.db", "filler", "config.toml")
                     and not n.startswith("office.db-")]
        if leftovers:
            harness.fail(f"disk full, -o FILE: left behind {leftovers}")
        check = small.run("db", "check", check=False)
        if check.returncode != 0:
            harness.fail(f"disk full: db check failed: {check.stdout.decode()}")
        results.append("disk full: db check passes")
    finally:
        subprocess.run(["umount", mnt])
        os.rmdir(mnt)


if __name__ == "__main__":
    main()
