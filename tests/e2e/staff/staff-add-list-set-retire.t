# Admins manage staff: roles and approval limits in pence, shown as money.
$ clerk init --quiet --name "Ada Admin"
$ clerk staff add jo --name "Jo Bloggs" --role finance --approval-limit "£1,250.50" --email jo@example.org
! added jo (finance)
$ clerk staff add sam --name "Sam Lee"
! added sam (caseworker)
$ clerk staff list --format csv
login,name,email,role,approval_limit,active,created_on,retired_on
admin,Ada Admin,,admin,0.00,true,2026-11-24,
jo,Jo Bloggs,jo@example.org,finance,1250.50,true,2026-11-24,
sam,Sam Lee,,caseworker,0.00,true,2026-11-24,
$ clerk staff list --format json | jq -c '.[1] | [.login, .approval_limit_pence, .active]'
["jo",125050,true]
$ clerk staff set sam --role manager --approval-limit 500 --name "Samira Lee" --email sam@example.org
! updated sam
$ clerk staff set sam --format tsv --quiet && clerk staff list --format tsv | grep '^sam'
sam	Samira Lee	sam@example.org	manager	500.00	true	2026-11-24	
$ CLERK_TODAY=2026-12-01 clerk staff retire jo
! retired jo
$ clerk staff list --format tsv | cut -f1
login
admin
sam
$ clerk staff list --all --format tsv | grep '^jo' | cut -f1,6,8
jo	false	2026-12-01
# A retired member of staff can no longer act.
$ CLERK_USER=jo clerk contact list
! exit 77
! clerk: error: user: 'jo' is not active staff on this database; act as a staff member with --user or CLERK_USER
$ clerk audit log --entity staff --format tsv | cut -f4,5,6
action	entity	entity_id
init	staff	1
add	staff	2
add	staff	3
set	staff	3
set	staff	3
retire	staff	2
