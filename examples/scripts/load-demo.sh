#!/bin/sh
# Loads the example office into the database named by CLERK_DB (which must not exist yet):
# staff with their roles and approval limits, and a realistic set of contacts.
# Run as the admin: CLERK_USER=admin CLERK_DB=/tmp/demo.db examples/scripts/load-demo.sh
set -eu
here=$(dirname "$0")
clerk init --name "Alex Admin"
while IFS=, read -r login name role limit email; do
  [ "$login" = login ] && continue
  clerk staff add "$login" --name "$name" --role "$role" --approval-limit "$limit" --email "$email"
done < "$here/../data/staff.csv"
while IFS='|' read -r kind name organisation email phone address; do
  [ "$kind" = kind ] && continue
  clerk contact add "$name" --kind "$kind" --organisation "$organisation" --email "$email" \
    --phone "$phone" --address "$address"
done < "$here/../data/contacts.psv"
