# Budgets per code per financial year: committed, spent, remaining, % used, forecast and
# warnings; approving past 100%, or on a code with no budget for the item's year, needs a
# manager's --override, recorded as such (see also budget-required.t).
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk staff add jo --name "Jo Bloggs" --role finance --approval-limit 1000 --quiet
$ clerk staff add pat --name "Pat Jones" --role manager --approval-limit 1000 --quiet
$ clerk expense budget set travel --fy 2026 --amount 500 --name "Staff travel"
! budget TRAVEL for FY 2026-27: £500.00
$ clerk expense budget set TRAINING --fy 2026 --amount 1000
! budget TRAINING for FY 2026-27: £1,000.00
$ clerk expense budget set TRAINING --fy 2026 --amount 800
! budget TRAINING for FY 2026-27: £800.00
$ CLERK_USER=sam clerk expense budget set PHONE --fy 2026 --amount 100
! exit 77
! clerk: error: `clerk expense budget set` needs the finance, manager or admin role; 'sam' has the caseworker role
$ clerk expense budget set PHONE --fy 26 --amount 100
! exit 65
! clerk: error: fy: '26' is not a period (expected a financial year such as 2026 (for 2026-27))
$ clerk expense add --claimant sam --date 2026-05-10 --category travel --amount 300 --description Train --quiet
1
$ clerk expense add --claimant sam --date 2026-09-10 --category travel --amount 150 --description Hotel --quiet
2
$ clerk expense add --claimant sam --date 2026-11-10 --category travel --amount 100 --description Taxi --quiet
3
$ clerk expense add --claimant sam --date 2026-11-11 --category phone --amount 20 --description Top-up --quiet
4
$ clerk expense add --claimant sam --date 2026-03-31 --category travel --amount 99 --description "Last year" --quiet
5
$ clerk expense submit 1 2 3 4 5 --quiet
$ CLERK_USER=jo clerk expense approve 1 2 --quiet
# PHONE has no budget for 2026-27 and TRAVEL none for 2025-26 (item 5 is dated 31 March 2026).
$ CLERK_USER=jo clerk expense approve 4 5
! exit 77
! clerk: error: expense 4: budget code PHONE has no budget for FY 2026-27 (set one with `clerk expense budget set`); a manager may approve it with --override
$ CLERK_USER=pat clerk expense approve 4 5 --override --quiet
$ CLERK_USER=jo clerk expense approve 3
! exit 77
! clerk: error: expense 3: approving it takes budget TRAVEL to £550.00 of £500.00; a manager may approve it with --override
$ CLERK_USER=jo clerk expense approve 3 --override
! exit 77
! clerk: error: expense 3: approving it takes budget TRAVEL to £550.00 of £500.00; only a manager may override, and 'jo' has the finance role
$ CLERK_USER=pat clerk expense approve 3
! exit 77
! clerk: error: expense 3: approving it takes budget TRAVEL to £550.00 of £500.00; a manager may approve it with --override
$ clerk expense list --status approved --format tsv | wc -l
5
$ clerk expense budget status --fy 2026 --format table
Code      Name           Budget  Committed  Spent  Remaining  Used  Forecast  Warning
────────  ────────────  ───────  ─────────  ─────  ─────────  ────  ────────  ───────────
PHONE                               £20.00  £0.00                     £30.67  no budget
TRAINING                £800.00      £0.00  £0.00    £800.00    0%     £0.00
TRAVEL    Staff travel  £500.00    £550.00  £0.00    -£50.00  110%   £843.48  over budget
! warning: PHONE no budget
! warning: TRAVEL over budget
$ CLERK_USER=pat clerk expense approve 3 --override
! approved expense 3 (£100.00) past budget TRAVEL, overridden
$ clerk expense show 3 --format json | jq -c '[.status, .decided_by, .override]'
["approved","pat",true]
$ clerk audit log --entity expense:3 --format tsv | cut -f4 | tail -1
approve-override
$ clerk expense budget status --format json | jq -c '.[] | [.code, .budget_pence, .committed_pence, .spent_pence, .remaining_pence, .used_percent, .forecast_pence, .flag]'
["PHONE",null,2000,0,null,null,3067,"no budget"]
["TRAINING",80000,0,0,80000,0,0,null]
["TRAVEL",50000,55000,0,-5000,110,84348,"over budget"]
! warning: PHONE no budget
! warning: TRAVEL over budget
$ clerk expense budget status --fy 2025 --format tsv
code	name	budget	committed	spent	remaining	used_percent	forecast	flag
TRAVEL			99.00	0.00			99.00	no budget
! warning: TRAVEL no budget
$ clerk expense budget status --fy 2026-27
! exit 65
! clerk: error: fy: '2026-27' is not a period (expected a financial year such as 2026 (for 2026-27))
# Thresholds come from the config.
$ printf '[expenses]\nbudget_warnings = [50]\n' > config.toml
$ clerk expense budget status --fy 2026 --format tsv | cut -f1,9
code	flag
PHONE	no budget
TRAINING	
TRAVEL	over budget
! warning: PHONE no budget
! warning: TRAVEL over budget
