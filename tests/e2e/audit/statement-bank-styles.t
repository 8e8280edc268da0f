# Bank statements as banks export them: a "BALANCE BROUGHT FORWARD" row with a balance and no
# amount is the opening balance; bank date styles (06 Jul 2026, 06/07/2026, 06-Jul-2026,
# 2026-07-06); each balance break shows the balance expected and the one on the statement; rule
# words match whole words (CARE is a care agency, not CAREFREE HOLIDAYS or BOOTS SKINCARE).
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk audit schedule set 1 --amount 600 --every 4-weeks --from 2026-07-06 --quiet
1
$ printf 'Date,Description,Amount,Balance\n01 Jul 2026,BALANCE BROUGHT FORWARD,,1000.00\n06/07/2026,CARDIFF COUNCIL DIRECT PAYMENT,600.00,1600.00\n07-Jul-2026,BRIGHT CARE LTD,-320.00,1280.00\n2026-07-08,CAREFREE HOLIDAYS LTD,-200.00,1080.00\n09 Jul 2026,BOOTS SKINCARE,-15.00,1065.00\n' > statement.csv
$ clerk audit statement statement.csv --recipient 1 --format json --quiet | jq -c '.summary | [.from, .to, .lines, .opening_pence, .closing_pence, .unexplained_pence]'
["2026-07-01","2026-07-09",4,100000,106500,21500]
$ clerk audit statement statement.csv --recipient 1 --format json --quiet | jq -c '[.classes[] | [.class, .lines]], [.unexplained[].description]'
[["payment-in",1],["care-agency",1],["unexplained",2]]
["CAREFREE HOLIDAYS LTD","BOOTS SKINCARE"]
# A newest-first file with its brought-forward row at the bottom, and two balances that break.
$ printf 'Date,Description,Amount,Balance\n10/07/2026,TESCO,-10.00,1045.00\n09/07/2026,WAGES J SMITH,-150.00,1060.00\n06/07/2026,CARDIFF COUNCIL DIRECT PAYMENT,600.00,1600.00\n01/07/2026,BALANCE BROUGHT FORWARD,,1000.00\n' > breaks.csv
$ clerk audit statement breaks.csv --recipient 1 --format json --quiet | jq -c '.summary.opening_pence, .balance_breaks[]'
100000
{"line":3,"date":"2026-07-09","expected_pence":145000,"actual_pence":106000,"difference_pence":-39000}
{"line":2,"date":"2026-07-10","expected_pence":105000,"actual_pence":104500,"difference_pence":-500}
$ clerk audit statement breaks.csv --recipient 1 --format table --quiet | sed -n '/^Balances that do not follow/,/^$/p'
Balances that do not follow
---------------------------
Line  Date        Expected balance  Balance on statement  Difference
────  ──────────  ────────────────  ────────────────────  ──────────
   3  2026-07-09         £1,450.00             £1,060.00    -£390.00
   2  2026-07-10         £1,050.00             £1,045.00      -£5.00

# A row with neither an amount nor a balance is still refused.
$ printf 'Date,Description,Amount,Balance\n01/07/2026,NOTHING,,\n' > empty-row.csv
$ clerk audit statement empty-row.csv --recipient 1
! exit 65
! ...
