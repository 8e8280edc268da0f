-- What reports count and case references are numbered from: every case's columns that are not
-- personal data (no subject, contact details, organisation or outcome; `contact_id` only as a
-- number, so that "constituents seen" counts people without naming them). On a team database
-- these views run with their owner's rights, so counts stay whole for a role that sees only some
-- cases (casework/case_visibility.hpp); here they are plain views.
CREATE VIEW case_facts AS
  SELECT id, ref, ref_year, ref_seq, type, contact_id, category, channel, priority, marking,
         status, received_on, acknowledged_on, assignee_id, follow_up_on, escalated_on,
         stage1_handler_id, extension_months, closed_on, reopened_on
  FROM cases;
CREATE VIEW case_pause_facts AS
  SELECT id, case_id, paused_on, resumed_on FROM case_pause;
