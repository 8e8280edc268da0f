# Each person's config can say where the office's database is ([database] url), so nobody types
# it: it is used when neither --db nor CLERK_DB names one.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Price" --role caseworker --quiet
$ printf '[database]\nurl = "%s"\n' "$CLERK_DB" >> "$CLERK_CONFIG"
$ env -u CLERK_DB clerk --user tom contact add "Mrs Ann Jones"
1
$ env -u CLERK_DB clerk config show --section database | grep -c '^url = "postgresql://'
1
# --db still wins.
$ env -u CLERK_DB clerk --db "$WORK/other.db" contact list
! exit 66
! ...
