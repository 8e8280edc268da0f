# Retention on a team database, as on a file (audit/retention-erases-without-trace.t): --apply
# anonymises what is due and redacts the trail's copies in one transaction, then rewrites the
# tables it touched (VACUUM FULL), so no byte of the erased data is left in the database's own
# files on the server.
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
$ clerk case open --subject "Pothole outside number 12" --contact "Bob Smith" --quiet
C-2026-00001
$ clerk case show C-2019-00001 > /dev/null
# An access logged three years ago is past the access log's two years.
$ PGUSER=admin psql -X -q -v ON_ERROR_STOP=1 "$CLERK_DB" -c "INSERT INTO access_log (ts_utc, actor, command, what, records) VALUES ('2023-06-01T09:00:00.000Z', 'tom', 'case show', 'case C-2019-00001', 1); INSERT INTO access_log_contact VALUES (1, lastval())"
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
$ clerk audit verify
! checked 28 audit entries (13 redacted) and 13 records
!~ head of the trail: entry 28 [0-9a-f]{64}
! ok: the trail is intact and every record matches it
! ...
# No trace of Ann's personal fields in the database's files (its directory on the server), once
# the server has written its buffers out to them.
$ PGUSER=admin psql -X -q "$CLERK_DB" -c CHECKPOINT
$ dir=$(PGUSER=admin psql -X -At "$CLERK_DB" -c "SELECT current_setting('data_directory') || '/' || pg_relation_filepath('contact')" | xargs dirname) && cat "$dir"/* | grep -c -a -i -E 'Ann Jones|ann@example|Ninian|07700|Carol White|black mould|surveyor|Ann.s visit'
0
! exit 1
$ clerk case export --format json | jq -r '.[] | [.ref, .subject, .contact, .category, .status, .outcome, .closed_on] | @tsv'
C-2019-00001	[erased]	[erased]	housing	closed	resolved	2019-03-01
C-2026-00001	Pothole outside number 12	Bob Smith	other	open		
$ clerk case search "mould" --format tsv | cut -f1
ref
$ clerk audit retention --apply --format tsv
record	id	ref	date	action
! nothing is due
