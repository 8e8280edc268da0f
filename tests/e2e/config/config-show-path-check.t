# config path names the file; check validates it; show prints the effective config (defaults
# filled in). A file named by CLERK_CONFIG/--config must exist; the default location may not.
$ clerk config path
~ .*/config.toml
$ clerk config check
! exit 78
!~ clerk: error: .*/config.toml: no config file here.*
$ env -u CLERK_CONFIG clerk config check
!~ no config file at .*/home/.config/clerk/config.toml; the built-in defaults apply
$ env -u CLERK_CONFIG clerk config path
~ .*/home/.config/clerk/config.toml
$ clerk init --quiet
$ clerk config check
!~ .*/config.toml: ok
$ clerk config show | head -8
[office]
name = "Constituency Office"
address = ""
email = ""
phone = ""

[holidays]
nation = "england-and-wales"
$ printf '[office]\nname = "Office of the PCC"\n[holidays]\nnation = "scotland"\n' > config.toml
$ clerk config check
!~ .*/config.toml: ok
$ clerk config show | grep -E '^(name|nation) '
name = "Office of the PCC"
nation = "scotland"
$ clerk config show > shown.toml && CLERK_CONFIG=shown.toml clerk config check --quiet && echo round-trips
round-trips
