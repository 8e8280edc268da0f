# What real calendars hold and clerk reads without refusing: events with no UID, two events with
# one UID, RDATE lists and EXDATE on several lines, parameters with several values and RFC 6868
# escapes, properties clerk does not use.
$ clerk init --quiet
# No UID: one is made from the event's content, said once, and a second import updates nothing.
$ printf 'BEGIN:VCALENDAR\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\nSUMMARY:Surgery\r\nDTSTART:20261205T100000\r\nDTEND:20261205T120000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Surgery\r\nDTSTART:20261212T100000\r\nDTEND:20261212T120000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > phone.ics
$ clerk diary import phone.ics
! 2 events have no UID: each was given one made from its start, title, place and rule, so importing the file again updates rather than duplicates
! imported 2 new, 0 updated, 0 unchanged, 0 skipped
$ clerk diary import phone.ics 2>&1 | tail -1
imported 0 new, 0 updated, 2 unchanged, 0 skipped
$ clerk diary show 1 --format json | jq -r .event.uid
~ derived-[0-9a-f]{32}@clerk
$ clerk diary import phone.ics --strict
! exit 65
! clerk: error: phone.ics line 3: no UID
# Two events with one UID and no RECURRENCE-ID: the later one is kept, the earlier reported.
$ printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:Old time\nDTSTART:20261201T100000\nEND:VEVENT\nBEGIN:VEVENT\nUID:x\nSUMMARY:New time\nDTSTART:20261202T100000\nEND:VEVENT\nEND:VCALENDAR\n' > twice.ics
$ clerk diary import twice.ics
! line 2: "Old time": the event at line 7 has the same UID and is kept instead
! imported 1 new, 0 updated, 0 unchanged, 1 skipped
$ clerk diary list --from 2026-12-01 --to 2026-12-02 --format tsv | cut -f1,2,7
date	start	title
2026-12-02	10:00	New time
$ clerk diary import twice.ics --strict
! exit 65
! clerk: error: twice.ics line 7: UID x appears again (first at line 2)
# RDATE: extra dates (DATE-TIME, DATE, PERIOD) each become an event of their own; EXDATE on
# several lines strikes out an RDATE and a rule's occurrence alike; a moved RDATE occurrence
# (RECURRENCE-ID) moves.
$ clerk diary import $SOURCE/tests/e2e/diary/fixtures/rdate.ics
! imported 9 new, 0 updated, 0 unchanged, 0 skipped
$ clerk diary list --from 2027-01-01 --to 2027-03-31 --format tsv | cut -f1,2,3,4,7
date	start	end	all_day	title
2027-01-06	18:00	19:30	false	Residents' forum
2027-01-13	18:00	19:30	false	Residents' forum
2027-01-21	14:00	15:00	false	Residents' forum (moved)
2027-02-03	18:00	19:00	false	Residents' forum
2027-02-10	09:30	10:15	false	Residents' forum
2027-02-22			true	Half-term leave
2027-02-23			true	Half-term leave
2027-02-25			true	Half-term leave
2027-03-01	10:00	11:00	false	Panel
2027-03-15	10:00	11:00	false	Panel
$ clerk diary import $SOURCE/tests/e2e/diary/fixtures/rdate.ics 2>&1 | tail -1
imported 0 new, 0 updated, 9 unchanged, 0 skipped
# Parameters with several values (RFC 7256), caret escapes (RFC 6868), a folded parameter,
# binary attachments, images, conferences, relations and a calendar's own UID (RFC 7986): read,
# and reported as not kept, never a refusal.
$ clerk diary import $SOURCE/tests/e2e/diary/fixtures/properties.ics
! line 5: "Police and crime panel": not kept: ATTACH, IMAGE, CONFERENCE, RELATED-TO
! imported 1 new, 0 updated, 0 unchanged, 0 skipped
$ clerk diary show 13 --format json | jq -r '.event.with'
George "Babe" Ruth, Smith, Jo
$ clerk diary import $SOURCE/tests/e2e/diary/fixtures/properties.ics --strict 2>&1 | tail -1
imported 0 new, 0 updated, 1 unchanged, 0 skipped
