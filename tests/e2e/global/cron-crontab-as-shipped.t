# examples/cron/crontab runs as shipped: every job's command as written, run the way cron runs
# it (fixtures/run-crontab.py), once the office has made the job's staff login and its output
# directories as the crontab's header and the README say. Only /srv/clerk moves into this
# directory.
$ mkdir -p srv && cp $SOURCE/examples/config.toml $SOURCE/examples/cron/monthly-pack.sh srv/
$ sed -e "s#/srv/clerk#$WORK/srv#g" -e "s#^PATH=.*#PATH=$WORK/bin:/usr/bin:/bin#" $SOURCE/examples/cron/crontab > crontab
$ clerk --db $WORK/srv/office.db --config $WORK/srv/config.toml init --quiet
$ grep -c -- '^CLERK=.*--user cron' crontab
1
# Without the setup, the jobs cannot act: there is no staff login `cron`.
$ /usr/bin/python3 $SOURCE/tests/e2e/global/fixtures/run-crontab.py crontab | head -2 | sed "s#$WORK#WORK#g"
77 flock -n WORK/srv/.cron.lock $CLERK db check
  stderr: clerk: error: user: 'cron' is not active staff on this database; act as a staff member with --user or CLERK_USER
# The one-time setup, as the crontab's header gives it.
$ sed -n -e '/^#   /{s/^#   //;s/\\$//;p}' crontab | tr -d '\n' | sed "s#$WORK#WORK#g"
clerk --db WORK/srv/office.db --config WORK/srv/config.toml   staff add cron --name "Scheduled jobs (cron)" --role adminmkdir -p WORK/srv/out WORK/srv/backup
$ clerk --db $WORK/srv/office.db --config $WORK/srv/config.toml staff add cron --name "Scheduled jobs (cron)" --role admin --quiet
$ mkdir -p $WORK/srv/out $WORK/srv/backup
$ /usr/bin/python3 $SOURCE/tests/e2e/global/fixtures/run-crontab.py crontab | sed "s#$WORK#WORK#g" | grep -v '^  stderr: monthly-pack: '
0 flock -n WORK/srv/.cron.lock $CLERK db check
0 flock -n WORK/srv/.cron.lock $CLERK case due --format csv -o WORK/srv/out/due.csv
0 flock -n WORK/srv/.cron.lock $CLERK db backup -o WORK/srv/backup/office-$(date +%F).db
0 flock -n WORK/srv/.cron.lock $CLERK report run --all
0 CLERK_DB=WORK/srv/office.db CLERK_CONFIG=WORK/srv/config.toml OUT=WORK/srv/out flock -n WORK/srv/.cron.lock WORK/srv/monthly-pack.sh
$ cd srv && ls out/due.csv backup/office-*.db reports/panel-*.html out/monthly-*.html | sed 's/-[0-9-]*\.\(db\|html\)$/-DATE.\1/' | sort -u
backup/office-DATE.db
out/due.csv
out/monthly-DATE.html
reports/panel-DATE.html
