# Mileage at HMRC approved rates by tax year (6 April): 45p a car mile to 10,000 miles, 25p
# after, 5p a passenger mile; a journey across the threshold is split, with its breakdown.
$ clerk init --quiet
$ clerk staff add sian --name "Sian Hughes" --role volunteer --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
# Miles another organisation paid for count toward the threshold and cost nothing here.
$ clerk expense mileage --claimant sian --date 2026-06-30 --miles 9990 --paid-by "Age Cymru"
1
$ clerk expense mileage --claimant sian --date 2026-11-20 --miles 30 --passengers 1 --from Cardiff --to Newport --purpose "Advice surgery"
2
! 10 mi × 45p (car) + 20 mi × 25p (car, over 10000 mi) + 30 mi × 5p (passenger) = £11.00
$ clerk expense show 2 --format json | jq -c '[.amount_pence, .miles_before, .breakdown]'
[1100,9990,"10 mi × 45p (car) + 20 mi × 25p (car, over 10000 mi) + 30 mi × 5p (passenger) = £11.00"]
# Miles on 5 April count toward the old tax year, on 6 April toward the new one.
$ clerk expense mileage --claimant sam --date 2026-04-05 --miles 9995 --from Cardiff --to Bangor --purpose "Year of visits"
3
! 9995 mi × 45p (car) = £4,497.75
$ clerk expense mileage --claimant sam --date 2026-04-05 --miles 10 --from Cardiff --to Penarth --purpose "Visit"
4
! 5 mi × 45p (car) + 5 mi × 25p (car, over 10000 mi) = £3.50
$ clerk expense mileage --claimant sam --date 2026-04-06 --miles 10 --from Cardiff --to Penarth --purpose "Visit"
5
! 10 mi × 45p (car) = £4.50
# A return trip counts both ways; motorcycles and bicycles have flat rates.
$ clerk expense mileage --claimant sam --date 2026-11-02 --miles 12 --return --vehicle motorcycle --from Cardiff --to Barry --purpose "Visit"
6
! 24 mi × 24p (motorcycle) = £5.76
$ clerk expense mileage --claimant sam --date 2026-11-03 --miles 7 --vehicle bicycle --from Office --to Library --purpose "Drop-in"
7
! 7 mi × 20p (bicycle) = £1.40
# The rates are those of the journey's tax year: 40p a car mile before 2011-12.
$ clerk expense mileage --claimant sam --date 2011-04-05 --miles 100 --from Cardiff --to Brecon --purpose "Old claim"
8
! 100 mi × 40p (car) = £40.00
$ clerk expense mileage --claimant sam --date 2011-04-06 --miles 100 --from Cardiff --to Brecon --purpose "Old claim"
9
! 100 mi × 45p (car) = £45.00
$ clerk expense list --claimant sam --category mileage --format tsv | cut -f1,2,6
id	date	amount
8	2011-04-05	40.00
9	2011-04-06	45.00
3	2026-04-05	4497.75
4	2026-04-05	3.50
5	2026-04-06	4.50
6	2026-11-02	5.76
7	2026-11-03	1.40
# Refusals: nothing is written.
$ clerk expense mileage --claimant sam --date 2026-11-20 --miles 0 --from A --to B --purpose P
! exit 65
! clerk: error: miles: must be from 0.1 to 100000, not 0
$ clerk expense mileage --claimant sam --date 2026-11-20 --miles -3 --from A --to B --purpose P
! exit 65
! clerk: error: miles: must be from 0.1 to 100000, not -3
$ clerk expense mileage --claimant sam --date 2026-11-20 --miles 12.55 --from A --to B --purpose P
! exit 65
! clerk: error: miles: '12.55' is not miles to one decimal place
$ clerk expense mileage --claimant sam --date 2026-11-20 --miles 5 --vehicle bicycle --passengers 1 --from A --to B --purpose P
! exit 65
! clerk: error: passengers: passenger payments are for cars and vans only
$ clerk expense mileage --claimant sam --date 2026-11-20 --miles 5 --vehicle bike --from A --to B --purpose P
! exit 64
! clerk: error: vehicle: 'bike' is not one of car, motorcycle, bicycle
$ clerk expense mileage --claimant sam --date 2026-11-25 --miles 5 --from A --to B --purpose P
! exit 65
! clerk: error: date: 2026-11-25 is in the future (today is 2026-11-24)
$ clerk expense mileage --claimant sam --date 2001-04-05 --miles 5 --from A --to B --purpose P
! exit 65
! clerk: error: date: there are no approved mileage rates for tax year 2000-01
$ clerk expense mileage --claimant sam --date 2026-11-20 --miles 5 --from A --purpose P
! exit 64
! clerk: error: --to is required
$ clerk expense mileage --claimant sam --date 2026-11-20 --miles 5 --paid-by "Age Cymru" --return
! exit 64
! clerk: error: paid-by: miles paid elsewhere are recorded as a total
$ clerk expense list --format tsv | wc -l
10
# Configured rates add a tax year.
$ printf '[[expenses.mileage_rates]]\nfrom_tax_year = 2026\ncar_pence = 50\ncar_after_pence = 30\nmotorcycle_pence = 24\nbicycle_pence = 20\npassenger_pence = 5\n' > config.toml
$ clerk expense mileage --claimant sam --date 2026-11-20 --miles 10 --from Cardiff --to Newport --purpose "Visit"
10
! 10 mi × 50p (car) = £5.00
