# When retention anonymises a contact, the audit entries about contacts merged into it go too:
# those contacts are gone, but the trail's entries about them held their details (here details
# the merge did not copy, as the contact kept had its own).
$ clerk init --quiet
$ clerk contact add "Ann Jones" --email ann@example.org --phone "07700 900123" --address "4 Ninian Road, Cardiff" --quiet
1
$ clerk contact add "Mrs A. Jones" --email a.jones@old.example --address "12 Heol Hir, Llanishen" --quiet
2
$ clerk contact edit 2 --phone "029 2075 1234" --quiet
$ clerk --today 2019-01-02 case open --subject "Damp at the flat" --contact 2 --category housing --received 2019-01-02
C-2019-00001
$ clerk --today 2019-03-01 case close C-2019-00001 --outcome resolved --quiet
$ clerk --today 2019-04-01 contact merge "Mrs A. Jones" --into 1 --quiet
$ clerk audit retention --format tsv
record	id	ref	date	action
case	1	C-2019-00001	2019-03-01	anonymise
contact	1	1		anonymise
$ clerk audit retention --apply --format tsv
record	id	ref	date	action
case	1	C-2019-00001	2019-03-01	anonymise
contact	1	1		anonymise
! anonymised 4 rows of 2 records; deleted 0 access log entries; redacted 11 audit entries
$ sqlite3 clerk.db "SELECT count(*) FROM audit_log a JOIN audit_payload p ON p.seq = a.seq WHERE a.entity = 'contact' AND a.entity_id = 2"
0
$ clerk audit verify --quiet
$ python3 $SOURCE/tests/bench/clerk_audit.py verify clerk.db | cut -d, -f2
 0 problems
$ sqlite3 clerk.db "VACUUM" && cat clerk.db* | grep -c -a -i -E 'Ann Jones|A\. Jones|ann@example|a\.jones@old|Ninian|Heol Hir|07700|2075 1234|Damp at the flat'
0
! exit 1
# The record of the merge (ids and a date) stays, as links by id do.
$ sqlite3 clerk.db "SELECT merged_id, into_id, merged_on FROM contact_merge"
2|1|2019-04-01
