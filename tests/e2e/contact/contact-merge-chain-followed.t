# A chain of merges (3 into 2, then 2 into 1) is followed: the second merge repoints the record
# of the first to the contact kept, so subject access and the access log of contact 1 find
# what happened to contacts 2 and 3.
$ clerk init --quiet
$ clerk contact add "Ann Jones" --quiet
1
$ clerk contact add "A. Jones" --quiet
2
$ clerk contact add "Mrs A Jones" --email a.jones@example.org --quiet
3
$ clerk contact add "Bob Smith" --quiet
4
$ clerk contact show 3 > /dev/null
$ clerk contact show 2 > /dev/null
$ clerk contact show 4 > /dev/null
$ clerk contact merge 3 --into 2
! merged contact 3 into 2 (0 references moved)
$ clerk contact merge 2 --into 1
! merged contact 2 into 1 (1 references moved)
$ clerk audit log --entity contact_merge:1 --format tsv | cut -f4
action
merge
repoint
$ clerk audit access --contact 1 --format tsv | cut -f4,5,7
command	what	contacts
contact show	contact 3	3
contact show	contact 2	2
$ clerk audit sar "Ann Jones" --format json > sar.json
$ jq -c '[.sections.access_log[] | .what]' sar.json
["contact 3","contact 2"]
$ jq -c '[.sections.audit_entries[] | [.entity, .entity_id, .action]]' sar.json
[["contact",1,"add"],["contact",2,"add"],["contact",3,"add"],["contact",2,"merge"],["contact_merge",1,"merge"],["contact",3,"merged"],["contact",1,"merge"],["contact_merge",1,"repoint"],["contact_merge",2,"merge"],["contact",2,"merged"]]
# Bob Smith's export holds nothing of Ann's.
$ clerk audit sar 4 --format json | jq -c '[[.sections.access_log[] | .what], [.sections.audit_entries[] | .entity_id]]'
[["contact 4"],[4]]
$ clerk audit access --contact 4 --format tsv | cut -f5
what
contact 4
subject access export of contact 4
$ clerk audit verify --quiet
