# audit sar exports everything held about one person — contact, cases with their timeline and
# clock stops, diary events and actions, expense claims when they are also staff, Direct Payments
# schedules and statement audits, the audit and access entries about them — and nothing of an
# unrelated person; other people's data inside those records is listed for redaction review.
$ clerk init --quiet
$ clerk contact add "Ann Jones" --email ann@example.org --phone "07700 900123" --address "4 Ninian Road, Cardiff" --quiet
1
$ clerk contact add "Bob Smith" --quiet
2
$ clerk contact add "Dave Unrelated" --email dave@unrelated.example --address "9 Hidden Lane" --quiet
3
$ clerk staff add ann --name "Ann Jones" --email ann@example.org --role volunteer --quiet
$ clerk case open --subject "Damp in flat" --contact 1 --type sar --quiet
C-2026-00001
$ clerk case note C-2026-00001 "Spoke to her neighbour Bob Smith on 029 2000 1234" --quiet
$ clerk case pause C-2026-00001 --reason "Waiting for identity" --quiet
$ clerk case open --subject "Noisy dog at Hidden Lane" --contact 3 --quiet
C-2026-00002
$ clerk case note C-2026-00002 "Dave-only secret note" --quiet
$ clerk diary add "Surgery with Ann" --at "2026-11-25 10:00" --for 30m --with "Ann Jones" --with "Carol White" --quiet
1
$ clerk diary add "Site visit for Dave" --at "2026-11-26 10:00" --for 30m --with "Dave Unrelated" --quiet
2
$ clerk diary action add "Chase the survey" --owner admin --due 2026-11-30 --case C-2026-00001 --quiet
1
$ clerk diary action add "Call Dave back" --owner admin --due 2026-11-30 --case C-2026-00002 --quiet
2
$ clerk expense add --claimant ann --date 2026-11-20 --category travel --amount 4.20 --description "Bus to the surgery" --quiet
1
$ clerk expense add --claimant admin --date 2026-11-20 --category travel --amount 9 --description "Taxi for Dave visit" --quiet
2
$ clerk audit schedule set "Ann Jones" --amount 250 --every month --from 2026-10-01 --quiet
1
$ clerk audit schedule set "Dave Unrelated" --amount 999 --every week --from 2026-10-01 --quiet
2
$ clerk contact show 1 > /dev/null
$ clerk audit sar "Ann Jones" --format json > ann.json
! 7 item(s) may be other people's data: see the redaction review before release
$ jq -c '.contact_id, (.sections | map_values(length))' ann.json
1
{"contact":1,"cases":1,"case_timeline":3,"case_pauses":1,"diary_attendance":1,"diary_actions":1,"diary_events":1,"diary_papers":0,"expenses":1,"payment_schedules":1,"statement_audits":0,"audit_entries":12,"access_log":1}
# A Direct Payments recipient's schedule is theirs too (and the unrelated person's is not).
$ jq -c '.sections.payment_schedules[] | [.contact_id, .amount_pence, .every, .starts_on]' ann.json
[1,25000,"month","2026-10-01"]
$ jq -r '.sections.contact[0] | .name, .email, .phone, .address' ann.json
Ann Jones
ann@example.org
07700 900123
4 Ninian Road, Cardiff
$ jq -r '.sections.case_timeline[].text, .sections.case_pauses[].reason, .sections.diary_events[].title, .sections.diary_actions[].text, .sections.expenses[].description' ann.json
opened: sar received by email
Spoke to her neighbour Bob Smith on 029 2000 1234
clock stopped: Waiting for identity
...
$ jq -r '.sections.access_log[] | .command' ann.json
contact show
# Nothing of the unrelated person: not their name, email, address, case, note, event or claim.
$ grep -ciE 'dave|unrelated|hidden lane|noisy dog|C-2026-00002' ann.json
0
! exit 1
$ jq -r '.redaction_review[] | [.section, .field, .found, .why] | @tsv' ann.json
diary_events	attendee	Carol White	another attendee
case_timeline	text	029 2000 1234	a phone number not the subject's
case_timeline	text	Bob Smith	the name of another contact (2)
...
# The text document and the JSON into a directory, private; the export itself is logged.
$ clerk audit sar 1 -o sar-out --quiet && ls sar-out && stat -c %a sar-out/sar-1.json sar-out/sar-1.txt
sar-1.json
sar-1.txt
600
600
$ head -2 sar-out/sar-1.txt | sed 's/Generated .* by/Generated … by/'
Subject access export: Ann Jones (contact 1)
Generated … by admin
$ grep -c 'Dave' sar-out/sar-1.txt
0
! exit 1
$ clerk audit sar 1 --format text --quiet | grep -E '^(Cases|Diary events|For redaction review)'
Cases (1)
Diary events (1)
For redaction review before release (7)
$ clerk audit access --contact 1 --format tsv | cut -f4,5
command	what
contact show	contact 1
audit sar	subject access export of contact 1
audit sar	subject access export of contact 1
audit sar	subject access export of contact 1
$ clerk audit sar "Nobody"
! exit 66
!~ clerk: error: .*no contact.*
$ clerk audit sar 1 --format csv
! exit 64
! clerk: error: format: a subject access export is json or text
# A person who arrived by bulk import: the import's batch entry is among the entries about them.
$ printf 'subject,contact,received_on,category\nPothole,Erin Imported,2026-11-20,transport\n' | clerk case import - --quiet
$ clerk audit sar "Erin Imported" --format json | jq -r '.sections.audit_entries[] | [.action, .entity, .entity_id, .entity_id_to] | @tsv'
import	case	3	3
import	contact	4	4
