# Direct Payments statement audit: a bank's CSV classified by the [statement] rules and judged
# against the recipient's schedule. £600 every 4 weeks from 6 July: due 6 July, 3 August,
# 31 August and 28 September; the 31 August payment never came, the 28 September one came a day
# late (within the 7-day window). Contingency: 8 weeks = 2 × £600 = £1,200.00. Closing balance
# £2,177.11 − £470.00 owed − £1,200.00 = £507.11 surplus. Unexplained: £85.40 + £64.99 = £150.39.
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones" --address "4 Ninian Road, Cardiff" --quiet
1
$ clerk audit schedule set "Mrs Ann Jones" --amount 600 --every 4-weeks --from 2026-07-06 --quiet
1
$ cp $SOURCE/examples/data/direct-payments-statement.csv statement.csv
$ clerk audit statement statement.csv --recipient "Mrs Ann Jones" --owed 150 --owed 320 --format table
! surplus to recover: £507.11
OFFICIAL-SENSITIVE

Direct Payments statement audit: Mrs Ann Jones
==============================================

Summary
-------
Run                   1
Recipient             Mrs Ann Jones
From                  2026-07-01
To                    2026-09-30
Lines                 14
Schedule              £600.00 every 4 weeks from 2026-07-06
Opening balance       £2,000.00
Closing balance       £2,177.11
Owed                  £470.00
Contingency           £1,200.00
Surplus to recover    £507.11
Unexplained spending  £150.39
Missing payments in   £600.00

By class
--------
Class               Lines         In      Out
──────────────────  ─────  ─────────  ───────
payment-in              3  £1,800.00    £0.00
care-agency             3      £0.00  £960.00
personal-assistant      3      £0.00  £450.00
hmrc                    1      £0.00   £45.00
permitted               2      £0.00   £17.50
unexplained             2      £0.00  £150.39

Unexplained spending
--------------------
Line  Date        Description         Amount
────  ──────────  ──────────────────  ──────
   8  2026-08-14  TESCO STORES        £85.40
   5  2026-09-11  AMAZON MARKETPLACE  £64.99

Scheduled payments not received
-------------------------------
Due          Amount
──────────  ───────
2026-08-31  £600.00

OFFICIAL-SENSITIVE
$ clerk audit statement statement.csv --recipient 1 --owed 150 --owed 320 --format json --quiet | jq -c '.summary | [.opening_pence, .closing_pence, .owed_pence, .contingency_pence, .surplus_pence, .unexplained_pence, .missing_pence, .lines]'
[200000,217711,47000,120000,50711,15039,60000,14]
$ clerk audit statement statement.csv --recipient 1 --format json --quiet | jq -c '.classes[] | [.class, .lines, .in_pence, .out_pence]'
["payment-in",3,180000,0]
["care-agency",3,0,96000]
["personal-assistant",3,0,45000]
["hmrc",1,0,4500]
["permitted",2,0,1750]
["unexplained",2,0,15039]
# CSV holds one table: one file per section with -o DIR/.
$ clerk audit statement statement.csv --recipient 1 --format csv -o "$WORK/st/" --quiet && cat "$WORK/st/unexplained.csv" "$WORK/st/missing.csv"
line,date,description,amount
8,2026-08-14,TESCO STORES,85.40
5,2026-09-11,AMAZON MARKETPLACE,64.99
due,amount
2026-08-31,600.00
# Liabilities from a file; a shorter period (the September payment is then not yet due).
$ printf 'description,amount\nWages for September,150.00\nBright Care invoice 0931,320.00\n' > owed.csv
$ clerk audit statement statement.csv --recipient 1 --owed-file owed.csv --from 2026-07-01 --to 2026-08-31 --format json --quiet | jq -c '.summary | [.from, .to, .closing_pence, .owed_pence, .surplus_pence, .missing_pence]'
["2026-07-01","2026-08-31",212460,47000,45460,60000]
# The surplus-recovery letter, from the built-in template (or letters/surplus-recovery.txt).
$ clerk audit statement statement.csv --recipient 1 --owed 470 --letter --format md --quiet
**OFFICIAL-SENSITIVE**

Constituency Office

24 November 2026

Mrs Ann Jones  
4 Ninian Road, Cardiff

Dear Mrs Ann Jones,

Re: your Direct Payments account — return of surplus funds

Thank you for sending us your bank statements for 1 July 2026 to 30 September 2026. We have checked them against your agreed payments of £600.00 every 4 weeks.

The balance of the account on 30 September 2026 was £2,177.11. You told us of £470.00 still to pay for your care and support. You may keep a contingency of £1,200.00 (8 weeks of your payments) for unexpected costs.

This leaves £507.11 more than your care and support needs, which we must ask you to return. Please pay it back within 28 days, quoting your name, or contact us if you think we have got anything wrong or if paying it back would cause you difficulty.

Yours sincerely,

admin  
Constituency Office

**OFFICIAL-SENSITIVE**
$ mkdir letters && printf 'Dear {{contact.name}}, please repay {{statement.surplus}}.\n' > letters/surplus-recovery.txt
$ clerk audit statement statement.csv --recipient 1 --owed 470 --letter --format text --quiet | grep Dear
Dear Mrs Ann Jones, please repay £507.11.
$ printf 'Dear {{contact.nmae}}\n' > letters/surplus-recovery.txt
$ clerk audit statement statement.csv --recipient 1 --letter --quiet
! exit 65
!~ clerk: error: template surplus-recovery line 1: unknown placeholder \{\{contact.nmae\}\}.*
$ clerk audit statement statement.csv --recipient 1 --owed 2000 --letter
! exit 65
! clerk: error: letter: there is no surplus to recover, so no letter
# Every run is recorded through the audited write path (refused runs are not).
$ clerk audit log --entity statement_audit --format tsv | cut -f4-6
action	entity	entity_id
run	statement_audit	1
run	statement_audit	2
run	statement_audit	3
run	statement_audit	4
run	statement_audit	5
run	statement_audit	6
run	statement_audit	7
$ clerk audit verify --quiet
# Banks that split money in and out into two columns, with ISO dates, via [statement.columns].
$ cp config.toml saved.toml
$ printf '[statement]\ndate_format = "yyyy-mm-dd"\n[statement.columns]\ndate = "Transaction Date"\ndescription = "Details"\npaid_in = "Paid In"\npaid_out = "Paid Out"\nbalance = "Balance"\n[[statement.rules]]\nclass = "payment-in"\nmatch = "DP"\n[[statement.rules]]\nclass = "care-agency"\nmatch = ["HOMECARE"]\n' >> config.toml
$ printf 'Transaction Date,Details,Paid In,Paid Out,Balance\n2026-11-02,DP NOV,600.00,,1600.00\n2026-11-05,HOMECARE LTD,,300.00,1300.00\n2026-11-09,CASH,,40.00,1260.00\n' > split.csv
$ clerk audit statement split.csv --recipient 1 --format json --quiet | jq -c '[.summary.closing_pence, .summary.unexplained_pence, .summary.missing_pence, [.classes[].class]]'
[126000,4000,0,["payment-in","care-agency","unexplained"]]
# Refusals: each bad line named, nothing recorded.
$ printf 'Transaction Date,Details,Paid In,Paid Out,Balance\n2026-11-31,DP NOV,600.00,,1600.00\n2026-11-05,HOMECARE LTD,,3OO.00,1300.00\n2026-11-06,BOTH,1.00,2.00,1300.00\n' > bad.csv
$ clerk audit statement bad.csv --recipient 1
! exit 65
! clerk: error: bad.csv: 3 bad rows; nothing was written:
!   line 2, Transaction Date: '2026-11-31' is not a date (yyyy-mm-dd)
!~   line 3, Paid Out: .*
!   line 4, Paid In/Paid Out: give an amount in one of the two columns
$ cp saved.toml config.toml
$ printf '[[statement.rules]]\nclass = "groceries"\nmatch = "TESCO"\ndirection = "sideways"\n[statement.columns]\npaid_in = "In"\n' >> config.toml
$ clerk config check
! exit 78
!~ .*config.toml line [0-9]+, statement.columns.paid_in: paid_in and paid_out go together
!~ .*config.toml line [0-9]+, statement.rules.class: 'groceries' is not one of payment-in, care-agency, personal-assistant, hmrc, permitted, unexplained
!~ .*config.toml line [0-9]+, statement.rules.direction: 'sideways' is not one of in, out, any
!~ clerk: error: .*config.toml: 3 problem\(s\) in the config
$ cp saved.toml config.toml
$ printf 'Date,Memo,Amount,Balance\n01/11/2026,X,1.00,1.00\n' > nodesc.csv
$ clerk audit statement nodesc.csv --recipient 1
! exit 65
! clerk: error: nodesc.csv line 1: no column 'Description' (the header has Date, Memo, Amount, Balance; [statement.columns] maps them)
$ clerk audit statement statement.csv --recipient 1 --owed -5
! exit 65
!~ clerk: error: owed: .*
$ clerk audit statement missing.csv --recipient 1
! exit 66
! ...
$ clerk contact add "Mr Rhys Price" --quiet
2
$ clerk audit statement statement.csv --recipient "Mr Rhys Price"
! exit 66
! clerk: error: recipient: no payment schedule for Mr Rhys Price (clerk audit schedule set sets one)
$ clerk staff add tom --name "Tom Baker" --quiet
$ clerk --user tom audit statement statement.csv --recipient 1
! exit 77
! clerk: error: `clerk audit statement` needs the finance, manager or admin role; 'tom' has the caseworker role
$ clerk audit log --entity statement_audit --format tsv | wc -l
9
# Each audit of their statements is in the recipient's subject access export, with its schedule.
$ clerk audit sar 1 --format json 2>/dev/null | jq -c '.sections | [.payment_schedules, .statement_audits] | map(length)'
[1,8]
