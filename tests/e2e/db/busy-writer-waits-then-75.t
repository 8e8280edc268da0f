# A writer waits for another (busy_timeout_ms), then gives up with exit 75 and writes nothing;
# a waiting writer that gets the lock in time succeeds.
$ clerk init --quiet
$ printf '[database]\nbusy_timeout_ms = 300\n' > config.toml
$ /usr/bin/python3 -c "import sqlite3,time; c=sqlite3.connect('clerk.db', isolation_level=None); c.execute('BEGIN IMMEDIATE'); open('locked','w').close(); time.sleep(3)" & while [ ! -f locked ]; do sleep 0.05; done; clerk contact add "Bob"; echo "exit $?"; wait
exit 75
! clerk: error: the database is busy (another clerk command is writing); try again
$ clerk contact list --format tsv | wc -l
1
$ printf '[database]\nbusy_timeout_ms = 5000\n' > config.toml && rm -f locked
$ /usr/bin/python3 -c "import sqlite3,time; c=sqlite3.connect('clerk.db', isolation_level=None); c.execute('BEGIN IMMEDIATE'); open('locked','w').close(); time.sleep(0.5)" & while [ ! -f locked ]; do sleep 0.05; done; clerk contact add "Bob"; wait
1
$ clerk audit verify --quiet
