# Expense policy checks over a period: each finding with its severity and the items concerned.
# Exit 0 unless a finding reaches --fail-on (then 1), so cron can alert.
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk staff add fay --name "Fay Evans" --role finance --approval-limit 50 --quiet
# A 100-mile journey entered before an earlier 9,990-mile one was paid all at 45p.
$ clerk expense mileage --claimant sam --date 2026-11-20 --miles 100 --from Cardiff --to Swansea --purpose Visit --quiet
1
$ clerk expense mileage --claimant sam --date 2026-06-01 --miles 9990 --from Cardiff --to Bangor --purpose "Year of visits" --quiet
2
$ clerk expense add --claimant sam --date 2026-11-17 --category travel --amount 40 --description Train --quiet
3
$ clerk expense add --claimant sam --date 2026-11-17 --category travel --amount 40 --description Train --quiet
4
$ clerk expense add --claimant sam --date 2026-08-25 --category other --amount 12.34 --description Stamps --receipt R1 --quiet
5
$ clerk expense add --claimant sam --date 2026-12-25 --category other --amount 5 --description X --receipt R2
! exit 65
! clerk: error: date: 2026-12-25 is in the future (today is 2026-11-24)
# History imported from the old system: self-approved, and approved above fay's £50 limit, on Boxing Day and a Saturday.
$ printf 'claimant,date,category,description,amount,receipt,status,submitted_on,decided_by,decided_on\nfay,2025-12-26,travel,Taxi,30.25,R9,approved,2025-12-29,fay,2025-12-29\nsam,2025-12-27,accommodation,Hotel,120.10,R10,approved,2026-06-30,fay,2026-07-01\n' | clerk expense import - --quiet
# This financial year by default: duplicates, receipts, round sums, lateness, the 45p threshold.
$ clerk audit expenses --format tsv
severity	check	claimant	date	amount	items	detail
warning	late-submission	sam	2026-06-01	4477.50	2	still a draft 176 days after the spend (limit 90)
warning	late-submission	sam	2026-08-25	12.34	5	still a draft 91 days after the spend (limit 90)
warning	missing-receipt	sam	2026-11-17	40.00	3	no receipt for an item over £25.00
info	round-sum	sam	2026-11-17	40.00	3	a whole multiple of £10.00
warning	missing-receipt	sam	2026-11-17	40.00	4	no receipt for an item over £25.00
info	round-sum	sam	2026-11-17	40.00	4	a whole multiple of £10.00
warning	duplicate	sam	2026-11-17	40.00	3 4	2 items of £40.00 by the same claimant on the same day
error	mileage-threshold	sam	2026-11-20	45.00	1	90 mi paid at 45p beyond mile 10000 of tax year 2026-27 (9990 mi before this journey): £18.00 overpaid
! 8 findings (1 error, 5 warnings, 2 info) in 5 items, FY 2026-27
# The imported history: approval by the claimant and above the approver's limit, a bank holiday.
$ clerk audit expenses --fy 2025 --format csv
severity,check,claimant,date,amount,items,detail
error,over-limit,sam,2025-12-27,120.10,7,"approved by fay, whose limit is £50.00"
info,weekend,sam,2025-12-27,120.10,7,dated on a weekend
warning,late-submission,sam,2025-12-27,120.10,7,submitted 185 days after the spend (limit 90)
error,self-approval,fay,2025-12-26,30.25,6,approved by its own claimant
info,bank-holiday,fay,2025-12-26,30.25,6,dated on a bank holiday
! 5 findings (2 errors, 1 warning, 2 info) in 2 items, FY 2025-26
# Miles earlier in the tax year count even when the period starts later.
$ clerk audit expenses --quarter 2026Q4 --format jsonl --quiet | jq -r 'select(.severity == "error") | .items'
1
$ clerk audit expenses --quarter 2026Q4 --format jsonl --quiet --fail-on error > /dev/null
! exit 1
! clerk: error: expense checks found errors
$ clerk audit expenses --month 2026-11 --format json | jq -c 'map(.check) | unique'
["duplicate","mileage-threshold","missing-receipt","round-sum"]
! 6 findings (1 error, 3 warnings, 2 info) in 3 items, 2026-11
# Exit 0 when nothing reaches --fail-on; 1 when something does (warnings include errors).
$ clerk audit expenses --from 2026-08-01 --to 2026-08-31 --fail-on error --quiet --format tsv
severity	check	claimant	date	amount	items	detail
warning	late-submission	sam	2026-08-25	12.34	5	still a draft 91 days after the spend (limit 90)
$ clerk audit expenses --from 2026-08-01 --to 2026-08-31 --fail-on warning --quiet --format tsv > /dev/null
! exit 1
! clerk: error: expense checks found warnings or errors
$ clerk audit expenses --period last-month --quiet --format tsv
severity	check	claimant	date	amount	items	detail
# --to alone runs from the start of its financial year.
$ clerk audit expenses --to 2026-01-01 --format tsv | cut -f2,7
check	detail
over-limit	approved by fay, whose limit is £50.00
weekend	dated on a weekend
late-submission	submitted 185 days after the spend (limit 90)
self-approval	approved by its own claimant
bank-holiday	dated on a bank holiday
! 5 findings (2 errors, 1 warning, 2 info) in 2 items, 2025-04-01 to 2026-01-01
# Thresholds come from [audit.expenses].
$ cp config.toml saved.toml
$ printf '[audit.expenses]\nreceipt_above = "50.00"\nlate_after_days = 180\nround_sum = "100.00"\n' > config.toml
$ clerk audit expenses --month 2026-11 --quiet --format tsv
severity	check	claimant	date	amount	items	detail
warning	duplicate	sam	2026-11-17	40.00	3 4	2 items of £40.00 by the same claimant on the same day
error	mileage-threshold	sam	2026-11-20	45.00	1	90 mi paid at 45p beyond mile 10000 of tax year 2026-27 (9990 mi before this journey): £18.00 overpaid
$ printf '[audit.expenses]\nreceipt_above = "lots"\n' > config.toml
$ clerk audit expenses
! exit 78
!~ clerk: error: .*config.toml line 2, audit.expenses.receipt_above: 'lots' is not an amount.*
$ cp saved.toml config.toml
# Refusals.
$ clerk audit expenses --month 2026-11 --fy 2026
! exit 64
! clerk: error: period: give one of --month, --quarter, --fy, --period or --from/--to
$ clerk audit expenses --month 2026-13
! exit 65
!~ clerk: error: month: '2026-13' is not a period.*
$ clerk audit expenses --fail-on info
! exit 64
! clerk: error: fail-on: 'info' is not one of warning, error
