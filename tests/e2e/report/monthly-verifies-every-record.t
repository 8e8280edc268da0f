# Issue 14 item 9: the governance pack runs the whole audit verification (chain, payloads and
# every audited record), prints the findings count, and never reads as clean over a record
# changed behind clerk's back.
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk expense add --claimant sam --date 2026-11-20 --category travel --amount "£23.40" --description "Train to Swansea"
1
$ clerk report monthly --month 2026-11 --format json | jq -c '.headlines.audit_trail, .audit_trail'
"verified, 0 findings (3 records checked)"
{"verified":true,"entries":3,"redacted":0,"findings":0,"rows_checked":3,"head_seq":3}
$ clerk report monthly --month 2026-11 --format text | grep -e 'Audit trail' -e 'Findings' -e 'Records checked'
Audit trail                           verified, 0 findings (3 records checked)
Audit trail (chain, payloads and every audited record)
Findings          0
Records checked   3
# One amount changed with the sqlite3 shell: audit verify exits 1, and so must the pack say.
$ sqlite3 clerk.db "UPDATE expense SET amount_pence = 2340000 WHERE id = 1"
$ clerk audit verify --quiet
! exit 1
check	seq	entity	entity_id	problem
row-changed		expense	1	row differs from its last audited state (edited behind the tool's back)
! clerk: error: audit verification found 1 problem(s); the first is listed first
$ clerk report monthly --month 2026-11 --format json | jq -c '.headlines.audit_trail, .audit_trail, .recommendations[0]'
"FAILED verification: 1 finding"
{"verified":false,"entries":3,"redacted":0,"findings":1,"rows_checked":3,"head_seq":3}
{"priority":"high","text":"The audit trail did not verify (1 finding): run `clerk audit verify` and investigate before relying on these figures."}
$ clerk report monthly --month 2026-11 --format text | grep -e 'Audit trail' -e 'Findings' -e 'Verified'
Audit trail                           FAILED verification: 1 finding
Audit trail (chain, payloads and every audited record)
Verified          no
Findings          1
