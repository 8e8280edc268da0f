# People type UK dates: DD/MM/YYYY and "6 Jul 2026" are read wherever a date is, on the command
# line and in case and expense imports; never month first (01/12/2026 is 1 December).
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk case open --subject "Bins" --contact 1 --received 01/11/2026 --quiet
C-2026-00001
$ clerk case open --subject "Parking" --contact 1 --received "6 Nov 2026" --quiet
C-2026-00002
$ clerk case open --subject "Noise" --contact 1 --received 09-Nov-2026 --quiet
C-2026-00003
$ clerk case list --sort ref --format tsv | cut -f1,9
ref	received_on
C-2026-00001	2026-11-01
C-2026-00002	2026-11-06
C-2026-00003	2026-11-09
$ clerk case list --opened-from 02/11/2026 --opened-to "8th November 2026" --format tsv | cut -f1
ref
C-2026-00002
$ clerk --today 01/12/2026 case open --subject "Lights" --contact 1 --quiet
C-2026-00004
$ clerk case show C-2026-00004 --format json | jq -r '.case.received_on'
2026-12-01
$ clerk case open --subject "Christmas" --contact 1 --received 11/25/2026
! exit 65
! clerk: error: received: '11/25/2026' is not a date: the day comes first (DD/MM/YYYY)
$ clerk case open --subject "Two digits" --contact 1 --received 01/11/26
! exit 65
! clerk: error: received: '01/11/26' is not a date: expected YYYY-MM-DD, DD/MM/YYYY or 6 Jul 2026 naming a real day
$ clerk expense add --claimant sam --date "3 Nov 2026" --category travel --amount 12 --description Train
1
$ clerk expense add --claimant sam --date 04/11/2026 --category travel --amount 12 --description Bus
2
$ clerk expense list --format tsv | cut -f1,2
id	date
1	2026-11-03
2	2026-11-04
# Imports read the same forms.
$ printf 'subject,contact,received_on,category\nPothole,Mr New Person,20/11/2026,transport\nFlood,Mr New Person,21 Nov 2026,transport\nUS style,Mr New Person,11/21/2026,transport\n' > cases.csv
$ clerk case import cases.csv
! exit 65
! clerk: error: cases.csv: 1 bad row; nothing was written:
!   line 4, received_on: '11/21/2026' is not a date: the day comes first (DD/MM/YYYY)
$ sed -i '$d' cases.csv && clerk case import cases.csv
! imported 2 cases (C-2026-00005 to C-2026-00006), 1 new contact
$ clerk case list --sort ref --format tsv | cut -f1,9 | tail -2
C-2026-00005	2026-11-20
C-2026-00006	2026-11-21
$ printf 'claimant,date,category,description,amount\nsam,05/11/2026,travel,Taxi,9\nsam,06-Nov-2026,travel,Tram,2\n' > expenses.csv
$ clerk expense import expenses.csv
! imported 2 items (ids 3-4)
$ clerk expense list --format tsv | cut -f1,2 | tail -2
3	2026-11-05
4	2026-11-06
