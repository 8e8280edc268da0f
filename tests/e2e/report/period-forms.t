# Every report takes every period form, resolved against today (Tuesday 24 November 2026);
# the period record says what was covered and the day figures were measured on.
$ clerk init --quiet
$ clerk report caseload --month 2026-11 --format json | jq -c .period
{"label":"2026-11","from":"2026-11-01","to":"2026-11-30","as_of":"2026-11-24"}
$ clerk report caseload --quarter 2026Q3 --format json | jq -c .period
{"label":"2026Q3","from":"2026-07-01","to":"2026-09-30","as_of":"2026-09-30"}
$ clerk report caseload --fy 2025 --format json | jq -c .period
{"label":"FY 2025-26","from":"2025-04-01","to":"2026-03-31","as_of":"2026-03-31"}
$ clerk report caseload --from 2026-11-02 --to 2026-11-08 --format json | jq -c .period
{"label":"2026-11-02 to 2026-11-08","from":"2026-11-02","to":"2026-11-08","as_of":"2026-11-08"}
$ clerk report caseload --period last-week --format json | jq -c .period
{"label":"week of 2026-11-16","from":"2026-11-16","to":"2026-11-22","as_of":"2026-11-22"}
$ clerk report expenses --month 2026-11 --format json | jq -c .period
{"label":"2026-11","from":"2026-11-01","to":"2026-11-30","as_of":"2026-11-24"}
$ clerk report expenses --quarter 2026Q3 --format json | jq -c .period
{"label":"2026Q3","from":"2026-07-01","to":"2026-09-30","as_of":"2026-09-30"}
$ clerk report expenses --fy 2025 --format json | jq -c .period
{"label":"FY 2025-26","from":"2025-04-01","to":"2026-03-31","as_of":"2026-03-31"}
$ clerk report expenses --from 2026-11-02 --to 2026-11-08 --format json | jq -c .period
{"label":"2026-11-02 to 2026-11-08","from":"2026-11-02","to":"2026-11-08","as_of":"2026-11-08"}
$ clerk report expenses --period last-week --format json | jq -c .period
{"label":"week of 2026-11-16","from":"2026-11-16","to":"2026-11-22","as_of":"2026-11-22"}
$ clerk report budget --month 2026-11 --format json | jq -c .period
{"label":"2026-11","from":"2026-11-01","to":"2026-11-30","as_of":"2026-11-24"}
$ clerk report budget --quarter 2026Q3 --format json | jq -c .period
{"label":"2026Q3","from":"2026-07-01","to":"2026-09-30","as_of":"2026-09-30"}
$ clerk report budget --fy 2025 --format json | jq -c .period
{"label":"FY 2025-26","from":"2025-04-01","to":"2026-03-31","as_of":"2026-03-31"}
$ clerk report budget --from 2026-11-02 --to 2026-11-08 --format json | jq -c .period
{"label":"2026-11-02 to 2026-11-08","from":"2026-11-02","to":"2026-11-08","as_of":"2026-11-08"}
$ clerk report budget --period last-week --format json | jq -c .period
{"label":"week of 2026-11-16","from":"2026-11-16","to":"2026-11-22","as_of":"2026-11-22"}
$ clerk report diary --month 2026-11 --format json | jq -c .period
{"label":"2026-11","from":"2026-11-01","to":"2026-11-30","as_of":"2026-11-24"}
$ clerk report diary --quarter 2026Q3 --format json | jq -c .period
{"label":"2026Q3","from":"2026-07-01","to":"2026-09-30","as_of":"2026-09-30"}
$ clerk report diary --fy 2025 --format json | jq -c .period
{"label":"FY 2025-26","from":"2025-04-01","to":"2026-03-31","as_of":"2026-03-31"}
$ clerk report diary --from 2026-11-02 --to 2026-11-08 --format json | jq -c .period
{"label":"2026-11-02 to 2026-11-08","from":"2026-11-02","to":"2026-11-08","as_of":"2026-11-08"}
$ clerk report diary --period last-week --format json | jq -c .period
{"label":"week of 2026-11-16","from":"2026-11-16","to":"2026-11-22","as_of":"2026-11-22"}
$ clerk report actions --month 2026-11 --format json | jq -c .period
{"label":"2026-11","from":"2026-11-01","to":"2026-11-30","as_of":"2026-11-24"}
$ clerk report actions --quarter 2026Q3 --format json | jq -c .period
{"label":"2026Q3","from":"2026-07-01","to":"2026-09-30","as_of":"2026-09-30"}
$ clerk report actions --fy 2025 --format json | jq -c .period
{"label":"FY 2025-26","from":"2025-04-01","to":"2026-03-31","as_of":"2026-03-31"}
$ clerk report actions --from 2026-11-02 --to 2026-11-08 --format json | jq -c .period
{"label":"2026-11-02 to 2026-11-08","from":"2026-11-02","to":"2026-11-08","as_of":"2026-11-08"}
$ clerk report actions --period last-week --format json | jq -c .period
{"label":"week of 2026-11-16","from":"2026-11-16","to":"2026-11-22","as_of":"2026-11-22"}
$ clerk report monthly --month 2026-11 --format json | jq -c .period
{"label":"2026-11","from":"2026-11-01","to":"2026-11-30","as_of":"2026-11-24"}
$ clerk report monthly --quarter 2026Q3 --format json | jq -c .period
{"label":"2026Q3","from":"2026-07-01","to":"2026-09-30","as_of":"2026-09-30"}
$ clerk report monthly --fy 2025 --format json | jq -c .period
{"label":"FY 2025-26","from":"2025-04-01","to":"2026-03-31","as_of":"2026-03-31"}
$ clerk report monthly --from 2026-11-02 --to 2026-11-08 --format json | jq -c .period
{"label":"2026-11-02 to 2026-11-08","from":"2026-11-02","to":"2026-11-08","as_of":"2026-11-08"}
$ clerk report monthly --period last-week --format json | jq -c .period
{"label":"week of 2026-11-16","from":"2026-11-16","to":"2026-11-22","as_of":"2026-11-22"}
