# Miles to one decimal place: the journey's sum is rounded to the penny once, half up, and the
# 10,000-mile threshold counts tenths (a journey straddling it splits at the tenth). Exports and
# imports carry the decimals; whole miles read and print as before.
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk staff add jo --name "Jo Bloggs" --role finance --approval-limit 5000 --quiet
$ clerk expense mileage --claimant sam --date 2026-11-02 --miles 7.5 --from Cardiff --to Penarth --purpose Visit
1
! 7.5 mi × 45p (car) = £3.38
$ clerk expense mileage --claimant sam --date 2026-11-03 --miles 3.25 --from Cardiff --to Penarth --purpose Visit
! exit 65
! clerk: error: miles: '3.25' is not miles to one decimal place
$ clerk expense mileage --claimant sam --date 2026-06-01 --miles 9992 --from Cardiff --to Bangor --purpose "Year of visits" --quiet
2
$ clerk expense show 1 --format json | jq -c '[.miles, .miles_before, .amount_pence, .breakdown]'
[7.5,0,338,"7.5 mi × 45p (car) = £3.38"]
# 9,999.5 miles before this journey of 1 mile: 0.5 at 45p and 0.5 at 25p, 35p.
$ clerk expense mileage --claimant sam --date 2026-11-04 --miles 1 --from Cardiff --to Llandaff --purpose Visit
3
! 0.5 mi × 45p (car) + 0.5 mi × 25p (car, over 10000 mi) = £0.35
$ clerk expense mileage --claimant sam --date 2026-11-05 --miles 2.3 --return --passengers 1 --from Cardiff --to Llandaff --purpose Visit
4
! 4.6 mi × 25p (car, over 10000 mi) + 4.6 mi × 5p (passenger) = £1.38
$ clerk expense list --category mileage --format csv
id,date,claimant,category,description,amount,vat,budget,status
2,2026-06-01,sam,mileage,Year of visits,4496.40,0.00,TRAVEL,draft
1,2026-11-02,sam,mileage,Visit,3.38,0.00,TRAVEL,draft
3,2026-11-04,sam,mileage,Visit,0.35,0.00,TRAVEL,draft
4,2026-11-05,sam,mileage,Visit,1.38,0.00,TRAVEL,draft
$ clerk expense show 4 --format table | grep -i miles
...
# Editing the miles recomputes the amount, counting the claimant's other car miles that tax year
# (9,992 + 1 + 4.6 = 9,997.6): 2.4 mi at 45p and 5 mi at 25p, 108p + 125p.
$ clerk expense edit 1 --miles 7.4
! ...
$ clerk expense show 1 --format json | jq -c '[.miles, .miles_before, .amount_pence]'
[7.4,9997.6,233]
# Export and import carry the decimals.
$ clerk expense export --format csv > out.csv
$ cut -d, -f1,11,15 out.csv | head -3
...
$ clerk expense export --format json > out.json
$ jq -c '[.[] | .miles]' out.json
[7.4,9992,1,4.6]
$ CLERK_DB=$WORK/other.db clerk init --quiet
$ CLERK_DB=$WORK/other.db clerk staff add sam --name "Sam Lee" --quiet
$ CLERK_DB=$WORK/other.db clerk staff add jo --name "Jo Bloggs" --role finance --approval-limit 5000 --quiet
$ CLERK_DB=$WORK/other.db clerk expense import out.json --quiet
$ CLERK_DB=$WORK/other.db clerk expense export --format json | jq -c '[.[] | [.miles, .miles_before, .amount_pence]]'
[[7.4,9997.6,233],[9992,7.5,449640],[1,9999.5,35],[4.6,10000.5,138]]
$ CLERK_DB=$WORK/other.db clerk audit verify --quiet
$ clerk audit verify --quiet
# The expenses report sums the tenths.
$ clerk expense submit 1 --quiet
$ clerk expense submit 3 --quiet
$ clerk report expenses --month 2026-11 --format json | jq -c '.expense_summary.miles'
8.4
