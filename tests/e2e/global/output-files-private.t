# Every file clerk creates holds personal data and is 0600, whatever the umask, unless
# [output] mode says otherwise; a file it replaces keeps its mode; -o into a missing directory is
# refused (73) naming it, before any work, and makes nothing. Saved reports, whose paths the
# config names, still make their directories.
$ clerk init --quiet
$ clerk staff add jo --name "Jo Finance" --role finance --approval-limit 500 --quiet
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Mrs Ann Jones" --email ann@example.org --quiet
1
$ clerk case open --subject "Damp in flat" --contact 1 --quiet
C-2026-00001
$ clerk diary add "Advice surgery" --at "2026-11-27 10:00" --for 1h --with 1 --quiet
1
$ umask 022 && clerk case export --format csv -o cases.csv && clerk contact list -o contacts.tsv && clerk diary export -o diary.ics && clerk case letter C-2026-00001 --template holding --format text -o letter.txt && clerk report caseload --month 2026-11 --format html -o caseload.html && clerk report caseload --month 2026-11 --format csv -o sections/
$ stat -c '%a %n' cases.csv contacts.tsv diary.ics letter.txt caseload.html sections sections/summary.csv
600 cases.csv
600 contacts.tsv
600 diary.ics
600 letter.txt
600 caseload.html
700 sections
600 sections/summary.csv
$ stat -c %a sections/*.csv | sort -u
600
$ clerk expense add --claimant tom --date 2026-11-03 --category travel --amount 12.50 --description "Train" --quiet
1
$ clerk expense submit 1 --quiet && clerk expense budget set TRAVEL --fy 2026 --amount 100 --quiet
$ CLERK_USER=jo clerk expense approve 1 --quiet
$ umask 022 && CLERK_USER=jo clerk expense pay --through 2026-11-30 --csv pay/batch.csv --quiet
! exit 73
! clerk: error: pay: no such directory
$ clerk expense list --status approved --format tsv | cut -f1
id
1
$ umask 022 && CLERK_USER=jo clerk expense pay --through 2026-11-30 --csv batch.csv --quiet > /dev/null && stat -c %a batch.csv
600
# Saved reports: the config names the path, so its directories are made; the file is private.
$ printf '[reports.panel]\nreport = "caseload"\nperiod = "2026-11"\nformat = "md"\noutput = "packs/{period}/caseload.md"\n' >> "$CLERK_CONFIG"
$ umask 022 && clerk report run panel --quiet && stat -c %a packs/2026-11/caseload.md
600
# A file that exists keeps the mode someone gave it.
$ touch shared.csv && chmod 640 shared.csv && clerk case export --format csv -o shared.csv && stat -c %a shared.csv
640
# [output] mode widens new files, as a deliberate choice.
$ printf '[output]\nmode = "0640"\n' > wide.toml
$ umask 077 && CLERK_CONFIG=wide.toml clerk case export --format csv -o wide.csv && stat -c %a wide.csv
640
$ CLERK_CONFIG=wide.toml clerk config show | grep '^mode'
mode = "0640"
$ printf '[output]\nmode = "0666"\n' > bad.toml
$ CLERK_CONFIG=bad.toml clerk config check
! exit 78
! bad.toml line 2, output.mode: must be an octal file mode as a string, such as "0600" or "0640", that the owner can read and write, that nobody else can write and that is not executable
! ...
$ printf '[output]\nmode = 640\n' > bad2.toml
$ CLERK_CONFIG=bad2.toml clerk case list
! exit 78
! ...
# -o into a missing directory: 73 naming it, nothing made, nothing done (no letter recorded).
$ clerk case export -o nowhere/cases.csv
! exit 73
! clerk: error: nowhere: no such directory
$ clerk case letter C-2026-00001 --template holding --format text -o no/such/letter.txt
! exit 73
! clerk: error: no/such: no such directory
$ clerk report caseload --month 2026-11 --format csv -o nowhere/sections/
! exit 73
! clerk: error: nowhere: no such directory
$ test -e nowhere || test -e no || echo nothing made
nothing made
$ clerk audit access --format tsv | grep -c 'case letter'
1
