# Export writes RFC 5545 that an independent parser (Debian's python3-icalendar) reads; importing
# it into another database and exporting again gives the same calendar (--with-attendees: from
# clerk to clerk, everyone at an event travels; see export-attendees-and-access.t).
$ clerk init --quiet
$ clerk staff add priya --name "Priya Shah" --email priya@example.org --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk case open --subject "Damp at Ninian Road" --contact "Mrs Ann Jones" --category housing
C-2026-00001
$ clerk diary add "Advice surgery; drop-in, all welcome" --at "2026-11-27 10:00" --for 2h --kind surgery --where "Cathays Library, Whitchurch Road" --repeat weekly --count 10 --travel 15m --quiet
1
$ clerk diary add "Quarterly meeting with the Chief Constable and the deputy, with papers on the estates strategy" --at "2026-12-03 14:00" --for 1h --with priya --with "Jo Smith" --case C-2026-00001 --quiet
2
$ clerk diary add "Recess" --at 2026-12-21 --all-day --until 2027-01-01 --kind event --quiet
3
$ clerk diary add "Commissioner's surgery" --at "2026-11-26 10:00" --for 1h --diary commissioner --repeat monthly --by last-weekday --until 2027-06-30 --quiet
4
$ clerk diary cancel 1 --occurrence 2026-12-25 --quiet
$ clerk diary move 1 --occurrence 2027-01-01 --at "2026-12-31 15:00" --quiet
$ clerk diary export --with-attendees -o diary.ics
$ head -1 diary.ics | tail -c 3 | od -An -c
   R  \r  \n
$ awk '{ if (length($0) > 76) bad++ } END { print bad + 0 }' diary.ics
0
$ grep -c '^ ' diary.ics
1
$ grep -a -E '^(RRULE|EXDATE|RECURRENCE-ID|SUMMARY:Advice|X-CLERK-CASE|ATTENDEE|X-CLERK-WITH)' diary.ics | tr -d '\r'
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=10
EXDATE;TZID=Europe/London:20261225T100000
SUMMARY:Advice surgery\; drop-in\, all welcome
RECURRENCE-ID;TZID=Europe/London:20270101T100000
SUMMARY:Advice surgery\; drop-in\, all welcome
ATTENDEE;CN=Priya Shah:mailto:priya@example.org
X-CLERK-WITH:Jo Smith
X-CLERK-CASE:C-2026-00001
RRULE:FREQ=MONTHLY;BYDAY=-1TH;UNTIL=20270630T090000Z
$ /usr/bin/python3 -c 'import icalendar; c = icalendar.Calendar.from_ical(open("diary.ics", "rb").read()); [print(e["UID"][-6:], e["SUMMARY"], e.decoded("DTSTART").isoformat(), e.decoded("DTEND").isoformat(), e.get("RRULE", {}).get("FREQ"), e.decoded("RECURRENCE-ID").isoformat() if "RECURRENCE-ID" in e else "") for e in c.walk("VEVENT")]; print(c.walk("VTIMEZONE")[0]["TZID"])'
@clerk Advice surgery; drop-in, all welcome 2026-11-27T10:00:00+00:00 2026-11-27T12:00:00+00:00 ['WEEKLY'] 
@clerk Advice surgery; drop-in, all welcome 2026-12-31T15:00:00+00:00 2026-12-31T17:00:00+00:00 None 2027-01-01T10:00:00+00:00
@clerk Quarterly meeting with the Chief Constable and the deputy, with papers on the estates strategy 2026-12-03T14:00:00+00:00 2026-12-03T15:00:00+00:00 None 
@clerk Recess 2026-12-21 2027-01-02 None 
@clerk Commissioner's surgery 2026-11-26T10:00:00+00:00 2026-11-26T11:00:00+00:00 ['MONTHLY'] 
Europe/London
$ CLERK_DB=copy.db clerk init --quiet
$ CLERK_DB=copy.db CLERK_USER=admin clerk diary import diary.ics
! imported 4 new, 0 updated, 0 unchanged, 0 skipped
$ CLERK_DB=copy.db clerk diary export --with-attendees | grep -v '^DTSTAMP' > again.ics
$ grep -v '^DTSTAMP' diary.ics | cmp - again.ics && echo same
same
$ CLERK_DB=copy.db clerk diary list --from 2026-12-21 --to 2027-01-03 --format tsv | cut -f1,2,7,11
date	start	title	status
2026-12-21		Recess	
2026-12-31	10:00	Commissioner's surgery	
2026-12-31	15:00	Advice surgery; drop-in, all welcome	moved
$ CLERK_DB=copy.db clerk audit verify --quiet
# Re-importing after a change elsewhere updates by UID rather than duplicating.
$ clerk diary move 2 --at "2026-12-03 16:00" --quiet
$ clerk diary export --from 2026-12-01 --to 2026-12-07 --diary main | CLERK_DB=copy.db clerk diary import -
! imported 0 new, 1 updated, 1 unchanged, 0 skipped
$ CLERK_DB=copy.db clerk diary show 2 --format json | jq -r .event.start
2026-12-03T16:00
$ CLERK_DB=copy.db clerk audit log --entity diary_event:2 --format tsv | cut -f4,6,7
action	entity_id	entity_id_to
import	1	4
import	2	
$ clerk diary export --diary commissioner | grep -c '^BEGIN:VEVENT'
1
