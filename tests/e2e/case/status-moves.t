# wait, escalate, assign, close and reopen move a case through its states; an illegal move is
# refused with the current status and the allowed moves (exit 65); a complaint's stage 2 needs
# a different handler (exit 77).
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk staff add priya --name "Priya Shah" --role manager --quiet
$ clerk contact add "Mr Gareth Price" --quiet
1
$ clerk case open --subject "Bins not collected" --contact 1 --category environment
C-2026-00001
$ clerk case assign C-2026-00001 tom
! C-2026-00001 assigned to tom
$ clerk case wait C-2026-00001 --on "Cardiff Council Waste" --until 2026-12-01
! C-2026-00001 awaiting Cardiff Council Waste until 2026-12-01
$ clerk case list --format tsv | cut -f1,3,10,11
ref	status	due_on	due
C-2026-00001	awaiting	2026-11-26	acknowledgement
$ clerk case escalate C-2026-00001 --assign priya --reason "No reply; Member to write to the Leader"
! C-2026-00001 escalated
$ clerk case escalate C-2026-00001
! exit 65
! clerk: error: C-2026-00001: cannot escalate a case that is escalated; allowed: wait, close
$ clerk case close C-2026-00001 --outcome resolved --note "Collections restored"
! C-2026-00001 closed
$ clerk case close C-2026-00001 --outcome resolved
! exit 65
! clerk: error: C-2026-00001: cannot close a case that is closed; allowed: reopen
$ clerk case wait C-2026-00001 --on x --until +2d
! exit 65
! clerk: error: C-2026-00001: cannot wait a case that is closed; allowed: reopen
$ clerk case assign C-2026-00001 tom
! exit 65
! clerk: error: C-2026-00001: the case is closed; reopen it first
$ clerk case list --status closed --format tsv | cut -f1,3,8,10
ref	status	assignee	due_on
C-2026-00001	closed	priya	
$ clerk case reopen C-2026-00001 --reason "Missed again"
! C-2026-00001 reopened
$ clerk case show C-2026-00001 --format json | jq -c '.case | [.status, .outcome, .due_on]'
["reopened",null,"2026-12-08"]
$ clerk case show 1 --format json | jq -r '.timeline[] | select(.kind != "note") | .text'
opened: enquiry received by email
assigned to tom
open → awaiting Cardiff Council Waste until 2026-12-01
awaiting → escalated: No reply; Member to write to the Leader
assigned to priya
escalated → closed: resolved — Collections restored
closed → reopened: Missed again
$ clerk case close 1 --outcome fixed
! exit 64
! clerk: error: outcome: 'fixed' is not one of resolved, upheld, partly-upheld, not-upheld, withdrawn, referred, no-further-action
$ clerk case wait 1 --on "Council" --until 2026-11-01
! exit 65
! clerk: error: until: 2026-11-01 is in the past
$ clerk case assign 1 nobody
! exit 66
! clerk: error: login: no staff member with login 'nobody'
# Complaints: stage 2 must be handled by someone other than the stage 1 handler.
$ clerk case open --subject "Complaint about staff conduct" --contact 1 --type complaint --assign tom
C-2026-00002
$ clerk case escalate C-2026-00002
! exit 77
! clerk: error: C-2026-00002: stage 2 of a complaint must be handled by someone other than the stage 1 handler (tom); give --assign
$ clerk case escalate C-2026-00002 --assign tom
! exit 77
! clerk: error: C-2026-00002: stage 2 of a complaint must be handled by someone other than the stage 1 handler (tom); give --assign
$ clerk case escalate C-2026-00002 --assign priya
! C-2026-00002 escalated
$ clerk case assign C-2026-00002 tom
! exit 77
! clerk: error: C-2026-00002: 'tom' handled stage 1 of this complaint; stage 2 needs someone else
$ clerk case list --type complaint --format tsv | cut -f1,3,8,10,11
ref	status	assignee	due_on	due
C-2026-00002	escalated	priya	2026-12-01	acknowledgement
$ clerk audit verify --quiet
