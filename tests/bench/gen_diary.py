#!/usr/bin/python3
"""Deterministic diary data for the benchmarks: an iCalendar file of events to `clerk diary
import`, then actions written straight into the database with a valid batch audit entry.

At --scale 1: 100,000 events over 2019-2030 in eight diaries (the principal, a deputy, managers),
a fifth of them weekly, fortnightly or monthly series of a few weeks or months (with a count or
an end date, some with cancelled occurrences), and 50,000 actions. That is about nine events a
working day in each diary — a busy office with a dozen years of history — placed at random, so
clashes are far commoner than in a real diary (some 15,000 a year). The same scale always gives
the same data.

    gen_diary.py ics --scale 1 > diary.ics
    gen_diary.py actions --scale 1 --db clerk.db     # after `clerk diary import diary.ics`

Actions have no bulk import, so this writes them as `clerk` would and appends the one batch
entry clerk's Writer::batch makes, chained and hashed as lib/clerk/trail/*.cpp specify, so
`clerk audit verify` still passes on the benchmark database.
"""
import argparse
import datetime
import hashlib
import os
import random
import sqlite3
import struct
import sys

DIARIES = ["main", "deputy", "manager", "office", "casework", "finance", "partnerships",
           "comms"]
KINDS = ["meeting", "surgery", "visit", "event", "travel", "call"]
DAYS = ["MO", "TU", "WE", "TH", "FR"]
FIRST = datetime.date(2019, 1, 1)
SPAN_DAYS = 12 * 365


def events(scale, out):
    rng = random.Random(5)
    n = int(100_000 * scale)
    # Drawn first, then written in date order: a diary grows day by day, so its rows sit in the
    # database roughly in the order of their dates, as they would after years of use.
    drawn = []
    for _ in range(n):
        day = FIRST + datetime.timedelta(days=rng.randrange(SPAN_DAYS))
        while day.weekday() >= 5:
            day += datetime.timedelta(days=1)
        start = rng.randrange(8 * 4, 18 * 4) * 15  # minutes, quarter-hours from 08:00
        drawn.append((day, start, rng.random()))
    drawn.sort()
    w = out.write
    w("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//clerk bench//EN\r\n")
    for i, (day, start, _) in enumerate(drawn):
        length = rng.choice([15, 30, 30, 45, 60, 60, 60, 90, 120, 180])
        end = min(start + length, 23 * 60 + 45)
        stamp = day.strftime("%Y%m%d")
        w("BEGIN:VEVENT\r\n")
        w(f"UID:bench-{i}@clerk\r\nDTSTAMP:20261124T090000Z\r\n")
        w(f"DTSTART;TZID=Europe/London:{stamp}T{start // 60:02}{start % 60:02}00\r\n")
        w(f"DTEND;TZID=Europe/London:{stamp}T{end // 60:02}{end % 60:02}00\r\n")
        if rng.random() < 0.2:
            kind = rng.randrange(3)
            limit = (f"COUNT={rng.randrange(3, 13)}" if rng.random() < 0.5 else
                     "UNTIL=" + (day + datetime.timedelta(days=rng.randrange(28, 120))).strftime(
                         "%Y%m%d") + "T235900Z")
            if kind == 0:
                w(f"RRULE:FREQ=WEEKLY;BYDAY={DAYS[day.weekday()]};{limit}\r\n")
            elif kind == 1:
                w(f"RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY={DAYS[day.weekday()]};{limit}\r\n")
            else:
                w(f"RRULE:FREQ=MONTHLY;BYMONTHDAY={day.day};{limit}\r\n")
            if kind == 0 and rng.random() < 0.3:
                gone = day + datetime.timedelta(days=7 * rng.randrange(1, 4))
                w(f"EXDATE;TZID=Europe/London:{gone.strftime('%Y%m%d')}T"
                  f"{start // 60:02}{start % 60:02}00\r\n")
        w(f"SUMMARY:Bench event {i} with some words for a realistic title\r\n")
        if rng.random() < 0.6:
            w(f"LOCATION:Room {rng.randrange(1, 40)}\\, Constituency office\r\n")
        w(f"X-CLERK-KIND:{rng.choice(KINDS)}\r\nX-CLERK-DIARY:{rng.choice(DIARIES)}\r\n")
        if rng.random() < 0.2:
            w(f"X-CLERK-TRAVEL:PT{rng.choice([10, 15, 20, 30])}M\r\n")
        w("END:VEVENT\r\n")
    w("END:VCALENDAR\r\n")


def field(data):
    data = data.encode() if isinstance(data, str) else data
    return struct.pack(">I", len(data)) + data


def encoder(tag, *fields):
    return field(tag) + b"".join(field(f) for f in fields)


def sha(data):
    return hashlib.sha256(data).hexdigest()


def row_hash(cursor, row):
    """clerk-row-v1 (lib/clerk/trail/row_image.cpp): name, storage class and value per column."""
    out = field("clerk-row-v1")
    for (name, *_), value in zip(cursor.description, row):
        out += field(name)
        if value is None:
            out += field("n")
        elif isinstance(value, int):
            out += field("i") + field(str(value))
        elif isinstance(value, float):
            out += field("f") + field(f"{value:.17g}")
        else:
            out += field("t") + field(value)
    return sha(out)


def actions(scale, db):
    rng = random.Random(7)
    n = int(50_000 * scale)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    owners = [r[0] for r in con.execute("SELECT id FROM staff")]
    meetings = con.execute("SELECT max(id) FROM diary_event").fetchone()[0] or 0
    first = (con.execute("SELECT max(id) FROM diary_action").fetchone()[0] or 0) + 1
    rows = []
    for i in range(n):
        due = FIRST + datetime.timedelta(days=rng.randrange(SPAN_DAYS))
        done = (due + datetime.timedelta(days=rng.randrange(-5, 10))).isoformat() \
            if rng.random() < 0.7 else None
        rows.append((first + i, f"Bench action {i}: follow up", rng.choice(owners), due.isoformat(),
                     rng.randrange(1, meetings + 1) if meetings and rng.random() < 0.3 else None,
                     f"CW-{rng.randrange(2025, 2029)}-{rng.randrange(1, 3000):04}"
                     if rng.random() < 0.4 else None,
                     (due - datetime.timedelta(days=14)).isoformat(), done,
                     "Done" if done else None))
    con.executemany("INSERT INTO diary_action (id, text, owner_id, due_on, event_id, case_ref, "
                    "created_on, done_on, done_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    last = first + n - 1
    cur = con.execute("SELECT * FROM diary_action WHERE id BETWEEN ? AND ? ORDER BY id",
                      (first, last))
    hashes = [(row[0], row_hash(cur, row)) for row in cur]
    # trail.cpp: batch_hash, payload_commitment, compute_entry_hash; write.cpp: Writer::batch.
    batch = hashlib.sha256(encoder("clerk-batch-v1", str(len(hashes))))
    for rid, h in hashes:
        batch.update(encoder("r", str(rid), h))
    seq, prev = con.execute(
        "SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq += 1
    ts = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    actor, command, action, entity = "admin", "tests/bench/gen_diary.py actions", "import", \
        "diary_action"
    body = f'{{"source":"gen_diary.py","rows":{n}}}'
    salt = os.urandom(16).hex()
    commit = sha(encoder("clerk-payload-v1", salt, body))
    row_after = batch.hexdigest()
    entry = sha(encoder("clerk-audit-v1", str(seq), ts, actor, command, action, entity, str(first),
                        str(last), commit, row_after, prev))
    con.execute("INSERT INTO audit_log (seq, ts_utc, actor, command, action, entity, entity_id, "
                "entity_id_to, payload_commit, row_hash_after, prev_hash, entry_hash) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (seq, ts, actor, command, action, entity, first, last, commit, row_after, prev,
                 entry))
    con.execute("INSERT INTO audit_payload (seq, salt, body) VALUES (?, ?, ?)", (seq, salt, body))
    con.executemany("INSERT INTO audit_batch_row (seq, entity, entity_id, row_hash) "
                    "VALUES (?, ?, ?, ?)", [(seq, entity, rid, h) for rid, h in hashes])
    con.execute("COMMIT")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["ics", "actions"])
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--db")
    args = ap.parse_args()
    if args.what == "ics":
        events(args.scale, sys.stdout)
    else:
        actions(args.scale, args.db)


if __name__ == "__main__":
    main()
