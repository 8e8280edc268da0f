# --type, --category, --assignee and --priority repeat like --status: a case matching any value.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk staff add ann --name "Ann Hughes" --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk case open --subject "FOI: parking fines" --contact 1 --type foi --category housing --assign tom --priority high --received 2026-11-02 --quiet
C-2026-00001
$ clerk case open --subject "SAR: my records" --contact 1 --type sar --category benefits --assign ann --priority urgent --received 2026-11-03 --quiet
C-2026-00002
$ clerk case open --subject "Bins not collected" --contact 1 --category education --priority low --received 2026-11-04 --quiet
C-2026-00003
$ clerk case list --type foi --type sar --sort ref --format tsv | cut -f1,2
ref	type
C-2026-00001	foi
C-2026-00002	sar
$ clerk case list --category housing --category education --sort ref --format tsv | cut -f1
ref
C-2026-00001
C-2026-00003
$ clerk case list --assignee tom --assignee ann --sort ref --format tsv | cut -f1
ref
C-2026-00001
C-2026-00002
$ clerk case list --priority urgent --priority low --sort ref --format tsv | cut -f1,4
ref	priority
C-2026-00002	urgent
C-2026-00003	low
$ clerk case due --within 30wd --assignee tom --assignee ann --format tsv | cut -f1
ref
C-2026-00001
C-2026-00002
$ clerk case list --type foi --type letter
! exit 64
! clerk: error: type: 'letter' is not one of enquiry, casework, complaint, foi, sar
