# On a terminal, a table fits the terminal's own width (TIOCGWINSZ: bash does not export COLUMNS),
# then COLUMNS, then 80. Too wide, it is laid out as print is: free text wraps, low-value columns
# go and are named, and a reference, date or status is never cut. Piped, it is never fitted.
$ clerk init --quiet
$ clerk contact add "Mrs Ann Jones"
1
$ clerk case open --subject "Damp and mould in the flat above the chip shop on Ninian Road" --contact 1 --category housing --quiet
C-2026-00001
# A 60-column terminal (script(1) gives clerk a real one).
$ script -qec "stty cols 60; clerk --no-color --no-pager case list" /dev/null | tr -d '\r'
Ref           Status  Subject       Contact       Due
────────────  ──────  ────────────  ────────────  ──────────
C-2026-00001  open    Damp and      Mrs Ann       2026-11-26
                      mould in the  Jones
                      flat above
                      the chip
                      shop on
                      Ninian Road
Not shown, to fit the terminal: Type, Priority, Category,
Assignee, Received, Next, Overdue, Marking (--format csv or
json gives every column).
# A terminal that gives no width: COLUMNS, else 80.
$ script -qec "stty cols 0; COLUMNS=100 clerk --no-color --no-pager case list" /dev/null | tr -d '\r' | sed 's/─/-/g' | awk '{ if (length > w) w = length } END { print (w <= 100 && w > 80) }'
1
$ script -qec "stty cols 0; clerk --no-color --no-pager case list" /dev/null | tr -d '\r' | sed 's/─/-/g' | awk '{ if (length > w) w = length } END { print w <= 80 }'
1
$ script -qec "stty cols 0; clerk --no-color --no-pager case list" /dev/null | tr -d '\r' | grep -c C-2026-00001
1
# Wide enough, every column on one line.
$ script -qec "stty cols 250; clerk --no-color --no-pager case list" /dev/null | tr -d '\r' | wc -l
3
# Piped, the table is never fitted, whatever COLUMNS says.
$ COLUMNS=40 clerk case list --format table | wc -l
3
# Columns line up by what a terminal shows, not by bytes or code points: a combining accent takes
# no column, a wide character or an emoji two (utf8proc, whatever the locale: env -i here).
$ clerk contact add "$(printf 'Sio\314\202n Jones')" --phone 029
2
$ clerk contact add "$(printf '\346\235\261\344\272\254 Office')" --phone 020
3
$ clerk contact add "$(printf 'Ann \360\237\221\215')" --phone 01
4
$ clerk contact list --format table | grep -v Mrs | cut -f1 | sed 's/─/-/g'
ID  Kind    Name           Organisation  Address  Email  Phone  Notes  Added
--  ------  -------------  ------------  -------  -----  -----  -----  ----------
 4  person  Ann 👍                                       01            2026-11-24
 2  person  Siôn Jones                                   029           2026-11-24
 3  person  東京 Office                                  020           2026-11-24
