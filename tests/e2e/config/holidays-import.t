# Importing GOV.UK's bank-holidays.json replaces the days for the years it covers, in one
# transaction with one batch audit entry.
$ clerk init --quiet
$ clerk config holidays import $SOURCE/data/bank-holidays.json
! imported 252 bank holidays for 2019-2027 (replaced 0)
$ clerk config holidays import - < $SOURCE/data/bank-holidays.json
! imported 252 bank holidays for 2019-2027 (replaced 252)
$ clerk config holidays list --year 2026 --format tsv | cut -f1,5 | head -2
date	source
2026-01-01	imported
$ clerk audit log --action import --format json | jq -c '.[] | [.seq, .entity, .entity_id_to - .entity_id + 1]'
[2,"holiday",252]
[255,"holiday",252]
$ clerk audit verify --quiet
# A malformed file is refused with its line, and nothing is written.
$ printf '{"england-and-wales": {"events": [\n{"title": "x", "date": "2026-02-30"}]}}' > bad.json
$ clerk config holidays import bad.json
! exit 65
!~ clerk: error: bad.json line 2.*
$ clerk config holidays import missing.json
! exit 66
! clerk: error: missing.json: cannot open the file
$ clerk audit log --format tsv | wc -l
256
