# Missing database, a database from a newer clerk, and a file that is not a database.
$ env -u CLERK_CONFIG clerk contact list
! exit 66
!~ clerk: error: .*/clerk.db: no database here; create one with `clerk init`
$ clerk contact list
! exit 78
!~ clerk: error: .*/config.toml: no config file here \(`clerk init` writes one; or unset CLERK_CONFIG/--config to use the defaults\)
$ clerk init --quiet
$ sqlite3 clerk.db "PRAGMA user_version = 99"
$ clerk contact list
! exit 73
!~ clerk: error: .*/clerk.db: this database was written by a newer clerk \(schema 99, this binary knows up to \d+\); upgrade clerk
# A file that is not a clerk database is refused with 65 and left byte for byte as it was: only
# `clerk init` makes a database. A directory is no database at all: 66.
$ echo "not a database" > junk.db && sha256sum junk.db > junk.sum
$ CLERK_DB=junk.db clerk contact list
! exit 65
! clerk: error: junk.db: not a clerk database (not an SQLite file); it was left as it is
$ CLERK_DB=junk.db clerk contact add "Ann Jones"
! exit 65
! clerk: error: junk.db: not a clerk database (not an SQLite file); it was left as it is
$ sha256sum --quiet -c junk.sum && ls junk.db*
junk.db
$ : > empty.db
$ CLERK_DB=empty.db clerk contact add "Ann Jones"
! exit 65
! clerk: error: empty.db: not a clerk database (the file is empty); it was left as it is: `clerk init` makes a database
$ CLERK_DB=empty.db clerk db check
! exit 65
! clerk: error: empty.db: not a clerk database (the file is empty); it was left as it is: `clerk init` makes a database
$ stat -c %s empty.db && ls empty.db*
0
empty.db
$ head -c 65536 /dev/urandom > random.db && sha256sum random.db > random.sum
$ CLERK_DB=random.db clerk case list
! exit 65
! clerk: error: random.db: not a clerk database (not an SQLite file); it was left as it is
$ sha256sum --quiet -c random.sum && ls random.db*
random.db
$ sqlite3 other.db "CREATE TABLE t (x); INSERT INTO t VALUES (1)" && sha256sum other.db > other.sum
$ CLERK_DB=other.db clerk contact list
! exit 65
! clerk: error: other.db: not a clerk database (an SQLite file without clerk's schema); it was left as it is
$ sha256sum --quiet -c other.sum && ls other.db*
other.db
$ mkdir folder.db
$ CLERK_DB=folder.db clerk contact list
! exit 66
! clerk: error: folder.db: a directory, not a database file; name the file itself with --db or CLERK_DB
# init makes a database of an empty file (the one command that creates).
$ CLERK_DB=empty.db clerk init --quiet && CLERK_DB=empty.db clerk contact list --format csv
id,kind,name,organisation,address,email,phone,notes,created_on
