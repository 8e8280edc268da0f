# On a terminal, long output goes through a pager as git's does ($PAGER, else less -FRX), and
# tables have a bold header and a dim rule. Neither happens when piped, and both can be turned off.
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones"
1
# The pager gets a table (script(1) gives clerk a real terminal; the pager here marks its lines).
$ script -qec "stty cols 100; PAGER='sed s/^/paged:/' clerk --color never contact list" /dev/null | tr -d '\r'
paged:ID  Kind    Name           Organisation  Address  Email  Phone  Notes  Added
paged:──  ──────  ─────────────  ────────────  ───────  ─────  ─────  ─────  ──────────
paged: 1  person  Mrs Ann Jones                                              2026-11-24
# ... not a command's one-line result, and not with --no-pager, PAGER=cat or [output] pager = false.
$ script -qec "PAGER='sed s/^/paged:/' clerk contact add 'Bob Smith'" /dev/null | tr -d '\r'
2
$ script -qec "stty cols 100; PAGER='sed s/^/paged:/' clerk --no-pager --color never contact list" /dev/null | tr -d '\r' | grep paged | wc -l
0
$ script -qec "stty cols 100; PAGER=cat clerk --color never contact list" /dev/null | tr -d '\r' | wc -l
4
$ printf '[output]\npager = false\n' > nopager.toml
$ script -qec "stty cols 100; CLERK_CONFIG=nopager.toml PAGER='sed s/^/paged:/' clerk --color never contact list" /dev/null | tr -d '\r' | grep paged | wc -l
0
# Piped, never.
$ PAGER='sed s/^/paged:/' clerk contact list --format table | grep paged | wc -l
0
# Colour: on a terminal unless TERM=dumb, NO_COLOR or --color never; CLICOLOR_FORCE=1 or
# --color always give it through a pipe (for less -R).
$ script -qec "stty cols 100; clerk --no-pager contact list" /dev/null | head -1 | grep -c "^$(printf '\033')\[1mID  Kind"
1
$ script -qec "stty cols 100; TERM=dumb clerk --no-pager contact list" /dev/null | tr -cd '\033' | wc -c
0
$ script -qec "stty cols 100; NO_COLOR=1 clerk --no-pager contact list" /dev/null | tr -cd '\033' | wc -c
0
$ CLICOLOR_FORCE=1 clerk contact list --format table | head -1 | grep -c "^$(printf '\033')\[1mID  Kind"
1
$ clerk --color always contact list --format table | tr -cd '\033' | wc -c
4
$ NO_COLOR=1 CLICOLOR_FORCE=1 clerk contact list --format table | tr -cd '\033' | wc -c
0
$ clerk --color sometimes contact list
! exit 64
! clerk: error: --color: sometimes not in {auto,always,never}
! Run `clerk --help` (or `clerk COMMAND --help`) for usage.
