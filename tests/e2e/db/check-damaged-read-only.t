# `db check` on a damaged database reports what SQLite's integrity check found and exits 1 (the
# command for exactly this); other commands fail with 74. A read-only database file or directory
# is a permission problem: 77 (run as nobody: root ignores file modes).
$ clerk init --quiet
$ for n in Ann Bob Cai Dee Eve; do clerk contact add "$n Jones" --notes "$n has a note" --quiet > /dev/null; done
$ cp clerk.db good.db
# Overwrite a page in the middle of the file with junk, as a failing disk might.
$ /usr/bin/python3 -c 'import sqlite3; c = sqlite3.connect("clerk.db"); p = c.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", ("contact",)).fetchone()[0]; ps = c.execute("PRAGMA page_size").fetchone()[0]; c.close(); f = open("clerk.db", "r+b"); f.seek((p - 1) * ps); f.write(b"\xa5" * ps); f.close()'
$ clerk db check
! exit 1
!~ clerk: integrity: .*
! ...
$ clerk db check 2>&1 | tail -1
~ clerk: error: the database check found \d+ problem\(s\); the file is damaged: restore the latest good backup \(`clerk db restore`\)
$ clerk contact list > /dev/null
! exit 74
! ...
$ CLERK_DB=good.db clerk db check --quiet
# Read-only: the file and its directory, then the directory alone.
$ mkdir ro && cp good.db ro/office.db && cp config.toml ro/config.toml && chmod 755 . ro && chmod 644 ro/office.db ro/config.toml
$ /usr/sbin/runuser -u nobody -- env ASAN_OPTIONS=detect_leaks=0 CLERK_DB=$WORK/ro/office.db CLERK_CONFIG=$WORK/ro/config.toml CLERK_USER=admin CLERK_TODAY=2026-11-24 $WORK/bin/clerk contact add Bob --quiet
! exit 77
!~ clerk: error: .*ro/office.db: the database is read-only \(clerk needs write access to the file and its directory, even to read\): Permission denied
$ /usr/sbin/runuser -u nobody -- env ASAN_OPTIONS=detect_leaks=0 CLERK_DB=$WORK/ro/office.db CLERK_CONFIG=$WORK/ro/config.toml CLERK_USER=admin CLERK_TODAY=2026-11-24 $WORK/bin/clerk case list
! exit 77
!~ clerk: error: .*the database is read-only .*
$ chown nobody ro/office.db && chmod 600 ro/office.db
$ /usr/sbin/runuser -u nobody -- env ASAN_OPTIONS=detect_leaks=0 CLERK_DB=$WORK/ro/office.db CLERK_CONFIG=$WORK/ro/config.toml CLERK_USER=admin CLERK_TODAY=2026-11-24 $WORK/bin/clerk contact add Bob --quiet
! exit 77
!~ clerk: error: .*/ro: the database is read-only \(clerk needs write access to the file and its directory, even to read\): Permission denied
$ sqlite3 ro/office.db "SELECT count(*) FROM contact"
5
