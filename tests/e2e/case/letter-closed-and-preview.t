# A letter is recorded as sent unless it is a --preview, which prints it and logs only the
# access. A closed case takes the closing letter (exactly what it needs); any other letter on a
# closed case is refused before anything is printed or logged, the access included.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Mrs Ann Jones"
1
$ clerk case open --subject "Damp in council flat" --contact 1 --category housing --assign tom --received 2026-11-20
C-2026-00001
# A preview: printed and its access logged, but no "letter sent" and the case not acknowledged.
$ clerk case letter C-2026-00001 --template acknowledgement --preview --format text | grep -c "Re: Damp in council flat"
1
$ clerk case show C-2026-00001 --format json | jq -c '[.case.acknowledged_on, ([.timeline[] | select(.kind == "letter")] | length)]'
[null,0]
$ clerk audit access --format tsv | cut -f4,5
command	what
case letter	case C-2026-00001 letter acknowledgement
case show	case C-2026-00001
# Without --preview the letter is recorded as sent, and acknowledges the case.
$ clerk case letter C-2026-00001 --template acknowledgement --format text > /dev/null
$ clerk case show C-2026-00001 --format json | jq -c '[.case.acknowledged_on, [.timeline[] | select(.kind == "letter") | .text]]'
["2026-11-24",["letter sent: acknowledgement"]]
$ clerk case close C-2026-00001 --outcome resolved
! C-2026-00001 closed
# Any letter but the closing one is refused on a closed case: nothing printed, nothing logged.
$ clerk audit access --format tsv | wc -l
5
$ clerk case letter C-2026-00001 --template holding --format text
! exit 65
! clerk: error: C-2026-00001: the case is closed; reopen it first, or send the 'closing' letter
$ clerk case letter C-2026-00001 --template acknowledgement --preview --format text
! exit 65
! clerk: error: C-2026-00001: the case is closed; reopen it first, or send the 'closing' letter
$ clerk audit access --format tsv | wc -l
5
# The closing letter is printed and recorded on the closed case, which stays closed.
$ clerk case letter C-2026-00001 --template closing --format text | grep -c "we have now closed your case"
1
$ clerk case show C-2026-00001 --format json | jq -c '[.case.status, .case.acknowledged_on, [.timeline[] | select(.kind == "letter") | .text]]'
["closed","2026-11-24",["letter sent: acknowledgement","letter sent: closing"]]
$ clerk case letter C-2026-00001 --template closing --preview --format text | grep -c "Yours sincerely"
1
$ clerk case show C-2026-00001 --format json | jq '[.timeline[] | select(.kind == "letter")] | length'
2
