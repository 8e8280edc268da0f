# A closed standard output is refused before any work (exit 74): a write must never commit and
# then report a failure because it could not print its result. -o FILE still works.
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones" >&-
! exit 74
! clerk: error: standard output is closed; nothing was done (redirect it, e.g. to /dev/null, or give -o FILE)
$ clerk contact list --format csv
id,kind,name,organisation,address,email,phone,notes,created_on
$ clerk contact list --format csv -o contacts.csv >&- && cat contacts.csv
id,kind,name,organisation,address,email,phone,notes,created_on
# A full disk behind stdout is an I/O error too.
$ clerk contact list --format csv > /dev/full
! exit 74
! clerk: error: cannot write to standard output
