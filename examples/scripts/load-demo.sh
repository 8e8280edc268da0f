#!/bin/sh
# Loads the example office into the database named by CLERK_DB (which must not exist yet):
# staff with their roles and approval limits, a realistic set of contacts, a month of cases,
# a month of expenses and mileage with this year's budgets, approvals and a payment run, and a
# week of the Member's diary (Outlook-style iCalendar with a weekly surgery) plus actions.
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

# Budgets for the financial year 2026-27 (1 April).
clerk expense budget set TRAVEL --fy 2026 --amount 1800 --name "Staff travel and subsistence"
clerk expense budget set TRAINING --fy 2026 --amount 600 --name "Training and development"
clerk expense budget set MENTORING --fy 2026 --amount 150 --name "Phone top-ups for clients and mentors"
clerk expense budget set VOLUNTEERS --fy 2026 --amount 400 --name "Volunteers' expenses"
clerk expense budget set EQUIPMENT --fy 2026 --amount 500 --name "Small equipment"
# Earlier in the year, approved and paid; then November's receipts and journeys.
clerk expense add --claimant tom --date 2026-06-12 --category travel --amount 480 \
  --description "Travel April to June (brought forward)"
clerk expense add --claimant megan --date 2026-08-28 --category travel --amount 455.50 \
  --description "Travel July and August (brought forward)"
clerk expense add --claimant tom --date 2026-07-08 --category training --amount 420 \
  --description "Casework skills course"
clerk expense submit 1 2 3
CLERK_USER=dafydd clerk expense approve 1 2 3
CLERK_USER=dafydd clerk expense pay --through 2026-10-31 --reference BACS-2610 >/dev/null
clerk expense import "$here/../data/expenses.csv"
clerk expense mileage --claimant sian --date 2026-06-30 --miles 2400 --paid-by "Age Cymru"
clerk expense mileage --claimant tom --date 2026-11-04 --miles 14 --return \
  --from "Constituency office" --to "Llanrumney surgery" --purpose "Advice surgery"
clerk expense mileage --claimant megan --date 2026-11-12 --miles 22 --passengers 1 \
  --from "Constituency office" --to "Cardiff Bay" --purpose "Home visit with a caseworker"
clerk expense submit --claimant tom --month 2026-11
clerk expense submit --claimant megan --month 2026-11
# Separation of duties: Dafydd (finance, up to £500) approves everyone's claims but his own,
# which Priya (manager) approves. GENERAL has no budget this year, so spending on it needs
# Priya's override (budget control).
clerk expense list --status submitted --format tsv | cut -f1,3,8 | tail -n +2 |
  while read -r id claimant budget; do
    if [ "$budget" = GENERAL ]; then
      CLERK_USER=priya clerk expense approve "$id" --override
      continue
    fi
    approver=dafydd
    [ "$claimant" = dafydd ] && approver=priya
    CLERK_USER=$approver clerk expense approve "$id"
  done
CLERK_USER=dafydd clerk expense pay --through 2026-11-15 --reference BACS-2611 >/dev/null

clerk diary import "$here/../data/diary.ics"
clerk diary agenda 5 "1. Damp and mould at Ninian Road flats
2. Repairs backlog since March
3. Communication with tenants"
clerk diary action add "Send Cadwyn the list of affected flats" --owner priya --due 2026-11-25 --case C-2026-00001
clerk diary action add "Book the room for the December surgery" --owner tom --due 2026-12-01 --meeting 8
