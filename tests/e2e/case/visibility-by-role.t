# Who sees which cases: a volunteer the cases assigned to them; a caseworker every OFFICIAL case
# and an OFFICIAL-SENSITIVE one assigned to them or that they handled at stage 1; managers and
# admins all. Lists leave the rest out and say how many; a command on one of them is refused
# (77); finance sees cases only as report counts, which stay whole.
$ clerk init --quiet
$ clerk staff add val --name "Val Jones" --role volunteer --quiet
$ clerk staff add cai --name "Cai Evans" --role caseworker --quiet
$ clerk staff add dee --name "Dee Price" --role caseworker --quiet
$ clerk staff add mo --name "Mo Khan" --role manager --quiet
$ clerk staff add fin --name "Ffion Hughes" --role finance --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk case open --subject "Befriending visits" --contact 1 --assign val --quiet
C-2026-00001
$ clerk case open --subject "Safeguarding referral" --contact 1 --marking OFFICIAL-SENSITIVE --assign dee --quiet
C-2026-00002
$ clerk case open --subject "Complaint about police response" --contact 1 --type complaint --marking OFFICIAL-SENSITIVE --assign cai --quiet
C-2026-00003
$ clerk case open --subject "Street lighting" --contact 1 --quiet
C-2026-00004
# The volunteer: only their own case, and how many others there are.
$ clerk --user val case list --format tsv | cut -f1
ref
C-2026-00001
! 3 cases hidden: your role may not see them (see `clerk case --help`)
$ clerk --user val case note C-2026-00001 "Visited; all well" --quiet
$ clerk --user val case show C-2026-00004
! exit 77
! clerk: error: case: C-2026-00004 is not assigned to 'val': a volunteer sees only the cases assigned to them
$ clerk --user val case open --subject "New" --contact 1
! exit 77
! clerk: error: `clerk case open` needs the caseworker, manager or admin role; 'val' has the volunteer role
# A caseworker: every OFFICIAL case and their own OFFICIAL-SENSITIVE one, in lists and searches.
$ clerk --user cai case list --sort ref --format tsv | cut -f1,13
ref	marking
C-2026-00001	OFFICIAL
C-2026-00003	OFFICIAL-SENSITIVE
C-2026-00004	OFFICIAL
! 1 case hidden: your role may not see them (see `clerk case --help`)
$ clerk --user cai case search safeguarding --format tsv | cut -f1
ref
! 1 case hidden: your role may not see them (see `clerk case --help`)
$ clerk --user cai case show C-2026-00002
! exit 77
! clerk: error: case: C-2026-00002 is OFFICIAL-SENSITIVE: only its assignee, its stage-1 handler, staff it is shared with, managers and admins may see it
$ clerk --user cai case note C-2026-00002 "Trying anyway"
! exit 77
! clerk: error: case: C-2026-00002 is OFFICIAL-SENSITIVE: only its assignee, its stage-1 handler, staff it is shared with, managers and admins may see it
# Nor can they share what they cannot see; its assignee can, once, and it is on the timeline.
$ clerk --user cai case share C-2026-00002 cai
! exit 77
! ...
$ clerk --user dee case share C-2026-00002 cai
! C-2026-00002 shared with cai
$ clerk --user dee case share C-2026-00002 cai
! exit 65
! clerk: error: C-2026-00002: already shared with cai
$ clerk --user cai case show C-2026-00002 --format json | jq -r '.timeline[-1].text'
shared with cai (Cai Evans)
$ clerk audit log --entity case_share --format tsv | cut -f3,4,5
actor	action	entity
dee	share	case_share
# The stage-1 handler of a complaint still sees it once it goes to stage 2 with someone else.
$ clerk --user mo case escalate C-2026-00003 --assign dee --reason "Stage 2 review" --quiet
$ clerk --user cai case show C-2026-00003 --format json | jq -r '.case.ref'
C-2026-00003
# A manager sees everything, with nothing hidden.
$ clerk --user mo case list --format tsv | cut -f1 | sort
C-2026-00001
C-2026-00002
C-2026-00003
C-2026-00004
ref
# Finance: no case commands, but the caseload report's counts are whole.
$ clerk --user fin case list
! exit 77
! clerk: error: `clerk case list` needs the volunteer, caseworker, manager or admin role; 'fin' has the finance role
$ clerk --user fin report caseload --format json | jq '.summary.open_at_end'
4
# Nor may a caseworker put a case out of their own sight: handing their OFFICIAL-SENSITIVE case
# to a colleague is for a manager or admin (on a team database the server refuses it too).
$ clerk case open --subject "Threats from a neighbour" --contact 1 --marking OFFICIAL-SENSITIVE --assign cai --quiet
C-2026-00005
$ clerk --user cai case assign C-2026-00005 dee
! exit 77
! clerk: error: case: after this change cai could no longer see C-2026-00005 (an OFFICIAL-SENSITIVE case is seen by its assignee, its stage-1 handler, staff it is shared with, managers and admins): a manager or admin may make it
$ clerk --user mo case assign C-2026-00005 dee --quiet
# Merging a contact repoints their cases, so it needs them all in sight.
$ clerk contact add "Ann Jones" --quiet
2
$ clerk --user cai contact merge 1 --into 2
! exit 77
! clerk: error: duplicate: Mrs Ann Jones has 1 case that cai may not see: a manager or admin may merge this contact
$ clerk --user mo contact merge 1 --into 2
! merged contact 1 into 2 (5 references moved)
