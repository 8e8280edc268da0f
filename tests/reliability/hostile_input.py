#!/usr/bin/python3
"""Hostile input: every item is refused with a message naming the line or field, exit 65 (78
for the config), and nothing written — or, where it is legitimate text, stored exactly as given.

CSV (expense and case imports): a bad row in the middle, an unbalanced quote, a NUL byte,
non-UTF-8 bytes, a 10 MB field, 100,000 columns; CRLF and LF mixed (accepted, stored exactly).
iCalendar: broken folding, a missing END, an RRULE every second for 100 years (kept as its first
occurrence and reported), an absurd COUNT. TOML with wrong types. Names with quotes, semicolons
and SQL (stored exactly). Dates 2026-02-30 and 0000-00-00; amounts 1e9, 0.001, -0 and
99999999999999999999.

Every item runs on either backend (CLERK_TEST_BACKEND); on a team database "nothing written" is
every table's rows compared before and after (harness.Office.dump).

    hostile_input.py --clerk BIN [--seed S]
"""
import json
import re
import time

import harness

EXPENSE_HEADER = "claimant,date,category,description,amount\n"
CASE_HEADER = "subject,contact,received_on,category\n"
ICS_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"


def event(uid, *lines):
    return ("BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTART:20261201T100000Z\r\n"
            "DTEND:20261201T110000Z\r\n" + "".join(l + "\r\n" for l in lines))


def main():
    args = harness.arguments(__doc__.splitlines()[0])
    office = harness.Office(args.clerk, prefix="rh_")
    office.init()
    office.run("contact", "add", "Mrs Ann Jones", "--quiet")
    office.run("case", "list")  # stamps the derived deadlines' fingerprint once
    checked = []

    def write(name, data):
        with open(office.path(name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return name

    def refused(label, argv, pattern, status=65, env=None):
        before = office.dump()
        start = time.monotonic()
        p = office.run(*argv, check=False, env=env)
        took = time.monotonic() - start
        err = p.stderr.decode(errors="replace")
        if p.returncode != status or not re.search(pattern, err):
            harness.fail(f"{label}: expected exit {status} and /{pattern}/; got exit "
                         f"{p.returncode}: {err!r}")
        if office.dump() != before:
            harness.fail(f"{label}: refused, yet the database changed")
        checked.append(f"refused  {label}: exit {status}, {took:.2f}s: "
                       f"{err.strip().splitlines()[0][:100]}")

    def expense_csv(label, rows, pattern):
        body = rows if isinstance(rows, bytes) else rows.encode()
        refused(label, ["expense", "import", write("e.csv", EXPENSE_HEADER.encode() + body)],
                pattern)

    ok = "tom,2026-11-01,travel,Bus fare,2.40\n"
    expense_csv("CSV bad row in the middle", ok + ok + "tom,2026-11-01,travel,Taxi,1e9\n" + ok,
                r"e\.csv: 1 bad row; nothing was written:\n  line 4, amount: '1e9'")
    refused("case CSV bad row in the middle",
            ["case", "import", write("c.csv", CASE_HEADER + "Damp,Ann,2026-11-01,housing\n"
                                     "Mould,Ann,2026-02-30,housing\nRoof,Ann,2026-11-02,housing\n")],
            r"line 3, received_on: '2026-02-30'")
    expense_csv("CSV unbalanced quote", ok + 'tom,2026-11-01,travel,"Taxi,3.00\n' + ok,
                r"e\.csv line 3: a quoted field is not closed")
    expense_csv("CSV NUL byte", ok.encode() + b"tom,2026-11-01,travel,Ta\0xi,3.00\n",
                r"e\.csv line 3: a NUL byte")
    expense_csv("CSV non-UTF-8 bytes", ok.encode() + b"tom,2026-11-01,travel,Caf\xe9,3.00\n",
                r"e\.csv line 3: invalid UTF-8 in field 4")
    expense_csv("CSV 10 MB field", "tom,2026-11-01,travel," + "x" * (10 << 20) + ",3.00\n",
                r"e\.csv line 2: a field is longer than 1 MiB")
    expense_csv("CSV 100,000 columns", ",".join(["x"] * 100_000) + "\n",
                r"e\.csv line 2: more than 1000 fields")
    expense_csv("CSV amount 0.001", "tom,2026-11-01,travel,Taxi,0.001\n", r"line 2, amount")
    expense_csv("CSV date 0000-00-00", "tom,0000-00-00,travel,Taxi,3\n", r"line 2, date")

    # Mixed line ends: accepted, and a quoted CRLF inside a field is kept as data.
    descriptions = ["Train\r\nto Swansea", "Bus; 'return'", 'Lunch "tribunal"']
    mixed = (EXPENSE_HEADER.replace("\n", "\r\n") +
             f'tom,2026-11-01,travel,"Train\r\nto Swansea",23.40\n'
             f"tom,2026-11-02,travel,Bus; 'return',4.60\r\n"
             f'tom,2026-11-03,subsistence,"Lunch ""tribunal""",7.85')
    office.run("expense", "import", write("mixed.csv", mixed), "--quiet")
    stored = [r["description"] for r in json.loads(
        office.run("expense", "list", "--format", "json").stdout)]
    if stored != descriptions:
        harness.fail(f"CSV CRLF and LF mixed: stored {stored!r}, given {descriptions!r}")
    checked.append("accepted CSV CRLF and LF mixed: stored exactly")

    def ics(label, body, pattern):
        refused(label, ["diary", "import", write("d.ics", ICS_HEAD + body)], pattern)

    # A bad event is skipped and named; a file none of whose events can be taken is refused.
    ics("ICS broken folding",
        event("fold@x", "SUMMARY:Surgery at", "the library (continuation not indented)",
              "END:VEVENT") + "END:VCALENDAR\r\n",
        r'line 9: "Surgery at": expected NAME:value(.|\n)*none of the file')
    ics("ICS missing END", event("noend@x", "SUMMARY:Surgery"),
        r"d\.ics line 4: BEGIN:VEVENT is never ended")
    ics("ICS absurd COUNT",
        event("count@x", "RRULE:FREQ=WEEKLY;COUNT=2000000000", "SUMMARY:x", "END:VEVENT") +
        "END:VCALENDAR\r\n", r'line 8: "x": RRULE: COUNT=2000000000 is out of range')
    refused("ICS absurd COUNT, --strict",
            ["diary", "import", "--strict", write("d.ics", ICS_HEAD + event(
                "count@x", "RRULE:FREQ=WEEKLY;COUNT=2000000000", "SUMMARY:x", "END:VEVENT") +
                "END:VCALENDAR\r\n")],
            r"d\.ics line 8: RRULE: COUNT=2000000000 is out of range")
    start = time.monotonic()
    p = office.run("diary", "import", write("s.ics", ICS_HEAD + event(
        "sec@x", "RRULE:FREQ=SECONDLY;UNTIL=21261201T100000Z", "SUMMARY:Every second",
        "END:VEVENT") + "END:VCALENDAR\r\n"))
    took = time.monotonic() - start
    if "not kept: RRULE FREQ=SECONDLY" not in p.stderr.decode():
        harness.fail(f"ICS every second for 100 years: not reported: {p.stderr.decode()!r}")
    listed = office.run("diary", "list", "--from", "2026-12-01", "--to", "2026-12-02",
                        "--format", "csv").stdout.decode().splitlines()
    if len(listed) != 2 or took > 10:
        harness.fail(f"ICS every second for 100 years: {len(listed) - 1} events, {took:.1f}s")
    checked.append(f"accepted ICS RRULE every second for 100 years: one event, the rule "
                   f"reported as not kept, {took:.2f}s")

    bad_toml = write("bad.toml", '[office]\nname = 42\n\n[holidays]\nnation = ["wales"]\n'
                     '[database]\nbusy_timeout_ms = "soon"\n')
    refused("TOML wrong types", ["case", "list"], r"line 2, office\.name: .*\(and 2 more",
            status=78, env={"CLERK_CONFIG": office.path(bad_toml)})

    for label, argv, pattern in [
        ("date 2026-02-30", ["case", "open", "--subject", "x", "--contact", "1",
                             "--received", "2026-02-30"], r"received: '2026-02-30'"),
        ("date 0000-00-00", ["expense", "add", "--claimant", "tom", "--date", "0000-00-00",
                             "--category", "travel", "--amount", "1", "--description", "x"],
         r"date: '0000-00-00'"),
    ] + [(f"amount {a}", ["expense", "add", "--claimant", "tom", "--date", "2026-11-02",
                          "--category", "travel", "--amount", a, "--description", "x"],
          r"error: amount: ") for a in ("1e9", "0.001", "-0", "99999999999999999999")]:
        refused(label, argv, pattern)

    # Names are text: quotes, semicolons and SQL are stored exactly and run nothing.
    names = ["Robert'); DROP TABLE contact;--", 'O"Brien; SELECT * FROM staff', "Ann ' OR 1=1 --",
             "Mrs Zoë Ñúñez-O'Connor"]
    for name in names:
        cid = office.run("contact", "add", name).stdout.decode().strip()
        shown = json.loads(office.run("contact", "show", cid, "--format", "json").stdout)
        if shown["name"] != name:
            harness.fail(f"name {name!r} stored as {shown['name']!r}")
        ref = office.run("case", "open", "--subject", name, "--contact", cid).stdout.decode()
        case = json.loads(office.run("case", "show", ref.strip(), "--format", "json").stdout)
        if case["case"]["subject"] != name or case["case"]["contact"] != name:
            harness.fail(f"case for {name!r} stored as {case['case']!r}")
    check = office.run("db", "check", check=False)
    if check.returncode != 0:
        harness.fail(f"db check: {check.stdout.decode()}")
    checked.append(f"accepted {len(names)} names with quotes, semicolons and SQL: stored "
                   f"exactly as contacts and case subjects; db check passes")
    print("\n".join(f"  {c}" for c in checked))
    print(f"ok: {len(checked)} hostile inputs handled as documented")


if __name__ == "__main__":
    main()
