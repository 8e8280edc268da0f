# Attendees who are contacts are references: a renamed contact shows under the new name, and
# `contact merge` repoints the diary to the contact kept.
$ clerk init --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk contact add "Mrs A Jones" --email ann@example.com --quiet
2
$ clerk diary add "Home visit" --at "2026-11-30 10:00" --for 1h --kind visit --with 2 --quiet
1
$ clerk contact merge 2 --into 1 --quiet
$ clerk contact edit 1 --name "Mrs Ann Jones" --quiet
$ clerk diary show 1 --format json | jq -r .event.with
Mrs Ann Jones
$ clerk diary brief 2026-11-30 --format json | jq -c '.event_1_attendees[] | [.name, .email]'
["Mrs Ann Jones","ann@example.com"]
$ clerk audit log --entity diary_event_attendee:1 --format tsv | cut -f4
action
add
repoint
$ clerk audit verify --quiet
