# An auditor can recompute a team database's whole chain without clerk, as for a file
# (audit/verify-independently.t): tests/bench/clerk_audit.py reads it with psycopg2 and agrees
# with `clerk audit verify`, entry for entry, when the trail is tampered with behind clerk's back
# (here by a superuser, who can switch off the trail's triggers).
$ clerk init --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk contact edit 1 --phone "07700 900123" --quiet
$ clerk case open --subject "Damp" --contact 1 --category housing --quiet
C-2026-00001
$ printf 'subject,contact,received_on,category\nPothole,Mr New Person,2026-11-20,transport\nNoise,Ms Other,2026-11-21,environment\n' | clerk case import - --quiet
$ PGUSER=admin python3 $SOURCE/tests/bench/clerk_audit.py verify "$CLERK_DB"
7 entries, 0 problems
$ PGUSER=admin psql -X -q -v ON_ERROR_STOP=1 "$CLERK_DB" -c "ALTER TABLE audit_batch_hashes DISABLE TRIGGER audit_batch_hashes_no_change; UPDATE audit_batch_hashes SET hashes = sha256(hashes) || sha256(sha256(hashes)) WHERE entity = 'contact'; ALTER TABLE audit_batch_hashes ENABLE TRIGGER audit_batch_hashes_no_change"
$ PGUSER=admin python3 $SOURCE/tests/bench/clerk_audit.py verify "$CLERK_DB"
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
$ PGUSER=admin psql -X -q -v ON_ERROR_STOP=1 "$CLERK_DB" -c "ALTER TABLE audit_log DISABLE TRIGGER audit_log_redact_only; UPDATE audit_log SET actor = 'mallory' WHERE seq = 3; ALTER TABLE audit_log ENABLE TRIGGER audit_log_redact_only"
$ PGUSER=admin python3 $SOURCE/tests/bench/clerk_audit.py verify "$CLERK_DB"
! exit 1
entry 3: entry hash does not match
entry 7: batch row hashes do not match the entry
7 entries, 2 problems
