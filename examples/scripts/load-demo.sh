#!/bin/sh
# Loads the example office into the database named by CLERK_DB (which must not exist yet):
# staff with their roles and approval limits, a realistic set of contacts, and a month of cases.
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
clerk case import "$here/../data/cases.csv"
clerk case note C-2026-00001 "Visited with the surveyor's report; two bedrooms unusable."
clerk case log C-2026-00002 --direction out --channel email --party "UK Visas and Immigration" \
  --summary "MP enquiry: asked for a decision date" --date 2026-11-16
