# The [expenses] settings are checked like every other: each problem with its line and key.
$ clerk init --quiet
$ clerk config check --config $SOURCE/examples/config.toml
!~ .*/examples/config.toml: ok
$ printf '[expenses]\nsanity_limit = "12.345"\nbudget_warnings = [80, "high"]\nrates = 1\n[expenses.categories]\ntravel = "TWO WORDS"\n[expenses.import_columns]\nammount = "Amount"\n[[expenses.mileage_rates]]\nfrom_tax_year = 2027\ncar_pence = 50\n' > config.toml
$ clerk config check
! exit 78
!~ .*/config\.toml line 4, expenses\.rates: unknown setting
!~ .*/config\.toml line 2, expenses\.sanity_limit: '12\.345' is not an amount of money: more than two decimal places
!~ .*/config\.toml line 3, expenses\.budget_warnings: each must be a whole percentage, 1 to 1000
!~ .*/config\.toml line 6, expenses\.categories\.travel: must be a budget code: letters, digits, '\.', '_' or '-'
!~ .*/config\.toml line 9, expenses\.mileage_rates\.car_after_pence: is required
!~ .*/config\.toml line 9, expenses\.mileage_rates\.motorcycle_pence: is required
!~ .*/config\.toml line 9, expenses\.mileage_rates\.bicycle_pence: is required
!~ .*/config\.toml line 9, expenses\.mileage_rates\.passenger_pence: is required
!~ .*/config\.toml line 8, expenses\.import_columns\.ammount: unknown setting \(did you mean expenses\.import_columns\.amount\?\)
!~ clerk: error: .*/config\.toml: 9 problem\(s\) in the config
$ printf '[expenses]\nsanity_limit = "250"\n[expenses.categories]\npostage = "office"\n' > config.toml
$ clerk config show | sed -n '/^\[expenses/,/^$/p'
[expenses]
sanity_limit = "250.00"
budget_warnings = [80, 100]
require_budget = true

[expenses.categories]
"postage" = "OFFICE"

$ clerk expense add --claimant admin --date today --category postage --amount 2.70 --description Stamps
1
$ clerk expense list --format tsv | cut -f4,8
category	budget
postage	OFFICE
