# Every problem is listed with its line and key; the exit status is 78 (bad configuration).
$ printf '[office]\nnme = "x"\n[holidays]\nnation = "wales"\n[working_hours]\nstart = "9am"\n[output]\ntext_width = "wide"\n' > config.toml
$ clerk config check
! exit 78
!~ .*config.toml line 2, office.nme: unknown setting \(did you mean office.name\?\)
!~ .*config.toml line 4, holidays.nation: 'wales' is not one of england-and-wales, scotland, northern-ireland
!~ .*config.toml line 6, working_hours.start: must be a time "HH:MM"
!~ .*config.toml line 8, output.text_width: must be a whole number
!~ clerk: error: .*config.toml: 4 problem\(s\) in the config
# Any other command refuses to run on a bad config, naming the first problem.
$ clerk contact list
! exit 78
!~ clerk: error: .*config.toml line 2, office.nme: unknown setting \(did you mean office.name\?\) \(and 3 more: run `clerk config check`\)
# [database] url names a team database; a file is given with --db or CLERK_DB.
$ printf '[database]\nurl = "/srv/clerk/office.db"\n' > config.toml
$ clerk config check
! exit 78
!~ .*config.toml line 2, database.url: must be a postgresql:// URL \(a file database is given with --db or CLERK_DB\)
!~ clerk: error: .*config.toml: 1 problem\(s\) in the config
