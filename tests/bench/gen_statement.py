#!/usr/bin/python3
"""Writes a deterministic Direct Payments bank statement CSV for the benchmarks: --lines N
(default 10,000) in the default [statement] layout (Date dd/mm/yyyy, Description, Amount,
Balance), newest first as banks export, with a £600 payment in every 4 weeks from 2020-01-06
and a realistic mix of care agency, wages, HMRC, charges and unexplained spending between.
Same arguments, same bytes.

    gen_statement.py --lines 10000 --out statement.csv
"""
import argparse
import csv
import datetime
import random

SPENDING = [("BRIGHT CARE LTD", 32000), ("WAGES J SMITH", 15000), ("HMRC PAYE", 4500),
            ("BANK CHARGE", 500), ("INSURANCE PREMIUM", 1250), ("TESCO STORES", 3000),
            ("AMAZON MARKETPLACE", 2500), ("PAYROLL SERVICE", 1500)]

ap = argparse.ArgumentParser()
ap.add_argument("--lines", type=int, default=10000)
ap.add_argument("--out", required=True)
args = ap.parse_args()

rng = random.Random(20261124)
day = datetime.date(2020, 1, 6)
next_payment = day
balance = 200000
rows = []
while len(rows) < args.lines:
    if day >= next_payment:
        balance += 60000
        rows.append((day, "CARDIFF COUNCIL DIRECT PAYMENT", 60000, balance))
        next_payment += datetime.timedelta(days=28)
    else:
        what, typical = SPENDING[rng.randrange(len(SPENDING))]
        pence = min(rng.randrange(100, typical * 2) // 13, balance)
        balance -= pence
        rows.append((day, what, -pence, balance))
    if rng.random() < 0.3:
        day += datetime.timedelta(days=1)


def money(p):
    return f"{'-' if p < 0 else ''}{abs(p) // 100}.{abs(p) % 100:02}"


with open(args.out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Date", "Description", "Amount", "Balance"])
    for d, what, pence, bal in reversed(rows):
        w.writerow([d.strftime("%d/%m/%Y"), what, money(pence), money(bal)])
print(f"{args.lines} lines from {rows[0][0]} to {rows[-1][0]}, first payment {rows[0][0]}")
