# An agenda and minutes attached as text or from stdin, printed back as they were written.
$ clerk init --quiet
$ clerk diary add "Partnership board" --at "2026-11-30 10:00" --for 2h --quiet
1
$ clerk diary agenda 1
! exit 66
! clerk: error: id: event 1 has no agenda yet
$ clerk diary agenda 1 "1. Apologies; 2. Community safety plan"
! agenda saved for event 1
$ clerk diary agenda 1
1. Apologies; 2. Community safety plan
$ printf 'Minutes (draft)\n\n- Plan agreed, with changes\n- Next meeting: January\n' | clerk diary minutes 1 -
! minutes saved for event 1
$ clerk diary minutes 1
Minutes (draft)

- Plan agreed, with changes
- Next meeting: January
$ clerk diary show 1 --format json | jq -r .agenda.agenda
1. Apologies; 2. Community safety plan
$ clerk diary minutes 2 "text"
! exit 66
! clerk: error: id: no event with id 2
$ clerk audit log --entity diary_event:1 --format tsv | cut -f4
action
add
agenda
minutes
