# The caseload report's figures on a small office, worked by hand (today: Tuesday 24 November 2026).
#   C-2026-00001 enquiry, received Mon 2 Nov, never acknowledged: acknowledgement due Wed 4 Nov
#     (2 working days), so overdue by 14 working days; open 16 working days (band 11-20).
#   C-2026-00002 enquiry, received 3 Nov, closed 10 Nov: 5 working days; due 17 Nov, so in target.
#   C-2026-00003 enquiry, received 1 Oct, closed 20 Nov: 21 + 15 = 36 working days; due 15 Oct.
# Median (nearest rank) of {5, 36} is 5; the 90th percentile is 36; 1 of 2 in target: 50%.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk case open --subject "Rent arrears" --contact 1 --received 2026-11-02 --assign tom --category housing
C-2026-00001
$ clerk case open --subject "Bus pass" --contact 1 --received 2026-11-03 --assign tom --category transport
C-2026-00002
$ CLERK_TODAY=2026-10-01 clerk case open --subject "Potholes" --contact 1 --received 2026-10-01 --category transport
C-2026-00003
$ CLERK_TODAY=2026-11-10 clerk case close C-2026-00002 --outcome resolved
! C-2026-00002 closed
$ CLERK_TODAY=2026-11-20 clerk case close C-2026-00003 --outcome resolved
! C-2026-00003 closed
$ clerk report caseload --month 2026-11 --format json | jq -c '.summary, .within_target[0], .age_bands[1]'
{"opened":2,"closed":2,"open_at_end":1,"overdue":1,"median_days_to_close":5,"p90_days_to_close":36}
{"type":"enquiry","answered":2,"within_target":1,"percent":50}
{"band":"11-20","cases":1}
$ clerk report caseload --month 2026-11 --format json | jq -c '.overdue[]'
{"ref":"C-2026-00001","type":"enquiry","category":"housing","assignee":"tom","received":"2026-11-02","due":"2026-11-04","due_kind":"acknowledgement","days_overdue":14}
$ clerk report caseload --month 2026-11 --format tsv --section period
label	from	to	as_of
2026-11	2026-11-01	2026-11-30	2026-11-24
# By assignee: the unassigned case is counted under its own name.
$ clerk report caseload --month 2026-11 --format json | jq -c '.by_assignee[]'
{"assignee":"(unassigned)","opened":0,"closed":1,"open_at_end":0}
{"assignee":"tom","opened":2,"closed":1,"open_at_end":1}
# A past period is measured at its own end: on 31 October C-2026-00003 was open and overdue.
$ clerk report caseload --period last-month --format json | jq -c '.period, .summary'
{"label":"2026-10","from":"2026-10-01","to":"2026-10-31","as_of":"2026-10-31"}
{"opened":1,"closed":0,"open_at_end":1,"overdue":1,"median_days_to_close":null,"p90_days_to_close":null}
$ clerk report caseload --from 2026-11-01 --to 2026-11-15 --format json | jq -c '.period, .summary'
{"label":"2026-11-01 to 2026-11-15","from":"2026-11-01","to":"2026-11-15","as_of":"2026-11-15"}
{"opened":2,"closed":1,"open_at_end":2,"overdue":2,"median_days_to_close":5,"p90_days_to_close":5}
$ clerk report caseload --quarter 2026Q4 --format json | jq -c .period
{"label":"2026Q4","from":"2026-10-01","to":"2026-12-31","as_of":"2026-11-24"}
# The trend runs over the period's months up to today (April to November for FY 2026-27).
$ clerk report caseload --fy 2026 --format json | jq -c '[.trend[].month] | first, last, length'
"2026-04"
"2026-11"
8
$ clerk report caseload --fy 2026 --limit 0 --format json | jq '.overdue | length'
1
# Bad periods: two forms at once is a usage error (64); text that is not a period is bad data (65).
$ clerk report caseload --month 2026-11 --fy 2026
! exit 64
! clerk: error: period: give one of --month, --quarter, --fy, --period or --from/--to
$ clerk report caseload --month 2026-13
! exit 65
! clerk: error: month: '2026-13' is not a period (expected a month such as 2026-11)
$ clerk report caseload --period someday
! exit 65
!~ clerk: error: period: 'someday' is not a period .*
