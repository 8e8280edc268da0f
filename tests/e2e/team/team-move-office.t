# Moving an office as README "Team mode" tells it: the owner of clerk's tables (the office's IT
# person: a role that is on no staff list and not a superuser) copies the file in, applies the
# grants and says which login role is which member of staff; then each person logs in as
# themselves. The owner may run the administration commands (those needing the admin role) and
# nothing else, and the trail names them. (Here "$CLERK_REAL" --db office.db is clerk on the
# file; `clerk` is the team database.)
# As the README's superuser steps: the owner role (CREATEROLE, for clerk's group roles) owns the
# database.
$ PGUSER=admin psql -X -q -v ON_ERROR_STOP=1 "$CLERK_DB" -c "ALTER ROLE mo_owner NOSUPERUSER CREATEROLE" -c "DO \$\$ BEGIN EXECUTE format('ALTER DATABASE %I OWNER TO mo_owner', current_database()); END \$\$" -c "ALTER SCHEMA public OWNER TO mo_owner"
$ "$CLERK_REAL" --db office.db init --quiet
$ "$CLERK_REAL" --db office.db staff add tom --name "Tom Price" --role caseworker --quiet
$ "$CLERK_REAL" --db office.db contact add "Mrs Ann Jones" --quiet
1
$ "$CLERK_REAL" --db office.db --user tom case open --subject "Damp in the flat" --contact 1 --quiet
C-2026-00001
$ PGUSER=mo_owner "$CLERK_REAL" --db office.db db copy --to "$CLERK_DB"
!~ copied to postgresql:///clerk_e2e_.*
$ clerk --user mo_owner db grants --apply
! grants applied
$ clerk --user mo_owner staff set tom --db-role mo_tom --quiet
$ clerk --user mo_owner staff set admin --db-role mo_ann --quiet
$ clerk --user mo_owner staff list
! exit 77
! clerk: error: the PostgreSQL role 'mo_owner' is not a member of staff on this team database; an admin adds them with `clerk staff add LOGIN --db-role mo_owner`
$ clerk --user mo_owner case list
! exit 77
! clerk: error: the PostgreSQL role 'mo_owner' is not a member of staff on this team database; an admin adds them with `clerk staff add LOGIN --db-role mo_owner`
# The staff, no longer superusers, are themselves; Tom may not do the owner's work.
$ for r in mo_tom mo_ann; do PGUSER=admin psql -X -q -v ON_ERROR_STOP=1 "$CLERK_DB" -c "ALTER ROLE $r NOSUPERUSER"; done
$ clerk --user mo_tom case list --format tsv | cut -f1
ref
C-2026-00001
$ clerk --user mo_tom staff set tom --db-role mo_ann
! exit 77
! clerk: error: `clerk staff set` needs the admin role; 'tom' has the caseworker role
# The trail names the owner for what it did.
$ clerk --user mo_ann audit log --format tsv | cut -f3-6 | grep mo_owner
mo_owner	grants	database	
mo_owner	set	staff	2
mo_owner	set	staff	1
$ clerk --user mo_ann audit verify --quiet
