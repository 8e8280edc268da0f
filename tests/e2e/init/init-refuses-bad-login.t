# The acting user becomes a login, so it must be a valid one.
$ CLERK_USER="Bad User" clerk init
! exit 65
! clerk: error: login: 'Bad User' is not a valid login (lower-case letters, digits, '.', '_', '-'; starting with a letter)
