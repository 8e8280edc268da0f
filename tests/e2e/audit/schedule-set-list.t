# Direct Payments schedules: an amount every week, 4 weeks or month from a date; a new one ends
# the one in force, one from the same day replaces it. Finance, manager or admin only.
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ clerk contact add "Mr Rhys Price" --quiet
2
$ clerk audit schedule set "Mrs Ann Jones" --amount 600 --every 4-weeks --from 2026-04-06
1
$ clerk audit schedule set 1 --amount "£650.00" --every 4-weeks --from 2026-10-05
2
$ clerk audit schedule set "Mr Rhys Price" --amount 1,200 --every month --from 2026-05-01
3
$ clerk audit schedule set "Mr Rhys Price" --amount 1250 --every month --from 2026-05-01
3
$ clerk audit schedule list --format tsv
id	recipient	amount	every	from	to
3	Mr Rhys Price	1250.00	month	2026-05-01	
1	Mrs Ann Jones	600.00	4-weeks	2026-04-06	2026-10-04
2	Mrs Ann Jones	650.00	4-weeks	2026-10-05	
$ clerk audit schedule list "Mr Rhys Price" --format json | jq -c '.[] | [.amount_pence, .every]'
[125000,"month"]
$ clerk audit log --entity payment_schedule --format tsv | cut -f4-6
action	entity	entity_id
add	payment_schedule	1
end	payment_schedule	1
add	payment_schedule	2
add	payment_schedule	3
set	payment_schedule	3
# Refusals: nothing written.
$ clerk audit schedule set 1 --amount 600 --every fortnight --from 2026-11-02
! exit 64
! clerk: error: every: 'fortnight' is not one of week, 4-weeks, month
$ clerk audit schedule set 1 --amount 0 --every week --from 2026-11-02
! exit 65
! clerk: error: amount: must be more than zero
$ clerk audit schedule set 1 --amount 600 --every week --from 2026-09-01
! exit 65
! clerk: error: from: a later schedule starts on 2026-10-05; set this one from that day or after
$ clerk audit schedule set "Mrs Ann Jonse" --amount 600 --every week --from 2026-12-01
! exit 66
! ...
$ clerk staff add tom --name "Tom Baker" --quiet
$ clerk --user tom audit schedule set 1 --amount 600 --every week --from 2026-12-01
! exit 77
! clerk: error: `clerk audit schedule set` needs the finance, manager or admin role; 'tom' has the caseworker role
$ clerk audit schedule list --format tsv | wc -l
4
# A merged contact's schedules follow it.
$ clerk contact add "Rhys Price" --quiet
3
$ clerk audit schedule set "Rhys Price" --amount 100 --every week --from 2026-11-02 --quiet
4
$ clerk contact merge "Rhys Price" --into "Mr Rhys Price" --quiet
$ clerk audit schedule list "Mr Rhys Price" --format tsv | cut -f1-5
id	recipient	amount	every	from
3	Mr Rhys Price	1250.00	month	2026-05-01
4	Mr Rhys Price	100.00	week	2026-11-02
$ clerk audit verify --quiet
