# audit log lists who changed what, with filters, in every format; --payload shows the
# before/after images.
$ clerk init --quiet
$ clerk staff add jo --name "Jo Bloggs" --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ CLERK_USER=jo clerk contact edit 1 --phone 123 --quiet
$ clerk audit log --format tsv | cut -f1,3,4,5,6,8
seq	actor	action	entity	entity_id	command
1	admin	init	staff	1	clerk init --quiet
2	admin	add	staff	2	clerk staff add jo --name 'Jo Bloggs' --quiet
3	admin	add	contact	1	clerk contact add 'Ann Jones' --quiet
4	jo	set	contact	1	clerk contact edit 1 --phone 123 --quiet
$ clerk audit log --user jo --format csv | cut -d, -f1,3,4
seq,actor,action
4,jo,set
$ clerk audit log --entity contact:1 --action set --payload --format json | jq -c '.[0].payload | fromjson | [.before.phone, .after.phone]'
[null,"123"]
$ clerk audit log --entity staff --limit 1 --format jsonl | jq -c '[.seq, .redacted]'
[2,false]
$ clerk audit log --since 2026-01-01 --format tsv | wc -l
5
$ clerk audit log --since 2099-01-01 --format tsv | wc -l
1
$ clerk audit log --format md | head -3
~ \| Seq \| When \(UTC\) \|.*
~ \| ---: \| --- \|.*
~ \| 1 \| 20.*
$ clerk audit log --entity invoice:1
! exit 65
!~ clerk: error: entity: 'invoice' is not a kind of record; use one of staff, contact, holiday, case, .* \(optionally :ID\)
$ clerk audit log --since someday
! exit 65
!~ clerk: error: since: .*someday.*
