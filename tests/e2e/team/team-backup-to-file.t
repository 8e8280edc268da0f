# `db backup FILE` on a team database writes a single-user file of clerk's own schema: every
# table, each row with its id, the whole trail. It verifies offline, with clerk or without it,
# and reports the same head hash; the copy is a working database (search, lists, new writes).
$ clerk init --quiet
$ clerk staff add tom --name "Tom Price" --role caseworker --quiet
$ clerk contact add "Mrs Siobhán Jones" --address "4 Ninian Road, Cardiff" --quiet
1
$ clerk --user tom case open --subject "Black mould in the back bedroom" --contact 1 --category housing --quiet
C-2026-00001
$ clerk --user tom case note C-2026-00001 "Surveyor visit booked" --quiet
$ printf 'subject,contact,received_on,category\nPothole,Mr New Person,2026-11-20,transport\n' | clerk case import - --quiet
$ clerk expense add --claimant tom --date 2026-11-02 --category travel --amount 12.50 --description "Bus" --quiet
1
$ clerk diary add "Surgery" --at "2026-11-27 10:00" --for 1h --with "Mrs Siobhán Jones" --quiet
1
$ clerk audit checkpoint --quiet > checkpoint.txt
$ clerk audit verify 2> server.txt
$ clerk db backup office.db
! backed up to office.db
$ stat -c %a office.db
600
$ ls office.db*
office.db
# Offline: clerk and the independent verifier agree, with the server's head.
$ CLERK_DB="$WORK/office.db" "$CLERK_REAL" --user admin audit verify 2> copy.txt && diff server.txt copy.txt && grep -c "^head of the trail: entry 11 " copy.txt
1
$ python3 $SOURCE/tests/bench/clerk_audit.py verify office.db
11 entries, 0 problems
$ CLERK_DB="$WORK/office.db" "$CLERK_REAL" --user admin db check --quiet
# A working database: search finds the case, and the ids carry on.
$ CLERK_DB="$WORK/office.db" "$CLERK_REAL" --user tom case search siobhan --format tsv | cut -f1
ref
C-2026-00001
$ CLERK_DB="$WORK/office.db" "$CLERK_REAL" --user tom case open --subject "Street lighting" --contact 1 --quiet
C-2026-00003
$ clerk db backup office.db
! exit 73
! clerk: error: office.db: the backup file already exists (use --force to replace it)
$ clerk --user tom db backup other.db
! exit 77
! clerk: error: `clerk db backup` needs the admin role; 'tom' has the caseworker role
