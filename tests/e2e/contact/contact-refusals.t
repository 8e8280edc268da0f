# Unknown contacts, shared names, bad fields: refused with the field named, nothing written.
$ clerk init --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk contact add "Ann Jones" --organisation "Age Cymru"
2
$ clerk contact show 99
! exit 66
! clerk: error: contact: no contact with id 99
$ clerk contact show "Ann Jnes"
! exit 66
! clerk: error: contact: no contact called 'Ann Jnes' (did you mean one of: Ann Jones, Ann Jones?)
$ clerk contact show "ann jones"
! exit 65
! clerk: error: contact: several contacts are called 'ann jones'; give the id: 1, 2 (Age Cymru)
$ clerk contact add "Bob" --email "not-an-email"
! exit 65
! clerk: error: email: 'not-an-email' is not an email address
$ clerk contact add "   "
! exit 65
! clerk: error: name: a name is required
$ clerk contact add "Bob" --kind alien
! exit 64
! clerk: error: kind: 'alien' is not one of person, organisation
$ clerk contact edit 1 --email bad
! exit 65
! clerk: error: email: 'bad' is not an email address
$ clerk contact list --format tsv | wc -l
3
$ clerk contact add
! exit 64
!~ clerk: error: NAME is required.*
! ...
