# The list filters work the same on export and search (one filter, three commands).
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk contact add "Mr Gareth Price" --quiet
2
$ clerk case open --subject "Housing repair: damp" --contact 1 --category housing --assign tom --priority high --received 2026-10-01 --quiet
C-2026-00001
$ clerk case open --subject "Housing allocation: damp flat" --contact 2 --category housing --type casework --marking OFFICIAL-SENSITIVE --received 2026-11-20 --quiet
C-2026-00002
$ clerk case open --subject "Damp school building" --contact 2 --category education --received 2026-11-24 --quiet
C-2026-00003
$ clerk case close C-2026-00003 --outcome referred --quiet
$ clerk case export --category housing --type enquiry --assignee tom --priority high --format tsv | cut -f1
ref
C-2026-00001
$ clerk case export --contact 2 --marking OFFICIAL-SENSITIVE --opened-from 2026-11-01 --opened-to 2026-11-30 --format tsv | cut -f1
ref
C-2026-00002
$ clerk case export --closed-from 2026-11-24 --closed-to 2026-11-24 --format tsv | cut -f1,12
ref	status
C-2026-00003	closed
$ clerk case export --overdue --sort due --limit 5 --format tsv | cut -f1
ref
C-2026-00001
$ clerk case export --due-within 3wd --format tsv | cut -f1
ref
C-2026-00001
C-2026-00002
$ clerk case search damp --type casework --contact 2 --marking OFFICIAL-SENSITIVE --format tsv | cut -f1
ref
C-2026-00002
$ clerk case search damp --assignee tom --priority high --opened-from 2026-09-01 --opened-to 2026-10-31 --format tsv | cut -f1
ref
C-2026-00001
$ clerk case search damp --closed-from 2026-11-01 --closed-to 2026-11-30 --format tsv | cut -f1
ref
C-2026-00003
$ clerk case search damp --overdue --format tsv | cut -f1
ref
C-2026-00001
$ clerk case search damp --due-within 3wd --sort ref --format tsv | cut -f1
ref
C-2026-00001
C-2026-00002
