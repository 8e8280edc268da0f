# Actions are reworded, reassigned and re-dated with `action edit`, and cancelled with a reason
# (kept, marked cancelled, off the open and overdue lists). An owner outside the office is a
# contact (--owner-contact), shown as such in lists, briefings and reports. All audited.
$ clerk init --quiet
$ clerk staff add priya --name "Priya Shah" --quiet
$ clerk staff add tom --name "Tom Evans" --quiet
$ clerk contact add "Chief Constable" --kind organisation --quiet
1
$ clerk diary add "Police and crime panel" --at "2026-11-20 10:00" --for 2h --with "Chief Constable" --with priya --quiet
1
$ clerk diary action add "Report on response times" --owner-contact "Chief Constable" --due 2026-12-18 --meeting 1
1
$ clerk diary action add "Circulate the minutes" --owner priya --due 2026-11-23 --meeting 1
2
$ clerk diary action add "Book the room" --owner tom --due fri
3
$ clerk diary action list --format csv
id,text,owner,due_on,overdue,meeting,case,done_on,note,owner_contact,cancelled_on,cancel_reason
2,Circulate the minutes,priya,2026-11-23,true,1,,,,,,
3,Book the room,tom,2026-11-27,false,,,,,,,
1,Report on response times,Chief Constable (contact),2026-12-18,false,1,,,,1,,
# Edit: reword, reassign (staff or contact), re-date; what is not given is kept.
$ clerk diary action edit 2 --due 2026-11-30 --owner tom
! action 2 updated
$ clerk diary action edit 3 --text "Book the room for January" --owner-contact 1
! action 3 updated
$ clerk diary action list --format tsv | cut -f1-4,10
id	text	owner	due_on	owner_contact
3	Book the room for January	Chief Constable (contact)	2026-11-27	1
2	Circulate the minutes	tom	2026-11-30	
1	Report on response times	Chief Constable (contact)	2026-12-18	1
$ clerk diary action edit 3 --owner priya
! action 3 updated
$ clerk diary action list --owner priya --format tsv | cut -f1,3,10
id	owner	owner_contact
3	priya	
# Cancel: kept with the day and the reason; no longer open or overdue.
$ clerk diary action cancel 2 --reason "Minutes went out with the papers"
! action 2 cancelled
$ clerk diary action list --format json | jq -c '.[] | select(.id == 2) | [.cancelled_on, .cancel_reason, .overdue]'
["2026-11-24","Minutes went out with the papers",false]
$ clerk diary action list --open --format tsv | cut -f1
id
3
1
$ CLERK_TODAY=2026-12-01 clerk diary action list --overdue --format tsv | cut -f1
id
3
# The briefing lists the contact's open actions as theirs; reports show the owner as a contact.
$ clerk diary brief 2026-11-20 --format json | jq -c '[.event_1_actions[] | [.id, .owner]]'
[[3,"priya"],[1,"Chief Constable (contact)"]]
$ clerk report actions --month 2026-11 --format json | jq -c '[.actions_by_owner[] | [.owner, .open]]'
[["Chief Constable (contact)",1],["priya",1]]
# Refusals: nothing written.
$ clerk diary action edit 2 --text "Again"
! exit 65
! clerk: error: id: action 2 was cancelled on 2026-11-24
$ clerk diary action done 2
! exit 65
! clerk: error: id: action 2 was cancelled on 2026-11-24
$ clerk diary action cancel 2 --reason "twice"
! exit 65
! clerk: error: id: action 2 was cancelled on 2026-11-24
$ clerk diary action edit 3
! exit 64
! clerk: error: id: give what to change: --text, --owner, --owner-contact or --due
$ clerk diary action edit 3 --owner tom --owner-contact 1
! exit 64
! clerk: error: owner-contact: give --owner (staff) or --owner-contact, not both
$ clerk diary action add "Call back" --due fri
! exit 64
! clerk: error: owner: give --owner (staff login) or --owner-contact (contact)
$ clerk diary action add "Call back" --owner-contact "Chief Constabel" --due fri
! exit 66
!~ clerk: error: owner-contact: .*Chief Constabel.*
$ clerk diary action edit 3 --due someday
! exit 65
!~ clerk: error: due: 'someday' is not a date.*
$ clerk diary action edit 9 --due fri
! exit 66
! clerk: error: id: no action with id 9
$ clerk diary action cancel 3 --reason "  "
! exit 65
! clerk: error: reason: give the reason
$ clerk diary action done 3
! action 3 done
$ clerk diary action edit 3 --due fri
! exit 65
! clerk: error: id: action 3 was done on 2026-11-24
# Merging the contact moves the actions it owns; every change is in the trail.
$ clerk contact add "Chief Constable (old)" --kind organisation --quiet
2
$ clerk diary action add "Reply to the panel" --owner-contact 2 --due 2026-12-01
4
$ clerk contact merge 2 --into 1
! merged contact 2 into 1 (1 references moved)
$ clerk diary action list --format tsv | cut -f1,3,10 | grep '^4'
4	Chief Constable (contact)	1
$ clerk audit log --entity diary_action --format tsv | tail -n +2 | cut -f4 | sort | uniq -c | sed 's/^ *//'
4 add
1 cancel
1 done
3 edit
1 repoint
$ clerk audit verify --quiet
# A subject access export includes the actions a person outside the office was given.
$ clerk contact add "Cllr Sian Lewis" --quiet
3
$ clerk diary action add "Raise the precept at full council" --owner-contact "Cllr Sian Lewis" --due 2026-12-04
5
$ clerk audit sar "Cllr Sian Lewis" --format json | jq -r '.sections.diary_actions[].text'
! ...
Raise the precept at full council
