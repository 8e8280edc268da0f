# Receipted items are recorded as drafts with their budget code from the category; list filters
# narrow them and show gives every field.
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk staff add sian --name "Sian Hughes" --role volunteer --quiet
$ clerk expense add --claimant sam --date 2026-11-20 --category travel --amount "£23.40" --description "Train to Swansea" --vat 3.90 --receipt R-101
1
$ clerk expense add --claimant sam --date yesterday --category phone --amount 10 --description "Top-up for a mentor" --budget mentoring
2
$ clerk expense add --claimant sian --date 2026-10-02 --category volunteer --amount 4.5 --description "Bus fares"
3
$ clerk expense add --claimant sam --date 2026-11-21 --category other --amount -5.00 --description "Refund of an advance" --refund
4
$ clerk expense list --format table
ID  Date        Claimant  Category   Description           Amount    VAT  Budget      Status
──  ──────────  ────────  ─────────  ────────────────────  ──────  ─────  ──────────  ──────
 3  2026-10-02  sian      volunteer  Bus fares              £4.50  £0.00  VOLUNTEERS  draft
 1  2026-11-20  sam       travel     Train to Swansea      £23.40  £3.90  TRAVEL      draft
 4  2026-11-21  sam       other      Refund of an advance  -£5.00  £0.00  GENERAL     draft
 2  2026-11-23  sam       phone      Top-up for a mentor   £10.00  £0.00  MENTORING   draft
$ clerk expense list --claimant sam --month 2026-11 --format csv | /usr/bin/python3 -c 'import csv,sys; print([(r["id"], r["amount"], r["budget"]) for r in csv.DictReader(sys.stdin)])'
[('1', '23.40', 'TRAVEL'), ('4', '-5.00', 'GENERAL'), ('2', '10.00', 'MENTORING')]
$ clerk expense list --category volunteer --format tsv | cut -f1,3
id	claimant
3	sian
$ clerk expense list --budget MENTORING --status draft --format tsv | cut -f1
id
2
$ clerk expense list --from 2026-11-01 --to 2026-11-21 --format jsonl | jq -c '[.id, .amount_pence, .vat_pence]'
[1,2340,390]
[4,-500,0]
$ clerk expense show 1 --format json | jq -c '[.claimant, .receipt, .status, .created_on, .vehicle]'
["sam","R-101","draft","2026-11-24",null]
$ clerk expense show 1 --format table
ID                1
Claimant          sam
Date              2026-11-20
Category          travel
Description       Train to Swansea
Amount            £23.40
VAT               £3.90
Receipt           R-101
Budget            TRAVEL
Status            draft
Vehicle
Miles
Passengers
From
To
Car miles before
Miles paid by
Submitted
Decided by
Decided
Budget override   no
Rejected because
Paid
Payment run
Recorded          2026-11-24
Mileage
# The claimant's name, the period and the status are checked too.
$ clerk expense list --claimant sma
! exit 65
! clerk: error: claimant: no staff member with login 'sma' (did you mean sam?)
$ clerk expense list --month 2026-13
! exit 65
! clerk: error: month: '2026-13' is not a period (expected a month such as 2026-11)
$ clerk expense list --status paied
! exit 64
! clerk: error: status: 'paied' is not one of draft, submitted, approved, paid, rejected (did you mean paid?)
$ clerk expense list --month 2026-11 --from 2026-11-01
! exit 64
! clerk: error: month: give --month or --from/--to, not both
$ clerk expense show 99
! exit 66
! clerk: error: id: no expense item 99
