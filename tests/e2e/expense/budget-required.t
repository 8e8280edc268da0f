# Budget control: approving spending on a code with no budget for the item's financial year
# needs the same manager override as going over a budget; [expenses] require_budget = false
# lets finance approve it.
$ clerk init --quiet
$ clerk staff add jo --name "Jo Finance" --role finance --approval-limit 500 --quiet
$ clerk staff add priya --name "Priya Shah" --role manager --approval-limit 1000 --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk expense add --claimant tom --date 2026-11-03 --category equipment --amount 40 --description "Headset"
1
$ clerk expense add --claimant tom --date 2026-11-04 --category travel --amount 12.50 --description "Train"
2
$ clerk expense add --claimant tom --date 2026-11-05 --category equipment --amount 9.99 --description "Mouse"
3
$ clerk expense submit 1 2 3 --quiet
$ clerk expense budget set TRAVEL --fy 2026 --amount 100 --quiet
$ clerk expense budget set EQUIPMENT --fy 2025 --amount 100 --quiet
# EQUIPMENT has a budget for 2025-26 but none for 2026-27, the year of the spending.
$ CLERK_USER=jo clerk expense approve 1
! exit 77
! clerk: error: expense 1: budget code EQUIPMENT has no budget for FY 2026-27 (set one with `clerk expense budget set`); a manager may approve it with --override
$ CLERK_USER=jo clerk expense approve 1 --override
! exit 77
! clerk: error: expense 1: budget code EQUIPMENT has no budget for FY 2026-27 (set one with `clerk expense budget set`); only a manager may override, and 'jo' has the finance role
$ CLERK_USER=jo clerk expense approve 2 --quiet
$ CLERK_USER=priya clerk expense approve 1
! exit 77
! ...
$ CLERK_USER=priya clerk expense approve 1 --override --quiet
$ clerk audit log --entity expense:1 --format tsv | cut -f4 | tail -1
approve-override
$ clerk audit log --entity expense:2 --format tsv | cut -f4 | tail -1
approve
# With require_budget = false, finance approves unbudgeted spending without an override.
$ printf '[expenses]\nrequire_budget = false\n' > lax.toml
$ CLERK_CONFIG=lax.toml clerk config show | grep require_budget
require_budget = false
$ CLERK_CONFIG=lax.toml CLERK_USER=jo clerk expense approve 3 --quiet
$ clerk audit log --entity expense:3 --format tsv | cut -f4 | tail -1
approve
$ printf '[expenses]\nrequire_budget = "no"\n' > bad.toml
$ CLERK_CONFIG=bad.toml clerk expense list
! exit 78
! ...
