# Global options and their environment variables; -o writes atomically; usage errors exit 64.
$ clerk --version
~ clerk \d+\.\d+\.\d+
$ clerk --help | head -1
clerk: casework, expenses, diary, reports and audit for a small UK public office
$ clerk -h | grep -c 'Exit status'
1
$ clerk --help-all | grep -c '^contact$'
1
$ clerk --db $WORK/other.db --config $WORK/other.toml --user boss init --quiet
$ test -f other.db && test -f other.toml && echo both made
both made
$ clerk --db other.db --config other.toml --user boss staff list --format tsv | cut -f1
login
boss
$ clerk --db other.db --config other.toml staff list
! exit 77
! clerk: error: user: 'admin' is not active staff on this database; act as a staff member with --user or CLERK_USER
$ clerk init --quiet
$ clerk --today 2027-01-05 contact add "Later" --quiet
1
$ clerk contact show 1 --format tsv | cut -f9
created_on
2027-01-05
$ clerk --today 2027-02-30 contact list
! exit 65
! clerk: error: today: '2027-02-30' is not a date: expected YYYY-MM-DD, DD/MM/YYYY or 6 Jul 2026 naming a real day
# -o never creates a missing directory: a mistyped path is refused, naming the directory.
$ clerk contact list --format csv -o out/contacts.csv
! exit 73
! clerk: error: out: no such directory
$ mkdir out && clerk contact list --format csv -o out/contacts.csv && cat out/contacts.csv
id,kind,name,organisation,address,email,phone,notes,created_on
1,person,Later,,,,,,2027-01-05
$ clerk contact list --format csv --output - | wc -l
2
$ clerk contact show 99 -o out/never.csv
! exit 66
! clerk: error: contact: no contact with id 99
$ ls out
contacts.csv
# A FIFO or device named by -o is written in place, never replaced by a file.
$ mkfifo pipe && (cat pipe > got &) && clerk contact list --format csv -o pipe && sleep 0.2 && cat got && test -p pipe && echo still a fifo
id,kind,name,organisation,address,email,phone,notes,created_on
1,person,Later,,,,,,2027-01-05
still a fifo
$ clerk contact list --no-such-option
! exit 64
! clerk: error: The following argument was not expected: --no-such-option
! Run `clerk --help` (or `clerk COMMAND --help`) for usage.
$ clerk contatc list
! exit 64
! clerk: error: unknown command 'contatc'; did you mean 'contact'?
$ clerk
! exit 64
! ...
