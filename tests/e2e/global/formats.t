# Every listing in every format; CSV parsed back with Python's csv module, JSON with jq.
$ clerk init --quiet
$ clerk contact add "=HYPERLINK(\"http://evil\")" --notes "-2+3" --quiet
1
$ clerk contact add "O'Brien, Siobhán" --address "$(printf 'Flat 1\n2 Quay St')" --quiet
2
$ clerk staff add jo --name Jo --approval-limit 1234.5 --quiet
$ clerk staff list --format csv | /usr/bin/python3 -c 'import csv,sys; r=list(csv.DictReader(sys.stdin)); print(r[1]["login"], r[1]["approval_limit"])'
jo 1234.50
$ clerk contact list --format csv | /usr/bin/python3 -c 'import csv,json,sys; [print(json.dumps([r["name"], r["address"], r["notes"]], ensure_ascii=False)) for r in csv.DictReader(sys.stdin)]'
["'=HYPERLINK(\"http://evil\")", "", "'-2+3"]
["O'Brien, Siobhán", "Flat 1\n2 Quay St", ""]
$ clerk contact list --format json | jq -r '.[1].address'
Flat 1
2 Quay St
$ clerk contact list --format jsonl | jq -r .name
=HYPERLINK("http://evil")
O'Brien, Siobhán
# TSV (the default piped format) gets CSV's formula guard; JSON above stays exact.
$ clerk contact list --format tsv | cut -f3,5
name	address
'=HYPERLINK("http://evil")	
O'Brien, Siobhán	Flat 1\n2 Quay St
$ clerk case open --subject '=HYPERLINK("http://x.example/","y")' --contact 2 --quiet
C-2026-00001
$ clerk case open --subject '@SUM(A1:A9)' --contact 2 --quiet
C-2026-00002
$ clerk case open --subject '-2+3' --contact 2 --quiet
C-2026-00003
$ clerk case open --subject '+44 7700 900123' --contact 2 --quiet
C-2026-00004
$ clerk case list --format tsv | cut -f1,6
ref	subject
C-2026-00004	'+44 7700 900123
C-2026-00003	'-2+3
C-2026-00002	'@SUM(A1:A9)
C-2026-00001	'=HYPERLINK("http://x.example/","y")
$ clerk case export | cut -f3 | tail -2
'-2+3
'+44 7700 900123
$ clerk case list --format jsonl | jq -r .subject | sort
+44 7700 900123
-2+3
=HYPERLINK("http://x.example/","y")
@SUM(A1:A9)
$ clerk staff list --format md
| Login | Name | Email | Role | Approval limit | Active | Since | Retired |
| --- | --- | --- | --- | ---: | --- | --- | --- |
| admin | admin |  | admin | £0.00 | yes | 2026-11-24 |  |
| jo | Jo |  | caseworker | £1,234.50 | yes | 2026-11-24 |  |
$ clerk staff list --format html | grep -o '<td' | wc -l
16
$ clerk staff list --format text | head -3
~ .*Page 1 of 1
...
$ clerk staff list --format table --no-color | head -1
Login  Name   Email  Role        Approval limit  Active  Since       Retired
$ clerk staff list --format csv --bom | head -c 3 | od -An -tx1
 ef bb bf
$ clerk staff list --format yaml
! exit 64
! clerk: error: format: 'yaml' is not one of table, csv, tsv, json, jsonl, md, text, html
