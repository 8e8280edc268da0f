#!/bin/sh
# Expense benchmarks (issue 4): builds Release, generates the 1,000,000-row expenses CSV and
# prints median wall time and peak RSS over several runs for each figure, beside the sqlite3
# shell's .import of the same file as the reference.
#   tests/bench/bench_expenses.sh [--scale N] [--runs R]     (N thousand rows, default 1000)
set -eu
cd "$(dirname "$0")/../.."
scale=1000
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--scale N] [--runs R]" >&2; exit 64 ;;
  esac
done
dir=$(scripts/build Release)
clerk="$PWD/$dir/clerk"
work=$(mktemp -d /tmp/clerk-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
export CLERK_DB="$work/clerk.db" CLERK_CONFIG="$work/none.toml" CLERK_USER=admin CLERK_TODAY=2026-11-24
/usr/bin/python3 tests/bench/gen_expenses.py --scale "$scale" --out "$work/expenses.csv" \
  --staff "$work/staff.csv"
rows=$((scale * 1000))

"$clerk" init --quiet
tail -n +2 "$work/staff.csv" | while IFS=, read -r login name; do
  "$clerk" staff add "$login" --name "$name" --quiet
done
cp "$work/clerk.db" "$work/empty.db"

# Runs "$@" $runs times; prints the median wall seconds and the largest peak RSS (MiB).
# A setup command in $SETUP runs untimed before each run.
measure() {
  : > "$work/times"
  i=0
  while [ $i -lt "$runs" ]; do
    [ -n "${SETUP:-}" ] && sh -c "$SETUP"
    /usr/bin/time -f "%e %M" -o "$work/one" "$@" >/dev/null 2>"$work/err" ||
      { cat "$work/err" >&2; exit 1; }
    cat "$work/one" >> "$work/times"
    i=$((i + 1))
  done
  sort -n "$work/times" | awk -v n="$runs" '
    { t[NR] = $1; if ($2 > rss) rss = $2 }
    END { printf "%.3f s (median of %d), peak RSS %.1f MiB", t[int((n + 1) / 2)], n, rss / 1024 }'
}

echo "expenses benchmark: $rows rows, $(nproc) cores, $(date -u +%Y-%m-%d)"
fresh="rm -f '$work/clerk.db' '$work/clerk.db-wal' '$work/clerk.db-shm'; cp '$work/empty.db' '$work/clerk.db'"
ref="rm -f '$work/ref.db'"
reference=$(SETUP=$ref measure sqlite3 "$work/ref.db" -cmd ".mode csv" ".import $work/expenses.csv expense")
imported=$(SETUP=$fresh measure "$clerk" expense import "$work/expenses.csv")
ref_s=$(echo "$reference" | cut -d' ' -f1)
imp_s=$(echo "$imported" | cut -d' ' -f1)
echo "sqlite3 .import (reference):            $reference"
echo "expense import:                         $imported"
awk -v r="$rows" -v t="$imp_s" -v s="$ref_s" 'BEGIN {
  printf "  = %d rows/s (target >= 250000); %.1fx the sqlite3 shell\n", r / t, t / s }'
echo "expense budget status --fy 2026:        $(measure "$clerk" expense budget status --fy 2026 --format tsv) (target <= 0.200 s)"
echo "expense list --claimant s0042 --month 2026-10: $(measure "$clerk" expense list --claimant s0042 --month 2026-10 --format tsv) (target <= 0.050 s)"
