# Bad input is refused naming the field, exit 65, and nothing is written.
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk expense add --claimant sam --date 2026-11-20 --category travel --amount 12.345 --description Train
! exit 65
! clerk: error: amount: '12.345' is not an amount of money: more than two decimal places
$ clerk expense add --claimant sam --date 2026-11-20 --category travel --amount -12 --description Train
! exit 65
! clerk: error: amount: '-12' is not an amount of money: negative amounts are not allowed here
$ clerk expense add --claimant sam --date 2026-11-20 --category travel --amount 5000.01 --description Train
! exit 65
! clerk: error: amount: £5,000.01 is over the limit of £5,000.00 for one item (expenses.sanity_limit)
$ clerk expense add --claimant sam --date 2026-11-20 --category travel --amount 0 --description Train
! exit 65
! clerk: error: amount: an item must be for more than £0.00
$ clerk expense add --claimant sma --date 2026-11-20 --category travel --amount 12 --description Train
! exit 65
! clerk: error: claimant: no staff member with login 'sma' (did you mean sam?)
$ clerk expense add --claimant sam --date 2026-11-20 --category travle --amount 12 --description Train
! exit 65
! clerk: error: category: 'travle' is not an expense category; use accommodation, equipment, mileage, other, phone, subsistence, training, travel, volunteer (did you mean travel?)
$ clerk expense add --claimant sam --date tomorrow --category travel --amount 12 --description Train
! exit 65
! clerk: error: date: 2026-11-25 is in the future (today is 2026-11-24)
$ clerk expense add --claimant sam --date 2026-02-30 --category travel --amount 12 --description Train
! exit 65
! clerk: error: date: '2026-02-30' is not a date: expected YYYY-MM-DD, DD/MM/YYYY or 6 Jul 2026 naming a real day
$ clerk expense add --claimant sam --date 2026-11-20 --category travel --amount 12 --vat 13 --description Train
! exit 65
! clerk: error: vat: VAT of £13.00 is more than the amount, £12.00
$ clerk expense add --claimant sam --date 2026-11-20 --category travel --amount 12 --description " "
! exit 65
! clerk: error: description: cannot be empty
$ clerk expense add --claimant sam --date 2026-11-20 --category travel --amount 12 --description Train --budget "TWO WORDS"
! exit 65
! clerk: error: budget: 'TWO WORDS' is not a budget code (1-32 letters, digits, '.', '_' or '-')
$ clerk expense add --claimant sam --date 2026-11-20 --category travel --amount 12
! exit 64
! clerk: error: --description is required
! Run `clerk --help` (or `clerk COMMAND --help`) for usage.
$ clerk expense list --format tsv | wc -l
1
$ clerk audit log --entity expense --format tsv | wc -l
1
# The sanity limit is configurable.
$ printf '[expenses]\nsanity_limit = "10000"\n' > config.toml
$ clerk expense add --claimant sam --date 2026-11-20 --category training --amount 5000.01 --description "Course"
1
