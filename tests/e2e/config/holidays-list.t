# The bank holidays in force: the official list, per nation, with computed provisional years.
$ clerk init --quiet
$ clerk config holidays list --year 2027 --format tsv | cut -f1,3
date	title
2027-01-01	New Year’s Day
2027-03-26	Good Friday
2027-03-29	Easter Monday
2027-05-03	Early May bank holiday
2027-05-31	Spring bank holiday
2027-08-30	Summer bank holiday
2027-12-27	Christmas Day
2027-12-28	Boxing Day
$ clerk config holidays list --nation scotland --from 2027-01-01 --to 2027-01-31 --format csv
date,weekday,title,nation,source,provisional
2027-01-01,Fri,New Year’s Day,scotland,official,false
2027-01-04,Mon,2nd January,scotland,official,false
$ clerk config holidays list --nation northern-ireland --year 2030 --format tsv | cut -f1,3,5,6 | head -3
date	title	source	provisional
2030-01-01	New Year’s Day	computed	true
2030-03-18	St Patrick’s Day	computed	true
$ clerk config holidays list --nation wales
! exit 64
! clerk: error: nation: 'wales' is not one of england-and-wales, scotland, northern-ireland
$ clerk config holidays list --year 20x7
! exit 65
! clerk: error: year: '20x7' is not a whole number from 1000 to 9999
# Beyond the years held, every year is computed from the statutory rules, marked provisional.
$ clerk config holidays list --year 2031 --format tsv | cut -f1,3,5,6
date	title	source	provisional
2031-01-01	New Year’s Day	computed	true
2031-04-11	Good Friday	computed	true
2031-04-14	Easter Monday	computed	true
2031-05-05	Early May bank holiday	computed	true
2031-05-26	Spring bank holiday	computed	true
2031-08-25	Summer bank holiday	computed	true
2031-12-25	Christmas Day	computed	true
2031-12-26	Boxing Day	computed	true
# 2 January 2140 is a Saturday: Monday the 4th is its substitute.
$ clerk config holidays list --nation scotland --year 2140 --format tsv | cut -f1,3 | sed -n '2,3p'
2140-01-01	New Year’s Day
2140-01-04	2nd January
