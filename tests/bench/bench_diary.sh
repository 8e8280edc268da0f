#!/bin/sh
# Diary benchmarks (issue 5): builds Release, loads 100,000 events (a fifth of them series) and
# 50,000 actions, then prints the median wall time of several runs and the peak RSS of each
# command the issue names, beside the sqlite3 shell doing the nearest raw query.
# Usage: tests/bench/bench_diary.sh [--scale N] [--runs N]   (run from anywhere)
set -eu
cd "$(dirname "$0")/../.."
scale=1
runs=7
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 [--scale N] [--runs N]" >&2; exit 64 ;;
  esac
done
dir=$(scripts/build Release)
work="$PWD/build/bench-diary"
rm -rf "$work"
mkdir -p "$work"
export CLERK_DB="$work/clerk.db" CLERK_CONFIG="$work/config.toml" CLERK_USER=admin
export CLERK_TODAY=2026-11-24 PATH="$PWD/$dir:$PATH"
clerk init --quiet
clerk staff add priya --name "Priya Shah" --quiet
clerk staff add tom --name "Tom Griffiths" --quiet
/usr/bin/python3 tests/bench/gen_diary.py ics --scale "$scale" > "$work/diary.ics"
start=$(date +%s.%N)
clerk diary import "$work/diary.ics" --quiet
end=$(date +%s.%N)
/usr/bin/python3 tests/bench/gen_diary.py actions --scale "$scale" --db "$CLERK_DB"
echo "loaded $(sqlite3 "$CLERK_DB" 'SELECT count(*) FROM diary_event') events" \
  "($(sqlite3 "$CLERK_DB" 'SELECT count(*) FROM diary_event WHERE repeat_freq IS NOT NULL') series)" \
  "and $(sqlite3 "$CLERK_DB" 'SELECT count(*) FROM diary_action') actions;" \
  "import took $(awk "BEGIN { printf \"%.1f\", $end - $start }") s"
clerk audit verify --quiet && echo "audit trail verifies"

/usr/bin/python3 - "$runs" <<'PY'
import os, re, shlex, statistics, subprocess, sys, time
runs = int(sys.argv[1])

def measure(cmd):
    """Median wall time of `runs` runs of the program alone, then its peak RSS under time -v."""
    argv = shlex.split(os.path.expandvars(cmd))
    walls = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
        walls.append((time.perf_counter() - t) * 1000)
    p = subprocess.run(["/usr/bin/time", "-v"] + argv, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True, check=True)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)[1])
    return statistics.median(walls), rss / 1024

cases = [
    ("diary list --week", "clerk diary list --week 2026-11-23 --format tsv", 20,
     "sqlite3 $CLERK_DB \"SELECT * FROM diary_event WHERE repeat_freq IS NULL AND "
     "starts_at >= '2026-11-23' AND starts_at < '2026-11-30'\""),
    ("diary conflicts (a year)", "clerk diary conflicts --from 2026-01-01 --to 2026-12-31 "
     "--format tsv", 200,
     "sqlite3 $CLERK_DB \"SELECT * FROM diary_event WHERE repeat_freq IS NULL AND "
     "starts_at >= '2026-01-01' AND starts_at < '2027-01-01' ORDER BY diary, starts_at\""),
    ("diary free --week", "clerk diary free --week 2026-11-23 --for 1h --format tsv", 20,
     "sqlite3 $CLERK_DB \"SELECT * FROM diary_event WHERE repeat_freq IS NULL AND "
     "diary = 'main' AND starts_at >= '2026-11-23' AND starts_at < '2026-11-30'\""),
    ("diary export (everything)", "clerk diary export -o $CLERK_DB.ics", 2000,
     "sqlite3 $CLERK_DB \"SELECT * FROM diary_event\""),
]
print(f"{'command':28} {'median ms':>10} {'target':>8} {'peak RSS MiB':>13} "
      f"{'sqlite3 ms':>11} {'ratio':>6}")
for name, cmd, target, ref in cases:
    ms, mib = measure(cmd)
    ref_ms, _ = measure(ref)
    print(f"{name:28} {ms:10.1f} {target:8} {mib:13.1f} {ref_ms:11.1f} {ms / ref_ms:6.1f}")
PY
