# Issue 14 item 6: a document (a letter, a case, a briefing, a report, a statement audit) piped
# or written to a file with no --format prints as text: never nothing with exit 0. Tables keep
# the pipe default (tsv), and csv/tsv of a prose document with no table is refused, not empty.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Mrs Ann Jones" --email ann@example.com --phone "07700 900123" --address "4 Ninian Road, Cardiff" --quiet
1
$ clerk case open --subject "Damp in council flat" --contact 1 --category housing --assign tom --received 2026-11-20
C-2026-00001
$ clerk diary add "Housing surgery" --at "2026-11-30 10:00" --for 1h --kind surgery --with tom --with "Mrs Ann Jones" --case C-2026-00001 --quiet
1
# The letter piped to lpr: the letter itself, as print text.
$ clerk case letter C-2026-00001 --template acknowledgement | grep -c -e 'Our reference: C-2026-00001' -e 'Page 1 of 1'
2
$ clerk case letter C-2026-00001 --template acknowledgement -o letter.txt && grep -c 'Dear' letter.txt
1
$ clerk case letter C-2026-00001 --template holding --format tsv
! exit 64
! clerk: error: format: this is prose with no table, so tsv would print nothing; use --format text, md, html or json
$ clerk case letter C-2026-00001 --template holding --format csv
! exit 64
! clerk: error: format: this is prose with no table, so csv would print nothing; use --format text, md, html or json
$ clerk case show C-2026-00001 | head -2
                                    OFFICIAL
C-2026-00001: Damp in council flat                                   Page 1 of 1
$ clerk diary show 1 | head -4
                                    OFFICIAL
                                                                     Page 1 of 1

ID           1
$ clerk diary brief 2026-11-30 | head -2
                                    OFFICIAL
Briefing for Monday 30 November 2026                                 Page 1 of 1
$ clerk report caseload --month 2026-11 | head -3
                                    OFFICIAL
Caseload — Constituency Office                                       Page 1 of 2
Period: 2026-11 (1 November 2026 to 30 November 2026)
$ clerk report expenses --month 2026-11 | grep -c 'Page 1 of'
1
$ clerk report budget --month 2026-11 | grep -c 'Page 1 of'
1
$ clerk report diary --month 2026-11 | grep -c 'Page 1 of'
1
$ clerk report actions --month 2026-11 | grep -c 'Page 1 of'
1
$ clerk report monthly --month 2026-11 | grep -c 'Page 1 of'
1
$ clerk audit schedule set "Mrs Ann Jones" --amount 600 --every 4-weeks --from 2026-07-06 --quiet
1
$ cp $SOURCE/examples/data/direct-payments-statement.csv statement.csv
$ clerk audit statement statement.csv --recipient "Mrs Ann Jones" --quiet | head -2
                               OFFICIAL-SENSITIVE
Direct Payments statement audit: Mrs Ann Jones                       Page 1 of 1
$ clerk audit statement statement.csv --recipient "Mrs Ann Jones" --letter --quiet | grep -c 'Page 1 of'
1
# A table keeps the pipe default, tsv.
$ clerk case list | head -1
ref	type	status	priority	category	subject	contact	assignee	received_on	due_on	due	overdue	marking
