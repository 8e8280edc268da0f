# In a field that can only be in the past, a bare weekday is the latest such day: on Sunday
# 22 November 2026 "fri" is Friday the 20th (two days ago), and "sun" is today. Fields that look
# ahead (a diary date, a follow-up) keep the next one.
$ clerk init --quiet
$ clerk staff add sam --name "Sam Lee" --quiet
$ clerk contact add "Mrs Ann Jones" --quiet
1
$ CLERK_TODAY=2026-11-22 clerk case open --subject "Bins" --contact 1 --received fri --quiet
C-2026-00001
$ CLERK_TODAY=2026-11-22 clerk case open --subject "Noise" --contact 1 --received sunday --quiet
C-2026-00002
$ CLERK_TODAY=2026-11-20 clerk case open --subject "Lights" --contact 1 --received Friday --quiet
C-2026-00003
$ clerk case list --sort ref --format tsv | cut -f1,9
ref	received_on
C-2026-00001	2026-11-20
C-2026-00002	2026-11-22
C-2026-00003	2026-11-20
$ CLERK_TODAY=2026-11-22 clerk case log C-2026-00001 --direction in --channel letter --party "Cardiff Council" --summary "Reply" --date thu
! logged on C-2026-00001
$ clerk case show C-2026-00001 --format json | jq -r '.timeline[] | select(.kind == "correspondence") | .date'
2026-11-19
$ CLERK_TODAY=2026-11-22 clerk expense add --claimant sam --date mon --category travel --amount 12 --description Train
1
$ CLERK_TODAY=2026-11-22 clerk expense mileage --claimant sam --date wed --miles 10 --from Cardiff --to Barry --purpose Visit --quiet
2
$ CLERK_TODAY=2026-11-22 clerk expense edit 1 --date tue
! updated expense 1
$ clerk expense list --format tsv | cut -f1,2
id	date
1	2026-11-17
2	2026-11-18
# A follow-up date still looks ahead.
$ CLERK_TODAY=2026-11-22 clerk case wait C-2026-00001 --on "Cardiff Council" --until fri
! ...
$ clerk case show C-2026-00001 --format json | jq -r '.case.follow_up_on'
2026-11-27
