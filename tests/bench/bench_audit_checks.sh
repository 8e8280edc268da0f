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

# Runs "$@" $runs times; prints the median wall seconds and the largest peak RSS (MiB).
measure() {
  : > "$work/times"
  i=0
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -f "%e %M" -o "$work/one" "$@" >/dev/null 2>"$work/err" ||
      { cat "$work/err" >&2; exit 1; }
    cat "$work/one" >> "$work/times"
    i=$((i + 1))
  done
  sort -n "$work/times" | awk -v n="$runs" '
    { t[NR] = $1; if ($2 > rss) rss = $2 }
    END { printf "%.3f s (median of %d), peak RSS %.1f MiB", t[int((n + 1) / 2)], n, rss / 1024 }'
}

items=$(sqlite3 "$CLERK_DB" "SELECT count(*) FROM expense WHERE spent_on >= '2025-04-01' AND spent_on < '2026-04-01'")
echo "audit checks benchmark: $items items in FY 2025-26, $lines statement lines, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "sqlite3 reading the same rows (reference): $(measure sqlite3 "$CLERK_DB" "SELECT claimant_id, spent_on, amount_pence, receipt IS NOT NULL, status, vehicle, miles, passengers, paid_by IS NOT NULL, submitted_on, decided_by FROM expense WHERE spent_on >= '2025-04-01' AND spent_on < '2026-04-01' AND status <> 'rejected' ORDER BY claimant_id, spent_on, id")"
echo "audit expenses --fy 2025 --format tsv:     $(measure "$clerk" audit expenses --fy 2025 --format tsv) (target <= 1 s)"
echo "  findings: $("$clerk" audit expenses --fy 2025 --format tsv --quiet | tail -n +2 | wc -l)"
echo "audit statement ($lines lines):          $(measure "$clerk" audit statement "$work/statement.csv" --recipient 1 --format tsv) (target <= 0.200 s)"
