# Statutory clocks: office closures never move an FOI or SAR deadline; a SAR's stopped days are
# added to the raw date before the working-day shift; only correspondence to the case's own
# contact acknowledges it; deadlines over computed holidays warn once.
$ printf '[holidays]\nnation = "england-and-wales"\n[[holidays.extra]]\ndate = "2026-12-24"\ntitle = "Office closed (Christmas Eve)"\n' > config.toml
$ clerk init --quiet
$ clerk contact add "Ms Joanna Kowalska" --quiet
1
$ clerk config holidays list --from 2026-12-24 --to 2026-12-25 --format tsv | cut -f1,3,5
date	title	source
2026-12-24	Office closed (Christmas Eve)	config
2026-12-25	Christmas Day	official
# FOI Act s.10(6): the closure on 24 December is a working day for the Act.
$ CLERK_TODAY=2026-12-18 clerk case open --subject "FOI: overtime" --contact 1 --type foi --received 2026-12-18
C-2026-00001
$ CLERK_TODAY=2026-12-18 clerk case show C-2026-00001 --format json | jq -r .case.due_on
2027-01-21
# The FOI acknowledgement names the Act and the statutory date.
$ CLERK_TODAY=2026-12-18 clerk case letter C-2026-00001 --template acknowledgement --preview --format md | grep -o "Freedom of Information Act 2000\|we will respond by 21 January 2027"
Freedom of Information Act 2000
we will respond by 21 January 2027
$ CLERK_TODAY=2026-11-27 clerk case open --subject "FOI: fleet" --contact 1 --type foi --received 2026-11-27
C-2026-00002
$ CLERK_TODAY=2026-11-27 clerk case show C-2026-00002 --format json | jq -r .case.due_on
2026-12-30
# A SAR due on the closure day stays due that day.
$ clerk case open --subject "SAR: my emails" --contact 1 --type sar --received 2026-11-24
C-2026-00003
$ clerk case show C-2026-00003 --format json | jq -r .case.due_on
2026-12-24
$ clerk case letter C-2026-00003 --template acknowledgement --preview --format md | grep -o "subject access request) under the UK General Data Protection Regulation\|we will respond by 24 December 2026"
subject access request) under the UK General Data Protection Regulation
we will respond by 24 December 2026
# The office's own targets are lengthened by it: acknowledge within 2 office working days.
$ CLERK_TODAY=2026-12-23 clerk case open --subject "Noise from the depot" --contact 1 --received 2026-12-23
C-2026-00004
$ CLERK_TODAY=2026-12-23 clerk case show C-2026-00004 --format json | jq -r .case.ack_due_on
2026-12-30
# SAR received 5 November: due Saturday 5 December, so Monday 7th. Stopped for one day, the raw
# date becomes Sunday 6th, still Monday 7th (not 8th).
$ CLERK_TODAY=2026-11-05 clerk case open --subject "SAR: CCTV" --contact 1 --type sar --received 2026-11-05
C-2026-00005
$ CLERK_TODAY=2026-11-20 clerk case pause C-2026-00005 --reason "Awaiting ID"
! C-2026-00005: clock stopped
# While the clock is stopped there is no deadline in force, in the list and on the case alike.
$ CLERK_TODAY=2026-11-20 clerk case show C-2026-00005 --format json | jq -c '.case | [.due_on, .clock_stopped]'
[null,true]
$ CLERK_TODAY=2026-11-21 clerk case resume C-2026-00005
! C-2026-00005: clock restarted
$ CLERK_TODAY=2026-11-21 clerk case show C-2026-00005 --format json | jq -r .case.due_on
2026-12-07
$ CLERK_TODAY=2026-11-21 clerk case letter C-2026-00005 --template acknowledgement --format md | grep -c "7 December 2026"
1
# SAR received 28 November, stopped four days, extended two months: 28 February 2027 (a
# Sunday) + 4 days = Thursday 4 March.
$ CLERK_TODAY=2026-11-28 clerk case open --subject "SAR: complaint file" --contact 1 --type sar --received 2026-11-28
C-2026-00006
$ CLERK_TODAY=2026-12-01 clerk case pause C-2026-00006 --reason "Clarification" --quiet
$ CLERK_TODAY=2026-12-05 clerk case resume C-2026-00006 --quiet
$ CLERK_TODAY=2026-12-05 clerk case extend C-2026-00006 --months 2 --reason "Complex" --quiet
$ CLERK_TODAY=2026-12-05 clerk case show C-2026-00006 --format json | jq -r .case.due_on
2027-03-04
# A letter out to a third party does not acknowledge the case; one to the contact does, and
# with no --party the correspondence was with the case's contact.
$ clerk case open --subject "Visa delay" --contact 1 --quiet
C-2026-00007
$ clerk case log C-2026-00007 --direction out --channel email --party "UK Visas and Immigration" --summary "Asked for an update"
! logged on C-2026-00007
$ clerk case show C-2026-00007 --format json | jq -c '.case | [.acknowledged_on, .ack_due_on]'
[null,"2026-11-26"]
$ clerk case log C-2026-00007 --direction out --channel phone --party "ms joanna kowalska" --summary "Told her we wrote to UKVI" --quiet
$ clerk case show C-2026-00007 --format json | jq -c '.case | [.acknowledged_on, .ack_due_on]'
["2026-11-24",null]
$ clerk case open --subject "Bin collection" --contact 1 --quiet
C-2026-00008
$ clerk case log C-2026-00008 --direction out --channel email --summary "We have asked the council" --quiet
$ clerk case show C-2026-00008 --format json | jq -c '[.case.acknowledged_on, (.timeline[-1] | [.direction, .party])]'
["2026-11-24",["out","Ms Joanna Kowalska"]]
# Deadlines past the official list use computed holidays, and say so once.
$ CLERK_TODAY=2031-12-23 clerk case open --subject "Heating" --contact 1 --received 2031-12-23
C-2031-00001
! warning: deadlines in 2032 are counted with provisional bank holidays (computed from the rules, not yet on GOV.UK's list); load the official list with `clerk config holidays import` when it is published
$ CLERK_TODAY=2031-12-23 clerk case show C-2031-00001 --format json 2>/dev/null | jq -r .case.ack_due_on
2031-12-29
$ CLERK_TODAY=2031-12-23 clerk case due --within 15wd --format tsv | cut -f1,10 | grep C-2031
C-2031-00001	2031-12-29
! warning: deadlines in 2031 are counted with provisional bank holidays (computed from the rules, not yet on GOV.UK's list); load the official list with `clerk config holidays import` when it is published
