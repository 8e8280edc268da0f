# Team mode: a newer clerk on a team database an older one made. Only the owner of clerk's
# tables may change them, so the owner's clerk brings the schema up to date (any command, or
# `clerk db migrate`) and says to run `db grants --apply` for what is new; anyone else's clerk
# refuses (73), naming the owner, and changes nothing.
$ clerk init --quiet
$ PGUSER=admin psql -X -q -v ON_ERROR_STOP=1 "$CLERK_DB" -c "ALTER ROLE up_cw NOSUPERUSER"
$ clerk db grants --apply
! grants applied
$ clerk staff add cai --name "Cai Evans" --role caseworker --db-role up_cw --quiet
# The database as schema 18 left it, before the case views of 19:
$ PGUSER=admin psql -X -q -v ON_ERROR_STOP=1 "$CLERK_DB" -c "DROP VIEW case_facts, case_pause_facts; DROP FUNCTION clerk_case_search_hits(TEXT); UPDATE meta SET value = '18' WHERE key = 'schema_version'"
$ clerk --user up_cw case list
! exit 73
!~ clerk: error: .*: this team database's schema is 18 and this clerk writes 19: the owner of clerk's tables \('admin'\) brings it up to date with `clerk db migrate`
$ clerk db migrate
! warning: the team database's schema is now 19: run `clerk db grants --apply` (as its owner) so that every role may use what is new
! schema version 19 (current)
$ clerk --user up_cw case list
! exit 77
! ...
$ clerk db grants --apply
! grants applied
$ clerk --user up_cw case list --format tsv
ref	type	status	priority	category	subject	contact	assignee	received_on	due_on	due	overdue	marking
