# Events in friendly forms; the week's agenda grouped by day for people, one row each for scripts.
$ clerk init --quiet
$ clerk diary add "Advice surgery" --at "fri 10:00" --for 2h --kind surgery --where "Cathays Library"
1
$ clerk diary add "Call with BBC Wales" --at "tomorrow 9:30" --until 10:00 --kind call --tentative
2
$ clerk diary add "Housing association" --at "2026-11-26 14:00" --for 1h30m --where "Tŷ Glas, Llanishen" --travel 20m
3
$ clerk diary add "Manager's one-to-one" --at "2026-11-26T11:00" --for 30m --diary manager
4
$ clerk diary add "Christmas recess" --at 2026-12-21 --all-day --until 2027-01-01 --kind event
5
$ clerk diary list --format table
Diary 2026-11-23 to 2026-11-29
==============================

Wednesday 25 November 2026
--------------------------
Time         ID  Kind  Title                Place  Diary  Status
───────────  ──  ────  ───────────────────  ─────  ─────  ─────────
09:30-10:00   2  call  Call with BBC Wales         main   tentative

Thursday 26 November 2026
-------------------------
Time         ID  Kind     Title                 Place               Diary    Status
───────────  ──  ───────  ────────────────────  ──────────────────  ───────  ──────
11:00-11:30   4  meeting  Manager's one-to-one                      manager
14:00-15:30   3  meeting  Housing association   Tŷ Glas, Llanishen  main

Friday 27 November 2026
-----------------------
Time         ID  Kind     Title           Place            Diary  Status
───────────  ──  ───────  ──────────────  ───────────────  ─────  ──────
10:00-12:00   1  surgery  Advice surgery  Cathays Library  main
$ clerk diary list --week 2026-11-26 --diary main --format csv
date,start,end,all_day,id,kind,title,place,travel,diary,status
2026-11-25,09:30,10:00,false,2,call,Call with BBC Wales,,,main,tentative
2026-11-26,14:00,15:30,false,3,meeting,Housing association,"Tŷ Glas, Llanishen",20m,main,
2026-11-27,10:00,12:00,false,1,surgery,Advice surgery,Cathays Library,,main,
$ clerk diary list --day thu --format tsv | cut -f2,5,7
start	id	title
11:00	4	Manager's one-to-one
14:00	3	Housing association
$ clerk diary list --from 2026-11-01 --to 2026-11-30 --kind surgery --format jsonl
{"date":"2026-11-27","start":"10:00","end":"12:00","all_day":false,"id":1,"kind":"surgery","title":"Advice surgery","place":"Cathays Library","travel":null,"diary":"main","status":null}
# --from alone covers a week from that day.
$ clerk diary list --from 2026-11-26 --format tsv | cut -f1,5
date	id
2026-11-26	4
2026-11-26	3
2026-11-27	1
# An all-day event spanning the range shows once, on the range's first day.
$ clerk diary list --from 2026-12-24 --to 2026-12-26 --format table
Diary 2026-12-24 to 2026-12-26
==============================

Thursday 24 December 2026
-------------------------
Time     ID  Kind   Title             Place  Diary  Status
───────  ──  ─────  ────────────────  ─────  ─────  ──────
all day   5  event  Christmas recess         main
$ clerk diary list --day 2026-11-23 --format table
Diary 2026-11-23 to 2026-11-23
==============================

Nothing in the diary.
$ clerk audit log --entity diary_event:3 --format tsv | cut -f4-6
action	entity	entity_id
add	diary_event	3
