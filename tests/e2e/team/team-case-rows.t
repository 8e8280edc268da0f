# Team mode: row-level security on cases, their timelines, clock stops, shares, the search index
# and contacts, as clerk decides who sees a case (`clerk case --help`), so that a caseworker's
# psql shows what `clerk case list` shows them, no more. Report counts stay whole: they are read
# through the view case_facts, which shows every case's non-personal columns (no subject,
# contact details or notes). The staff log in as roles that are not superusers.
$ clerk init --quiet
$ for r in rw_val rw_cai rw_dee rw_fay rw_ann; do PGUSER=admin psql -X -q -v ON_ERROR_STOP=1 "$CLERK_DB" -c "ALTER ROLE $r NOSUPERUSER"; done
$ clerk db grants --apply
! grants applied
$ clerk staff add val --name "Val Jones" --role volunteer --db-role rw_val --quiet
$ clerk staff add cai --name "Cai Evans" --role caseworker --db-role rw_cai --quiet
$ clerk staff add dee --name "Dee Price" --role caseworker --db-role rw_dee --quiet
$ clerk staff add fay --name "Fay Hughes" --role finance --db-role rw_fay --quiet
$ clerk staff add ann --name "Ann Price" --role admin --db-role rw_ann --quiet
$ clerk --user rw_cai contact add "Mrs Ann Jones" --quiet
1
$ clerk --user rw_cai contact add "Mr Huw Bevan" --quiet
2
# An OFFICIAL case for the volunteer, a sensitive one of Cai's, and a sensitive one Cai opens
# for Dee (a new case its writer will not see is written, and read back for the trail).
$ clerk --user rw_cai case open --subject "Damp in the flat" --contact 1 --assign val --received 2026-11-02 --quiet
C-2026-00001
$ clerk --user rw_cai case open --subject "Damp and a threat" --contact 2 --marking OFFICIAL-SENSITIVE --assign cai --received 2026-11-03 --quiet
C-2026-00002
$ clerk --user rw_cai case open --subject "Damp, police matter" --contact 2 --marking OFFICIAL-SENSITIVE --assign dee --received 2026-11-04 --quiet
C-2026-00003
$ clerk --user rw_cai case note C-2026-00002 "Damp report from the housing officer" --quiet
# Dee's clerk and Dee's psql agree: C-2026-00002 is not theirs to see.
$ clerk --user rw_dee case list --format tsv | cut -f1
! 1 case hidden: your role may not see them (see `clerk case --help`)
ref
C-2026-00003
C-2026-00001
$ PGUSER=rw_dee psql -X -A -t "$CLERK_DB" -c "SELECT ref FROM cases ORDER BY ref"
C-2026-00001
C-2026-00003
$ PGUSER=rw_dee psql -X -A -t "$CLERK_DB" -c "SELECT count(*) FROM cases WHERE ref = 'C-2026-00002'"
0
$ PGUSER=rw_dee psql -X -A -t "$CLERK_DB" -c "SELECT count(*) FROM case_event WHERE case_id = 2"
0
$ PGUSER=rw_dee psql -X -A -t "$CLERK_DB" -c "SELECT rowid FROM case_fts WHERE body LIKE '%threat%'"
$ PGUSER=rw_dee psql -X -A -t "$CLERK_DB" -c "UPDATE cases SET status = 'closed' WHERE id = 2"
UPDATE 0
$ clerk --user rw_dee case show C-2026-00002
! exit 77
! clerk: error: case: C-2026-00002 is OFFICIAL-SENSITIVE: only its assignee, its stage-1 handler, staff it is shared with, managers and admins may see it
$ clerk --user rw_dee case search damp --format tsv | cut -f1
! 1 case hidden: your role may not see them (see `clerk case --help`)
ref
C-2026-00001
C-2026-00003
# The case's facts, which reports count, are whole; its subject and contact are not in them.
$ PGUSER=rw_dee psql -X -A -t "$CLERK_DB" -c "SELECT ref, marking FROM case_facts ORDER BY ref"
C-2026-00001|OFFICIAL
C-2026-00002|OFFICIAL-SENSITIVE
C-2026-00003|OFFICIAL-SENSITIVE
$ PGUSER=rw_dee psql -X -q "$CLERK_DB" -c "SELECT subject FROM case_facts"
! exit 1
! ERROR:  column "subject" does not exist
! ...
$ PGUSER=rw_dee psql -X -q "$CLERK_DB" -c "SELECT body FROM case_search_text"
! exit 1
! ERROR:  permission denied for view case_search_text
$ clerk --user rw_dee report caseload --month 2026-11 --format json | jq -c .summary
{"opened":3,"closed":0,"open_at_end":3,"overdue":3,"median_days_to_close":null,"p90_days_to_close":null}
$ clerk --user rw_fay report caseload --month 2026-11 --format json | jq -c .summary
{"opened":3,"closed":0,"open_at_end":3,"overdue":3,"median_days_to_close":null,"p90_days_to_close":null}
# A finance officer sees cases only as those counts.
$ clerk --user rw_fay case show C-2026-00001
! exit 77
! ...
# Shared with Dee, the case is Dee's to see, in clerk and in psql.
$ clerk --user rw_cai case share C-2026-00002 dee --quiet
$ PGUSER=rw_dee psql -X -A -t "$CLERK_DB" -c "SELECT ref FROM cases ORDER BY ref"
C-2026-00001
C-2026-00002
C-2026-00003
# Nobody but a manager or admin may put a case out of their own sight (PostgreSQL refuses a
# write its writer could not then read; clerk refuses it on both backends).
$ clerk --user rw_cai case assign C-2026-00002 val
! exit 77
! clerk: error: case: after this change cai could no longer see C-2026-00002 (an OFFICIAL-SENSITIVE case is seen by its assignee, its stage-1 handler, staff it is shared with, managers and admins): a manager or admin may make it
$ clerk --user rw_cai contact merge 2 --into 1
! exit 77
! clerk: error: duplicate: Mr Huw Bevan has 1 case that cai may not see: a manager or admin may merge this contact
# A caseworker's import goes in under the same policies (copied into a temporary table, then
# moved with INSERT ... SELECT): a new case for a colleague is written though its writer will
# not see it, and references are numbered past cases they cannot see.
$ printf 'subject,contact,received_on,category,marking,assignee\nNoise at night,Mr New Person,2026-11-20,housing,OFFICIAL-SENSITIVE,dee\nPothole,Mr New Person,2026-11-21,transport,OFFICIAL,\n' | clerk --user rw_cai case import -
! imported 2 cases (C-2026-00004 to C-2026-00005), 1 new contact
$ PGUSER=rw_cai psql -X -A -t "$CLERK_DB" -c "SELECT ref FROM cases WHERE id > 3 ORDER BY ref"
C-2026-00005
$ PGUSER=rw_dee psql -X -A -t "$CLERK_DB" -c "SELECT ref FROM cases WHERE id > 3 ORDER BY ref"
C-2026-00004
C-2026-00005
# The volunteer sees their own case, its contact and nothing else.
$ clerk --user rw_val case list --format tsv | cut -f1
! 4 cases hidden: your role may not see them (see `clerk case --help`)
ref
C-2026-00001
$ PGUSER=rw_val psql -X -A -t "$CLERK_DB" -c "SELECT ref FROM cases ORDER BY ref"
C-2026-00001
$ PGUSER=rw_val psql -X -A -t "$CLERK_DB" -c "SELECT name FROM contact ORDER BY id"
Mrs Ann Jones
# Renaming a contact renames them in the search text of every case, seen or not.
$ clerk --user rw_cai contact edit 2 --name "Mr Huw Bevan-Rees" --quiet
$ clerk --user rw_ann case search bevan-rees --format tsv | cut -f1
ref
C-2026-00002
C-2026-00003
$ clerk --user rw_ann audit verify
! ...
