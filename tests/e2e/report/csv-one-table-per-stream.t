# Issue 14 items 10 and 11: CSV and TSV carry one table, so a report of several on stdout needs
# --section NAME (its section key) or -o DIR/ (one file per section); JSON stays whole. Report
# wording: hours as "2.0 h", not a clock-like "2:00"; the budget used as "26%".
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --role manager --quiet
$ clerk expense budget set TRAVEL --amount 100 --fy 2026 --quiet
$ clerk diary add "Surgery" --at "2026-11-20 10:00" --for 2h --kind surgery --quiet
1
$ clerk expense add --claimant tom --date 2026-11-20 --category travel --amount 26 --description "Train" --quiet
1
$ clerk expense submit 1 --quiet
$ clerk report expenses --month 2026-11 --format csv
! exit 64
! clerk: error: section: this has 3 tables and csv holds one: pick one with --section NAME (period, expense_summary, expenses), or give -o DIR/ for one file each, or use --format json
$ clerk report expenses --month 2026-11 --format tsv
! exit 64
! clerk: error: section: this has 3 tables and tsv holds one: pick one with --section NAME (period, expense_summary, expenses), or give -o DIR/ for one file each, or use --format json
$ clerk report expenses --month 2026-11 --format csv --section expenses
category,items,amount,vat,miles,mileage,paid
travel,1,26.00,0.00,0,0.00,0.00
$ clerk report expenses --month 2026-11 --format csv --section expense
! exit 64
! clerk: error: section: 'expense' is not a section; use one of period, expense_summary, expenses (did you mean one of: expense_summary, expenses?)
$ clerk report expenses --month 2026-11 --format csv -o "$WORK/spend/" && ls "$WORK/spend"
expense_summary.csv
expenses.csv
period.csv
$ clerk report expenses --month 2026-11 --format csv -o spend.csv
! exit 64
! clerk: error: section: this has 3 tables and csv holds one: pick one with --section NAME (period, expense_summary, expenses), or give -o DIR/ for one file each, or use --format json
$ clerk report expenses --month 2026-11 --format json | jq -c 'keys'
["expense_summary","expenses","marking","period","title"]
$ clerk case list --section expenses
! exit 64
! clerk: error: section: this command prints one table; --section picks a table of a report, a case or a briefing
$ clerk --help | grep -c -e '--section'
1
# Wording: a percentage says so, and hours read as a quantity.
$ clerk report monthly --month 2026-11 --format text | grep -e 'Budget used' -e '^Hours'
Budget used (FY 2026-27)              26%
Hours                        2.0 h
$ clerk report budget --month 2026-11 --format csv --section budget
code,name,budget,committed,spent,remaining,used_percent,forecast,flag
TRAVEL,,100.00,26.00,0.00,74.00,26,39.87,
