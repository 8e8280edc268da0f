# Expenses, budget, diary, actions and the monthly pack on a small office, then saved reports
# run as cron runs them. Today: Tuesday 24 November 2026.
$ clerk init --quiet
$ clerk staff add priya --name "Priya Shah" --role manager --approval-limit 1000 --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk expense add --claimant tom --date 2026-11-03 --category travel --amount 12.50 --description "Train to Newport"
1
$ clerk expense mileage --claimant tom --date 2026-11-05 --miles 30 --from Cardiff --to Barry --purpose "Home visit"
2
! 30 mi × 45p (car) = £13.50
$ clerk expense add --claimant tom --date 2026-11-06 --category subsistence --amount 6.00 --description "Lunch"
3
$ clerk expense submit 1 2 --quiet
$ clerk expense budget set TRAVEL --fy 2026 --amount 100 --quiet
$ CLERK_USER=priya clerk expense approve 1 --quiet
$ clerk diary add "Advice surgery" --at "2026-11-20 10:00" --for 2h --kind surgery --with 1
1
$ clerk diary add "Team meeting" --at "2026-11-30 09:30" --for 1h
2
$ clerk diary action add "Chase the council" --owner tom --due 2026-11-20
1
$ clerk diary action add "Book the room" --owner priya --due 2026-12-04
2
# Claimed is submitted, approved or paid: the draft lunch is not spending. 30 miles at 45p.
$ clerk report expenses --month 2026-11 --format json | jq -c '.expense_summary, .expenses[]'
{"items":2,"amount_pence":2600,"vat_pence":0,"miles":30,"mileage_pence":1350,"paid_pence":0,"awaiting_approval_pence":1350}
{"category":"mileage","items":1,"amount_pence":1350,"vat_pence":0,"miles":30,"mileage_pence":1350,"paid_pence":0}
{"category":"travel","items":1,"amount_pence":1250,"vat_pence":0,"miles":0,"mileage_pence":0,"paid_pence":0}
$ clerk report expenses --month 2026-11 --by claimant --format csv --section expenses
claimant,items,amount,vat,miles,mileage,paid
tom,2,26.00,0.00,30,13.50,0.00
$ clerk report expenses --month 2026-11 --by fortnight
! exit 64
! clerk: error: by: 'fortnight' is not one of claimant, category, budget, month
# £26.00 used of £100 after 238 days of the year: forecast 26 × 365 / 238 = £39.87.
$ clerk report budget --month 2026-11 --format tsv --section budget
code	name	budget	committed	spent	remaining	used_percent	forecast	flag
TRAVEL		100.00	26.00	0.00	74.00	26	39.87	
# Held so far: the surgery (2 hours, Ann Jones seen); the meeting on the 30th is still to come.
$ clerk report diary --month 2026-11 --format json | jq -c '.diary_summary, .diary_by_kind[]'
{"engagements":1,"hours":"2.0 h","minutes":120,"tentative":0,"scheduled":1,"surgeries_held":1,"constituents_seen":1}
{"kind":"surgery","engagements":1,"hours":"2.0 h","minutes":120}
$ clerk report actions --month 2026-11 --limit 5 --format json | jq -c '.actions_summary, .actions_by_owner[], .overdue_actions[]'
{"open":2,"overdue":1,"done":0}
{"owner":"priya","open":1,"overdue":0,"done":0}
{"owner":"tom","open":1,"overdue":1,"done":0}
{"id":1,"owner":"tom","due":"2026-11-20","days_overdue":4,"case":null,"text":"Chase the council"}
$ clerk report monthly --month 2026-11 --limit 10 --format json | jq -c '.headlines, .recommendations[]'
{"cases_opened":0,"cases_closed":0,"cases_open":0,"cases_overdue":0,"foi_sar_at_risk":0,"median_days_to_close":null,"expenses_claimed_pence":2600,"mileage_miles":30,"budget_used_percent":26,"engagements":1,"surgeries_held":1,"constituents_seen":1,"actions_open":2,"actions_overdue":1,"audit_trail":"verified, 0 findings (13 records checked)"}
{"priority":"medium","text":"1 action is overdue (1 with tom): chase the owners."}
# Print: page 1 of n, headed by the title and period, the marking at top and bottom.
$ clerk report monthly --month 2026-11 --format text | head -3
                                    OFFICIAL
Monthly report — Constituency Office                                 Page 1 of 5
Period: 2026-11 (1 November 2026 to 30 November 2026)
$ clerk report monthly --month 2026-11 --format text | grep -c "^.Monthly report\|^Monthly report"
5
# csv with -o DIR: one file per section.
$ clerk report monthly --month 2026-11 --format csv -o "$WORK/pack/"
$ ls "$WORK/pack" | wc -l
24
$ cat "$WORK/pack/headlines.csv" | cut -d, -f1-3
cases_opened,cases_closed,cases_open
0,0,0
# Saved reports: one to a dated file, one to standard output.
$ printf '[reports.panel]\nreport = "monthly"\nperiod = "last-month"\nformat = "md"\noutput = "%s/out/panel-{period}-{date}.md"\n\n[reports.spend]\nreport = "expenses"\nperiod = "this-month"\nformat = "csv"\nby = "claimant"\nsection = "expenses"\n' "$WORK" >> "$CLERK_CONFIG"
$ clerk report list --format tsv | cut -f1-4
name	report	period	format
panel	monthly	last-month	md
spend	expenses	this-month	csv
$ clerk report run panel
!~ panel: wrote .*/out/panel-2026-10-2026-11-24.md
$ grep -m1 "^# " "$WORK/out/panel-2026-10-2026-11-24.md" | sed "s/^# /title: /"
title: Monthly report — Constituency Office
$ clerk report run spend
claimant,items,amount,vat,miles,mileage,paid
tom,2,26.00,0.00,30,13.50,0.00
$ clerk report run --all --quiet | tail -1
tom,2,26.00,0.00,30,13.50,0.00
# As cron runs it: no environment, no HOME, no terminal; --db and --config given (and on a team
# database the password file, as a crontab's PGPASSFILE= line gives it).
$ env -i PATH=/usr/bin:/bin ${PGPASSFILE:+PGPASSFILE=$PGPASSFILE} "$(command -v clerk)" --db "$CLERK_DB" --config "$CLERK_CONFIG" --user admin --today 2026-12-01 report run panel </dev/null
!~ panel: wrote .*/out/panel-2026-11-2026-12-01.md
# A relative output path is taken from the config file's directory, wherever cron starts.
$ printf '[reports.rel]\nreport = "actions"\nperiod = "2026-11"\nformat = "text"\noutput = "rel/actions-{period}.txt"\n' >> "$CLERK_CONFIG"
$ cd / && clerk report run rel --quiet && ls "$(dirname "$CLERK_CONFIG")/rel"
actions-2026-11.txt
$ clerk report run nosuch
! exit 66
! clerk: error: NAME: no saved report 'nosuch' (saved: panel, rel, spend)
$ clerk report run
! exit 64
! clerk: error: NAME: give a saved report's NAME or --all
$ clerk --section expenses report run spend
! exit 64
! clerk: error: section: a saved report picks its table with section = "NAME" in [reports.NAME]
$ printf '[reports.bad]\nreport = "weekly"\n' >> "$CLERK_CONFIG"
$ clerk report run bad
! exit 78
! clerk: error: reports.bad.report: 'weekly' is not one of caseload, expenses, budget, diary, actions, monthly
# CSV holds one table (issue 14): a saved CSV report of several tables with no section is
# refused, naming them, and writes nothing; a section that does not exist is named; an output
# directory takes one file per table.
$ printf '[reports.lump]\nreport = "expenses"\nperiod = "2026-11"\nformat = "csv"\noutput = "lump.csv"\n' >> "$CLERK_CONFIG"
$ clerk report run lump
! exit 78
! clerk: error: reports.lump.section: this report has 3 tables and csv holds one: set section to one of period, expense_summary, expenses, or end output with / for one file per table, or use format = "json"
$ test -e "$(dirname "$CLERK_CONFIG")/lump.csv" || echo "nothing written"
nothing written
$ printf '[reports.one]\nreport = "expenses"\nperiod = "2026-11"\nformat = "tsv"\nsection = "expense"\n' >> "$CLERK_CONFIG"
$ clerk report run one
! exit 78
! clerk: error: reports.one.section: 'expense' is not a section; use one of period, expense_summary, expenses
$ printf '[reports.perfile]\nreport = "expenses"\nperiod = "2026-11"\nformat = "csv"\noutput = "spend-{period}/"\n' >> "$CLERK_CONFIG"
$ clerk report run perfile --quiet && ls "$(dirname "$CLERK_CONFIG")/spend-2026-11"
expense_summary.csv
expenses.csv
period.csv
# config check finds what a saved report names that does not exist, before cron runs it.
$ printf '[reports.worse]\nreport = "monthly"\nformat = "pdf"\nperiod = "fortnight"\n' >> "$CLERK_CONFIG"
$ clerk config check 2>&1 | sed "s|^.*config.toml[,:] ||"
reports.bad.report: 'weekly' is not one of caseload, expenses, budget, diary, actions, monthly
reports.lump.section: csv holds one table and a report has several: set section (`clerk report expenses --format json` shows them), or end output with /
reports.worse.format: 'pdf' is not one of table, csv, tsv, json, jsonl, md, text, html
reports.worse.period: 'fortnight' is not a period (expected 2026-11, 2026Q3, 2026 (financial year), this-month, last-month, this-week, last-week, this-quarter, last-quarter, this-fy or last-fy)
4 problem(s) in the config
