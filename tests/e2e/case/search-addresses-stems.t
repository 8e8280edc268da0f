# Search finds what people type: the contact's address and postcode are indexed with the case
# (the README's `case search "damp ninian"`), words are stemmed ("bedroom" finds "bedrooms"),
# and a postcode typed without its space matches.
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones" --phone "07700 900123" --address "4 Ninian Road, Cardiff CF23 5EF" --quiet
1
$ clerk contact add "Mr Gareth Price" --address "9 Heathwood Road, Cardiff CF14 4HS" --quiet
2
$ clerk case open --subject "Damp in the back bedrooms" --contact 1 --category housing --quiet
C-2026-00001
$ clerk case open --subject "Damp school building" --contact 2 --category education --quiet
C-2026-00002
$ clerk case search "damp ninian" --format tsv | cut -f1
ref
C-2026-00001
$ clerk case search bedroom --format tsv | cut -f1
ref
C-2026-00001
$ clerk case search "damp building" --format tsv | cut -f1
ref
C-2026-00002
$ clerk case search CF235EF --format tsv | cut -f1
ref
C-2026-00001
$ clerk case search "cf23 5ef" --format tsv | cut -f1
ref
C-2026-00001
# An address edit, a move to another contact and a note keep the index in step.
$ clerk contact edit 2 --address "1 Ninian Park Road, Cardiff CF11 6JB"
! updated contact 2
$ clerk case search "damp ninian" --sort ref --format tsv | cut -f1
ref
C-2026-00001
C-2026-00002
$ clerk case search heathwood --format tsv | cut -f1
ref
$ clerk case note C-2026-00002 "Caretaker reports leaking roofs"
! noted on C-2026-00002
$ clerk case search "leaking roof" --format tsv | cut -f1
ref
C-2026-00002
