# Run as cron does: no HOME, no TTY, minimal PATH, C locale; --db and --config given.
$ clerk init --quiet
$ env -i PATH=/usr/bin:/bin LC_ALL=C $WORK/bin/clerk --db $WORK/clerk.db --config $WORK/config.toml --user admin contact list --format csv
id,kind,name,organisation,address,email,phone,notes,created_on
$ env -i PATH=/usr/bin:/bin $WORK/bin/clerk --user admin contact list
! exit 78
! clerk: error: db: no place for the database: give --db or CLERK_DB (HOME and XDG_DATA_HOME are unset)
$ env -i PATH=/usr/bin:/bin XDG_DATA_HOME=$WORK/xdg CLERK_USER=admin $WORK/bin/clerk init --quiet && stat -c %a xdg/clerk/clerk.db
600
