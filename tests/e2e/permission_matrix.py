#!/usr/bin/env python3
"""The permission matrix, run: every command that opens the database, as every role, once. A role
the README's table (`clerk __permissions`) gives the command must not be refused (exit 77),
misused (64) or fail inside (70); any other role must get 77, and a message naming who may.

On SQLite each person acts with --user; with CLERK_TEST_BACKEND=postgres (and CLERK_TEST_PG_URL)
the database is a fresh team database and each person logs in as their own PostgreSQL role.
Every command needs an invocation below: a new command fails this test until it has one.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_transcript  # noqa: E402  (team_database, ensure_role, TEAM_PASSWORD)

# The acting member of staff in each role. `clerk init` makes "admin", who sets up the database
# (and on a team database owns it, so no privilege limits them): the matrix's admin is another.
PEOPLE = {"volunteer": "vol", "caseworker": "cw", "finance": "fin", "manager": "mgr",
          "admin": "adm"}
ROLES = list(PEOPLE)

# Commands that never open the database: nothing for a role to be refused.
NO_DATABASE = {"clerk init", "clerk config show", "clerk config path", "clerk config check",
               "clerk report list", "clerk completion bash", "clerk completion zsh",
               "clerk completion fish", "clerk completion list", "clerk __permissions",
               "clerk __complete"}

CASE = "C-2026-00001"  # assigned to the volunteer: every role that may see cases may see it

# {me}: the acting login; {item} and {action}: the expense item and action they own; {work}:
# the scratch directory.
INVOCATIONS = {
    "clerk config holidays import": ["config", "holidays", "import", "{source}/data/bank-holidays.json"],
    "clerk config holidays list": ["config", "holidays", "list"],
    "clerk staff add": ["staff", "add", "new-{me}", "--name", "New Starter"],
    "clerk staff list": ["staff", "list"],
    "clerk staff set": ["staff", "set", "spare", "--name", "Spare Person"],
    "clerk staff retire": ["staff", "retire", "spare"],
    "clerk contact add": ["contact", "add", "Contact of {me}"],
    "clerk contact show": ["contact", "show", "1"],
    "clerk contact list": ["contact", "list"],
    "clerk contact edit": ["contact", "edit", "1", "--phone", "07700 900001"],
    "clerk contact merge": ["contact", "merge", "Dup of {me}", "--into", "1"],
    "clerk contact search": ["contact", "search", "Jones"],
    "clerk case open": ["case", "open", "--subject", "Opened by {me}", "--contact", "1"],
    "clerk case list": ["case", "list"],
    "clerk case due": ["case", "due"],
    "clerk case search": ["case", "search", "damp"],
    "clerk case show": ["case", "show", CASE],
    "clerk case note": ["case", "note", CASE, "Note by {me}"],
    "clerk case log": ["case", "log", CASE, "--direction", "in", "--channel", "phone",
                       "--summary", "Rang {me}"],
    "clerk case assign": ["case", "assign", CASE, "vol"],
    "clerk case share": ["case", "share", CASE, "spare"],
    "clerk case escalate": ["case", "escalate", CASE, "--reason", "Asked by {me}"],
    "clerk case wait": ["case", "wait", CASE, "--on", "Cardiff Council", "--until", "+10wd"],
    "clerk case pause": ["case", "pause", CASE, "--reason", "Consent form"],
    "clerk case resume": ["case", "resume", CASE],
    "clerk case close": ["case", "close", "C-2026-00002", "--outcome", "resolved"],
    "clerk case reopen": ["case", "reopen", "C-2026-00002", "--reason", "Came back"],
    "clerk case extend": ["case", "extend", CASE, "--months", "1", "--reason", "Complex"],
    "clerk case letter": ["case", "letter", CASE, "--template", "acknowledgement", "--preview"],
    "clerk case export": ["case", "export"],
    "clerk case import": ["case", "import", "{work}/cases.csv"],
    "clerk case signpost": ["case", "signpost", "housing"],
    "clerk expense add": ["expense", "add", "--claimant", "{me}", "--date", "2026-11-20",
                          "--category", "travel", "--amount", "4.20", "--description", "Bus"],
    "clerk expense mileage": ["expense", "mileage", "--claimant", "{me}", "--date", "2026-11-20",
                              "--miles", "12", "--from", "Office", "--to", "Barry",
                              "--purpose", "Home visit"],
    "clerk expense list": ["expense", "list"],
    "clerk expense show": ["expense", "show", "{item}"],
    "clerk expense edit": ["expense", "edit", "{item}", "--description", "Bus fare"],
    "clerk expense delete": ["expense", "delete", "{item}"],
    "clerk expense submit": ["expense", "submit", "{item}"],
    "clerk expense approve": ["expense", "approve", "6"],
    "clerk expense reject": ["expense", "reject", "7", "--reason", "No receipt"],
    "clerk expense pay": ["expense", "pay", "--through", "2026-11-24"],
    "clerk expense import": ["expense", "import", "{work}/expenses.csv"],
    "clerk expense export": ["expense", "export"],
    "clerk expense budget set": ["expense", "budget", "set", "TRAVEL", "--fy", "2026",
                                 "--amount", "600"],
    "clerk expense budget status": ["expense", "budget", "status"],
    "clerk diary add": ["diary", "add", "Meeting for {me}", "--at", "2026-12-01 10:00",
                        "--for", "1h"],
    "clerk diary list": ["diary", "list"],
    "clerk diary show": ["diary", "show", "1"],
    "clerk diary move": ["diary", "move", "1", "--at", "2026-12-02 11:00"],
    "clerk diary cancel": ["diary", "cancel", "2"],
    "clerk diary conflicts": ["diary", "conflicts"],
    "clerk diary free": ["diary", "free", "--for", "1h", "--on", "2026-12-01"],
    "clerk diary agenda": ["diary", "agenda", "1"],
    "clerk diary minutes": ["diary", "minutes", "1", "Minutes by {me}"],
    "clerk diary brief": ["diary", "brief", "2026-12-01"],
    "clerk diary import": ["diary", "import", "{source}/examples/data/diary.ics"],
    "clerk diary export": ["diary", "export"],
    "clerk diary action add": ["diary", "action", "add", "Ring back", "--owner", "{me}",
                               "--due", "+5wd"],
    "clerk diary action list": ["diary", "action", "list"],
    "clerk diary action done": ["diary", "action", "done", "{action}"],
    "clerk diary action edit": ["diary", "action", "edit", "{action}", "--due", "+6wd"],
    "clerk diary action cancel": ["diary", "action", "cancel", "{action}", "--reason", "Done"],
    "clerk report caseload": ["report", "caseload"],
    "clerk report expenses": ["report", "expenses"],
    "clerk report budget": ["report", "budget"],
    "clerk report diary": ["report", "diary"],
    "clerk report actions": ["report", "actions"],
    "clerk report monthly": ["report", "monthly"],
    "clerk report run": ["report", "run", "--all"],
    "clerk audit log": ["audit", "log"],
    "clerk audit verify": ["audit", "verify"],
    "clerk audit checkpoint": ["audit", "checkpoint"],
    "clerk audit access": ["audit", "access"],
    "clerk audit sar": ["audit", "sar", "1", "-o", "{work}/sar-{me}"],
    "clerk audit retention": ["audit", "retention"],
    "clerk audit expenses": ["audit", "expenses"],
    "clerk audit schedule set": ["audit", "schedule", "set", "1", "--amount", "400",
                                 "--every", "month", "--from", "2026-12-01"],
    "clerk audit schedule list": ["audit", "schedule", "list"],
    "clerk audit statement": ["audit", "statement",
                              "{source}/examples/data/direct-payments-statement.csv",
                              "--recipient", "1"],
    "clerk db check": ["db", "check"],
    "clerk db backup": ["db", "backup", "{work}/backup-{me}.db"],
    "clerk db restore": ["db", "restore", "{work}/setup.db"],
    "clerk db migrate": ["db", "migrate"],
    "clerk db grants": ["db", "grants"],
    # Across backends: a team database into a file; a file into a server that is not there (75).
    "clerk db copy": ["db", "copy", "--to", "{copy_to}"],
}

# On a team database: the PostgreSQL role each member of staff logs in as, unique to this test
# (roles belong to the server, which other tests share).
DB_ROLE = {login: "mx_" + login for login in list(PEOPLE.values()) + ["spare"]}

SETUP = [
    ["staff", "add", "vol", "--name", "Val Volunteer", "--role", "volunteer"],
    ["staff", "add", "cw", "--name", "Cai Caseworker", "--role", "caseworker"],
    ["staff", "add", "fin", "--name", "Ffion Finance", "--role", "finance",
     "--approval-limit", "1000"],
    ["staff", "add", "mgr", "--name", "Mo Manager", "--role", "manager",
     "--approval-limit", "1000"],
    ["staff", "add", "adm", "--name", "Ada Admin", "--role", "admin", "--approval-limit",
     "1000"],
    ["staff", "add", "spare", "--name", "Spare", "--role", "caseworker"],
    ["contact", "add", "Mrs Ann Jones", "--address", "4 Ninian Road, Cardiff"],
    ["case", "open", "--subject", "Damp in the back bedroom", "--contact", "1", "--assign",
     "vol"],
    ["case", "open", "--subject", "Damp school building", "--contact", "1"],
    ["expense", "budget", "set", "TRAVEL", "--fy", "2026", "--amount", "500"],
    # Items 1-5: each person's own draft, in PEOPLE's order; 6 and 7: the volunteer's,
    # submitted, for approving and rejecting.
    *[["expense", "add", "--claimant", login, "--date", "2026-11-18", "--category", "travel",
       "--amount", "3.50", "--description", "Bus", "--budget", "TRAVEL"]
      for login in PEOPLE.values()],
    *[["expense", "add", "--claimant", "vol", "--date", "2026-11-19", "--category", "travel",
       "--amount", "5", "--description", "Train", "--budget", "TRAVEL"] for _ in range(2)],
    ["expense", "submit", "6", "7"],
    ["diary", "add", "Board", "--at", "2026-12-01 10:00", "--for", "1h"],
    ["diary", "add", "Away day", "--at", "2026-12-03 09:00", "--for", "2h"],
    # Actions 1-5: each person's own, in PEOPLE's order.
    *[["diary", "action", "add", "Follow up", "--owner", login, "--due", "+5wd"]
      for login in PEOPLE.values()],
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clerk", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    clerk = os.path.abspath(args.clerk)
    source = os.path.abspath(args.source)
    team = os.environ.get("CLERK_TEST_BACKEND") == "postgres"
    if team and not os.environ.get("CLERK_TEST_PG_URL"):
        print("CLERK_TEST_PG_URL is not set: skipped")
        return 77

    listed = subprocess.run([clerk, "__permissions"], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    matrix = {}
    for line in listed:
        command, _permission, roles = line.split("\t")
        if command not in NO_DATABASE:
            matrix[command] = roles.split()
    missing = sorted(set(matrix) - set(INVOCATIONS))
    if missing:
        print("no invocation in tests/e2e/permission_matrix.py for: " + ", ".join(missing))
        return 1

    with tempfile.TemporaryDirectory(prefix="clerk-matrix-") as work:
        home = os.path.join(work, "home")
        os.mkdir(home)
        base = {"PATH": "/usr/bin:/bin", "HOME": home, "LC_ALL": "C.UTF-8",
                "CLERK_CONFIG": os.path.join(work, "config.toml"), "CLERK_TODAY": "2026-11-24"}
        if team:
            base["PGPASSFILE"] = run_transcript.team_pgpass(os.path.join(work, "pgpass"))
        with open(os.path.join(work, "cases.csv"), "w") as f:
            f.write("subject,contact,category,received_on\n"
                    "Imported case,Mrs Ann Jones,housing,2026-11-20\n")
        with open(os.path.join(work, "expenses.csv"), "w") as f:
            f.write("claimant,date,category,description,amount,budget\n"
                    "vol,2026-11-21,travel,Imported bus,2.10,TRAVEL\n")
        roles_cm = (run_transcript.team_database(["admin"] + list(DB_ROLE.values())) if team
                    else _nullcontext(os.path.join(work, "clerk.db")))
        with roles_cm as db:
            base["CLERK_DB"] = db
            if team:
                # Staff log in as roles that are not superusers, their privileges those `clerk
                # db grants --apply` gives their group (the test server makes superusers).
                for role in DB_ROLE.values():
                    run_transcript.psql(os.environ["CLERK_TEST_PG_URL"],
                                        f'ALTER ROLE "{role}" NOSUPERUSER')

            def run(login, argv):
                env = dict(base)
                if team:
                    env["PGUSER"] = DB_ROLE.get(login, login)
                    argv = [clerk] + argv
                else:
                    argv = [clerk, "--user", login] + argv
                return subprocess.run(argv, cwd=work, env=env, stdin=subprocess.DEVNULL,
                                      capture_output=True, text=True, timeout=120)

            setup = [["init", "--quiet"]] + ([["db", "grants", "--apply"]] if team else [])
            for argv in SETUP:
                if team and argv[:2] == ["staff", "add"]:
                    argv = argv + ["--db-role", DB_ROLE[argv[2]]]
                setup.append(argv)
            for argv in setup:
                p = run("admin", argv + ["--quiet"] if argv[0] != "init" else argv)
                if p.returncode != 0:
                    print(f"setup failed: clerk {' '.join(argv)}: {p.returncode}\n{p.stderr}")
                    return 1
            if not team:
                run("admin", ["db", "backup", os.path.join(work, "setup.db")])

            failures = 0
            # A command's five runs go at once (the database takes turns with its writers);
            # only 77 or not matters, so their order does not.
            pool = concurrent.futures.ThreadPoolExecutor(max_workers=len(ROLES))
            for command, allowed in matrix.items():
                runs = []
                for index, role in enumerate(ROLES):
                    login = PEOPLE[role]
                    copy_to = (f"{work}/copy-{login}.db" if team
                               else "postgresql:///nowhere?host=/nonexistent")
                    argv = [a.format(me=login, item=index + 1, action=index + 1, work=work,
                                     source=source, copy_to=copy_to)
                            for a in INVOCATIONS[command]]
                    runs.append((role, login, pool.submit(run, login, argv)))
                for role, login, future in runs:
                    p = future.result()
                    refused = p.returncode == 77
                    ok = (p.returncode not in (64, 70, 77)) if role in allowed else (
                        refused and "needs the" in p.stderr)
                    # On a team database these empty every table, the trail included, which
                    # no role may but the owner of clerk's tables: an admin who is not is
                    # refused by that, not by the permission table.
                    if team and command in OWNER_ONLY and role in allowed:
                        ok = refused and "owner of clerk's tables" in p.stderr
                    if not ok:
                        failures += 1
                        want = "allowed" if role in allowed else "refused (77, naming who may)"
                        print(f"{command} as {role} ({login}): want {want}, got exit "
                              f"{p.returncode}: {p.stderr.strip()[:300]}")
            runs = len(matrix) * len(ROLES)
            print(f"{runs} runs ({len(matrix)} commands × {len(ROLES)} roles), "
                  f"{failures} against the permission table")
            return 1 if failures else 0


OWNER_ONLY = {"clerk db restore"}


class _nullcontext:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


if __name__ == "__main__":
    sys.exit(main())
