# Team mode: `clerk db restore FILE` puts a checked backup (a single-user file, as `db backup`
# writes one) in place of a team database's contents: every row replaced in one transaction,
# the trail included, by the owner of clerk's tables (no other role may empty the trail). What
# it replaced is kept as a file beside the backup, and the restore is on the restored trail.
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk db backup before.db
! ...
$ clerk contact add "Mr Huw Bevan" --quiet
2
$ clerk db restore before.db
!~ restored from before\.db; the replaced database is \./clerk_e2e_[0-9a-f]+\.replaced-\d{8}T\d{6}Z\.db
$ clerk contact list --format tsv | cut -f3
name
Mrs Ann Jones
$ clerk audit verify
! ...
$ clerk audit log --format tsv | cut -f4 | tail -n 1
restore
# The replaced contents verify on their own; new rows number on from the restored ones.
$ "$CLERK_REAL" --db "$(ls ./*.replaced-*.db)" contact list --format tsv | cut -f3
name
Mr Huw Bevan
Mrs Ann Jones
$ "$CLERK_REAL" --db "$(ls ./*.replaced-*.db)" audit verify
! ...
$ clerk contact add "Ms Cerys Ellis" --quiet
2
# A backup that fails its checks changes nothing.
$ printf 'not a database at all' > bad.db
$ clerk db restore bad.db
! exit 65
! ...
$ clerk contact list --format tsv | cut -f3
name
Mrs Ann Jones
Ms Cerys Ellis
# An admin who is not the owner of clerk's tables is refused by the server's rules.
$ PGUSER=admin psql -X -q -v ON_ERROR_STOP=1 "$CLERK_DB" -c "ALTER ROLE rs_ann NOSUPERUSER"
$ clerk db grants --apply
! grants applied
$ clerk staff add ann --name "Ann Price" --role admin --db-role rs_ann --quiet
$ clerk --user rs_ann db restore before.db
! exit 77
! clerk: error: `clerk db restore` on a team database is run by the owner of clerk's tables ('admin'); log in as that role
