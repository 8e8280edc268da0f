# A clash in the same diary (travel time included) warns and is saved; --strict refuses it.
$ clerk init --quiet
$ clerk diary add "Visit to the food bank" --at "2026-11-30 10:00" --for 1h --kind visit --travel 30m
1
$ clerk diary add "Call with the council" --at "2026-11-30 11:15" --for 30m --kind call
2
! warning: clashes with 1 'Visit to the food bank' on 2026-11-30 10:00-11:00 (travel time included)
$ clerk diary add "Press call" --at "2026-11-30 10:30" --for 15m --kind call --strict
! exit 65
! clerk: error: at: the event clashes with 1 'Visit to the food bank' on 2026-11-30 10:00-11:00 (travel time included); nothing saved (without --strict it is saved with a warning)
# Another diary is another person's time: no clash.
$ clerk diary add "Manager's call" --at "2026-11-30 10:30" --for 15m --diary manager --strict
3
$ clerk diary add "Lunch" --at "2026-11-30 12:00" --for 1h --strict --quiet
4
$ clerk diary list --day 2026-11-30 --format tsv | cut -f5 | tr '\n' ' '
id 1 3 2 4 
