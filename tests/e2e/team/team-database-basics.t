# Team mode: CLERK_DB is a PostgreSQL database's URL (a fresh one per transcript). init makes the
# schema and the first admin there; the server's refusals are clerk's exit statuses.
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones" --email ann@example.com
1
$ clerk contact list --format tsv | cut -f1,3
id	name
1	Mrs Ann Jones
$ clerk audit verify
! ...
$ clerk audit log --format tsv | cut -f1,3,4,5
seq	actor	action	entity
1	admin	init	staff
2	admin	add	contact
# A second init changes nothing.
$ clerk init
! exit 73
!~ clerk: error: .*: the team database already holds a clerk database; nothing was changed
# A database without clerk's schema is not made into one by any other command.
$ clerk --db "$(echo "$CLERK_DB" | sed 's|/clerk_e2e_[0-9a-f]*?|/postgres?|')" contact list
! exit 66
!~ clerk: error: .*/postgres: the team database has no clerk schema; create it with `clerk init`
# No such database on the server is what a missing file is (66), naming it.
$ clerk --db "$(echo "$CLERK_DB" | sed 's|/clerk_e2e_[0-9a-f]*?|/clerk_no_such_office?|')" contact list
! exit 66
!~ clerk: error: no such database on the team server at .* \(.*database "clerk_no_such_office" does not exist\): create it \(README "Team mode"\), then `clerk init`
# Unreachable is busy (75, try again later), naming where it looked; a refused login is 77.
$ clerk --db "postgresql:///clerk?host=/nonexistent-socket-dir&port=1" contact list
! exit 75
!~ clerk: error: cannot reach the team database at /nonexistent-socket-dir:1: .*
$ clerk --db "$CLERK_DB&password=not-the-password" contact list
! exit 77
!~ clerk: error: the team database at .* refused the login: .*
