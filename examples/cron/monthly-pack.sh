#!/bin/sh
# Produces last month's governance pack for the panel: HTML (and Markdown), then a PDF with
# whatever Debian tool is installed: wkhtmltopdf, or weasyprint, or pandoc with a LaTeX engine.
# Without one it leaves the HTML, which any browser prints. Cron-safe: no HOME or terminal needed.
#
#   CLERK_DB=/srv/clerk/office.db CLERK_CONFIG=/srv/clerk/config.toml OUT=/srv/clerk/out \
#     ./monthly-pack.sh [PERIOD]      # PERIOD: last-month (default), 2026-11, 2026Q3, ...
#
# It acts as CLERK_USER, by default the staff login `cron` that examples/cron/crontab says how
# to make once; on a team database (CLERK_DB=postgresql://...) the server says who is acting,
# the job's own login role, and no --user is given.
set -eu
: "${CLERK_DB:?set CLERK_DB}" "${CLERK_CONFIG:?set CLERK_CONFIG}"
out="${OUT:-.}"
period="${1:-last-month}"
case "$CLERK_DB" in
  postgres://* | postgresql://*) as="" ;;
  *) as="--user ${CLERK_USER:-cron}" ;;
esac
clerk="clerk --db $CLERK_DB --config $CLERK_CONFIG $as --quiet"
mkdir -p "$out"
stem="$out/monthly-$(date +%F)"

# Each file is written atomically by clerk: a reader never sees half a report.
$clerk report monthly --period "$period" --format html -o "$stem.html"
$clerk report monthly --period "$period" --format md -o "$stem.md"
$clerk report monthly --period "$period" --format text -o "$stem.txt"

if command -v wkhtmltopdf >/dev/null 2>&1; then
  wkhtmltopdf --quiet "$stem.html" "$stem.pdf"
elif command -v weasyprint >/dev/null 2>&1; then
  weasyprint "$stem.html" "$stem.pdf"
elif command -v pandoc >/dev/null 2>&1 && command -v pdflatex >/dev/null 2>&1; then
  pandoc "$stem.md" -o "$stem.pdf"
else
  echo "monthly-pack: no PDF tool installed (apt-get install weasyprint); HTML left at $stem.html" >&2
  exit 0
fi
echo "monthly-pack: $stem.pdf" >&2
