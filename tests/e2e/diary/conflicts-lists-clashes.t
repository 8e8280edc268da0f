# Every clash in a range, per diary, travel included; a series clashes on each occurrence.
$ clerk init --quiet
$ clerk diary add "Surgery" --at "2026-11-27 10:00" --for 2h --kind surgery --repeat weekly --travel 15m --quiet
1
$ clerk diary add "Radio interview" --at "2026-12-04 12:05" --for 20m --kind call --quiet
2
$ clerk diary add "School visit" --at "2026-12-11 11:00" --for 1h --kind visit --quiet
3
$ clerk diary add "Chief constable" --at "2026-12-11 11:00" --for 1h --diary commissioner --quiet
4
$ clerk diary add "Deputy's briefing" --at "2026-12-11 11:30" --for 1h --diary commissioner --quiet
5
$ clerk diary conflicts --format table
Date        Diary         ID  Time         Event            Clashes with  Time         Event              Overlap (min)
──────────  ────────────  ──  ───────────  ───────────────  ────────────  ───────────  ─────────────────  ─────────────
2026-12-04  main           1  10:00-12:00  Surgery                     2  12:05-12:25  Radio interview               10
2026-12-11  main           1  10:00-12:00  Surgery                     3  11:00-12:00  School visit                  60
2026-12-11  commissioner   4  11:00-12:00  Chief constable             5  11:30-12:30  Deputy's briefing             30
$ clerk diary conflicts --from 2026-12-10 --to 2026-12-31 --diary commissioner --format csv
date,diary,first_id,first_time,first_title,second_id,second_time,second_title,overlap_minutes
2026-12-11,commissioner,4,11:00-12:00,Chief constable,5,11:30-12:30,Deputy's briefing,30
$ clerk diary conflicts --from 2027-01-01 --format tsv
date	diary	first_id	first_time	first_title	second_id	second_time	second_title	overlap_minutes
$ clerk diary conflicts --from 2026-12-31 --to 2026-12-01
! exit 65
! clerk: error: to: the end date 2026-12-01 is before the start 2026-12-31
