# A payment run pays every approved item up to a date in one batch and writes the batch per
# claimant as CSV for the finance system; --dry-run shows it and changes nothing.
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk staff add ann --name "Ann Jones" --quiet
$ clerk staff add jo --name "Jo Bloggs" --role finance --approval-limit 1000 --quiet
$ clerk expense add --claimant sam --date 2026-11-03 --category travel --amount 20 --description Train --quiet
1
$ clerk expense add --claimant sam --date 2026-11-04 --category subsistence --amount 12.50 --description Lunch --quiet
2
$ clerk expense add --claimant ann --date 2026-11-05 --category phone --amount 10 --description Top-up --quiet
3
$ clerk expense add --claimant ann --date 2026-11-20 --category travel --amount 7 --description Bus --quiet
4
$ clerk expense add --claimant ann --date 2026-11-06 --category travel --amount 3 --description "Not yet approved" --quiet
5
$ clerk expense submit 1 2 3 4 5 --quiet
# Approving needs a budget for each code (or a manager's override).
$ clerk expense budget set TRAVEL --fy 2026 --amount 1000 --quiet && clerk expense budget set PHONE --fy 2026 --amount 100 --quiet
$ CLERK_USER=jo clerk expense approve 1 2 3 4 --quiet
$ CLERK_USER=jo clerk expense pay --through 2026-11-15 --dry-run --format csv --csv batch.csv
batch,paid_on,reference,claimant,name,items,item_ids,total
,2026-11-24,,ann,Ann Jones,1,3,10.00
,2026-11-24,,sam,Sam Lee,2,1 2,32.50
! dry run: would pay 3 items, £42.50; nothing changed
$ test -e batch.csv || echo "no file written"
no file written
$ clerk expense list --status paid --format tsv | wc -l
1
$ CLERK_USER=sam clerk expense pay --through 2026-11-15
! exit 77
! clerk: error: `clerk expense pay` needs the finance, manager or admin role; 'sam' has the caseworker role
$ CLERK_USER=jo clerk expense pay --through 2026-11-15 --reference BACS-2611 --csv batch.csv --format table
Batch  Paid        Reference  Claimant  Name       Items  Item ids   Total
─────  ──────────  ─────────  ────────  ─────────  ─────  ────────  ──────
    1  2026-11-24  BACS-2611  ann       Ann Jones      1  3         £10.00
    1  2026-11-24  BACS-2611  sam       Sam Lee        2  1 2       £32.50
! paid 3 items, £42.50 in batch 1
$ /usr/bin/python3 -c 'import csv; print([(r["claimant"], r["items"], r["item_ids"], r["total"], r["reference"]) for r in csv.DictReader(open("batch.csv"))])'
[('ann', '1', '3', '10.00', 'BACS-2611'), ('sam', '2', '1 2', '32.50', 'BACS-2611')]
$ clerk expense list --format tsv | cut -f1,9
id	status
1	paid
2	paid
3	paid
5	submitted
4	approved
$ clerk expense show 1 --format json | jq -c '[.status, .paid_on, .payment]'
["paid","2026-11-24",1]
$ CLERK_USER=jo clerk expense pay --through 2026-11-15
batch	paid_on	reference	claimant	name	items	item_ids	total
! nothing approved to pay through 2026-11-15
$ CLERK_USER=jo clerk expense pay --through 2026-11-31
! exit 65
! clerk: error: through: '2026-11-31' is not a date: expected YYYY-MM-DD, DD/MM/YYYY or 6 Jul 2026 naming a real day
$ clerk audit log --format tsv | cut -f4,5 | tail -4
pay	expense_payment
pay	expense
pay	expense
pay	expense
