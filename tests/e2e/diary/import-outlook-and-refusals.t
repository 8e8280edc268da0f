# Outlook's export: its zone name, last-Sunday rule, exceptions, all-day and UTC events. What
# cannot be kept is reported per event; a file that is not a calendar is refused with the line,
# nothing written.
$ clerk init --quiet
$ clerk diary import $SOURCE/tests/e2e/diary/fixtures/outlook.ics
! 1 VTODO component not imported (the diary holds events only)
! line 21: "Police and crime panel": not kept: VALARM (reminder), CLASS, PRIORITY, X-MICROSOFT-CDO-BUSYSTATUS
! line 61: "Call with New York": its time zone 'America/New_York' is not Europe/London or UTC
! imported 3 new, 0 updated, 0 unchanged, 1 skipped
$ clerk diary list --from 2026-11-23 --to 2027-02-28 --format tsv | cut -f1,2,3,4,7,8
date	start	end	all_day	title	place
2026-11-29	10:00	11:30	false	Police and crime panel	Police HQ, Conference Room 2
2026-12-02	15:30	16:15	false	Call with the Home Office	
2026-12-07			true	Constituency day	
2027-01-31	10:00	11:30	false	Police and crime panel	Police HQ, Conference Room 2
2027-02-28	10:00	11:30	false	Police and crime panel	Police HQ, Conference Room 2
$ clerk diary show 1 --format json | jq -r '.event.repeat, .event.description'
monthly on the last Sunday, 6 times
Quarterly review of the police and crime plan.
Papers to follow.
$ clerk diary show 3 --format json | jq -r .event.with
Smith, Jo
# Importing the same file again changes nothing and writes nothing.
$ clerk audit log --format tsv | wc -l
5
$ clerk diary import $SOURCE/tests/e2e/diary/fixtures/outlook.ics --quiet
$ clerk diary import $SOURCE/tests/e2e/diary/fixtures/outlook.ics 2>&1 | tail -1
imported 0 new, 0 updated, 3 unchanged, 1 skipped
$ clerk audit log --format tsv | wc -l
5
# A bad event is skipped and named; --strict refuses the file for it, nothing written, not even
# the good event before it.
$ clerk diary import $SOURCE/tests/e2e/diary/fixtures/malformed.ics --strict
! exit 65
!~ clerk: error: .*/malformed.ics line 12: DTSTART: '20261301T100000' is not a DATE-TIME
$ clerk diary list --from 2026-12-01 --to 2026-12-01 --format tsv | wc -l
1
$ clerk diary import $SOURCE/tests/e2e/diary/fixtures/malformed.ics
! line 12: "Month thirteen": DTSTART: '20261301T100000' is not a DATE-TIME
! imported 1 new, 0 updated, 0 unchanged, 1 skipped
$ clerk diary list --from 2026-12-01 --to 2026-12-01 --format tsv | cut -f1,2,7
date	start	title
2026-12-01	10:00	Fine
$ printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20261201T100000\nEND:VCALENDAR\n' | clerk diary import -
! exit 65
! clerk: error: stdin line 5: END:VCALENDAR does not close BEGIN:VEVENT (line 2)
$ printf 'hello\n' | clerk diary import -
! exit 65
! clerk: error: stdin line 1: expected NAME:value, found no colon
$ clerk diary import missing.ics
! exit 66
! clerk: error: missing.ics: cannot open the file
