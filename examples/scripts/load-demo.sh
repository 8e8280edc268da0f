#!/bin/sh
# Loads the example office into the database named by CLERK_DB (which must not exist yet):
# staff with their roles and approval limits, a realistic set of contacts, and a week of the
# Member's diary (exported from Outlook-style iCalendar, with a weekly surgery) plus actions.
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
clerk diary import "$here/../data/diary.ics"
clerk diary agenda 5 "1. Damp and mould at Ninian Road flats
2. Repairs backlog since March
3. Communication with tenants"
clerk diary action add "Send Cadwyn the list of affected flats" --owner priya --due 2026-11-25 --case CW-2026-0042
clerk diary action add "Book the room for the December surgery" --owner tom --due 2026-12-01 --meeting 8
