# Actions with an owner and a due date, from a meeting or for a case; listed, filtered, done.
$ clerk init --quiet
$ clerk staff add priya --name "Priya Shah" --quiet
$ clerk staff add tom --name "Tom Evans" --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk case open --subject "Damp at Ninian Road" --contact "Mrs Ann Jones" --category housing
C-2026-00001
$ clerk diary add "Partnership board" --at "2026-11-20 10:00" --for 2h --quiet
1
$ clerk diary action add "Send the minutes to members" --owner priya --due 2026-11-23 --meeting 1
1
$ clerk diary action add "Chase the council about the damp survey" --owner tom --due +5wd --case C-2026-00001
2
$ clerk diary action add "Book the room for January" --owner priya --due fri
3
$ clerk diary action list --format csv
id,text,owner,due_on,overdue,meeting,case,done_on,note,owner_contact,cancelled_on,cancel_reason
1,Send the minutes to members,priya,2026-11-23,true,1,,,,,,
3,Book the room for January,priya,2026-11-27,false,,,,,,,
2,Chase the council about the damp survey,tom,2026-12-01,false,,C-2026-00001,,,,,
$ clerk diary action list --overdue --format tsv | cut -f1,2
id	text
1	Send the minutes to members
$ clerk diary action done 1 --note "Sent by email"
! action 1 done
$ clerk diary action list --owner priya --open --format tsv | cut -f1,3,4
id	owner	due_on
3	priya	2026-11-27
$ clerk diary action list --owner priya --format json | jq -c '.[] | [.id, .done_on, .note]'
[1,"2026-11-24","Sent by email"]
[3,null,null]
$ clerk diary action list --overdue --format tsv | wc -l
1
# Refusals: nothing written.
$ clerk diary action done 1
! exit 65
! clerk: error: id: action 1 was done on 2026-11-24
$ clerk diary action done 9
! exit 66
! clerk: error: id: no action with id 9
$ clerk diary action add "Call back" --owner pirya --due fri
! exit 66
! clerk: error: owner: no staff member with login 'pirya' (did you mean priya?)
$ clerk diary action add "Call back" --owner priya --due someday
! exit 65
! clerk: error: due: 'someday' is not a date: expected YYYY-MM-DD, DD/MM/YYYY, 6 Jul 2026, today, a weekday or an offset such as +3d
$ clerk diary action add "Call back" --owner priya --due fri --meeting 7
! exit 66
! clerk: error: meeting: no event with id 7
$ clerk diary action add "  " --owner priya --due fri
! exit 65
! clerk: error: text: the action needs some text
$ clerk diary action list --format tsv | wc -l
4
$ clerk diary action add "Chase" --owner tom --due +5wd --case C-2026-00099
! exit 66
! clerk: error: case: no case C-2026-00099
