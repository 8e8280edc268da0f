# Whose actions: caseworkers, managers and admins work on every action; a volunteer or a finance
# officer adds actions for themselves and lists, edits, completes and cancels only their own.
# Lists leave the rest out and say how many; anything else is refused (77) and writes nothing.
$ clerk init --quiet
$ clerk staff add val --name "Val Jones" --role volunteer --quiet
$ clerk staff add cai --name "Cai Evans" --role caseworker --quiet
$ clerk staff add fin --name "Ffion Hughes" --role finance --quiet
$ clerk contact add "Cllr Rhodri Owen" --quiet
1
$ clerk --user cai diary action add "Ring the council" --owner cai --due 2026-11-25 --quiet
1
$ clerk --user cai diary action add "Deliver leaflets" --owner val --due 2026-11-26 --quiet
2
$ clerk --user cai diary action add "Send the minutes" --owner-contact 1 --due 2026-11-27 --quiet
3
$ clerk --user fin diary action add "Reconcile the card" --owner fin --due 2026-11-30 --quiet
4
# The volunteer: their own action, and how many others there are.
$ clerk --user val diary action list --format tsv | cut -f1-3
id	text	owner
2	Deliver leaflets	val
! 3 actions hidden: your role sees only your own (see `clerk diary action --help`)
$ clerk --user val diary action list --owner cai
! exit 77
! clerk: error: owner: listing another person's actions needs the caseworker, manager or admin role; 'val' has the volunteer role
# Another person's action, or one owned by a contact: not completed, edited or cancelled.
$ clerk --user val diary action done 1
! exit 77
! clerk: error: id: action 1 is not yours: another person's action needs the caseworker, manager or admin role; 'val' has the volunteer role
$ clerk --user val diary action edit 3 --due 2026-12-01
! exit 77
! ...
$ clerk --user fin diary action cancel 1 --reason "Not needed"
! exit 77
! clerk: error: id: action 1 is not yours: another person's action needs the caseworker, manager or admin role; 'fin' has the finance role
# Nor give one to someone else, or hand their own over.
$ clerk --user val diary action add "Ring the council" --owner cai --due 2026-11-25
! exit 77
! clerk: error: owner: giving an action to someone else needs the caseworker, manager or admin role; 'val' has the volunteer role
$ clerk --user val diary action edit 2 --owner-contact 1
! exit 77
! clerk: error: owner: giving an action to someone else needs the caseworker, manager or admin role; 'val' has the volunteer role
# Their own: every command works.
$ clerk --user val diary action add "Book the hall" --owner val --due 2026-11-28 --quiet
5
$ clerk --user val diary action edit 2 --due 2026-11-27 --quiet
$ clerk --user val diary action done 2 --note "All 200 delivered"
! action 2 done
$ clerk --user fin diary action list --format tsv | cut -f1-3
id	text	owner
4	Reconcile the card	fin
! 4 actions hidden: your role sees only your own (see `clerk diary action --help`)
# A caseworker: every action, nothing hidden.
$ clerk --user cai diary action list --format tsv | cut -f1,3,8
id	owner	done_on
1	cai	
2	val	2026-11-24
3	Cllr Rhodri Owen (contact)	
5	val	
4	fin	
