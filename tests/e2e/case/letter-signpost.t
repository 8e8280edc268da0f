# Letters from built-in or office templates with placeholders; a rendered letter is logged as
# outgoing correspondence. Signposting lists the services configured for a category.
$ clerk init --quiet
$ printf '[office]\nname = "Office of Rhian Evans MS"\naddress = "12 Cathedral Road\\nCardiff CF11 9LJ"\n\n[[signposting]]\ncategory = "housing"\nname = "Shelter Cymru"\nphone = "08000 495 495"\nweb = "https://sheltercymru.org.uk"\nnotes = "Free housing advice"\n\n[[signposting]]\ncategory = "welfare"\nname = "Citizens Advice"\nphone = "0800 702 2020"\nweb = ""\nnotes = ""\n' > config.toml
$ clerk staff add tom --name "Tom Griffiths" --quiet
$ clerk contact add "Mrs Ann Jones"
1
$ clerk contact edit 1 --address "$(printf '4 Ninian Road\nCardiff CF23 5EJ')"
! updated contact 1
$ clerk case open --subject "Damp in council flat" --contact 1 --category housing --assign tom --marking OFFICIAL-SENSITIVE --received 2026-11-20
C-2026-00001
$ clerk case letter C-2026-00001 --template acknowledgement --format md
**OFFICIAL-SENSITIVE**

Office of Rhian Evans MS  
12 Cathedral Road  
Cardiff CF11 9LJ

24 November 2026

Mrs Ann Jones  
4 Ninian Road  
Cardiff CF23 5EJ

Our reference: C-2026-00001

Dear Mrs Jones,

Re: Damp in council flat

Thank you for contacting us on 20 November 2026. I am writing to confirm that we have received your enquiry and opened a case for you; please quote the reference above in any reply.

We aim to respond fully by 4 December 2026. If anything changes in the meantime, please let us know.

Yours sincerely,

Tom Griffiths  
Office of Rhian Evans MS

**OFFICIAL-SENSITIVE**
$ clerk case show C-2026-00001 --format json | jq -c '[.case.acknowledged_on, (.timeline[-1] | [.kind, .direction, .text])]'
["2026-11-24",["letter","out","letter sent: acknowledgement"]]
$ mkdir letters-out && clerk case letter 1 --template holding --format text -o letters-out/holding.txt && grep -c OFFICIAL-SENSITIVE letters-out/holding.txt
2
$ clerk case letter 1 --template closing --format html | grep -c '<p>'
~ [0-9]+
$ mkdir letters && printf 'Dear {{contact.name}},\n\nYour MS has written to {{office.name}} about {{case.subject}}.\n' > letters/member-update.txt
$ clerk case letter 1 --template member-update --format text | sed -n '4,6p'
Dear Mrs Ann Jones,

Your MS has written to Office of Rhian Evans MS about Damp in council flat.
$ printf 'Dear {{contact.nmae}}\n' > letters/broken.txt
$ clerk case letter 1 --template broken
! exit 65
!~ clerk: error: template broken line 1: unknown placeholder \{\{contact.nmae\}\}; known: .* \(did you mean contact.name\?\)
$ clerk case letter 1 --template thanks
! exit 66
! clerk: error: template: no letter template 'thanks'; templates: acknowledgement, broken, closing, holding, member-update
$ clerk case show 1 --format json | jq '[.timeline[] | select(.kind == "letter")] | length'
4
$ clerk case signpost housing --format csv
category,name,phone,web,notes
housing,Shelter Cymru,08000 495 495,https://sheltercymru.org.uk,Free housing advice
$ clerk case show 1 --format json | jq -r '.signposting[0].name'
Shelter Cymru
$ clerk case signpost welfare --format tsv | cut -f2
name
Citizens Advice
$ clerk case signpost housng
! exit 65
!~ clerk: error: category: 'housng' is not a case category; .* \(did you mean housing\?\)
