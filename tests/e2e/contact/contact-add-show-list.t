# Contacts: add prints the new id (for scripts), show prints one, list streams them in name order.
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones" --email ann@example.com --phone "07700 900123" --address "4 Ninian Road, Cardiff CF23 5EJ" --notes "Prefers letters"
1
$ clerk contact add "Cardiff Council" --kind organisation --organisation "Cardiff Council" --email housing@example.gov.uk
2
$ echo "Met at surgery; needs an interpreter" | clerk contact add "Mr Kwame Mensah" --notes -
3
$ clerk contact show 1 --format json | jq -c '[.id, .name, .email, .phone, .organisation]'
[1,"Mrs Ann Jones","ann@example.com","07700 900123",null]
$ clerk contact show "mr kwame mensah" --format tsv
id	kind	name	organisation	address	email	phone	notes	created_on	salutation
3	person	Mr Kwame Mensah					Met at surgery; needs an interpreter	2026-11-24	
$ clerk contact show 2 --format table
ID            2
Kind          organisation
Name          Cardiff Council
Organisation  Cardiff Council
Address
Email         housing@example.gov.uk
Phone
Notes
Added         2026-11-24
Salutation
$ clerk contact list --format csv
id,kind,name,organisation,address,email,phone,notes,created_on
2,organisation,Cardiff Council,Cardiff Council,,housing@example.gov.uk,,,2026-11-24
3,person,Mr Kwame Mensah,,,,,Met at surgery; needs an interpreter,2026-11-24
1,person,Mrs Ann Jones,,"4 Ninian Road, Cardiff CF23 5EJ",ann@example.com,07700 900123,Prefers letters,2026-11-24
$ clerk contact list --kind organisation --format tsv | cut -f1,3
id	name
2	Cardiff Council
$ clerk contact list --limit 1 --format jsonl
{"id":2,"kind":"organisation","name":"Cardiff Council","organisation":"Cardiff Council","address":null,"email":"housing@example.gov.uk","phone":null,"notes":null,"created_on":"2026-11-24"}
