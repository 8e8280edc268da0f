# audit retention lists what the policy says is due (closed cases 6 years after closure,
# expenses 6 years after their financial year, diary 2 years, access log 2 years); --apply
# (admins) anonymises it in one transaction, keeping the statistics, and redacts the audit
# entries that held the personal data: afterwards no byte of it is left in the database file,
# and audit verify passes, counting the redacted entries.
$ clerk init --quiet
$ clerk staff add fin --name "Fiona Finance" --role finance --quiet
$ clerk staff add tom --name "Tom Evans" --role caseworker --quiet
$ clerk contact add "Ann Jones" --email ann@example.org --phone "07700 900123" --address "4 Ninian Road, Cardiff" --quiet
1
$ clerk contact add "Bob Smith" --email bob@example.net --quiet
2
$ clerk --today 2019-01-02 case open --subject "Damp at Ninian Road" --contact "Ann Jones" --category housing --received 2019-01-02
C-2019-00001
$ clerk --today 2019-01-05 case note C-2019-00001 "Ann reports black mould; surveyor visit arranged" --quiet
$ clerk --today 2019-03-01 case close C-2019-00001 --outcome resolved --quiet
$ clerk --today 2020-01-05 diary add "Surgery with Ann Jones" --at "2020-01-10 10:00" --for 30m --with "Ann Jones" --with "Carol White" --quiet
1
$ clerk --today 2019-05-02 expense add --claimant admin --date 2019-05-01 --category travel --amount 5 --description "Bus to see Ann Jones" --quiet
1
$ clerk --today 2019-05-02 expense submit 1 --quiet
$ clerk --today 2019-05-03 --user fin expense reject 1 --reason "Receipt for Ann's visit missing" --quiet
# Bob's case is recent: it stays, whole.
$ clerk case open --subject "Pothole outside number 12" --contact "Bob Smith" --quiet
C-2026-00001
$ clerk case show C-2019-00001 > /dev/null
# An access logged three years ago is past the access log's two years.
$ sqlite3 clerk.db "INSERT INTO access_log (ts_utc, actor, command, what, records) VALUES ('2023-06-01T09:00:00.000Z', 'tom', 'case show', 'case C-2019-00001', 1); INSERT INTO access_log_contact VALUES (1, last_insert_rowid())"
$ clerk audit retention --format tsv
record	id	ref	date	action
case	1	C-2019-00001	2019-03-01	anonymise
expense	1	1	2019-05-01	anonymise
diary_event	1	2020-01-10T10:00	2020-01-10	anonymise
contact	1	1		anonymise
access_log		1 entries	before 2024-11-24	delete
# Nothing is due under a longer policy; a misspelt key is refused (exit 78).
$ printf '[retention]\nclosed_cases_years = 8\nexpenses_years = 7\ndiary_years = 7\naccess_log_years = 4\n' > longer.toml
$ clerk --config longer.toml audit retention --format tsv
record	id	ref	date	action
$ printf '[retention]\nclosed_case_years = 8\n' > typo.toml
$ clerk --config typo.toml audit retention
! exit 78
! ...
$ clerk --user tom audit retention --apply
! exit 77
! clerk: error: `clerk audit retention` needs the manager or admin role; 'tom' has the caseworker role
$ clerk audit retention --apply --format tsv
record	id	ref	date	action
case	1	C-2019-00001	2019-03-01	anonymise
expense	1	1	2019-05-01	anonymise
diary_event	1	2020-01-10T10:00	2020-01-10	anonymise
contact	1	1		anonymise
access_log		1 entries	before 2024-11-24	delete
! anonymised 9 rows of 4 records; deleted 1 access log entries; redacted 13 audit entries
$ clerk audit access --format tsv | cut -f3-5
actor	command	what
admin	case show	case C-2019-00001
$ clerk audit verify
! checked 28 audit entries (13 redacted) and 13 records
!~ head of the trail: entry 28 [0-9a-f]{64}
! ok: the trail is intact and every record matches it
! ...
$ python3 $SOURCE/tests/bench/clerk_audit.py verify clerk.db
28 entries, 0 problems
# No trace of Ann's personal fields anywhere in the file (after a VACUUM of our own too).
$ sqlite3 clerk.db "VACUUM" && cat clerk.db* | grep -c -a -i -E 'Ann Jones|ann@example|Ninian|07700|Carol White|black mould|surveyor|Ann.s visit'
0
! exit 1
$ cat clerk.db* | grep -q -a 'Pothole outside number 12' && echo kept
kept
# The statistics stay: type, category, dates, outcome.
$ clerk case export --format json | jq -r '.[] | [.ref, .type, .subject, .contact, .contact_email, .category, .status, .outcome, .received_on, .closed_on] | @tsv'
C-2019-00001	enquiry	[erased]	[erased]		housing	closed	resolved	2019-01-02	2019-03-01
C-2026-00001	enquiry	Pothole outside number 12	Bob Smith	bob@example.net	other	open		2026-11-24	
$ clerk case search "mould" --format tsv
ref	type	status	priority	category	subject	contact	assignee	received_on	due_on	due	overdue	marking	snippet
$ clerk audit log --action retention --format tsv | cut -f4,5
action	entity
retention	database
$ clerk audit retention --apply --format tsv
record	id	ref	date	action
! nothing is due
