# Whose expense items: finance officers, managers and admins work on everyone's; a volunteer or a
# caseworker claims for themselves and lists, shows, edits, deletes and submits only their own.
# Lists leave the rest out and say how many; anything else is refused (77) and writes nothing.
$ clerk init --quiet
$ clerk staff add val --name "Val Jones" --role volunteer --quiet
$ clerk staff add cai --name "Cai Evans" --role caseworker --quiet
$ clerk staff add fin --name "Ffion Hughes" --role finance --quiet
$ clerk --user val expense add --claimant val --date 2026-11-02 --category travel --amount 12.50 --description "Bus to surgery" --quiet
1
$ clerk --user cai expense add --claimant cai --date 2026-11-03 --category travel --amount 5 --description "Train" --quiet
2
$ clerk --user val expense mileage --claimant val --date 2026-11-04 --miles 10 --from Office --to Library --purpose "Advice session" --quiet
3
# The volunteer sees their own two items, and how many others there are.
$ clerk --user val expense list --format tsv | cut -f1,3,5
id	claimant	description
1	val	Bus to surgery
3	val	Advice session
! 1 item hidden: your role sees only your own (see `clerk expense --help`)
# Naming themselves is asking only for theirs: nothing is hidden.
$ clerk --user val expense list --claimant val --format tsv | cut -f1
id
1
3
$ clerk --user val expense list --claimant cai
! exit 77
! clerk: error: claimant: listing another person's expense items needs the finance, manager or admin role; 'val' has the volunteer role
# Another person's item: not shown, changed, deleted or submitted.
$ clerk --user val expense show 2
! exit 77
! clerk: error: id: expense item 2 is cai's: another person's expense item needs the finance, manager or admin role; 'val' has the volunteer role
$ clerk --user val expense edit 2 --amount 50
! exit 77
! ...
$ clerk --user val expense delete 2
! exit 77
! ...
$ clerk --user val expense submit 1 2
! exit 77
! clerk: error: id: expense item 2 is cai's: another person's expense item needs the finance, manager or admin role; 'val' has the volunteer role
$ clerk --user val expense submit --claimant cai --month 2026-11
! exit 77
! clerk: error: claimant: submitting cai's expense items needs the finance, manager or admin role; 'val' has the volunteer role
# Nor claim for someone else, or hand an item over.
$ clerk --user val expense add --claimant cai --date 2026-11-05 --category travel --amount 1 --description "Taxi"
! exit 77
! clerk: error: claimant: claiming for cai needs the finance, manager or admin role; 'val' has the volunteer role
$ clerk --user val expense edit 1 --claimant cai
! exit 77
! clerk: error: claimant: claiming for cai needs the finance, manager or admin role; 'val' has the volunteer role
# Item 1 was not submitted with item 2, and nothing changed hands.
$ clerk --user fin expense list --format tsv | cut -f1,3,5,6,9
id	claimant	description	amount	status
1	val	Bus to surgery	12.50	draft
2	cai	Train	5.00	draft
3	val	Advice session	4.50	draft
# Their own: every command works.
$ clerk --user val expense edit 1 --amount 13.50 --quiet
$ clerk --user val expense submit --claimant val --month 2026-11
! submitted 1, 3
$ clerk --user cai expense show 2 --format json | jq -r .claimant
cai
$ clerk --user cai expense delete 2 --quiet
# Finance: everyone's.
$ clerk --user fin expense list --status submitted --format tsv | cut -f1,3
id	claimant
1	val
3	val
