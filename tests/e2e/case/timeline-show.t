# Notes and correspondence build the timeline; show prints the case, its whole timeline in date
# order, its deadlines and the signposting for its category, in every format. An email to the
# council does not acknowledge the case: the constituent has heard nothing yet.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Mrs Ann Jones" --email ann@example.com --quiet
1
$ clerk case open --subject "Damp in council flat" --contact 1 --category housing --assign tom --received 2026-11-20
C-2026-00001
$ clerk case note C-2026-00001 "Phoned Ann: mould in two bedrooms"
! noted on C-2026-00001
$ echo "Photos received by email" | clerk case note 1 -
! noted on 1
$ clerk case log C-2026-00001 --direction out --channel email --party "Cardiff Council Housing" --summary "Asked for a damp survey" --date 2026-11-23
! logged on C-2026-00001
$ clerk case wait C-2026-00001 --on "Cardiff Council Housing" --until +5wd
! C-2026-00001 awaiting Cardiff Council Housing until 2026-12-01
$ echo "Survey booked for 2 December" | clerk case log c-2026-1 --direction in --channel letter --party "Cardiff Council Housing" --summary -
! logged on c-2026-1
$ clerk case show C-2026-00001 --format json | jq -c '.case | [.status, .acknowledged_on, .due_on, .awaiting_on, .contact_email]'
["open",null,"2026-12-04",null,"ann@example.com"]
$ clerk case show C-2026-00001 --format json | jq -r '.timeline[] | [.date, .kind, .direction // "", .text] | @tsv'
2026-11-20	status		opened: enquiry received by email
2026-11-23	correspondence	out	Asked for a damp survey
2026-11-24	note		Phoned Ann: mould in two bedrooms
2026-11-24	note		Photos received by email
2026-11-24	status		open → awaiting Cardiff Council Housing until 2026-12-01
2026-11-24	correspondence	in	Survey booked for 2 December
2026-11-24	status		awaiting → open: reply from Cardiff Council Housing
$ clerk case show C-2026-00001 --format text | head -4
~  *OFFICIAL
~ C-2026-00001: Damp in council flat +Page 1 of 2

Case
$ clerk case show C-2026-00001 --format md | grep -c '^## '
3
$ clerk case show C-2026-00001 --format html | grep -c 'OFFICIAL'
~ [2-9]
$ clerk case show 99
! exit 66
! clerk: error: case: no case 99
$ clerk case show X-1
! exit 65
! clerk: error: case: 'X-1' is not a case reference (such as C-2026-00042)
$ clerk case log 1 --direction sideways --channel email --party x --summary y
! exit 64
! clerk: error: direction: 'sideways' is not one of in, out
$ clerk case log 1 --direction in --channel email --party x --summary y --date 2027-01-01
! exit 65
! clerk: error: date: 2027-01-01 is in the future (today is 2026-11-24)
$ clerk case note 1 ""
! exit 65
! clerk: error: text: must not be empty
$ clerk audit log --entity case_event --format tsv | wc -l
8
$ clerk audit verify --quiet
