# Each meeting of a series has its own agenda and minutes: --occurrence names the meeting (the
# date it is on); without it the agenda is the next meeting's from today, the minutes the
# latest one's up to today. The briefing shows that meeting's agenda. Today is 2026-11-24.
$ clerk init --quiet
$ clerk diary add "Police and crime panel" --at "2026-10-08 10:00" --for 2h --repeat monthly --by weekday --quiet
1
$ clerk diary add "Surgery" --at "2026-12-10 14:00" --for 1h --quiet
2
$ clerk diary agenda 1 "December: 1. Budget; 2. Precept"
! agenda saved for event 1 (the occurrence on 2026-12-10)
$ clerk diary minutes 1 "November: budget noted"
! minutes saved for event 1 (the occurrence on 2026-11-12)
$ clerk diary agenda 1 --occurrence 2027-01-14 "January: 1. Precept decision"
! agenda saved for event 1 (the occurrence on 2027-01-14)
$ clerk diary agenda 1
! agenda of the occurrence on 2026-12-10
December: 1. Budget; 2. Precept
$ clerk diary agenda 1 --occurrence 2027-01-14
January: 1. Precept decision
# December's minutes are written after the meeting; in January they are the latest, and
# nobody reads them as January's.
$ CLERK_TODAY=2026-12-11 clerk diary minutes 1 "December: precept agreed"
! minutes saved for event 1 (the occurrence on 2026-12-10)
$ CLERK_TODAY=2027-01-20 clerk diary minutes 1
! exit 66
! clerk: error: id: event 1 on 2027-01-14 has no minutes yet
$ CLERK_TODAY=2027-01-13 clerk diary minutes 1 --quiet
December: precept agreed
$ clerk diary minutes 1 --occurrence 2026-11-12
November: budget noted
$ clerk diary agenda 1 --occurrence 2026-11-12
! exit 66
! clerk: error: id: event 1 on 2026-11-12 has no agenda yet
# The briefing for a meeting day shows that meeting's agenda.
$ clerk diary brief 2026-12-10 --format json | jq -c '[.event_1.agenda, .event_2.agenda]'
["December: 1. Budget; 2. Precept",null]
$ clerk diary brief 2027-01-14 --format json | jq -r '.event_1.agenda'
January: 1. Precept decision
$ clerk diary brief 2027-02-11 --format json | jq -r '.event_1.agenda'
null
# A moved meeting is found by the day it now falls on, or the day it was planned for.
$ clerk diary move 1 --occurrence 2027-02-11 --at "2027-02-12 10:00" --quiet
$ clerk diary agenda 1 --occurrence 2027-02-12 "February (moved to Friday)"
! agenda saved for event 1 (the occurrence on 2027-02-11)
$ clerk diary agenda 1 --occurrence 2027-02-11
February (moved to Friday)
$ clerk diary brief 2027-02-12 --format json | jq -r '.event_1.agenda'
February (moved to Friday)
# Refusals: nothing written.
$ clerk diary agenda 1 --occurrence 2026-12-11 "x"
! exit 65
! clerk: error: occurrence: event 1 has no occurrence on 2026-12-11
$ clerk diary agenda 2 --occurrence 2026-12-10 "x"
! exit 64
! clerk: error: occurrence: event 2 does not repeat; give no --occurrence
$ clerk diary minutes 1 --occurrence someday
! exit 65
!~ clerk: error: occurrence: 'someday' is not a date.*
$ CLERK_TODAY=2026-10-01 clerk diary minutes 1
! exit 66
! clerk: error: occurrence: event 1 has had no occurrence by 2026-10-01; give --occurrence DATE
# One-offs keep their own papers; every write is audited.
$ clerk diary agenda 2 "Constituents booked: 4"
! agenda saved for event 2
$ clerk diary agenda 2
Constituents booked: 4
$ clerk audit log --entity diary_papers --format tsv | tail -n +2 | cut -f4,5 | sort | uniq -c | sed 's/^ *//'
3 agenda	diary_papers
2 minutes	diary_papers
$ clerk audit verify --quiet
# A subject access export carries the papers of each meeting of a series the person was at.
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk diary add "Residents' forum" --at "2026-11-03 18:00" --for 1h --repeat monthly --with "Mrs Ann Jones" --quiet
3
$ clerk diary minutes 3 "Mrs Jones raised the street lighting"
! minutes saved for event 3 (the occurrence on 2026-11-03)
$ clerk audit sar "Mrs Ann Jones" --format json | jq -r '.sections.diary_papers[] | .original_day + " " + .minutes'
! ...
2026-11-03 Mrs Jones raised the street lighting
