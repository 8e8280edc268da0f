# An auditor can recompute the whole chain without clerk: tests/bench/clerk_audit.py is an
# independent implementation of the documented encoding (standard library only).
$ clerk init --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk contact edit 1 --phone "07700 900123" --quiet
$ clerk case open --subject "Damp" --contact 1 --category housing --quiet
C-2026-00001
# A bulk import: its row hashes are stored as 32-byte digests in runs, under rule clerk-batch-v2.
$ printf 'subject,contact,received_on,category\nPothole,Mr New Person,2026-11-20,transport\nNoise,Ms Other,2026-11-21,environment\n' | clerk case import - --quiet
$ /usr/bin/python3 $SOURCE/tests/bench/clerk_audit.py verify clerk.db
7 entries, 0 problems
$ cp clerk.db clean.db
$ sqlite3 clerk.db "DROP TRIGGER audit_batch_hashes_no_update; UPDATE audit_batch_hashes SET hashes = randomblob(length(hashes)) WHERE entity = 'contact'"
$ /usr/bin/python3 $SOURCE/tests/bench/clerk_audit.py verify clerk.db
! exit 1
entry 7: batch row hashes do not match the entry
7 entries, 1 problems
$ clerk audit verify --quiet --format tsv
! exit 1
check	seq	entity	entity_id	problem
batch	7	contact		the rows recorded for this bulk entry were altered
row-changed		contact	2	row differs from its last audited state (edited behind the tool's back)
row-changed		contact	3	row differs from its last audited state (edited behind the tool's back)
! clerk: error: audit verification found 3 problem(s); the first is listed first
$ cp clean.db clerk.db && rm -f clerk.db-wal clerk.db-shm
$ sqlite3 clerk.db "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE seq = 3"
$ /usr/bin/python3 $SOURCE/tests/bench/clerk_audit.py verify clerk.db
! exit 1
entry 3: entry hash does not match
7 entries, 1 problems
