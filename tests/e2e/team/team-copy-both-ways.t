# Moving an office: `db copy --to postgresql://…` copies a single-user file into an empty team
# database, every table and the whole trail, and `db copy --to FILE` copies it back. `audit
# verify` prints the same on each, head hash included; each copy works as the original did.
# (Here "$CLERK_REAL" --db office.db is clerk on the file; `clerk` is the team database.)
$ "$CLERK_REAL" --db office.db init --quiet
$ "$CLERK_REAL" --db office.db staff add tom --name "Tom Price" --role caseworker --quiet
$ "$CLERK_REAL" --db office.db contact add "Mrs Siobhán Jones" --address "4 Ninian Road, Cardiff" --quiet
1
$ "$CLERK_REAL" --db office.db --user tom case open --subject "Black mould in the back bedroom" --contact 1 --category housing --quiet
C-2026-00001
$ "$CLERK_REAL" --db office.db --user tom case note C-2026-00001 "Surveyor visit booked" --quiet
$ printf 'subject,contact,received_on,category\nPothole,Mr New Person,2026-11-20,transport\n' | "$CLERK_REAL" --db office.db case import - --quiet
$ "$CLERK_REAL" --db office.db expense add --claimant tom --date 2026-11-02 --category travel --amount 12.50 --description "Bus" --quiet
1
$ "$CLERK_REAL" --db office.db diary add "Surgery" --at "2026-11-27 10:00" --for 1h --with "Mrs Siobhán Jones" --quiet
1
$ "$CLERK_REAL" --db office.db audit verify 2> file.txt
$ "$CLERK_REAL" --db office.db db copy --to "$CLERK_DB"
!~ copied to postgresql:///clerk_e2e_.*
$ clerk audit verify 2> team.txt && diff file.txt team.txt
$ PGUSER=admin python3 $SOURCE/tests/bench/clerk_audit.py verify "$CLERK_DB"
11 entries, 0 problems
# The team database works: search (the server's own index), lists, new numbers after the old.
$ clerk --user tom case search siobhan --format tsv | cut -f1
ref
C-2026-00001
$ clerk --user tom case open --subject "Street lighting" --contact 1 --quiet
C-2026-00003
$ clerk --user tom expense list --format tsv | cut -f1,3,6
id	claimant	amount
1	tom	12.50
# And back into a file, which verifies with the same head.
$ clerk audit verify 2> team.txt
$ clerk db copy --to back.db
! copied to back.db
$ "$CLERK_REAL" --db back.db audit verify 2> back.txt && diff team.txt back.txt
# Only into an empty team database, and only across backends.
$ "$CLERK_REAL" --db office.db db copy --to "$CLERK_DB"
! exit 73
!~ clerk: error: .*: the team database already holds an office \(it has staff\): copy into an empty one
$ "$CLERK_REAL" --db office.db db copy --to other.db
! exit 64
! clerk: error: to: this is a single-user file: copy it --to a team database (postgresql://…), or use `clerk db backup FILE` for another file
$ clerk --user tom db copy --to other.db
! exit 77
! clerk: error: `clerk db copy` needs the admin role; 'tom' has the caseworker role
