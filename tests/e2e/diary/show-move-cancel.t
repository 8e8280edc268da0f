# One event in full; moving it, a whole series or one occurrence; cancelling either; refusals.
$ clerk init --quiet
$ clerk staff add priya --name "Priya Shah" --role caseworker --email priya@example.org --quiet
$ clerk contact add "Mrs Ann Jones" --email ann@example.com --quiet
1
$ clerk case open --subject "Damp at Ninian Road" --contact "Mrs Ann Jones" --category housing
C-2026-00001
$ clerk diary add "Housing case meeting" --at "2026-11-30 14:00" --for 1h --with priya --with "Mrs Ann Jones" --with "Interpreter" --case C-2026-00001 --where "Constituency office"
1
! note: 'Interpreter' is not staff or a contact; kept as a name
# Issue 14: an event names the people met, so it is OFFICIAL at the top and bottom.
$ clerk diary show 1 --format table | grep -v '^UID'
OFFICIAL

ID           1
Title        Housing case meeting
Kind         meeting
Diary        main
Starts       2026-11-30T14:00
Ends         2026-11-30T15:00
All day      no
Place        Constituency office
Travel
Repeats
Status       confirmed
With         Priya Shah, Mrs Ann Jones, Interpreter
Cases        C-2026-00001
Description

OFFICIAL
$ clerk diary move 1 --at "2026-12-01 15:00"
! moved event 1
$ clerk diary move 1 --at "2026-12-01 15:00" --for 90m --quiet
$ clerk diary show 1 --format json | jq -c '[.event.start, .event.end]'
["2026-12-01T15:00","2026-12-01T16:30"]
$ clerk diary add "Surgery" --at "2026-11-27 10:00" --for 2h --kind surgery --repeat weekly --quiet
2
$ clerk diary cancel 2 --occurrence 2026-12-04
! cancelled one occurrence of event 2
$ clerk diary move 2 --occurrence 2026-12-11 --at "2026-12-10 17:00"
! moved event 2
$ clerk diary move 2 --occurrence 2026-12-18 --at "2026-12-01 15:30" --strict
! exit 65
! clerk: error: at: the event clashes with 1 'Housing case meeting' on 2026-12-01 15:00-16:30; nothing saved (without --strict it is saved with a warning)
$ clerk diary list --from 2026-11-27 --to 2026-12-18 --kind surgery --format tsv | cut -f1,2,3,11
date	start	end	status
2026-11-27	10:00	12:00	
2026-12-10	17:00	19:00	moved
2026-12-18	10:00	12:00	
$ clerk diary show 2 --format csv --section event
id,title,kind,diary,start,end,all_day,place,travel,repeat,status,with,cases,description,uid
~ 2,Surgery,surgery,main,2026-11-27T10:00,2026-11-27T12:00,false,,,weekly on Friday,confirmed,,,,[0-9a-f]{32}@clerk
$ clerk diary show 2 --format csv --section changes
occurrence,change,start,end
2026-12-04,cancelled,,
2026-12-11,moved,2026-12-10T17:00,2026-12-10T19:00
# Moving the series three days on, to Mondays, takes its changed occurrences along: the one
# cancelled on Friday 4 December is now Monday 7 December's, and so on.
$ clerk diary move 2 --at "2026-11-30 09:00" --quiet
$ clerk diary list --from 2026-11-27 --to 2026-12-21 --kind surgery --format tsv | cut -f1,2,11
date	start	status
2026-11-30	09:00	
2026-12-10	17:00	moved
2026-12-21	09:00	
$ clerk diary show 2 --format json | jq -r '.event.repeat, (.changes[] | .occurrence)'
weekly on Monday
2026-12-07
2026-12-14
$ clerk diary cancel 1
! cancelled event 1
$ clerk diary list --day 2026-12-01 --format tsv | wc -l
1
$ clerk diary show 1 --format json | jq -r .event.status
cancelled
# Refusals: nothing changes.
$ clerk diary cancel 1
! exit 65
! clerk: error: id: event 1 is already cancelled
$ clerk diary move 1 --at "2026-12-02 10:00"
! exit 65
! clerk: error: id: event 1 is cancelled
$ clerk diary cancel 2 --occurrence 2026-12-07
! exit 65
! clerk: error: occurrence: the occurrence on 2026-12-07 is already cancelled
$ clerk diary cancel 2 --occurrence 2026-12-02
! exit 65
! clerk: error: occurrence: event 2 has no occurrence on 2026-12-02
$ clerk diary move 2 --occurrence 2026-12-07 --at "2026-12-02 10:00"
! exit 65
! clerk: error: occurrence: the occurrence on 2026-12-07 is cancelled
$ clerk diary add "Lunch" --at "2026-12-02 12:00" --for 1h --quiet
3
$ clerk diary cancel 3 --occurrence 2026-12-02
! exit 64
! clerk: error: occurrence: event 3 does not repeat; cancel it without --occurrence
$ clerk diary move 3 --occurrence 2026-12-02 --at "2026-12-03 12:00"
! exit 64
! clerk: error: occurrence: event 3 does not repeat; move it without --occurrence
$ clerk diary show 99
! exit 66
! clerk: error: id: no event with id 99
$ clerk diary show abc
! exit 65
! clerk: error: id: 'abc' is not an event id
$ clerk audit verify --quiet
