#!/bin/sh
# Audit-check benchmarks (issue 7): builds Release, imports 1,000,000 expense items all dated in
# financial year 2025-26 (gen_expenses.py --fy 2025) and times `audit expenses --fy 2025` over
# them, then times `audit statement` of a 10,000-line statement (gen_statement.py). Prints the
# median wall time and peak RSS over several runs, beside the sqlite3 shell reading the same
# columns of the same rows as the reference.
#   tests/bench/bench_audit_checks.sh [--scale N] [--lines L] [--runs R]
set -eu
cd "$(dirname "$0")/../.."
scale=1000
lines=10000
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=$2; shift 2 ;;
    --lines) lines=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--scale N] [--lines L] [--runs R]" >&2; exit 64 ;;
  esac
done
dir=$(scripts/build Release)
clerk="$PWD/$dir/clerk"
work=$(mktemp -d /tmp/clerk-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
export CLERK_DB="$work/clerk.db" CLERK_CONFIG="$work/none.toml" CLERK_USER=admin CLERK_TODAY=2026-11-24
/usr/bin/python3 tests/bench/gen_expenses.py --scale "$scale" --fy 2025 --out "$work/expenses.csv" \
  --staff "$work/staff.csv"
/usr/bin/python3 tests/bench/gen_statement.py --lines "$lines" --out "$work/statement.csv" >/dev/null

"$clerk" init --quiet
tail -n +2 "$work/staff.csv" | while IFS=, read -r login name; do
  "$clerk" staff add "$login" --name "$name" --quiet
done
"$clerk" expense import "$work/expenses.csv" --quiet
"$clerk" contact add "Mrs Ann Jones" --quiet >/dev/null
"$clerk" audit schedule set 1 --amount 600 --every 4-weeks --from 2020-01-06 --quiet >/dev/null

# Runs "$@" $runs times; prints the median wall seconds, the median CPU seconds (user + system:
# what the command itself costs on a shared, busy machine) and the largest peak RSS (MiB).
measure() {
  : > "$work/times"
  i=0
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -f "%e %M %U %S" -o "$work/one" "$@" >/dev/null 2>"$work/err" ||
      { cat "$work/err" >&2; exit 1; }
    cat "$work/one" >> "$work/times"
    i=$((i + 1))
  done
  m=$(( (runs + 1) / 2 ))
  wall=$(cut -d' ' -f1 "$work/times" | sort -n | sed -n "${m}p")
  cpu=$(awk '{ print $3 + $4 }' "$work/times" | sort -n | sed -n "${m}p")
  rss=$(cut -d' ' -f2 "$work/times" | sort -n | tail -1)
  awk -v w="$wall" -v c="$cpu" -v r="$rss" -v n="$runs" 'BEGIN {
    printf "%.3f s wall, %.3f s CPU (medians of %d), peak RSS %.1f MiB", w, c, n, r / 1024 }'
}

items=$(sqlite3 "$CLERK_DB" "SELECT count(*) FROM expense WHERE spent_on >= '2025-04-01' AND spent_on < '2026-04-01'")
echo "audit checks benchmark: $items items in FY 2025-26, $lines statement lines, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "sqlite3 reading the same rows (reference): $(measure sqlite3 "$CLERK_DB" "SELECT id, claimant_id, spent_on, amount_pence, receipt IS NOT NULL, status, vehicle, miles, passengers, paid_by IS NOT NULL, submitted_on, decided_by FROM expense NOT INDEXED WHERE spent_on >= '2025-04-01' AND spent_on < '2026-04-01' AND status <> 'rejected'")"
echo "audit expenses --fy 2025 --format tsv:     $(measure "$clerk" audit expenses --fy 2025 --format tsv) (target <= 1 s)"
echo "  findings: $("$clerk" audit expenses --fy 2025 --format tsv --quiet | tail -n +2 | wc -l)"
echo "sqlite3 inserting one row (reference):    $(measure sqlite3 "$CLERK_DB" "PRAGMA synchronous=FULL; INSERT INTO statement_audit (contact_id, run_on, source, sha256, period_from, period_to, lines, closing_pence, owed_pence, contingency_pence, surplus_pence, unexplained_pence, missing_pence) VALUES (1, '2026-11-24', 'x', 'x', 'x', 'x', 0, 0, 0, 0, 0, 0, 0)")"
echo "audit statement ($lines lines):          $(measure "$clerk" audit statement "$work/statement.csv" --recipient 1 --format tsv) (target <= 0.200 s)"
