# db check runs the integrity and foreign-key checks and audit verify; db backup makes a
# consistent private copy; db migrate reports the schema version.
$ clerk init --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk db check
! checked 2 audit entries (0 redacted) and 2 records
! ...
$ clerk db backup backups/copy.db
! exit 73
! clerk: error: backups: no such directory
$ mkdir backups && clerk db backup backups/copy.db
! backed up to backups/copy.db
$ stat -c %a backups/copy.db
600
$ CLERK_DB=$WORK/backups/copy.db clerk contact list --format tsv | cut -f3
name
Ann Jones
$ clerk db backup backups/copy.db
! exit 73
! clerk: error: backups/copy.db: the backup file already exists (use --force to replace it)
$ clerk db backup --force -o backups/copy.db --quiet
$ clerk db backup
! exit 64
! clerk: error: FILE: say where to write the backup: clerk db backup FILE
$ clerk db migrate
! schema version 4 (current)
$ sqlite3 clerk.db "UPDATE contact SET name = 'X'"
$ clerk db check --quiet --format tsv
! exit 1
check	seq	entity	entity_id	problem
row-changed		contact	1	row differs from its last audited state (edited behind the tool's back)
! clerk: error: the database check found 1 problem(s)
