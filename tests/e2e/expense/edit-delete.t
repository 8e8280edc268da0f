# Drafts and rejected items can be edited (mileage is recomputed); only drafts deleted.
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk staff add jo --name "Jo Bloggs" --role finance --approval-limit 500 --quiet
$ clerk expense add --claimant sam --date 2026-11-20 --category travel --amount 12 --description Train --quiet
1
$ clerk expense edit 1 --amount 14.50 --vat 2.41 --description "Train, peak" --receipt R-7 --date 2026-11-19 --category subsistence --budget TRAVEL --claimant jo
! updated expense 1
$ clerk expense show 1 --format json | jq -c '[.claimant, .date, .category, .description, .amount_pence, .vat_pence, .receipt, .budget]'
["jo","2026-11-19","subsistence","Train, peak",1450,241,"R-7","TRAVEL"]
$ clerk expense edit 1 --amount -2 --refund --category other
! exit 65
! clerk: error: vat: VAT of £2.41 is more than the amount, -£2.00
$ clerk expense edit 1 --amount -2 --refund --vat 0 --category other
! updated expense 1
$ clerk expense show 1 --format json | jq -c '[.amount_pence, .budget]'
[-200,"GENERAL"]
$ clerk expense mileage --claimant sam --date 2026-11-20 --miles 10 --from Cardiff --to Newport --purpose Visit
2
! 10 mi × 45p (car) = £4.50
$ clerk expense edit 2 --miles 20 --passengers 2 --vehicle car --from Cardiff --to Caerphilly
! updated expense 2: 20 mi × 45p (car) + 40 mi × 5p (passenger) = £11.00
$ clerk expense edit 2 --vehicle motorcycle --passengers 0
! updated expense 2: 20 mi × 24p (motorcycle) = £4.80
# Refusals: nothing changes.
$ clerk expense edit 2 --amount 50
! exit 65
! clerk: error: expense 2, amount: a mileage item's amount is computed from its miles; change --miles
$ clerk expense edit 1 --miles 5
! exit 65
! clerk: error: expense 1, miles: not a mileage item; it has no miles to change
$ clerk expense edit 2 --category travel
! exit 65
! clerk: error: expense 2, category: a mileage item stays in the mileage category
$ clerk expense edit 1 --amount 1.234
! exit 65
! clerk: error: amount: '1.234' is not an amount of money: more than two decimal places
$ clerk expense edit 99 --amount 5
! exit 66
! clerk: error: id: no expense item 99
$ clerk expense submit 1 --quiet
$ clerk expense edit 1 --amount 5
! exit 65
! clerk: error: expense 1: its status is submitted; only drafts and rejected items can be edited
$ clerk expense delete 1
! exit 65
! clerk: error: expense 1: its status is submitted; only drafts can be deleted
$ clerk expense delete 2
! deleted expense 2
$ clerk expense delete 2
! exit 66
! clerk: error: id: no expense item 2
$ clerk expense list --format tsv | cut -f1,6,9
id	amount	status
1	-2.00	submitted
$ clerk audit log --entity expense --format tsv | cut -f4,6
action	entity_id
add	1
edit	1
edit	1
add	2
edit	2
edit	2
submit	1
delete	2
