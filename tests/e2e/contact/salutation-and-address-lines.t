# How letters greet a contact: their own salutation when set, else the name without a first
# name after a title, or "Sir or Madam" for an organisation. A typed \n in --address is a line
# break (commas are kept as typed), and letters print each address line on its own line.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Mrs Ann Jones" --address '3 Church Lane\nMelksham\nSN12 6AA'
1
$ clerk contact show 1 --format json | jq -c '[.salutation, .address]'
[null,"3 Church Lane\nMelksham\nSN12 6AA"]
$ clerk contact add "Dr Rhys ap Gwilym Davies" --salutation "Dr Davies" --address "Flat 2, 4 Ninian Road\nCardiff CF23 5EJ"
2
$ clerk contact add "Cardiff Council Housing" --kind organisation
3
$ clerk contact add "Ann Jones"
4
$ clerk contact show 2 --format json | jq -c '[.salutation, .address]'
["Dr Davies","Flat 2, 4 Ninian Road\nCardiff CF23 5EJ"]
$ clerk case open --subject "Damp in council flat" --contact 1 --category housing --assign tom --received 2026-11-20
C-2026-00001
$ clerk case open --subject "Noise" --contact 2 --received 2026-11-20
C-2026-00002
$ clerk case open --subject "Repairs" --contact 3 --received 2026-11-20
C-2026-00003
$ clerk case open --subject "Bins" --contact 4 --received 2026-11-20
C-2026-00004
$ clerk case letter C-2026-00001 --template holding --preview --format text | sed -n '6,14p'
24 November 2026

Mrs Ann Jones
3 Church Lane
Melksham
SN12 6AA

Our reference: C-2026-00001

$ clerk case letter C-2026-00001 --template holding --preview --format text | grep '^Dear'
Dear Mrs Jones,
$ clerk case letter C-2026-00002 --template holding --preview --format text | grep -A2 '^Dr Rhys'
Dr Rhys ap Gwilym Davies
Flat 2, 4 Ninian Road
Cardiff CF23 5EJ
$ clerk case letter C-2026-00002 --template holding --preview --format text | grep '^Dear'
Dear Dr Davies,
$ clerk case letter C-2026-00003 --template holding --preview --format text | grep '^Dear'
Dear Sir or Madam,
$ clerk case letter C-2026-00004 --template holding --preview --format text | grep '^Dear'
Dear Ann Jones,
# Edit sets or clears the salutation (empty: back to the default); {{contact.salutation}} is a
# placeholder for an office's own templates.
$ clerk contact edit 4 --salutation "Ann"
! updated contact 4
$ clerk case letter C-2026-00004 --template holding --preview --format text | grep '^Dear'
Dear Ann,
$ clerk contact edit 4 --salutation ""
! updated contact 4
$ clerk case letter C-2026-00004 --template holding --preview --format text | grep '^Dear'
Dear Ann Jones,
$ clerk contact edit 1 --address 'Ty Gwyn\n  Heol y Bont  \nBala LL23 7AB'
! updated contact 1
$ clerk contact show 4 --format csv
id,kind,name,organisation,address,email,phone,notes,created_on,salutation
4,person,Ann Jones,,,,,,2026-11-24,
$ clerk contact show 1 --format json | jq -r .address
Ty Gwyn
Heol y Bont
Bala LL23 7AB
# Merging fills a blank salutation from the duplicate; case export and import carry it.
$ clerk contact add "Ann Jones (duplicate)" --salutation "Mrs Jones" --quiet
5
$ clerk contact merge 5 --into 4
! merged contact 5 into 4 (0 references moved)
$ clerk contact show 4 --format json | jq -r .salutation
Mrs Jones
$ clerk case export --format csv | python3 -c 'import csv,sys; print([r["contact_salutation"] for r in csv.DictReader(sys.stdin)])'
['', 'Dr Davies', '', 'Mrs Jones']
$ printf 'subject,contact,contact_salutation,received_on\nParking,Mr Huw Price,Huw,2026-11-02\n' > cases.csv
$ clerk case import cases.csv
! ...
$ clerk contact show "Mr Huw Price" --format json | jq -r .salutation
Huw
$ clerk audit verify --quiet
