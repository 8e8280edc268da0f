# A calendar comes from a system the office does not control: one bad event costs only itself.
# Each skipped event is listed on stderr with its line, its title and why; the rest go in.
# --strict keeps the all-or-nothing of money and case files.
$ clerk init --quiet
$ python3 $SOURCE/tests/e2e/diary/fixtures/make_calendar.py --events 500 > work.ics
# All or nothing, when asked for: the first bad event refuses the file and nothing is written.
$ clerk diary import work.ics --strict
! exit 65
! clerk: error: work.ics line 697: no DTSTART
$ clerk diary list --from 2027-01-01 --to 2028-12-31 --format tsv | wc -l
1
$ clerk audit log --format tsv | wc -l
2
# Without it, 497 of 500 go in and the three are named.
$ clerk diary import work.ics
! line 697: "Board away day": no DTSTART
! line 1749: "Budget setting": DTSTART: '20271317T110000' is not a DATE-TIME
! line 2801: "Panel pre-meet": expected NAME:value, found no colon
! imported 497 new, 0 updated, 0 unchanged, 3 skipped
$ clerk diary list --from 2027-01-01 --to 2028-12-31 --format tsv | tail -n +2 | wc -l
497
$ clerk diary list --from 2027-05-24 --to 2027-05-24 --format tsv | cut -f1,2,3,7
date	start	end	title
2027-05-24	14:00	14:30	Meeting 101
# Importing it again is idempotent: no duplicates, nothing written.
$ clerk audit log --format tsv | wc -l
3
$ clerk diary import work.ics 2>&1 | tail -1
imported 0 new, 0 updated, 497 unchanged, 3 skipped
$ clerk diary list --from 2027-01-01 --to 2028-12-31 --format tsv | tail -n +2 | wc -l
497
$ clerk audit log --format tsv | wc -l
3
# --quiet keeps the list off stderr; the exit status says it went in.
$ clerk diary import work.ics --quiet
# A calendar none of whose events can be taken is refused (65), each reason listed.
$ printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:no start\nEND:VEVENT\nEND:VCALENDAR\n' | clerk diary import -
! exit 65
! line 2: "no start": no DTSTART
! imported 0 new, 0 updated, 0 unchanged, 1 skipped
! clerk: error: stdin: none of the file's 1 events could be imported
# A file that is not a calendar is refused whatever the mode, nothing written.
$ printf 'BEGIN:VEVENT\nUID:x\nEND:VEVENT\n' | clerk diary import -
! exit 65
! clerk: error: stdin line 1: expected BEGIN:VCALENDAR first
$ printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:caf\351\nDTSTART:20261201T100000\nEND:VEVENT\nEND:VCALENDAR\n' | clerk diary import -
! exit 65
! clerk: error: stdin line 4: text is not valid UTF-8
$ printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20261201T100000\nEND:VCALENDAR\n' | clerk diary import -
! exit 65
! clerk: error: stdin line 5: END:VCALENDAR does not close BEGIN:VEVENT (line 2)
$ clerk audit log --format tsv | wc -l
3
