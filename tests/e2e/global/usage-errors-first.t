# Usage errors come first: an unknown command, option or choice is 64 whatever else is wrong (a
# missing config, a missing database), and an unknown command is said to be just that.
$ clerk case list --format xml
! exit 64
! clerk: error: format: 'xml' is not one of table, csv, tsv, json, jsonl, md, text, html
$ env -u CLERK_CONFIG CLERK_DB=$WORK/none/clerk.db clerk case list --status bogus
! exit 64
! clerk: error: status: 'bogus' is not one of open, awaiting, escalated, closed, reopened
$ clerk case list --bogus
! exit 64
! clerk: error: The following argument was not expected: --bogus
! Run `clerk --help` (or `clerk COMMAND --help`) for usage.
$ clerk risk list
! exit 64
! clerk: error: unknown command 'risk'
$ clerk case lst
! exit 64
! clerk: error: unknown command 'lst'; did you mean 'list'?
$ clerk --db x.db --format csv diary actoin list
! exit 64
! clerk: error: unknown command 'actoin'; did you mean 'action'?
$ clerk init --quiet
$ clerk case open --subject "x" --contact 1 --priority top
! exit 64
! clerk: error: priority: 'top' is not one of low, normal, high, urgent
$ clerk case list --status opne
! exit 64
! clerk: error: status: 'opne' is not one of open, awaiting, escalated, closed, reopened (did you mean open?)
# Aliases the command takes pass: HMRC's car rate is the van rate.
$ clerk expense mileage --claimant admin --date 2026-11-20 --miles 5 --from A --to B --purpose P --vehicle van --quiet
1
