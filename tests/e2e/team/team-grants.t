# Team mode: PostgreSQL enforces clerk's roles too, so psql is no way around them. `clerk db
# grants --apply`, run as the owner of clerk's tables, makes the group roles, gives each what its
# commands need, keeps the trail append-only for every role, and turns on row-level security
# for expense items and actions; `staff add` puts each login role in its group. Here the staff
# log in as roles that are not superusers (the test server's roles are, until made otherwise).
$ clerk init --quiet
$ for r in gr_val gr_cw gr_adm; do PGUSER=admin psql -X -q -v ON_ERROR_STOP=1 "$CLERK_DB" -c "ALTER ROLE $r NOSUPERUSER"; done
$ clerk db grants | grep -c "CREATE ROLE"
5
# Until then a role that does not own the tables can read nothing at all.
$ clerk --user gr_adm staff list
! exit 77
! clerk: error: permission denied for table meta
$ clerk db grants --apply
! grants applied
$ clerk staff add val --name "Val Jones" --role volunteer --db-role gr_val --quiet
$ clerk staff add cai --name "Cai Evans" --role caseworker --db-role gr_cw --quiet
$ clerk staff add ann --name "Ann Price" --role admin --db-role gr_adm --quiet
$ PGUSER=admin psql -X -A -t "$CLERK_DB" -c "SELECT r.rolname || ' ' || g.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname LIKE 'gr\_%' ORDER BY 1"
gr_adm clerk_admin
gr_adm clerk_caseworker
gr_adm clerk_finance
gr_adm clerk_manager
gr_adm clerk_volunteer
gr_cw clerk_caseworker
gr_val clerk_volunteer
# Each works through clerk as before.
$ clerk --user gr_val expense add --claimant val --date 2026-11-02 --category travel --amount 12.50 --description "Bus to surgery" --quiet
1
$ clerk --user gr_cw expense add --claimant cai --date 2026-11-03 --category travel --amount 5 --description "Train" --quiet
2
$ clerk --user gr_cw contact add "Mrs Ann Jones" --quiet
1
$ clerk --user gr_cw case open --subject "Damp" --contact 1 --assign val --quiet
C-2026-00001
$ clerk --user gr_val case note C-2026-00001 "Visited" --quiet
$ clerk --user gr_adm staff add dee --name "Dee Price" --role caseworker --quiet
# Row-level security refuses COPY into the table to all but the owner: an admin's import is
# copied into a temporary table and moved with INSERT ... SELECT, which the policies check.
$ printf 'claimant,date,category,description,amount,budget\nval,2026-11-05,travel,Taxi,8.00,TRAVEL\ncai,2026-11-06,travel,Bus,2.10,TRAVEL\n' > imported.csv
$ clerk --user gr_adm expense import imported.csv
! imported 2 items (ids 3-4)
# psql as the volunteer: their own expense items only, and nothing they may not change.
$ PGUSER=gr_val psql -X -A -t "$CLERK_DB" -c "SELECT id, description FROM expense ORDER BY id"
1|Bus to surgery
3|Taxi
$ PGUSER=gr_val psql -X -A -t "$CLERK_DB" -c "UPDATE expense SET amount_pence = 1 WHERE id = 2"
UPDATE 0
$ PGUSER=gr_val psql -X -q "$CLERK_DB" -c "UPDATE staff SET role = 'admin' WHERE login = 'val'"
! exit 1
! ERROR:  permission denied for table staff
$ PGUSER=gr_val psql -X -q "$CLERK_DB" -c "INSERT INTO contact (name, created_on) VALUES ('Someone', '2026-11-24')"
! exit 1
! ERROR:  permission denied for table contact
# The trail's payloads and command lines, and the access log, are for managers and admins to
# read; everyone's clerk appends to the chain, which needs only its numbers and hashes.
$ PGUSER=gr_cw psql -X -q "$CLERK_DB" -c "SELECT body FROM audit_payload"
! exit 1
! ERROR:  permission denied for table audit_payload
$ PGUSER=gr_cw psql -X -q "$CLERK_DB" -c "SELECT command FROM audit_log"
! exit 1
! ERROR:  permission denied for table audit_log
$ PGUSER=gr_cw psql -X -q "$CLERK_DB" -c "SELECT what FROM access_log"
! exit 1
! ERROR:  permission denied for table access_log
$ PGUSER=gr_cw psql -X -A -t "$CLERK_DB" -c "SELECT count(entry_hash) > 0 FROM audit_log"
t
# Nobody updates or deletes the trail, not even an admin; only the owner's redaction function
# takes anything from it, and only managers and admins may call it.
$ PGUSER=gr_adm psql -X -q "$CLERK_DB" -c "UPDATE audit_log SET actor = 'someone' WHERE seq = 1"
! exit 1
! ERROR:  permission denied for table audit_log
$ PGUSER=gr_adm psql -X -q "$CLERK_DB" -c "DELETE FROM audit_payload"
! exit 1
! ERROR:  permission denied for table audit_payload
$ PGUSER=gr_adm psql -X -q "$CLERK_DB" -c "DELETE FROM access_log"
! exit 1
! ERROR:  permission denied for table access_log
$ PGUSER=gr_cw psql -X -q "$CLERK_DB" -c "SELECT clerk_redact_entry(1)"
! exit 1
! ERROR:  permission denied for function clerk_redact_entry
$ clerk audit verify --format tsv | tail -n 1
! ...
# Applying needs the tables' owner.
$ clerk --user gr_adm db grants --apply
! exit 77
! clerk: error: `clerk db grants --apply` is run by the owner of clerk's tables ('admin'); log in as that role, or have it run the SQL `clerk db grants` prints
