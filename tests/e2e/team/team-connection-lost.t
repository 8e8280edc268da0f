# The connection lost mid-transaction: the server ends the backend of an import that has begun
# writing (pg_terminate_backend). The transaction is rolled back: the import exits 74 naming the
# server, nothing of it is left, the trail verifies, and a re-run imports every row once.
$ clerk init --quiet
$ (echo claimant,date,category,description,amount; seq 1 60000 | awk '{printf "admin,2026-11-%02d,travel,Bus %d,2.10\n", $1 % 20 + 1, $1}') > expenses.csv
$ clerk expense import expenses.csv 2> import.err & job=$!; until psql -X -A -t "$CLERK_DB" -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL" | grep -q t || ! kill -0 $job 2>/dev/null; do sleep 0.02; done; wait $job; echo "exit $?"
exit 74
$ cat import.err
~ clerk: error: the connection to the team database \(.*\) was lost: .*
$ clerk expense list --format tsv | wc -l
1
$ clerk audit verify --quiet
$ clerk expense import expenses.csv
! imported 60000 items (ids 1-60000)
$ clerk expense list --format tsv | wc -l
60001
$ clerk audit verify --quiet
