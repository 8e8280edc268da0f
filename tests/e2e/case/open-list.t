# case open prints the new reference; list filters and sorts; bad input is refused naming the
# field, with the valid choices, and nothing is written.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk staff add megan --name "Megan Lloyd" --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk contact add "Mr Kwame Mensah" --quiet
2
$ clerk case open --subject "Damp and mould in council flat" --contact "Mrs Ann Jones" --category housing --channel surgery --priority high --assign tom --body "Cardiff Council" --received 2026-11-20
C-2026-00001
$ clerk case open --subject "Visa delay for spouse" --contact 2 --type casework --category immigration --channel email --marking OFFICIAL-SENSITIVE --assign megan --received yesterday
C-2026-00002
$ clerk case open --subject "Bus route withdrawn" --contact 1 --category transport --priority low --channel letter
C-2026-00003
$ clerk case open --subject "Old enquiry" --contact 1 --received 2025-12-30
C-2025-00001
$ clerk case list --format tsv | cut -f1-9
ref	type	status	priority	category	subject	contact	assignee	received_on
C-2026-00003	enquiry	open	low	transport	Bus route withdrawn	Mrs Ann Jones		2026-11-24
C-2026-00002	casework	open	normal	immigration	Visa delay for spouse	Mr Kwame Mensah	megan	2026-11-23
C-2026-00001	enquiry	open	high	housing	Damp and mould in council flat	Mrs Ann Jones	tom	2026-11-20
C-2025-00001	enquiry	open	normal	other	Old enquiry	Mrs Ann Jones		2025-12-30
$ clerk case list --status open --category housing --format csv | cut -d, -f1,10,11,12
ref,due_on,due,overdue
C-2026-00001,2026-11-24,acknowledgement,false
$ clerk case list --type casework --marking OFFICIAL-SENSITIVE --format tsv | cut -f1,13
ref	marking
C-2026-00002	OFFICIAL-SENSITIVE
$ clerk case list --assignee tom --priority high --contact "Mrs Ann Jones" --format tsv | cut -f1
ref
C-2026-00001
$ clerk case list --opened-from 2026-11-21 --opened-to 2026-11-23 --format tsv | cut -f1
ref
C-2026-00002
$ clerk case list --sort priority --limit 2 --format tsv | cut -f1,4
ref	priority
C-2026-00001	high
C-2025-00001	normal
$ clerk case list --sort ref --format tsv | cut -f1
ref
C-2025-00001
C-2026-00001
C-2026-00002
C-2026-00003
$ clerk case list --overdue --format tsv | cut -f1,10,11
ref	due_on	due
C-2025-00001	2026-01-02	acknowledgement
$ clerk case list --sort due --due-within 2wd --format tsv | cut -f1,10
ref	due_on
C-2025-00001	2026-01-02
C-2026-00001	2026-11-24
C-2026-00002	2026-11-25
C-2026-00003	2026-11-26
$ clerk case list --closed-from 2026-01-01 --closed-to 2026-12-31 --format tsv | wc -l
1
$ clerk case list --format json | jq -c '.[0] | [.ref, .overdue, .assignee]'
["C-2026-00003",false,null]
# Refusals.
$ clerk case open --subject "x" --contact 1 --category housng
! exit 65
! clerk: error: category: 'housng' is not a case category; use one of housing, immigration, welfare, benefits, health, planning, transport, crime, policing, education, environment, other (did you mean housing?)
$ clerk case open --subject "x" --contact "Ann Jones"
! exit 66
! clerk: error: contact: no contact called 'Ann Jones' (did you mean Mrs Ann Jones?)
$ clerk case open --subject "x" --contact 1 --assign tomm
! exit 66
! clerk: error: login: no staff member with login 'tomm' (did you mean tom?)
$ clerk case open --subject "x" --contact 1 --received tomorrow
! exit 65
! clerk: error: received: 2026-11-25 is in the future (today is 2026-11-24)
$ clerk case open --subject "x" --contact 1 --type complain
! exit 64
! clerk: error: type: 'complain' is not one of enquiry, casework, complaint, foi, sar (did you mean complaint?)
$ clerk case open --subject "x" --contact 1 --channel fax
! exit 64
! clerk: error: channel: 'fax' is not one of phone, email, letter, face-to-face, surgery, web
$ clerk case open --subject "x" --contact 1 --priority top
! exit 64
! clerk: error: priority: 'top' is not one of low, normal, high, urgent
$ clerk case open --subject "x" --contact 1 --marking SECRET
! exit 64
! clerk: error: marking: 'SECRET' is not one of OFFICIAL, OFFICIAL-SENSITIVE
$ clerk case open --subject "  " --contact 1
! exit 65
! clerk: error: subject: must not be empty
$ clerk case list --status shut
! exit 64
! clerk: error: status: 'shut' is not one of open, awaiting, escalated, closed, reopened
$ clerk case list --sort size
! exit 64
! clerk: error: sort: 'size' is not one of received, due, priority, ref, relevance
$ clerk case list --format tsv | wc -l
5
