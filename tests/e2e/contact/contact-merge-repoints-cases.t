# Merging contacts moves every case (and diary attendance) of the duplicate to the kept contact,
# each move audited; search finds the cases under the kept name.
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk contact add "A. Jones" --email ann@example.com --quiet
2
$ clerk case open --subject "Damp in flat" --contact 2 --category housing
C-2026-00001
$ clerk contact merge "A. Jones" --into 1
! merged contact 2 into 1 (1 references moved)
$ clerk case list --format tsv | cut -f1,7
ref	contact
C-2026-00001	Mrs Ann Jones
$ clerk case search "ann jones" --format tsv | cut -f1
ref
C-2026-00001
$ clerk audit log --entity case:1 --format tsv | cut -f4
action
open
repoint
$ clerk audit verify --quiet
