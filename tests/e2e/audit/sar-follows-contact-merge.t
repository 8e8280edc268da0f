# A merge deletes the duplicate contact, but the access log and the trail keep what happened to
# it under its own id (they are records of the past). The merge is recorded (contact_merge), so
# audit sar and audit access --contact on the contact kept include the duplicate's access
# entries and its audit entries; the access log itself is not rewritten.
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones" --email ann@example.org --quiet
1
$ clerk contact add "A. Jones" --phone "07700 900123" --quiet
2
$ clerk contact show 2 > /dev/null
$ clerk contact edit 2 --address "4 Ninian Road, Cardiff" --quiet
$ clerk contact merge 2 --into 1
! merged contact 2 into 1 (0 references moved)
# The access to contact 2 is still logged as it happened, and is found from contact 1.
$ clerk audit access --format tsv | cut -f4-
command	what	records	contacts
contact show	contact 2	1	2
$ clerk audit access --contact 1 --format tsv | cut -f4-
command	what	records	contacts
contact show	contact 2	1	2
$ clerk audit access --contact "Mrs Ann Jones" --format tsv | cut -f1
id
1
$ clerk audit sar 1 --format json > sar.json
$ jq -c '.sections.access_log[] | [.command, .what]' sar.json
["contact show","contact 2"]
# The audit entries of contact 2 (its creation, its edit, its merge) are there beside contact 1's,
# with the record of the merge itself.
$ jq -r '.sections.audit_entries[] | [.entity, .entity_id, .action] | @tsv' sar.json
contact	1	add
contact	2	add
contact	2	set
contact	1	merge
contact_merge	1	merge
contact	2	merged
$ clerk audit log --entity contact_merge:1 --payload --format json | jq -c '.[0].payload | fromjson | .after | [.merged_id, .into_id, .merged_on]'
[2,1,"2026-11-24"]
# The export of contact 1 is itself logged, about contact 1 only.
$ clerk audit access --contact 1 --format tsv | cut -f4,5,7
command	what	contacts
contact show	contact 2	2
audit sar	subject access export of contact 1	1
# A new contact never takes a merged contact's id: access entries and audit entries about
# contact 2 stay the first Ann Jones's, and are not this person's.
$ clerk contact add "Carol White" --quiet
3
$ clerk audit sar 3 --format json | jq -c '[(.sections.access_log | length), [.sections.audit_entries[] | .entity_id]]'
[0,[3]]
$ clerk contact show 2
! exit 66
! clerk: error: contact: no contact with id 2
$ clerk audit verify --quiet
$ python3 $SOURCE/tests/bench/clerk_audit.py verify "$CLERK_DB"
8 entries, 0 problems
