# edit changes fields; merge folds a duplicate into the kept contact (blank fields filled,
# notes joined); search finds every word across the details.
$ clerk init --quiet
$ clerk contact add "Gareth Price" --phone "029 2022 2222" --notes "Called about bins"
1
$ clerk contact add "G. Price" --email gareth@example.net --address "7 Heathwood Road" --notes "Emailed twice"
2
$ clerk contact add "Cardiff Council Housing" --kind organisation
3
$ clerk contact edit 3 --name "Cardiff Council Housing Options" --kind organisation --organisation "Cardiff Council" --address "County Hall" --email housing@example.gov.uk --phone "029 2053 7111" --notes "Main housing contact"
! updated contact 3
$ clerk contact merge 2 --into "Gareth Price"
! merged contact 2 into 1 (0 references moved)
$ clerk contact show 1 --format json | jq -c '[.name, .email, .phone, .address, .notes]'
["Gareth Price","gareth@example.net","029 2022 2222","7 Heathwood Road","Called about bins\nEmailed twice"]
$ clerk contact show 2
! exit 66
! clerk: error: contact: no contact with id 2
$ clerk contact merge 1 --into 1
! exit 65
! clerk: error: into: cannot merge a contact into itself
$ clerk contact search "heathwood gareth" --format tsv | cut -f1,3
id	name
1	Gareth Price
$ clerk contact search council --kind organisation --limit 5 --format tsv | cut -f1,3
id	name
3	Cardiff Council Housing Options
$ clerk contact search "100%" --format tsv
id	kind	name	organisation	address	email	phone	notes	created_on
$ clerk audit log --entity contact:2 --format tsv | cut -f4,5,6
action	entity	entity_id
add	contact	2
merged	contact	2
$ clerk audit verify --quiet
# Phone numbers and postcodes match with or without their spaces.
$ clerk contact add "Mrs Eira Phone" --phone "07700 900123" --address "2 Ninian Road, Cardiff CF23 5EF" --quiet
~ [0-9]+
$ clerk contact search 07700900123 --format tsv | cut -f3
name
Mrs Eira Phone
$ clerk contact search "07700 900123" --format tsv | cut -f3
name
Mrs Eira Phone
$ clerk contact search cf235ef --format tsv | cut -f3
name
Mrs Eira Phone
$ clerk contact search 07700-900-123 --format tsv | cut -f3
name
Mrs Eira Phone
