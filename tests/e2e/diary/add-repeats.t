# Weekly, fortnightly and monthly series; until and count; month ends and last weekdays.
$ clerk init --quiet
$ clerk diary add "Surgery" --at "2026-11-27 10:00" --for 2h --kind surgery --repeat weekly --until 2026-12-18
1
$ clerk diary add "Team meeting" --at "2026-11-24 09:30" --for 30m --repeat fortnightly --count 3
2
$ clerk diary add "Budget review" --at "2026-10-31 14:00" --for 1h --repeat monthly
3
! note: months without a day 31 have no occurrence (as in iCalendar); --by last-weekday may suit better
$ clerk diary add "Governance board" --at "2026-11-26 10:00" --for 2h --repeat monthly --by weekday
4
$ clerk diary add "Ward walkabout" --at "2026-11-29 11:00" --for 1h --kind visit --repeat monthly --by last-weekday --count 4
5
$ clerk diary list --from 2026-11-23 --to 2027-03-31 --format tsv | cut -f1,2,5,7
date	start	id	title
2026-11-24	09:30	2	Team meeting
2026-11-26	10:00	4	Governance board
2026-11-27	10:00	1	Surgery
2026-11-29	11:00	5	Ward walkabout
2026-12-04	10:00	1	Surgery
2026-12-08	09:30	2	Team meeting
2026-12-11	10:00	1	Surgery
2026-12-18	10:00	1	Surgery
2026-12-22	09:30	2	Team meeting
2026-12-24	10:00	4	Governance board
2026-12-27	11:00	5	Ward walkabout
2026-12-31	14:00	3	Budget review
2027-01-28	10:00	4	Governance board
2027-01-31	11:00	5	Ward walkabout
2027-01-31	14:00	3	Budget review
2027-02-25	10:00	4	Governance board
2027-02-28	11:00	5	Ward walkabout
2027-03-25	10:00	4	Governance board
2027-03-31	14:00	3	Budget review
# Across the clocks going forward (28 March 2027) a series keeps its wall-clock time.
$ clerk diary add "Staff briefing" --at "2027-03-22 09:00" --for 15m --repeat weekly --count 2
6
$ clerk diary list --from 2027-03-22 --to 2027-03-29 --kind meeting --format tsv | cut -f1,2,3,5
date	start	end	id
2027-03-22	09:00	09:15	6
2027-03-25	10:00	12:00	4
2027-03-29	09:00	09:15	6
$ clerk diary show 5 --format json | jq -r .event.repeat
monthly on the last Sunday, 4 times
$ clerk diary show 2 --format json | jq -r .event.repeat
fortnightly on Tuesday, 3 times
