# Team mode: the server says who is acting. Each member of staff logs in as the PostgreSQL role
# named as their login, or as the role `staff add/set --db-role` gives them. (Here `clerk` is the
# test shim, which logs in as the role --user or CLERK_USER names; $CLERK_REAL is clerk itself.)
$ clerk init --quiet
$ clerk staff add tom --name "Tom Price" --role caseworker --quiet
$ clerk staff add jan --name "Jan Evans" --role caseworker --db-role janw --quiet
$ clerk --user tom contact add "Mrs Ann Jones"
1
$ clerk --user janw contact add "Mr Kwame Mensah"
2
$ clerk audit log --format tsv | cut -f3,4,5,6
actor	action	entity	entity_id
admin	init	staff	1
admin	add	staff	2
admin	add	staff	3
tom	add	contact	1
jan	add	contact	2
# A role that is no member of staff is refused, saying how to add them.
$ clerk --user nobody contact list
! exit 77
! clerk: error: the PostgreSQL role 'nobody' is not a member of staff on this team database; an admin adds them with `clerk staff add LOGIN --db-role nobody`
# jan logs in as janw, not as jan; two members of staff cannot log in as one role.
$ clerk --user jan contact list
! exit 77
!~ clerk: error: the PostgreSQL role 'jan' is not a member of staff .*
$ clerk staff add tim --name "Tim Hughes" --db-role tom
! exit 65
! clerk: error: db-role: 'tom' already logs in as role 'tom'
$ clerk staff set tom --db-role "Tom Price"
! exit 65
!~ clerk: error: db-role: 'Tom Price' is not a role clerk accepts .*
# --user and CLERK_USER are not a way to act as someone else here.
$ PGUSER=tom "$CLERK_REAL" --user admin staff add eve --name "Eve Jones"
! exit 77
! clerk: error: user: --user and CLERK_USER name the acting member of staff only on a single-user database; on a team database you act as the PostgreSQL role you log in as (give another role in the URL or PGUSER, with its password in ~/.pgpass)
$ PGUSER=tom CLERK_USER=admin "$CLERK_REAL" contact list
! exit 77
! ...
# The example cron script gives no --user on a team database: the job acts as its login role.
$ OUT=out "$SOURCE/examples/cron/monthly-pack.sh" 2026-11 2>/dev/null; ls out/*.txt | wc -l
1
