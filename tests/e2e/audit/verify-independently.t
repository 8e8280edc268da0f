# An auditor can recompute the whole chain without clerk: tests/bench/clerk_audit.py is an
# independent implementation of the documented encoding (standard library only).
$ clerk init --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk contact edit 1 --phone "07700 900123" --quiet
$ clerk case open --subject "Damp" --contact 1 --category housing --quiet
C-2026-00001
$ /usr/bin/python3 $SOURCE/tests/bench/clerk_audit.py verify clerk.db
5 entries, 0 problems
$ sqlite3 clerk.db "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE seq = 3"
$ /usr/bin/python3 $SOURCE/tests/bench/clerk_audit.py verify clerk.db
! exit 1
entry 3: entry hash does not match
5 entries, 1 problems
