# Full-text search over subjects, contact names, notes and correspondence, ranked, with a
# snippet; the filters combine with it; the index follows every change.
$ clerk init --quiet
$ clerk contact add "Mrs Siobhán O'Brien" --quiet
1
$ clerk contact add "Mr Kwame Mensah" --quiet
2
$ clerk case open --subject "Damp and mould in flat" --contact 1 --category housing
C-2026-00001
$ clerk case open --subject "Universal Credit sanction" --contact 2 --category benefits
C-2026-00002
$ clerk case note C-2026-00002 "Jobcentre says the damp flat made him miss appointments"
! noted on C-2026-00002
$ clerk case search damp --format tsv | cut -f1,14
ref	snippet
C-2026-00002	Jobcentre says the [damp] flat made him miss appointments
C-2026-00001	C-2026-00001 [Damp] and mould in flat Mrs Siobhán…
$ clerk case search damp --category benefits --format tsv | cut -f1
ref
C-2026-00002
$ clerk case search "o'brien" --format tsv | cut -f1
ref
C-2026-00001
$ clerk case search siobhan --format tsv | cut -f1
ref
C-2026-00001
$ clerk case search "sanct*" --format tsv | cut -f1
ref
C-2026-00002
$ clerk case search "damp appointments" --format tsv | cut -f1
ref
C-2026-00002
$ clerk case search damp --sort ref --limit 1 --format tsv | cut -f1
ref
C-2026-00001
# Renaming a contact and closing a case keep the index in step.
$ clerk contact edit 2 --name "Mr Kwame Asante-Mensah"
! updated contact 2
$ clerk case search asante --format tsv | cut -f1
ref
C-2026-00002
$ clerk case close C-2026-00002 --outcome referred --quiet
$ clerk case search damp --status closed --format tsv | cut -f1,3
ref	status
C-2026-00002	closed
$ clerk case search "nothing-like-this" --format tsv
ref	type	status	priority	category	subject	contact	assignee	received_on	due_on	due	overdue	marking	snippet
$ clerk case search "  "
! exit 65
! clerk: error: query: give words to search for
