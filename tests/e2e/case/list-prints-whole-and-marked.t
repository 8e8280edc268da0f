# Issue 14 items 7 and 8: a printed case list (text) never cuts a reference, a date or an id:
# free text wraps onto continuation lines, then low-value columns are left out and named; and
# every page of text, md and html over marked cases carries the highest marking listed.
$ clerk init --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Mrs Ann Jones" --email ann@example.com --phone "07700 900123" --quiet
1
$ clerk contact add "Cardiff and Vale University Health Board" --quiet
2
$ clerk case open --subject "Damp and black mould in the back bedroom of a council flat, reported three times since June" --contact 1 --category housing --assign tom --received 2026-11-20
C-2026-00001
$ clerk case open --subject "FOI: spend on translation services 2025-26" --contact 2 --type foi --received 2026-11-02 --marking OFFICIAL-SENSITIVE
C-2026-00002
$ clerk case list --format text | grep -v '^$'
                               OFFICIAL-SENSITIVE
                                                                     Page 1 of 1
Ref           Type     Status  Subject        Contact       Assignee  Due
------------  -------  ------  -------------  ------------  --------  ----------
C-2026-00001  enquiry  open    Damp and       Mrs Ann       tom       2026-11-24
                               black mould    Jones
                               in the back
                               bedroom of a
                               council flat,
                               reported
                               three times
                               since June
C-2026-00002  foi      open    FOI: spend on  Cardiff and             2026-12-01
                               translation    Vale
                               services       University
                               2025-26        Health Board
Not shown, to fit the page: Priority, Category, Received, Next, Overdue, Marking
(--format csv or json gives every column).
                               OFFICIAL-SENSITIVE
$ clerk case list --format text | awk 'length > 80' | wc -l
0
# OFFICIAL cases only: OFFICIAL at the top and bottom.
$ clerk case list --marking OFFICIAL --format text | grep -c '^ *OFFICIAL$'
2
$ clerk case list --format md | grep -c '^\*\*OFFICIAL-SENSITIVE\*\*$'
2
$ clerk case list --format html | grep -c '<p class="marking">OFFICIAL-SENSITIVE</p>'
2
# The briefing pack prints constituents' contact details: OFFICIAL, and OFFICIAL-SENSITIVE
# when a linked case is.
$ clerk diary add "Surgery" --at "2026-11-30 10:00" --for 1h --kind surgery --with "Mrs Ann Jones" --quiet
1
$ clerk diary brief 2026-11-30 --format text | tr -d '\f' | grep -c '^ \{20,\}OFFICIAL$'
2
$ clerk diary add "Health board" --at "2026-11-30 14:00" --for 1h --kind meeting --with 2 --case C-2026-00002 --quiet
2
$ clerk diary brief 2026-11-30 --format text | tr -d '\f' | grep -c '^ \{20,\}OFFICIAL-SENSITIVE$'
2
$ clerk diary brief 2026-11-30 --format html | grep -c '<p class="marking">OFFICIAL-SENSITIVE</p>'
2
# One event shown: OFFICIAL (it names the people met), raised by an OFFICIAL-SENSITIVE case.
$ clerk diary show 1 --format text | tr -d '\f' | grep -c '^ \{20,\}OFFICIAL$'
2
$ clerk diary show 2 --format text | tr -d '\f' | grep -c '^ \{20,\}OFFICIAL-SENSITIVE$'
2
$ clerk diary show 2 --format md | grep -c '^\*\*OFFICIAL-SENSITIVE\*\*$'
2
# Every page: 20-line pages, so the list runs onto several, each marked top and bottom.
$ printf '[output]\npage_lines = 20\n' > config.toml
$ for i in 1 2 3 4 5 6; do clerk case open --subject "Repairs backlog number $i at the housing association" --contact 1 --quiet >/dev/null; done
$ clerk case list --format text | grep -c 'Page [0-9] of 5'
5
$ clerk case list --format text | tr -d '\f' | grep -c '^ \{20,\}OFFICIAL-SENSITIVE$'
10
