# The briefing pack for a day: each event with time, place, travel, who is there and how to
# reach them, the agenda, linked cases and the open actions touching it.
$ clerk init --quiet
$ clerk staff add priya --name "Priya Shah" --email priya@example.org --quiet
$ clerk contact add "Mrs Ann Jones" --email ann@example.com --phone "07700 900123" --quiet
1
$ clerk contact add "Gareth Lloyd" --organisation "Cardiff Council" --email gareth@example.gov.uk --quiet
2
$ clerk case open --subject "Damp at Ninian Road" --contact "Mrs Ann Jones" --category housing
C-2026-00001
$ clerk case log C-2026-00001 --direction out --channel email --party "Cardiff Council" --summary "Asked for a damp survey" --quiet
$ clerk diary add "Housing surgery" --at "2026-11-30 10:00" --for 1h30m --kind surgery --where "Cathays Library" --travel 20m --with priya --with "Mrs Ann Jones" --case C-2026-00001 --quiet
1
$ clerk diary add "Council housing officer" --at "2026-11-30 14:00" --for 1h --kind call --with 2 --tentative --quiet
2
$ clerk diary add "Manager's review" --at "2026-11-30 16:00" --for 1h --diary manager --quiet
3
$ clerk diary agenda 1 "Damp and mould cases; repairs backlog" --quiet
$ clerk diary action add "Chase the damp survey" --owner priya --due 2026-11-23 --case C-2026-00001
1
$ clerk diary action add "Book the interpreter" --owner priya --due 2026-12-04
2
$ clerk diary brief 2026-11-30 --diary main --format table
OFFICIAL

Briefing for Monday 30 November 2026 (main)
===========================================

The day
-------
Time         ID  Title                    Place
───────────  ──  ───────────────────────  ───────────────
10:00-11:30   1  Housing surgery          Cathays Library
14:00-15:00   2  Council housing officer

10:00-11:30  Housing surgery
============================

Event   1
Time    10:00-11:30
Kind    surgery
Place   Cathays Library
Travel  20m each way: leave by 09:40, back by 11:50
Status  confirmed
Agenda  Damp and mould cases; repairs backlog

With
----
Name           Who      Organisation  Email              Phone
─────────────  ───────  ────────────  ─────────────────  ────────────
Priya Shah     staff                  priya@example.org
Mrs Ann Jones  contact                ann@example.com    07700 900123

Linked cases
------------
Case          Status  Latest correspondence                                       Marking
────────────  ──────  ──────────────────────────────────────────────────────────  ────────
C-2026-00001  open    2026-11-24 out to Cardiff Council: Asked for a damp survey  OFFICIAL

Open actions
------------
ID  Action                 Owner  Due         Case          Overdue
──  ─────────────────────  ─────  ──────────  ────────────  ───────
 1  Chase the damp survey  priya  2026-11-23  C-2026-00001  yes
 2  Book the interpreter   priya  2026-12-04                no

14:00-15:00  Council housing officer
====================================

Event   2
Time    14:00-15:00
Kind    call
Place
Travel
Status  tentative
Agenda

With
----
Name          Who      Organisation     Email                  Phone
────────────  ───────  ───────────────  ─────────────────────  ─────
Gareth Lloyd  contact  Cardiff Council  gareth@example.gov.uk

OFFICIAL
$ clerk diary brief 2026-11-30 --format json | jq -c '[.events[].title], .event_1_cases, .event_3.time'
["Housing surgery","Council housing officer","Manager's review"]
[{"ref":"C-2026-00001","status":"open","latest":"2026-11-24 out to Cardiff Council: Asked for a damp survey","marking":"OFFICIAL"}]
"16:00-17:00"
$ clerk diary brief 2026-11-30 --diary main --format md | grep -c '^#'
8
$ clerk diary brief --format html | grep -o 'Nothing in the diary.'
Nothing in the diary.
$ clerk diary brief someday
! exit 65
!~ clerk: error: date: 'someday' is not a date: .*
