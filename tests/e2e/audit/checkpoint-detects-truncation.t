# A checkpoint keeps the head of the trail elsewhere; verify --against proves the trail still
# holds it, so removing the newest entries together with their records (which verify alone
# cannot see) or rolling the database back is detected.
$ clerk init --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk case open --subject "Damp in flat" --contact 1
C-2026-00001
$ clerk audit checkpoint -o early.txt
!~ checkpoint: entry 4 [0-9a-f]{64}
$ cp clerk.db early.db
$ clerk contact add "Bob Smith" --quiet
2
$ clerk audit checkpoint --quiet > head.txt
$ head -1 head.txt && grep -c '^database: [0-9a-f]*$' head.txt && grep '^seq' head.txt
clerk audit checkpoint v1
1
seq: 5
$ grep -E '^hash: [0-9a-f]{64}$|^time: [0-9-]{10}T[0-9:.]{12}Z$' head.txt | cut -d: -f1
hash
time
$ clerk audit verify --against early.txt
! checked 5 audit entries (0 redacted) and 5 records
!~ head of the trail: entry 5 [0-9a-f]{64}
! ok: the trail is intact and every record matches it
!~ checkpoint: entry 4 of \S+ is in the trail; entries after it: 1
$ cp clerk.db pristine.db
# The newest entry and the record it made removed with the sqlite3 shell: the chain and the
# records still agree, so only the checkpoint shows it.
$ sqlite3 clerk.db "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_payload WHERE seq = 5; DELETE FROM audit_log WHERE seq = 5; DELETE FROM contact WHERE id = 2"
$ clerk audit verify --quiet
$ clerk audit verify --against head.txt --quiet --format tsv
! exit 1
check	seq	entity	entity_id	problem
checkpoint	5			the trail ends at entry 4 but the checkpoint holds entry 5: entries were removed after the checkpoint (truncated or rolled back)
! clerk: error: audit verification found 1 problem(s); the first is listed first
# An older copy put back in place of the live database (a rollback).
$ cp early.db clerk.db && rm -f clerk.db-wal clerk.db-shm
$ clerk audit verify --against head.txt --format csv
! exit 1
check,seq,entity,entity_id,problem
checkpoint,5,,,the trail ends at entry 4 but the checkpoint holds entry 5: entries were removed after the checkpoint (truncated or rolled back)
! checked 4 audit entries (0 redacted) and 4 records
!~ head of the trail: entry 4 [0-9a-f]{64}
!~ checkpoint: entry 5 of \S+ does not hold
! clerk: error: audit verification found 1 problem(s); the first is listed first
# A case edited behind the tool's back is found as well.
$ cp pristine.db clerk.db && rm -f clerk.db-wal clerk.db-shm
$ sqlite3 clerk.db "UPDATE cases SET subject = 'Nothing to see' WHERE id = 1"
$ clerk audit verify --against head.txt --quiet --format tsv
! exit 1
check	seq	entity	entity_id	problem
row-changed		case	1	row differs from its last audited state (edited behind the tool's back)
! clerk: error: audit verification found 1 problem(s); the first is listed first
# A checkpoint of another database does not vouch for this one.
$ mkdir other && CLERK_DB=$WORK/other/clerk.db clerk init --quiet && CLERK_DB=$WORK/other/clerk.db clerk audit checkpoint --quiet -o other.txt
$ cp pristine.db clerk.db && rm -f clerk.db-wal clerk.db-shm
$ clerk audit verify --against other.txt --quiet --format tsv
! exit 1
check	seq	entity	entity_id	problem
~ checkpoint	1			the checkpoint was taken of another database \(id [0-9a-f]+\)
! clerk: error: audit verification found 1 problem(s); the first is listed first
# A malformed or missing checkpoint file is refused, naming the line.
$ printf 'clerk audit checkpoint v1\ndatabase: x\nseq: four\n' > bad.txt
$ clerk audit verify --against bad.txt
! exit 65
! clerk: error: bad.txt line 3: seq: 'four' is not an entry number
$ printf 'clerk audit checkpoint v1\nseq: 4\n' > short.txt
$ clerk audit verify --against short.txt
! exit 65
! clerk: error: short.txt: the checkpoint has no 'database' line
$ clerk audit verify --against nowhere.txt
! exit 66
! clerk: error: nowhere.txt: cannot open the file
$ clerk audit checkpoint --quiet -o missing/dir/cp.txt
! exit 73
! clerk: error: missing/dir: no such directory
$ test -e missing || echo nothing made
nothing made
$ mkdir -p missing/dir && clerk audit checkpoint --quiet -o missing/dir/cp.txt && test -f missing/dir/cp.txt
