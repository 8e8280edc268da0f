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
!~ clerk: error: .*/clerk.db: this database was written by a newer clerk \(schema 99, this binary knows up to 4\); upgrade clerk
$ echo "not a database" > junk.db
$ CLERK_DB=junk.db clerk contact list
! exit 74
!~ clerk: error: .*the database file is damaged or not a clerk database.*
