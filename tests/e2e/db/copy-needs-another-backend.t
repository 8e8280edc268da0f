# `db copy --to` moves an office between backends (tests/e2e/team/team-copy-both-ways.t runs it
# both ways); a file is copied into a team database, and another file is what `db backup` makes.
$ clerk init --quiet
$ clerk db copy --to other.db
! exit 64
! clerk: error: to: this is a single-user file: copy it --to a team database (postgresql://…), or use `clerk db backup FILE` for another file
$ clerk db copy
! exit 64
! ...
$ ls other.db
! exit 2
! ...
