# FOI and SAR deadlines (the worked examples), clock stops, SAR extensions, and `case due`.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Ms Joanna Kowalska" --quiet
1
$ CLERK_TODAY=2026-12-18 clerk case open --subject "FOI: police overtime costs" --contact 1 --type foi --received 2026-12-18
C-2026-00001
$ CLERK_TODAY=2026-12-18 clerk case show C-2026-00001 --format json | jq -r .case.due_on
2027-01-21
$ CLERK_TODAY=2026-11-28 clerk case open --subject "SAR: my file" --contact 1 --type sar --received 2026-11-28
C-2026-00002
$ CLERK_TODAY=2026-11-28 clerk case show C-2026-00002 --format json | jq -r .case.due_on
2026-12-29
$ CLERK_TODAY=2027-01-31 clerk case open --subject "SAR: CCTV footage" --contact 1 --type sar --received 2027-01-31 --assign tom
C-2027-00001
$ CLERK_TODAY=2027-01-31 clerk case show C-2027-00001 --format json | jq -r .case.due_on
2027-03-01
# The clock stops while waiting for identity; paused days are added back to the raw date
# (28 February + 10 days = Wednesday 10 March), before any move off a weekend.
$ CLERK_TODAY=2027-02-01 clerk case pause C-2027-00001 --reason "Awaiting proof of identity"
! C-2027-00001: clock stopped
$ CLERK_TODAY=2027-02-02 clerk case pause C-2027-00001 --reason again
! exit 65
! clerk: error: C-2027-00001: the clock is already stopped (since 2027-02-01)
$ CLERK_TODAY=2027-02-05 clerk case list --format tsv | grep C-2027 | cut -f1,10,11
C-2027-00001		clock stopped
$ CLERK_TODAY=2027-02-11 clerk case resume C-2027-00001
! C-2027-00001: clock restarted
$ CLERK_TODAY=2027-02-11 clerk case resume C-2027-00001
! exit 65
! clerk: error: C-2027-00001: the clock is not stopped
$ CLERK_TODAY=2027-02-11 clerk case show C-2027-00001 --format json | jq -c '.case | [.due_on, .clock_stopped]'
["2027-03-10",false]
$ CLERK_TODAY=2027-02-11 clerk case extend C-2027-00001 --months 2 --reason "Complex: three sources of footage"
! C-2027-00001 extended
$ CLERK_TODAY=2027-02-11 clerk case show C-2027-00001 --format json | jq -c '.case | [.due_on, .extension_months]'
["2027-05-10",2]
$ CLERK_TODAY=2027-02-11 clerk case extend C-2027-00001 --months 1 --reason more
! exit 65
! clerk: error: months: a SAR may be extended by at most 2 month(s) in all; it has 2
$ CLERK_TODAY=2027-02-11 clerk case extend C-2026-00001 --months 1 --reason x
! exit 65
! clerk: error: C-2026-00001: only subject access requests can be extended
$ clerk case open --subject "Planning objection" --contact 1 --category planning --quiet
C-2026-00003
$ clerk case pause C-2026-00003 --reason x
! exit 65
! clerk: error: C-2026-00003: only FOI and SAR clocks stop; this case's type is enquiry
# case due: overdue first, then what falls due soon, most urgent first.
$ CLERK_TODAY=2027-01-04 clerk case due --format tsv | cut -f1,10,11,12
ref	due_on	due	overdue
C-2026-00003	2026-11-26	acknowledgement	true
C-2026-00002	2026-12-29	response	true
$ CLERK_TODAY=2027-01-04 clerk case due --format tsv | cut -f1
ref
C-2026-00003
C-2026-00002
$ CLERK_TODAY=2027-01-04 clerk case due --within 15wd --format tsv | cut -f1,10
ref	due_on
C-2026-00003	2026-11-26
C-2026-00002	2026-12-29
C-2026-00001	2027-01-21
$ CLERK_TODAY=2027-01-04 clerk case due --within 15wd --limit 1 --format tsv | cut -f1
ref
C-2026-00003
$ CLERK_TODAY=2027-02-11 clerk case due --assignee tom --within 3m --format tsv | cut -f1,10
ref	due_on
C-2027-00001	2027-05-10
