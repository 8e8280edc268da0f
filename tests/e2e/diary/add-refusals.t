# Bad input is refused with the field named and nothing written.
$ clerk init --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk contact add "Ann Jones" --organisation "Age Cymru" --quiet
2
$ clerk diary add "Meeting" --at "tomorrow 10:00"
! exit 64
! clerk: error: for: give --for DURATION, --until DATETIME or --all-day
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --until 12:00
! exit 64
! clerk: error: for: give --for or --until, not both
$ clerk diary add "Meeting" --at "tomorow 10:00" --for 1h
! exit 65
! clerk: error: at: 'tomorow' is not a date: expected YYYY-MM-DD, DD/MM/YYYY, 6 Jul 2026, today, a weekday or an offset such as +3d (did you mean tomorrow?)
$ clerk diary add "Meeting" --at "tomorrow 25:00" --for 1h
! exit 65
! clerk: error: at: '25:00' is not a time of day (00:00 to 23:59)
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 90
! exit 65
! clerk: error: for: '90' is not a duration: give the unit: m for minutes, h for hours (90m, 1h30m)
$ clerk diary add "Meeting" --at "tomorrow 10:00" --until 09:00
! exit 65
! clerk: error: until: the event would end (2026-11-25T09:00) before it starts (2026-11-25T10:00)
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --kind party
! exit 64
! clerk: error: kind: 'party' is not one of meeting, surgery, visit, event, travel, call
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --travel 25h
! exit 65
! clerk: error: travel: '25h' is not a duration: longer than 24h
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --count 3
! exit 64
! clerk: error: count: --count goes with --repeat
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --by weekday
! exit 64
! clerk: error: by: --by goes with --repeat monthly
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --repeat weekly --until 2027-01-01 --count 3
! exit 64
! clerk: error: count: give --until or --count, not both
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --repeat daily
! exit 64
! clerk: error: repeat: 'daily' is not one of weekly, fortnightly, monthly
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --repeat weekly --by weekday
! exit 64
! clerk: error: by: --by applies to monthly repeats only
$ clerk diary add "Meeting" --at "2026-11-18 10:00" --for 1h --repeat monthly --by last-weekday
! exit 65
! clerk: error: by: 2026-11-18 is not the last Wednesday of its month
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --repeat weekly --until 2026-11-01
! exit 65
! clerk: error: repeat-until: the repeat would end (2026-11-01) before the first occurrence (2026-11-25)
$ clerk diary add "Meeting" --at 2026-12-01 --all-day --for 1h
! exit 64
! clerk: error: for: --for does not go with --all-day
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --with "Ann Jones"
! exit 65
! clerk: error: with: several contacts are called 'Ann Jones'; give the id: 1, 2 (Age Cymru)
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --with 7
! exit 66
! clerk: error: with: no contact with id 7
$ clerk diary add "Meeting" --at "tomorrow 10:00" --for 1h --case " "
! exit 65
! clerk: error: case: a case reference is empty
$ clerk diary add "  " --at "tomorrow 10:00" --for 1h
! exit 65
! clerk: error: title: a title is required
$ clerk diary add "Meeting" --for 1h
! exit 64
!~ clerk: error: --at is required.*
! ...
# A time the clocks skip does not exist: refused, naming the gap and the nearest valid times.
$ clerk diary add "Early train" --at "2026-03-29 01:30" --for 30m
! exit 65
! clerk: error: at: 2026-03-29 01:30 does not exist: on 29 March 2026 the clocks go forward from 01:00 GMT to 02:00 BST, skipping 01:00–01:59; the nearest valid times are 2026-03-29 00:59 and 2026-03-29 02:00
$ clerk diary add "Early train" --at "2026-03-29 00:30" --until 01:15
! exit 65
!~ ^clerk: error: until: 2026-03-29 01:15 does not exist: .*
$ clerk diary list --from 2026-01-01 --to 2027-12-31 --format tsv | wc -l
1
$ clerk diary list --day today --week today
! exit 64
! clerk: error: day: give one of --day, --week or --from/--to
# A time that happens twice is the first, in BST, and the person is told.
$ clerk diary add "Night shift handover" --at "2026-10-25 01:30" --for 30m
1
! warning: 2026-10-25 01:30 happens twice on 25 October 2026 (the clocks go back at 02:00 BST to 01:00 GMT); taken as the first, 01:30 BST
