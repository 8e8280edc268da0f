# verify passes on a clean database and exits 1, naming the first offending entry or record,
# when the data or the trail is changed behind the tool's back with the sqlite3 shell.
$ clerk init --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk contact add "Bob Smith" --quiet
2
$ clerk audit verify
! checked 3 audit entries (0 redacted) and 3 records
!~ head of the trail: entry 3 [0-9a-f]{64}
! ok: the trail is intact and every record matches it
! cannot rule out: removal of the newest entries together with the records they made; keep a checkpoint of the head elsewhere to detect that
$ cp clerk.db pristine.db
# An edited record.
$ sqlite3 clerk.db "UPDATE contact SET name = 'Eve' WHERE id = 1"
$ clerk audit verify --quiet
! exit 1
check	seq	entity	entity_id	problem
row-changed		contact	1	row differs from its last audited state (edited behind the tool's back)
! clerk: error: audit verification found 1 problem(s); the first is listed first
# A record inserted and one deleted behind the tool's back.
$ cp pristine.db clerk.db && rm -f clerk.db-wal clerk.db-shm
$ sqlite3 clerk.db "INSERT INTO contact (kind, name, created_on) VALUES ('person', 'Ghost', '2026-11-24'); DELETE FROM contact WHERE id = 2"
$ clerk audit verify --quiet --format csv
! exit 1
check,seq,entity,entity_id,problem
row-missing,,contact,2,row was deleted without an audit entry
row-unrecorded,,contact,3,row has no audit entry (inserted behind the tool's back)
! clerk: error: audit verification found 2 problem(s); the first is listed first
# An altered entry (triggers dropped first: they are defence in depth only).
$ cp pristine.db clerk.db && rm -f clerk.db-wal clerk.db-shm
$ sqlite3 clerk.db "UPDATE audit_log SET actor = 'someone' WHERE seq = 2"
! Error: stepping, audit_log is append-only (19)
! exit 19
$ sqlite3 clerk.db "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone' WHERE seq = 2"
$ clerk audit verify --quiet --format tsv
! exit 1
check	seq	entity	entity_id	problem
chain	2	contact	1	entry altered: its hash does not match
! clerk: error: audit verification found 1 problem(s); the first is listed first
# A deleted entry breaks the chain at the next one.
$ cp pristine.db clerk.db && rm -f clerk.db-wal clerk.db-shm
$ sqlite3 clerk.db "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_payload WHERE seq = 2; DELETE FROM audit_log WHERE seq = 2"
$ clerk audit verify --quiet --format tsv
! exit 1
check	seq	entity	entity_id	problem
chain	3	contact	2	sequence gap: expected entry 2 (entries were deleted or renumbered)
chain	3	contact	2	does not follow the previous entry (entries were removed, reordered or altered)
row-unrecorded		contact	1	row has no audit entry (inserted behind the tool's back)
! clerk: error: audit verification found 3 problem(s); the first is listed first
# An altered before/after image.
$ cp pristine.db clerk.db && rm -f clerk.db-wal clerk.db-shm
$ sqlite3 clerk.db "UPDATE audit_payload SET body = replace(body, 'Bob', 'Rob') WHERE seq = 3"
$ clerk audit verify --quiet --format tsv
! exit 1
check	seq	entity	entity_id	problem
payload	3	contact	2	before/after images altered: they do not match the entry's commitment
! clerk: error: audit verification found 1 problem(s); the first is listed first
# A redacted payload (erased body and salt) still verifies and is counted.
$ cp pristine.db clerk.db && rm -f clerk.db-wal clerk.db-shm
$ sqlite3 clerk.db "DELETE FROM audit_payload WHERE seq = 3"
$ clerk audit verify --format json
! checked 3 audit entries (1 redacted) and 3 records
! ...
