# clerk init creates the database 0600 in a new 0700 directory, a default config, and makes
# the acting user the first admin.
$ CLERK_DB=$WORK/new/dir/clerk.db clerk init --name "Ada Admin"
!~ created database .*/new/dir/clerk.db \(admin: admin\)
!~ wrote default config .*/config.toml
$ stat -c '%a' new/dir/clerk.db new/dir
600
700
$ CLERK_DB=$WORK/new/dir/clerk.db clerk staff list --format csv
login,name,email,role,approval_limit,active,created_on,retired_on
admin,Ada Admin,,admin,0.00,true,2026-11-24,
$ test -f config.toml && echo config written
config written
