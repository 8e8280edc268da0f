# Only admins change staff; the last admin cannot be demoted or retired; bad values are refused
# with the field named and nothing written.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --role caseworker --quiet
$ clerk --user tom staff add eve --name Eve
! exit 77
! clerk: error: `clerk staff add` needs the admin role; 'tom' has the caseworker role
$ clerk --user tom staff set tom --approval-limit 1000000
! exit 77
! clerk: error: `clerk staff set` needs the admin role; 'tom' has the caseworker role
$ clerk --user tom staff retire admin
! exit 77
! clerk: error: `clerk staff retire` needs the admin role; 'tom' has the caseworker role
$ clerk staff set admin --role manager
! exit 77
! clerk: error: role: 'admin' is the last admin; make another admin first
$ clerk staff retire admin
! exit 77
! clerk: error: 'admin' is the last admin; make another admin first
$ clerk staff add eve --name Eve --role boss
! exit 64
! clerk: error: role: 'boss' is not one of caseworker, finance, manager, admin, volunteer
$ clerk staff add eve --name Eve --approval-limit 12.345
! exit 65
! clerk: error: approval-limit: '12.345' is not an amount of money: more than two decimal places
$ clerk staff add eve --name Eve --approval-limit -5
! exit 65
! clerk: error: approval-limit: '-5' is not an amount of money: negative amounts are not allowed here
$ clerk staff add tom --name "Tom Again"
! exit 65
! clerk: error: login: a staff member with login 'tom' already exists
$ clerk staff set tomm --name Tom
! exit 66
! clerk: error: login: no staff member with login 'tomm' (did you mean tom?)
$ clerk staff add "Eve Smith" --name Eve
! exit 65
! clerk: error: login: 'Eve Smith' is not a valid login (lower-case letters, digits, '.', '_', '-'; starting with a letter)
$ clerk staff list --format tsv | cut -f1,4,5
login	role	approval_limit
admin	admin	0.00
tom	caseworker	0.00
$ clerk audit log --format tsv | wc -l
3
