# db restore checks a backup (integrity, foreign keys, audit verify) before it replaces the live
# database, keeps the replaced file beside it, records the restore in the trail, and refuses a
# backup that fails (nothing touched). Admins only.
$ clerk init --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk staff add tom --name "Tom Evans" --role caseworker --quiet
$ clerk db backup --quiet monday.db
$ clerk contact add "Bob Smith" --quiet
2
$ clerk --user tom db restore monday.db
! exit 77
! clerk: error: restoring the database needs the admin role; 'tom' has the caseworker role
$ clerk db restore monday.db
!~ restored from monday\.db; the replaced database is .*/clerk\.db\.replaced-\d{8}T\d{6}Z
$ clerk contact list --format tsv | cut -f3
name
Ann Jones
$ ls clerk.db.replaced-* | wc -l && stat -c %a clerk.db
1
600
$ clerk audit log --action restore --format tsv | cut -f3-5,8
actor	action	entity	command
admin	restore	database	clerk db restore monday.db
$ clerk audit verify --quiet
# The replaced database is intact: Bob is still in it.
$ CLERK_DB=$WORK/$(ls clerk.db.replaced-*) clerk contact list --format tsv | cut -f3
name
Ann Jones
Bob Smith
# A backup edited behind the tool's back is refused with the findings; the live file stays.
$ cp monday.db tampered.db && sqlite3 tampered.db "UPDATE contact SET name = 'Eve' WHERE id = 1"
$ clerk db restore tampered.db --quiet --format tsv
! exit 65
check	seq	entity	entity_id	problem
row-changed		contact	1	row differs from its last audited state (edited behind the tool's back)
! clerk: error: tampered.db: the backup failed its checks (1 problem(s)); the live database was not touched
$ ls clerk.db.replaced-* | wc -l && ls -a | grep -c restoring || true
1
0
$ echo "not a database" > junk.db && clerk db restore junk.db
! exit 65
! clerk: error: junk.db: the backup is damaged or not a clerk database
$ clerk db restore nowhere.db
! exit 66
! clerk: error: nowhere.db: no such backup file
$ clerk db restore clerk.db
! exit 64
! clerk: error: clerk.db: that is the live database itself
# With no live database at all (lost disk), the backup's own admin restores it.
$ rm clerk.db* && clerk db restore monday.db
! restored from monday.db
$ clerk contact list --format tsv | cut -f3
name
Ann Jones
# A live database too damaged to open is what restores are for: the backup's admin decides.
$ rm -f clerk.db-wal clerk.db-shm && echo "disk trouble" > clerk.db && clerk db restore monday.db
!~ restored from monday\.db; the replaced database is .*/clerk\.db\.replaced-\d{8}T\d{6}Z(-\d+)?
$ clerk contact list --format tsv | cut -f3
name
Ann Jones
$ echo "disk trouble" > clerk.db && clerk --user nobody db restore monday.db
! exit 77
! clerk: error: user: only an admin of the backup may restore it; 'nobody' is not an active admin there
