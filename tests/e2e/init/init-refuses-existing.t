# A second init never touches an existing database.
$ clerk init --quiet
$ clerk init
! exit 73
!~ clerk: error: .*/clerk.db: a database already exists here; nothing was changed
$ clerk audit log --format tsv | cut -f1,3,4,5
seq	actor	action	entity
1	admin	init	staff
