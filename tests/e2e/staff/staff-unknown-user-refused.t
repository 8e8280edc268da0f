# Once staff exist, someone not on the list cannot use the database at all.
$ clerk init --quiet
$ CLERK_USER=mallory clerk contact list
! exit 77
! clerk: error: user: 'mallory' is not active staff on this database; act as a staff member with --user or CLERK_USER
$ clerk --user mallory audit log
! exit 77
! clerk: error: user: 'mallory' is not active staff on this database; act as a staff member with --user or CLERK_USER
