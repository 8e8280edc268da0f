# Export then import into an empty database gives the same cases; every row is checked first
# and any bad row refuses the whole file (exit 65, nothing written); --dry-run only checks.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Mrs Ann Jones" --email ann@example.com --phone "07700 900123" --quiet
1
$ clerk case open --subject "Damp, mould and \"black spots\"" --contact 1 --category housing --assign tom --received 2026-11-02 --quiet
C-2026-00001
$ clerk case open --subject "FOI: overtime" --contact 1 --type foi --marking OFFICIAL-SENSITIVE --quiet
C-2026-00002
$ clerk case close C-2026-00001 --outcome resolved --quiet
$ clerk case export --format csv > cases.csv
$ cat cases.csv
ref,type,subject,contact,contact_email,contact_phone,contact_address,category,channel,priority,marking,status,outcome,received_on,acknowledged_on,assignee,body,awaiting_on,follow_up_on,escalated_on,closed_on,extension_months,contact_salutation
C-2026-00001,enquiry,"Damp, mould and ""black spots""",Mrs Ann Jones,ann@example.com,07700 900123,,housing,email,normal,OFFICIAL,closed,resolved,2026-11-02,,tom,,,,,2026-11-24,0,
C-2026-00002,foi,FOI: overtime,Mrs Ann Jones,ann@example.com,07700 900123,,other,email,normal,OFFICIAL-SENSITIVE,open,,2026-11-24,,,,,,,,0,
$ CLERK_DB=$WORK/other.db clerk init --quiet
$ CLERK_DB=$WORK/other.db clerk staff add tom --name "Tom Griffiths" --quiet
$ CLERK_DB=$WORK/other.db clerk case import cases.csv
! imported 2 cases (C-2026-00001 to C-2026-00002), 1 new contact
$ CLERK_DB=$WORK/other.db clerk case export --format csv | diff cases.csv - && echo same
same
$ CLERK_DB=$WORK/other.db clerk audit log --action import --format tsv | cut -f4,5,6,7
action	entity	entity_id	entity_id_to
import	case	1	2
import	contact	1	1
$ CLERK_DB=$WORK/other.db clerk audit verify --quiet
# JSON both ways, from stdin.
$ clerk case export --status open --format json > open.json && jq -r '.[].ref' open.json
C-2026-00002
$ sed 's/C-2026-00002/C-2026-00007/' open.json | CLERK_DB=$WORK/other.db clerk case import -
! imported 1 case (C-2026-00007), 0 new contacts
# A blank ref takes the next reference for its year.
$ printf 'subject,contact,received_on,category\nPothole on Albany Road,Mr New Person,2026-11-20,transport\n' | CLERK_DB=$WORK/other.db clerk case import -
! imported 1 case (C-2026-00008), 1 new contact
# Bad rows: each is listed with its line, and nothing is written.
$ printf 'subject,contact,received_on,type,category,status\nok,Ann,2026-11-01,enquiry,housing,open\nbad date,Ann,2026-02-30,enquiry,housing,open\nbad type,Ann,2026-11-01,complain,housing,open\n,Ann,2026-11-01,enquiry,housing,open\nclosed?,Ann,2026-11-01,enquiry,housing,closed\nbad cat,Ann,2026-11-01,enquiry,roads,open\n' > bad.csv
$ clerk case import bad.csv
! exit 65
! clerk: error: bad.csv: 5 bad rows; nothing was written:
!   line 3, received_on: '2026-02-30' is not a date: expected YYYY-MM-DD, DD/MM/YYYY or 6 Jul 2026 naming a real day
!   line 4, type: 'complain' is not one of enquiry, casework, complaint, foi, sar (did you mean complaint?)
!   line 5, subject: is required
!   line 6, outcome: a closed case needs an outcome and closed_on
!~   line 7, category: 'roads' is not a case category; .*
$ clerk case import bad.csv --dry-run
! exit 65
! ...
$ head -2 bad.csv > good.csv && clerk case import good.csv --dry-run
! 1 cases checked; nothing written (--dry-run)
$ clerk case list --format tsv | wc -l
3
$ printf 'subject,contact,received_on,colour\nx,y,2026-11-01,red\n' | clerk case import -
! exit 65
! clerk: error: stdin line 1: unknown column 'colour'; columns are ref, type, subject, contact, contact_email, contact_phone, contact_address, category, channel, priority, marking, status, outcome, received_on, acknowledged_on, assignee, body, awaiting_on, follow_up_on, escalated_on, closed_on, extension_months, contact_salutation
$ printf 'subject,contact\nx,y\n' | clerk case import -
! exit 65
! clerk: error: stdin line 1: the header has no 'received_on' column
$ printf 'ref,subject,contact,received_on\nC-2026-00001,x,y,2026-11-01\n' | clerk case import -
! exit 65
! clerk: error: stdin: 1 bad row; nothing was written:
!   line 2, ref: C-2026-00001 already exists
$ printf 'subject,contact,received_on\n"unclosed,y,2026-11-01\n' | clerk case import -
! exit 65
! clerk: error: stdin line 2: a quoted field is not closed (opened on this line)
$ clerk case import missing.csv
! exit 66
! clerk: error: missing.csv: cannot open the file
$ clerk audit log --action import --format tsv | wc -l
1
# A larger file goes through in blocks (read on one thread, inserted on another): references
# are handed out in file order after the largest one the file gives, and the trail verifies.
$ (echo subject,contact,received_on,category,ref; for i in $(seq 1 1500); do echo "Bins $i,Resident $((i % 700)),2026-11-20,environment,"; done; echo "Given,Someone,2026-11-20,environment,C-2026-02000") > many.csv
$ CLERK_DB=$WORK/many.db clerk init --quiet && CLERK_DB=$WORK/many.db clerk case import many.csv
! imported 1501 cases (C-2026-02000 to C-2026-03500), 701 new contacts
$ CLERK_DB=$WORK/many.db clerk case list --limit 0 --sort ref --format tsv | cut -f1 | sed -n '2p;1501p;1502p'
C-2026-02000
C-2026-03499
C-2026-03500
$ CLERK_DB=$WORK/many.db clerk audit verify --quiet
