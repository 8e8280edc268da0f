#!/usr/bin/python3
"""Writes a deterministic expenses CSV for the benchmarks: --scale N thousand rows (default
1000, i.e. 1,000,000), claimants s0000..s0099, dates over financial years 2024-25 to 2026-27
(up to 2026-11-24), or with --fy YEAR all in that one financial year, realistic categories,
amounts and statuses. Same arguments, same bytes.

    gen_expenses.py --scale 1000 --out expenses.csv --staff staff.csv [--fy 2025]
"""
import argparse
import csv
import datetime
import random

CATEGORIES = [("travel", 3000), ("subsistence", 1200), ("accommodation", 9000),
              ("training", 15000), ("equipment", 6000), ("phone", 1500), ("volunteer", 800),
              ("other", 2000)]
WORDS = ["Train", "Taxi", "Lunch", "Hotel", "Course", "Toner", "Top-up", "Parking", "Bus",
         "Surgery", "Cardiff", "Newport", "Swansea", "meeting", "visit", "conference"]
STATUSES = ["paid"] * 16 + ["approved", "submitted", "draft", "rejected"]

ap = argparse.ArgumentParser()
ap.add_argument("--scale", type=int, default=1000, help="thousands of rows")
ap.add_argument("--out", required=True)
ap.add_argument("--staff", required=True, help="also write the claimants (login,name)")
ap.add_argument("--fy", type=int, help="every date in this financial year (1 April on)")
args = ap.parse_args()

rng = random.Random(20261124)
start = datetime.date(2024, 4, 1)
days = (datetime.date(2026, 11, 24) - start).days + 1
if args.fy:
    start = datetime.date(args.fy, 4, 1)
    days = (datetime.date(args.fy + 1, 4, 1) - start).days
with open(args.staff, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["login", "name"])
    for i in range(100):
        w.writerow([f"s{i:04}", f"Staff {i}"])
with open(args.out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["claimant", "date", "category", "description", "amount", "vat", "receipt",
                "status"])
    for n in range(args.scale * 1000):
        category, typical = CATEGORIES[rng.randrange(len(CATEGORIES))]
        pence = rng.randrange(100, typical * 2)
        w.writerow([f"s{rng.randrange(100):04}",
                    (start + datetime.timedelta(days=rng.randrange(days))).isoformat(),
                    category,
                    f"{rng.choice(WORDS)} {rng.choice(WORDS).lower()}",
                    f"{pence // 100}.{pence % 100:02}",
                    f"{pence // 6 // 100}.{pence // 6 % 100:02}" if rng.random() < 0.3 else "",
                    f"R{n:07}" if rng.random() < 0.8 else "",
                    rng.choice(STATUSES)])
