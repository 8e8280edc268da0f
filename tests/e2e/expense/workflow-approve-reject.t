# draft → submitted → approved, or rejected with a reason → edited → submitted again.
# Separation of duties: nobody approves their own claim; approvers need the finance, manager
# or admin role and a high enough limit; each refusal exits 77 and changes nothing.
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk staff add jo --name "Jo Bloggs" --role finance --approval-limit 100 --quiet
$ clerk staff add pat --name "Pat Jones" --role manager --approval-limit 1000 --quiet
$ clerk staff add tom --name "Tom Griffiths" --approval-limit 1000 --quiet
$ clerk expense add --claimant sam --date 2026-11-03 --category travel --amount 20 --description Train --quiet
1
$ clerk expense add --claimant sam --date 2026-11-04 --category subsistence --amount 150 --description Hotel --quiet
2
$ clerk expense add --claimant sam --date 2026-10-30 --category travel --amount 8 --description Taxi --quiet
3
$ clerk expense add --claimant jo --date 2026-11-05 --category training --amount 60 --description Course --quiet
4
# Approving needs a budget for each code (or a manager's override): see budget-required.t.
$ clerk expense budget set TRAVEL --fy 2026 --amount 1000 --quiet && clerk expense budget set TRAINING --fy 2026 --amount 1000 --quiet && clerk expense budget set EQUIPMENT --fy 2026 --amount 1000 --quiet
$ clerk expense approve 1
! exit 65
! clerk: error: expense 1: its status is draft; only a submitted item can be approved
$ clerk expense submit --claimant sam --month 2026-11
! submitted 1, 2
$ clerk expense submit --claimant sam --month 2026-11
! nothing to submit
$ clerk expense submit 4 3
! submitted 4, 3
$ clerk expense submit 1
! exit 65
! clerk: error: expense 1: its status is submitted; only a draft can be submitted
$ clerk expense submit
! exit 64
! clerk: error: submit: give item ids, or --claimant and --month
$ clerk expense submit 5 --month 2026-11
! exit 64
! clerk: error: submit: give item ids, or --claimant and --month
$ CLERK_USER=sam clerk expense approve 1
! exit 77
! clerk: error: `clerk expense approve` needs the finance, manager or admin role; 'sam' has the caseworker role
$ CLERK_USER=tom clerk expense approve 1
! exit 77
! clerk: error: `clerk expense approve` needs the finance, manager or admin role; 'tom' has the caseworker role
$ CLERK_USER=jo clerk expense approve 4
! exit 77
! clerk: error: expense 4: nobody may approve their own claim
$ CLERK_USER=jo clerk expense approve 1 2
! exit 77
! clerk: error: expense 2: £150.00 is over jo's approval limit of £100.00
$ clerk expense list --status approved --format tsv | wc -l
1
$ CLERK_USER=jo clerk expense approve 1 3
! approved expense 1 (£20.00)
! approved expense 3 (£8.00)
$ CLERK_USER=pat clerk expense approve 2 4
! approved expense 2 (£150.00)
! approved expense 4 (£60.00)
$ CLERK_USER=pat clerk expense approve 2
! exit 65
! clerk: error: expense 2: its status is approved; only a submitted item can be approved
$ clerk expense list --format tsv | cut -f1,9
id	status
3	approved
1	approved
2	approved
4	approved
$ clerk expense show 1 --format json | jq -c '[.decided_by, .decided_on, .override]'
["jo","2026-11-24",false]
# Rejection needs a reason; a rejected item is edited before it goes back.
$ clerk expense add --claimant sam --date 2026-11-10 --category equipment --amount 45 --description Chair --quiet
5
$ clerk expense submit 5 --quiet
$ CLERK_USER=sam clerk expense reject 5 --reason "no receipt"
! exit 77
! clerk: error: `clerk expense reject` needs the finance, manager or admin role; 'sam' has the caseworker role
$ CLERK_USER=jo clerk expense reject 5 --reason " "
! exit 65
! clerk: error: reason: cannot be empty
$ CLERK_USER=jo clerk expense reject 5 --reason "Please attach the receipt"
! rejected expense 5
$ clerk expense show 5 --format json | jq -c '[.status, .reason, .decided_by]'
["rejected","Please attach the receipt","jo"]
$ clerk expense submit 5
! exit 65
! clerk: error: expense 5: its status is rejected; edit it to answer the rejection, then submit it again
$ CLERK_USER=jo clerk expense approve 5
! exit 65
! clerk: error: expense 5: its status is rejected; only a submitted item can be approved
$ clerk expense edit 5 --receipt R-55
! updated expense 5
$ clerk expense submit 5
! submitted 5
$ CLERK_USER=jo clerk expense approve 5
! approved expense 5 (£45.00)
$ clerk audit log --entity expense:5 --format tsv | cut -f4
action
add
submit
reject
edit
submit
approve
