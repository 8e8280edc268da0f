# A TOML syntax error names its line.
$ printf '[office]\nname = "unclosed\n' > config.toml
$ clerk config check
! exit 78
!~ .*config.toml line 2: .*
!~ clerk: error: .*1 problem\(s\) in the config
$ CLERK_CONFIG=$WORK/missing.toml clerk contact list
! exit 78
!~ clerk: error: .*/missing.toml: no config file here.*
