# Import checks every row first: any bad row lists each bad line, exits 65 and writes nothing;
# --dry-run only checks. Export then import into an empty database gives the same items.
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk staff add jo --name "Jo Bloggs" --role finance --approval-limit 1000 --quiet
$ printf 'claimant,date,category,description,amount,vat,receipt\nsam,2026-11-02,travel,Train,23.40,3.90,R1\njo,2026-11-03,phone,Top-up,10,,\nsam,2026-11-04,subsistence,"Lunch, with a client",8.75,,R2\n' > ok.csv
$ clerk expense import ok.csv --dry-run
! checked 3 rows: all good; nothing written (dry run)
$ clerk expense list --format tsv | wc -l
1
$ clerk expense import ok.csv
! imported 3 items (ids 1-3)
$ clerk expense list --format tsv | cut -f1,3,5,6
id	claimant	description	amount
1	sam	Train	23.40
2	jo	Top-up	10.00
3	sam	Lunch, with a client	8.75
$ clerk audit log --action import --format json | jq -c '.[] | [.entity, .entity_id, .entity_id_to]'
["expense",1,3]
$ printf 'claimant,date,category,description,amount\nsam,2026-11-02,travel,Fine,1\nsma,2026-11-02,travel,Who,1\nsam,2026-11-31,travel,When,1\nsam,2026-11-02,travle,What,1\nsam,2026-11-02,travel,Much,1.234\nsam,2026-11-02,travel,Less,-4\nsam,2026-12-01,travel,Later,1\nsam,2026-11-02,travel\n' > bad.csv
$ clerk expense import bad.csv
! exit 65
! clerk: error: bad.csv: 7 bad rows; nothing was written:
!   line 3, claimant: no staff member with login 'sma' (did you mean sam?)
!   line 4, date: '2026-11-31' is not a date: expected YYYY-MM-DD, DD/MM/YYYY or 6 Jul 2026 naming a real day
!   line 5, category: 'travle' is not an expense category; use accommodation, equipment, mileage, other, phone, subsistence, training, travel, volunteer (did you mean travel?)
!   line 6, amount: '1.234' is not an amount of money: more than two decimal places
!   line 7, amount: '-4' is not an amount of money: negative amounts are not allowed here
!   line 8, date: 2026-12-01 is in the future (today is 2026-11-24)
!   line 9: 3 fields where the header has 5
$ clerk expense list --format tsv | wc -l
4
# A large file is checked and inserted in one pass (rows are inserted while all so far are
# good): a bad row near its end still leaves nothing written, not even the indexes' rebuild.
$ (echo claimant,date,category,description,amount; for i in $(seq 1 12000); do echo "sam,2026-11-02,travel,Trip $i,1.50"; done; echo "sam,2026-11-02,travel,Bad,1.505"; echo "sam,2026-11-02,travel,After,1") > big.csv
$ clerk expense import big.csv
! exit 65
! clerk: error: big.csv: 1 bad row; nothing was written:
!   line 12002, amount: '1.505' is not an amount of money: more than two decimal places
$ clerk expense list --format tsv | wc -l
4
$ sqlite3 clerk.db "SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'expense' AND type = 'index'"
3
$ head -12001 big.csv > big-ok.csv && cp clerk.db big.db && CLERK_DB=$WORK/big.db clerk expense import big-ok.csv
! imported 12000 items (ids 4-12003)
$ CLERK_DB=$WORK/big.db clerk audit verify --quiet
$ head -1 bad.csv | clerk expense import -
! no rows to import
$ clerk expense import bad.csv --dry-run
! exit 65
! clerk: error: bad.csv: 7 bad rows; nothing was written:
!   line 3, claimant: no staff member with login 'sma' (did you mean sam?)
!   line 4, date: '2026-11-31' is not a date: expected YYYY-MM-DD, DD/MM/YYYY or 6 Jul 2026 naming a real day
!   line 5, category: 'travle' is not an expense category; use accommodation, equipment, mileage, other, phone, subsistence, training, travel, volunteer (did you mean travel?)
!   line 6, amount: '1.234' is not an amount of money: more than two decimal places
!   line 7, amount: '-4' is not an amount of money: negative amounts are not allowed here
!   line 8, date: 2026-12-01 is in the future (today is 2026-11-24)
!   line 9: 3 fields where the header has 5
$ printf 'claimant,date,category,description,amount\nsam,2026-11-05,other,Refund,-4\n' > refund.csv
$ clerk expense import refund.csv
! exit 65
! clerk: error: refund.csv: 1 bad row; nothing was written:
!   line 2, amount: '-4' is not an amount of money: negative amounts are not allowed here
$ clerk expense import refund.csv --refund
! imported 1 item (ids 4-4)
$ printf 'date,description\n2026-11-02,x\n' > nocols.csv
$ clerk expense import nocols.csv
! exit 65
! clerk: error: nocols.csv line 1: no 'claimant' column (name it, or map it in [expenses.import_columns])
$ clerk expense import missing.csv
! exit 66
! clerk: error: missing.csv: cannot open the file
$ CLERK_USER=sam clerk expense import ok.csv
! exit 77
! clerk: error: `clerk expense import` needs the finance, manager or admin role; 'sam' has the caseworker role
# A card statement's own column names are mapped in the config.
$ printf '[expenses.import_columns]\nclaimant = "Cardholder"\ndate = "Transaction Date"\ndescription = "Merchant"\namount = "Amount"\ncategory = "Type"\n' > config.toml
$ printf 'Cardholder,Transaction Date,Merchant,Amount,Type,Card\njo,2026-11-10,GWR,45.10,travel,**** 1234\n' | clerk expense import -
! imported 1 item (ids 5-5)
$ clerk expense list --claimant jo --format tsv | cut -f2,5,6
date	description	amount
2026-11-03	Top-up	10.00
2026-11-10	GWR	45.10
$ printf '' > config.toml
# Round trip: every field of every item survives export and import.
$ clerk expense mileage --claimant sam --date 2026-11-12 --miles 30 --passengers 1 --from Cardiff --to Newport --purpose Visit --quiet
6
$ clerk expense mileage --claimant sam --date 2026-06-01 --miles 500 --paid-by "Age Cymru" --quiet
7
$ clerk expense submit 1 2 --quiet
$ clerk expense budget set TRAVEL --fy 2026 --amount 1000 --quiet
$ CLERK_USER=jo clerk expense approve 1 --quiet
$ CLERK_USER=jo clerk expense reject 2 --reason "Receipt?" --quiet
$ clerk expense export --format csv > all.csv
$ clerk expense export --status approved --claimant sam --category travel --budget TRAVEL --from 2026-11-01 --to 2026-11-30 --format csv | cut -d, -f1-6
id,claimant,date,category,description,amount
1,sam,2026-11-02,travel,Train,23.40
$ clerk expense export --month 2026-11 --format json > all.json
$ jq -c '.[0] | [.id, .amount_pence, .status, .decided_by]' all.json
[1,2340,"approved","jo"]
$ CLERK_DB=$WORK/copy.db clerk init --quiet
$ CLERK_DB=$WORK/copy.db clerk staff add sam --name "Sam Lee" --quiet
$ CLERK_DB=$WORK/copy.db clerk staff add jo --name "Jo Bloggs" --role finance --quiet
$ CLERK_DB=$WORK/copy.db clerk expense import all.csv --refund
! imported 7 items (ids 1-7)
$ CLERK_DB=$WORK/copy.db clerk expense export --format csv | cmp - all.csv && echo same
same
$ CLERK_DB=$WORK/json.db clerk init --quiet
$ CLERK_DB=$WORK/json.db clerk staff add sam --name "Sam Lee" --quiet
$ CLERK_DB=$WORK/json.db clerk staff add jo --name "Jo Bloggs" --role finance --quiet
$ CLERK_DB=$WORK/json.db clerk expense import all.json --refund
! imported 6 items (ids 1-6)
$ CLERK_DB=$WORK/json.db clerk expense export --format json | cmp - all.json && echo same
same
$ clerk expense export --format table
! exit 64
! clerk: error: format: export writes csv or json, which import reads back
$ clerk audit verify --quiet
