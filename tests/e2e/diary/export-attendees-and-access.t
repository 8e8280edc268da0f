# iCalendar export invites nobody who is not staff: a calendar client offers to email every
# ATTENDEE, so constituents are a count in DESCRIPTION unless --with-attendees. `diary brief` and
# `diary export` record their disclosures in the access log, as `case show` does.
$ clerk init --quiet
$ clerk staff add priya --name "Priya Shah" --email priya@example.org --quiet
$ clerk contact add "Mrs Ann Jones" --email ann@example.com --phone "07700 900123" --quiet
1
$ clerk contact add "Mr Dai Evans" --email dai@example.com --quiet
2
$ clerk diary add "Advice surgery" --at "2026-11-27 10:00" --for 2h --kind surgery --with priya --with "Mrs Ann Jones" --with 2 --with "Jo Smith" --quiet
1
$ clerk diary add "Team meeting" --at "2026-11-27 14:00" --for 1h --with priya --quiet
2
$ clerk diary export -o diary.ics
$ grep -a -E '^(ATTENDEE|X-CLERK-WITH|DESCRIPTION|X-CLERK-NOT-LISTED)' diary.ics | tr -d '\r'
DESCRIPTION:Also attending: 3 people not on the staff (not listed in this e
ATTENDEE;CN=Priya Shah:mailto:priya@example.org
X-CLERK-NOT-LISTED:3
ATTENDEE;CN=Priya Shah:mailto:priya@example.org
$ grep -c -a -i 'ann@example.com\|Ann Jones\|Dai Evans\|Jo Smith' diary.ics || true
0
$ /usr/bin/python3 -c 'import icalendar; c = icalendar.Calendar.from_ical(open("diary.ics", "rb").read()); [print(e["SUMMARY"], "|", e.get("DESCRIPTION", ""), "|", [str(a) for a in (e.get("ATTENDEE") if isinstance(e.get("ATTENDEE"), list) else [e.get("ATTENDEE")])]) for e in c.walk("VEVENT")]'
Advice surgery | Also attending: 3 people not on the staff (not listed in this export) | ['mailto:priya@example.org']
Team meeting |  | ['mailto:priya@example.org']
$ clerk diary export --with-attendees | grep -a -E '^(ATTENDEE|X-CLERK-WITH|DESCRIPTION)' | tr -d '\r'
ATTENDEE;CN=Priya Shah:mailto:priya@example.org
ATTENDEE;CN=Mrs Ann Jones:mailto:ann@example.com
ATTENDEE;CN=Mr Dai Evans:mailto:dai@example.com
X-CLERK-WITH:Jo Smith
ATTENDEE;CN=Priya Shah:mailto:priya@example.org
# Importing clerk's export back takes the count off again (it is not the event's description).
$ CLERK_DB=copy.db clerk init --quiet && clerk diary export | CLERK_DB=copy.db clerk diary import - 2>/dev/null
$ CLERK_DB=copy.db clerk diary show 1 --format json | jq -r '.event.description | length'
0
# Who exported and who was briefed on whom.
$ clerk diary brief 2026-11-27 > /dev/null
$ clerk diary brief 2026-11-28 > /dev/null
$ clerk audit access --format tsv | cut -f4-
command	what	records	contacts
diary export	2 events	2	
diary export	2 events with attendees	2	1 2
diary export	2 events	2	
diary brief	briefing for 2026-11-27: 2 events	2	1 2
$ clerk audit access --contact "Mrs Ann Jones" --format tsv | cut -f4
command
diary export
diary brief
