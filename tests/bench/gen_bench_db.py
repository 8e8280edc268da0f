#!/usr/bin/python3
"""Deterministic generator of large clerk databases for the benchmarks.

    gen_bench_db.py --clerk BIN --db PATH [--scale N] [--audit-entries N] [--seed S]

--scale N makes N cases (default 1,000,000) with 3 timeline entries each, ~N/4 contacts and 12
staff, recorded in the audit trail as batch entries (one per table, with per-row hashes), as a
bulk import would. --audit-entries N instead makes a database whose trail has N individual
entries (contacts added, then edited), for `audit verify`. Every hash is computed by
clerk_audit.py, an implementation independent of the C++ one: `clerk audit verify` passing on
the result cross-checks the two. The same arguments always give the same data (the database id
and timestamps aside).
"""
import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clerk_audit as ca  # noqa: E402

FIRST = ["Ann", "Kwame", "Joanna", "Gareth", "Siobhán", "Priya", "Dafydd", "Megan", "Tom", "Aled",
         "Fatima", "Olu", "Rhian", "Sean", "Mair", "Ewa", "Hassan", "Bethan", "Iwan", "Nia"]
LAST = ["Jones", "Mensah", "Kowalska", "Price", "O'Brien", "Shah", "Morgan", "Lloyd", "Griffiths",
        "Evans", "Ali", "Adeyemi", "Davies", "Murphy", "Williams", "Nowak", "Khan", "Hughes"]
STREETS = ["Ninian Road", "Clifton Street", "Richmond Road", "Heathwood Road", "Albany Road",
           "Cathedral Road", "Cowbridge Road East", "Crwys Road", "Whitchurch Road"]
CATEGORIES = ["housing", "immigration", "welfare", "benefits", "health", "planning", "transport",
              "crime", "policing", "education", "environment", "other"]
TOPICS = {
    "housing": ["damp and mould", "repairs not done", "overcrowding", "eviction notice", "rent arrears"],
    "immigration": ["visa delay", "settlement application", "asylum support", "passport return"],
    "welfare": ["foodbank referral", "care package", "carer support", "social services"],
    "benefits": ["Universal Credit sanction", "PIP assessment", "overpayment deduction", "council tax reduction"],
    "health": ["GP list closed", "hospital waiting time", "dental access", "mental health referral"],
    "planning": ["extension objection", "wind farm", "HMO licence", "tree preservation"],
    "transport": ["bus route withdrawn", "pothole", "parking permit", "speeding on estate"],
    "crime": ["antisocial behaviour", "burglary follow-up", "drug dealing", "noise nuisance"],
    "policing": ["police response time", "PCSO patrols", "complaint about officer", "stop and search"],
    "education": ["school place appeal", "additional learning needs", "school transport"],
    "environment": ["bins not collected", "fly-tipping", "air quality", "flooding"],
    "other": ["general enquiry", "event invitation", "thank you", "petition"],
}
TYPES = ["enquiry"] * 50 + ["casework"] * 35 + ["complaint"] * 8 + ["foi"] * 5 + ["sar"] * 2
CHANNELS = ["phone", "email", "letter", "face-to-face", "surgery", "web"]
STAFF = ["tom", "megan", "priya", "aled", "fatima", "olu", "rhian", "sean", "mair", "ewa", "nia", "iwan"]
BODIES = ["Cardiff Council", "DWP", "UK Visas and Immigration", "South Wales Police",
          "Cardiff and Vale UHB", "Cardiff Bus", "Natural Resources Wales"]
NOTES = ["Phoned constituent to update", "Chased by email", "Visited at surgery",
         "Constituent sent photos", "Awaiting reply from department", "Spoke to housing officer",
         "Letter drafted for the Member", "Referred to advice service"]


def iso(year, month, day):
    return f"{year:04}-{month:02}-{day:02}"


def random_date(rng, year_from=2019, year_to=2026, last=(11, 20)):
    y = rng.randint(year_from, year_to)
    m = rng.randint(1, last[0] if y == year_to else 12)
    d = rng.randint(1, 28)
    if y == year_to and m == last[0]:
        d = min(d, last[1])
    return iso(y, m, d)


class Trail:
    """Appends audit entries with hashes computed by clerk_audit."""

    def __init__(self, db, rng):
        self.db = db
        self.rng = rng
        (db_id,) = db.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()
        row = db.execute("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        self.seq, self.prev = row if row else (0, ca.genesis_hash(db_id))
        self.ts = "2026-11-24T09:00:00.000Z"
        self.columns = {}

    def names(self, table):
        if table not in self.columns:
            self.columns[table] = [r[1] for r in self.db.execute(f"PRAGMA table_info({table})")]
        return self.columns[table]

    def append(self, entity, eid, eid_to, action, body, row_hash_after, command):
        self.seq += 1
        salt = "%032x" % self.rng.getrandbits(128)
        commit = ca.payload_commitment(salt, body)
        h = ca.entry_hash(self.seq, self.ts, "admin", command, action, entity, eid, eid_to, commit,
                          row_hash_after, self.prev)
        # v1 entries (command_commit NULL): the generator hashes the command line itself.
        self.db.execute("INSERT INTO audit_log (seq, ts_utc, actor, command, action, entity,"
                        " entity_id, entity_id_to, payload_commit, row_hash_after, prev_hash,"
                        " entry_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                        (self.seq, self.ts, "admin", command, action, entity, eid, eid_to, commit,
                         row_hash_after, self.prev, h))
        self.db.execute("INSERT INTO audit_payload VALUES (?,?,?)", (self.seq, salt, body))
        self.prev = h
        return self.seq

    def batch(self, entity, table, first, last, command):
        names = self.names(table)
        rows = [(r[0], ca.row_digest(names, r)) for r in
                self.db.execute(f"SELECT * FROM {table} WHERE id BETWEEN ? AND ? ORDER BY id", (first, last))]
        seq = self.append(entity, first, last, "import",
                          json.dumps({"rows": len(rows), "source": "gen_bench_db.py"}),
                          ca.batch_hash_v2(rows), f"clerk {entity} import (generated)")
        self.db.executemany("INSERT INTO audit_batch_hashes (seq, entity, first_id, last_id, hashes)"
                            " VALUES (?,?,?,?,?)",
                            ((seq, entity, first_id, last_id, blob)
                             for first_id, last_id, blob in ca.batch_runs(rows)))

    def row(self, entity, table, eid, action, before):
        names = self.names(table)
        values = self.db.execute(f"SELECT * FROM {table} WHERE id = ?", (eid,)).fetchone()
        after = dict(zip(names, values))
        body = json.dumps({"before": before, "after": after}, ensure_ascii=False, separators=(",", ":"))
        self.append(entity, eid, None, action, body, ca.row_hash(names, values),
                    f"clerk {entity} {action} {eid}")
        return after


def make_cases(db, rng, trail, n_cases):
    n_contacts = max(1, n_cases // 4)
    first_staff = db.execute("SELECT coalesce(max(id), 0) + 1 FROM staff").fetchone()[0]
    for i, login in enumerate(STAFF):
        db.execute("INSERT INTO staff (login, name, role, approval_limit_pence, active, created_on)"
                   " VALUES (?, ?, ?, ?, 1, '2019-01-01')",
                   (login, login.capitalize() + " " + LAST[i % len(LAST)],
                    "manager" if i < 2 else "caseworker", 50000 if i < 2 else 0))
    trail.batch("staff", "staff", first_staff, first_staff + len(STAFF) - 1, "generated")
    staff_ids = list(range(first_staff, first_staff + len(STAFF)))

    db.executemany(
        "INSERT INTO contact (id, kind, name, address, email, phone, created_on) VALUES (?,?,?,?,?,?,?)",
        ((i, "person", f"{rng.choice(FIRST)} {rng.choice(LAST)}",
          f"{rng.randint(1, 200)} {rng.choice(STREETS)}, Cardiff", f"person{i}@example.org",
          f"07700 {i % 1000000:06}", "2019-01-01") for i in range(1, n_contacts + 1)))
    trail.batch("contact", "contact", 1, n_contacts, "generated")

    seq_by_year = {}
    cases = []
    for i in range(1, n_cases + 1):
        received = random_date(rng)
        year = int(received[:4])
        seq_by_year[year] = seq_by_year.get(year, 0) + 1
        category = rng.choice(CATEGORIES)
        ctype = rng.choice(TYPES)
        recent = received >= "2026-09-01"
        status = rng.choice(["open", "open", "awaiting", "escalated", "closed"]) if recent else \
            ("open" if rng.random() < 0.01 else "closed")
        closed_on = None
        outcome = None
        if status == "closed":
            outcome = rng.choice(["resolved", "upheld", "not-upheld", "withdrawn", "referred"])
            closed_on = min(received[:8] + "28", "2026-11-24")
        awaiting_on = rng.choice(BODIES) if status == "awaiting" else None
        follow_up = "2026-12-0%d" % rng.randint(1, 9) if status == "awaiting" else None
        escalated = received if status == "escalated" else None
        cases.append((i, f"C-{year}-{seq_by_year[year]:05}", year, seq_by_year[year], ctype,
                      f"{rng.choice(TOPICS[category]).capitalize()} ({rng.choice(STREETS)})",
                      rng.randint(1, n_contacts), category, rng.choice(CHANNELS),
                      rng.choice(["low", "normal", "normal", "normal", "high", "urgent"]),
                      "OFFICIAL-SENSITIVE" if rng.random() < 0.1 else "OFFICIAL", status, outcome,
                      received, received, rng.choice(staff_ids), rng.choice(BODIES), awaiting_on,
                      follow_up, escalated, None, 0, closed_on, None))
        if len(cases) == 50000 or i == n_cases:
            db.executemany("INSERT INTO cases VALUES (" + ",".join("?" * 24) + ")", cases)
            cases.clear()
    trail.batch("case", "cases", 1, n_cases, "generated")

    events = []
    eid = 0
    for case_id in range(1, n_cases + 1):
        for k in range(3):
            eid += 1
            kind = ["note", "correspondence", "note"][k]
            events.append((eid, case_id, "2026-11-01", kind, "out" if kind == "correspondence" else None,
                           "email" if kind == "correspondence" else None,
                           rng.choice(BODIES) if kind == "correspondence" else None,
                           rng.choice(NOTES) + f" about {rng.choice(STREETS)}", rng.choice(STAFF)))
        if len(events) >= 60000 or case_id == n_cases:
            db.executemany("INSERT INTO case_event VALUES (?,?,?,?,?,?,?,?,?)", events)
            events.clear()
    trail.batch("case_event", "case_event", 1, eid, "generated")


EXPENSE_CATEGORIES = [("travel", "TRAVEL"), ("subsistence", "TRAVEL"), ("accommodation", "TRAVEL"),
                      ("equipment", "EQUIPMENT"), ("phone", "PHONE"), ("training", "TRAINING"),
                      ("volunteer", "VOLUNTEERS"), ("other", "GENERAL")]


def make_expenses(db, rng, trail, n_items):
    """n_items expense items over 2019 to November 2026 (a fifth of them mileage), mostly paid,
    the recent ones submitted or approved; budgets for every code in every financial year."""
    staff_ids = [r[0] for r in db.execute("SELECT id FROM staff ORDER BY id")]
    approvers = staff_ids[:2]
    first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM expense").fetchone()[0]
    items = []
    for i in range(first, first + n_items):
        spent = random_date(rng)
        claimant = rng.choice(staff_ids)
        recent = spent >= "2026-10-01"
        status = rng.choice(["draft", "submitted", "approved", "paid", "rejected"]) if recent else \
            ("rejected" if rng.random() < 0.02 else "paid")
        decided_by = rng.choice([a for a in approvers if a != claimant] or approvers) \
            if status in ("approved", "paid", "rejected") else None
        if rng.random() < 0.2:
            miles = rng.randint(2, 120)
            row = (i, claimant, spent, "mileage", f"Visit to {rng.choice(STREETS)}", miles * 45, 0,
                   None, "TRAVEL", status, "car", miles, 0, "Office", rng.choice(STREETS), 0, None)
        else:
            category, code = rng.choice(EXPENSE_CATEGORIES)
            amount = rng.randint(150, 25000)
            vat = amount // 6 if rng.random() < 0.3 else 0
            row = (i, claimant, spent, category, f"{category.capitalize()} for casework", amount,
                   vat, f"R{i}" if rng.random() < 0.8 else None, code, status, None, None, None,
                   None, None, None, None)
        items.append(row + (spent if status != "draft" else None, decided_by,
                            spent if decided_by else None, 0,
                            "No receipt" if status == "rejected" else None,
                            spent if status == "paid" else None, None, spent))
        if len(items) == 50000 or i == first + n_items - 1:
            db.executemany("INSERT INTO expense VALUES (" + ",".join("?" * 25) + ")", items)
            items.clear()
    trail.batch("expense", "expense", first, first + n_items - 1, "generated")
    budgets = [(code, fy, None, 40_000_000) for fy in range(2019, 2027)
               for code in sorted({c for _, c in EXPENSE_CATEGORIES})]
    first_budget = db.execute("SELECT coalesce(max(id), 0) + 1 FROM expense_budget").fetchone()[0]
    db.executemany("INSERT INTO expense_budget (code, fy, name, amount_pence) VALUES (?,?,?,?)",
                   budgets)
    trail.batch("expense_budget", "expense_budget", first_budget,
                first_budget + len(budgets) - 1, "generated")


def make_diary(db, rng, trail, n_events, n_actions):
    """One-off engagements through 2026 and actions owned by the staff."""
    staff_ids = [r[0] for r in db.execute("SELECT id FROM staff ORDER BY id")]
    kinds = ["meeting", "surgery", "visit", "event", "call"]
    events = []
    for i in range(1, n_events + 1):
        day = random_date(rng, 2026, 2026, (12, 20))
        hour = rng.randint(9, 16)
        events.append((i, f"bench-{i}@clerk", "main", f"Engagement {i}", rng.choice(kinds),
                       f"{day}T{hour:02}:00", f"{day}T{hour + 1:02}:00", 0, rng.choice(STREETS),
                       0, 0, 0, None, None, None, None, None, None, None, None, 0, day,
                       "2026-11-24T09:00:00Z"))
    db.executemany("INSERT INTO diary_event VALUES (" + ",".join("?" * 23) + ")", events)
    trail.batch("diary_event", "diary_event", 1, n_events, "generated")
    actions = []
    for i in range(1, n_actions + 1):
        due = random_date(rng, 2026, 2026, (12, 20))
        done = due if rng.random() < 0.7 else None
        actions.append((i, f"Follow up item {i}", rng.choice(staff_ids), due, None, None,
                        "2026-01-01", done, None))
    # Named columns: later migrations add columns to the table (0013: an outside owner).
    db.executemany("INSERT INTO diary_action (id, text, owner_id, due_on, event_id, case_ref,"
                   " created_on, done_on, done_note) VALUES (?,?,?,?,?,?,?,?,?)", actions)
    trail.batch("diary_action", "diary_action", 1, n_actions, "generated")


def make_audit_entries(db, rng, trail, n_entries):
    # A tenth as many contacts as entries: each is added, then edited nine times.
    n_contacts = max(1, n_entries // 10)
    for i in range(1, n_contacts + 1):
        db.execute("INSERT INTO contact (id, kind, name, email, created_on) VALUES (?,?,?,?,?)",
                   (i, "person", f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"p{i}@example.org", "2026-01-01"))
        trail.row("contact", "contact", i, "add", None)
    remaining = n_entries - trail.seq
    for k in range(max(0, remaining)):
        cid = (k % n_contacts) + 1
        names = trail.names("contact")
        before = dict(zip(names, db.execute("SELECT * FROM contact WHERE id = ?", (cid,)).fetchone()))
        db.execute("UPDATE contact SET phone = ? WHERE id = ?", (f"029 2{k % 1000000:06}", cid))
        trail.row("contact", "contact", cid, "set", before)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clerk", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--scale", type=int, default=1_000_000)
    ap.add_argument("--audit-entries", type=int, default=0)
    ap.add_argument("--expenses", type=int, default=0,
                    help="also make N expense items, budgets, diary events and actions")
    ap.add_argument("--seed", type=int, default=20261124)
    args = ap.parse_args()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    env = {"PATH": "/usr/bin:/bin", "CLERK_DB": args.db, "CLERK_USER": "admin",
           "CLERK_CONFIG": args.db + ".toml", "CLERK_TODAY": "2026-11-24"}
    subprocess.run([args.clerk, "init", "--quiet"], env=env, check=True)
    rng = random.Random(args.seed)
    db = sqlite3.connect(args.db, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("BEGIN")
    trail = Trail(db, rng)
    if args.audit_entries:
        make_audit_entries(db, rng, trail, args.audit_entries)
    else:
        make_cases(db, rng, trail, args.scale)
        if args.expenses:
            make_expenses(db, rng, trail, args.expenses)
            make_diary(db, rng, trail, 2000, 5000)
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


if __name__ == "__main__":
    main()
