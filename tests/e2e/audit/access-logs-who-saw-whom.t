# Showing or exporting a person's data is logged: who, when, which command (never the command
# line, which may hold personal data), which records, and which contacts they were about.
$ clerk init --quiet
$ clerk contact add "Ann Jones" --email ann@example.org --quiet
1
$ clerk contact add "Bob Smith" --phone "029 2000 0000" --quiet
2
$ clerk staff add tom --name "Tom Evans" --role caseworker --quiet
$ clerk case open --subject "Damp in flat" --contact 1
C-2026-00001
$ clerk audit access
id	ts_utc	actor	command	what	records	contacts
$ clerk --user tom case show C-2026-00001 > /dev/null
$ clerk contact show "Bob Smith" > /dev/null
$ clerk case letter C-2026-00001 --template acknowledgement --format text > /dev/null
$ clerk case export --format csv > /dev/null
$ clerk contact list --kind person > /dev/null
$ clerk contact search "smith" > /dev/null
# Nothing shown, nothing logged.
$ clerk contact search "nobody" > /dev/null
$ clerk audit access --format tsv | cut -f3-
actor	command	what	records	contacts
tom	case show	case C-2026-00001	1	1
admin	contact show	contact 2	1	2
admin	case letter	case C-2026-00001 letter acknowledgement	1	1
admin	case export	1 cases	1	1
admin	contact list	2 contacts	2	1 2
admin	contact search	1 contacts	1	2
$ clerk audit access --format csv | cut -d, -f2 | grep -cE '^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:.]{12}Z$'
6
$ clerk audit access --contact "Ann Jones" --format tsv | cut -f1,4
id	command
1	case show
3	case letter
4	case export
5	contact list
$ clerk audit access --user tom --since 2000-01-01 --format tsv | cut -f1,3,4
id	actor	command
1	tom	case show
$ clerk audit access --since 2999-01-01 --format tsv
id	ts_utc	actor	command	what	records	contacts
$ clerk audit access --contact "Nobody Here"
! exit 66
!~ clerk: error: .*no contact.*
$ clerk audit access --since someday
! exit 65
! ...
