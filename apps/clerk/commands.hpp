// The groups, in the order main adds them: each adds its group under the root, then its leaves
// from its table in help order (leaf.hpp).
#pragma once

#include "cli.hpp"

namespace clerk::app {

void add_init_command(Cli& cli);
void add_config_commands(Cli& cli);
void add_staff_commands(Cli& cli);
void add_contact_commands(Cli& cli);
void add_case_commands(Cli& cli);
void add_expense_commands(Cli& cli);
void add_diary_commands(Cli& cli);
void add_report_commands(Cli& cli);
void add_audit_commands(Cli& cli);
// `audit expenses`, `audit schedule`, `audit statement`: checks over the office's data.
void add_audit_check_commands(Cli& cli, CLI::App& audit_group);
void add_db_commands(Cli& cli);
void add_completion_commands(Cli& cli);

}  // namespace clerk::app
