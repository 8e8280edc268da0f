# Free slots inside working hours, bank holidays excluded, travel time counted as busy.
$ clerk init --quiet
$ clerk diary add "Surgery" --at "2026-12-21 10:00" --for 2h --kind surgery --travel 30m --quiet
1
$ clerk diary add "Carol service" --at "2026-12-24 14:00" --for 1h --kind event --quiet
2
$ clerk diary add "Recess" --at 2026-12-22 --all-day --kind event --quiet
3
$ clerk diary add "Manager's day" --at "2026-12-23 09:00" --for 8h --diary manager --quiet
4
$ clerk diary free --week 2026-12-23 --for 2h --format table
Date        Day        From   To     Minutes
──────────  ─────────  ─────  ─────  ───────
2026-12-21  Monday     12:30  17:00      270
2026-12-22  Tuesday    09:00  17:00      480
2026-12-23  Wednesday  09:00  17:00      480
2026-12-24  Thursday   09:00  14:00      300
2026-12-24  Thursday   15:00  17:00      120
$ clerk diary free --on 2026-12-21 --for 30m --format csv
date,day,from,to,minutes
2026-12-21,Monday,09:00,09:30,30
2026-12-21,Monday,12:30,17:00,270
$ clerk diary free --on 2026-12-23 --for 1h --diary manager --format tsv
date	day	from	to	minutes
$ clerk diary free --on 2026-12-25 --for 1h --format tsv
date	day	from	to	minutes
# Working hours come from the config.
$ printf '[working_hours]\nstart = "08:00"\nend = "12:00"\ndays = ["mon", "sat"]\n' > config.toml
$ clerk diary free --week 2026-12-21 --for 1h --format tsv
date	day	from	to	minutes
2026-12-21	Monday	08:00	09:30	90
2026-12-26	Saturday	08:00	12:00	240
$ clerk diary free --for 1h
! exit 64
! clerk: error: on: give --on DAY or --week DAY
$ clerk diary free --on today --for 45
! exit 65
! clerk: error: for: '45' is not a duration: give the unit: m for minutes, h for hours (90m, 1h30m)
