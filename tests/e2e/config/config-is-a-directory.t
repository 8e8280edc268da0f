# A config path naming a directory is refused (exit 78), not read as an empty file that would
# leave every default silently in force.
$ mkdir conf.d
$ CLERK_CONFIG=$WORK/conf.d clerk contact list
! exit 78
!~ clerk: error: .*/conf.d: cannot read the config file: it is a directory
$ CLERK_CONFIG=$WORK/conf.d clerk config check
! exit 78
! ...
