#include "clerk/admin/team_grants.hpp"

#include <set>
#include <vector>

#include "clerk/admin/schema_owner.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/json_text.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/people/db_roles.hpp"
#include "clerk/people/permission.hpp"
#include "clerk/people/staff_store.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::admin {
namespace {

using people::Permission;

enum class Kind {
  ordinary,   // SELECT for every group; INSERT, UPDATE, DELETE for those with `write`
  trail,      // SELECT and INSERT for every group; nobody updates or deletes
  read_only,  // SELECT for every group, and no more
  internal,   // nothing for any group: read only by the owner's functions
};

struct TableAccess {
  const char* table;
  Permission write;
  Kind kind = Kind::ordinary;
  Permission read = Permission::anyone;
  // With a narrower `read`: the columns every group may still read (what appending to the
  // trail's chain needs: sequence numbers and hashes, not payloads or command lines).
  const char* columns_for_everyone = nullptr;
};

// Every table of the team schema. Reading is open to every group (row-level security narrows
// expense items and actions) but for the trail's payloads and command lines and the access log;
// writing follows the permission of the commands that write, and
// derived data (deadlines, the deadline fingerprint in meta) is refreshed by whoever reads it.
const std::vector<TableAccess>& tables() {
  using P = Permission;
  static const std::vector<TableAccess> t = {
      {"meta", P::anyone},
      {"staff", P::administer},
      {"holiday", P::administer},
      {"contact", P::casework},
      {"contact_merge", P::casework},
      {"cases", P::assigned_cases},
      {"case_event", P::assigned_cases},
      {"case_pause", P::assigned_cases},
      {"case_share", P::assigned_cases},
      // The search index is kept by a trigger with its owner's rights (PostgreSQL 0019);
      // retention removes a redacted entry's words. Its text is read only by that trigger.
      {"case_search_text", P::administer, Kind::internal},
      {"case_fts", P::administer},
      // Every case's non-personal columns (0019): report counts and references, whole.
      {"case_facts", P::anyone, Kind::read_only},
      {"case_pause_facts", P::anyone, Kind::read_only},
      {"case_deadline", P::anyone},
      {"expense", P::anyone},
      {"expense_budget", P::finance},
      {"expense_payment", P::finance},
      {"payment_schedule", P::finance},
      {"statement_audit", P::finance},
      {"diary_event", P::casework},
      {"diary_event_change", P::casework},
      {"diary_event_attendee", P::casework},
      {"diary_event_case", P::casework},
      {"diary_papers", P::casework},
      {"diary_action", P::anyone},
      // Who was shown whose data, what was done and to whom: for oversight (managers and
      // admins) to read, as `clerk audit` is.
      {"access_log", P::anyone, Kind::trail, P::oversight},
      {"access_log_contact", P::anyone, Kind::trail, P::oversight},
      {"audit_log", P::anyone, Kind::trail, P::oversight,
       "seq, ts_utc, actor, action, entity, entity_id, entity_id_to, payload_commit, "
       "row_hash_after, prev_hash, entry_hash, command_commit"},
      {"audit_payload", P::anyone, Kind::trail, P::oversight},
      {"audit_batch_row", P::anyone, Kind::trail},
      {"audit_batch_hashes", P::anyone, Kind::trail},
  };
  return t;
}

constexpr people::Role kRoles[] = {people::Role::volunteer, people::Role::caseworker,
                                   people::Role::finance, people::Role::manager,
                                   people::Role::admin};

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// The groups whose roles hold `p`.
std::string groups_with(Permission p) {
  std::vector<std::string> out;
  for (people::Role r : people::roles_with(p)) out.push_back(people::group_role(r));
  return joined(out);
}

// One row-level security policy: the groups of `roles` see (and change) the rows where
// `visible` holds, and write rows where `check` does (the same when empty).
struct RowRule {
  const char* name;
  std::vector<people::Role> roles;
  std::string visible;
  std::string check;
};

void row_policies(std::string& sql, const std::string& table, const std::vector<RowRule>& rules) {
  sql += "ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY;\n";
  for (const char* old :
       {"clerk_every_row", "clerk_own_rows", "clerk_assigned_rows", "clerk_visible_rows"})
    sql += "DROP POLICY IF EXISTS " + std::string(old) + " ON " + table + ";\n";
  for (const auto& rule : rules) {
    if (rule.roles.empty()) continue;
    std::vector<std::string> groups;
    for (people::Role r : rule.roles) groups.push_back(people::group_role(r));
    sql += "CREATE POLICY " + std::string(rule.name) + " ON " + table + " TO " + joined(groups) +
           " USING (" + rule.visible + ")" +
           (rule.check.empty() ? "" : " WITH CHECK (" + rule.check + ")") + ";\n";
  }
}

// Row-level security on `table`: those with `everyone` see and change every row; the rest only
// rows whose `owner_column` is their own staff id.
void own_rows_policy(std::string& sql, const std::string& table, Permission everyone,
                     const std::string& owner_column) {
  std::vector<people::Role> all, limited;
  for (people::Role r : kRoles) (people::permits(r, everyone) ? all : limited).push_back(r);
  const std::string own = owner_column + " = clerk_acting_staff_id()";
  row_policies(sql, table,
               {{"clerk_every_row", all, "true", ""}, {"clerk_own_rows", limited, own, own}});
}

std::vector<people::Role> roles_seeing(people::CaseScope scope) {
  std::vector<people::Role> out;
  for (people::Role r : kRoles)
    if (people::case_scope(r) == scope) out.push_back(r);
  return out;
}

// Row-level security on cases and what hangs off them, as casework/case_visibility.cpp decides
// who sees a case. A row written in the reader's own open transaction is visible too, so that
// a new case handed to someone else can be read back for the trail before it commits; an update
// cannot put a case out of its writer's sight (PostgreSQL checks the new row against what they
// may read), which clerk refuses on both backends alike.
void case_policies(std::string& sql) {
  using people::CaseScope;
  const std::string me = "(SELECT clerk_acting_staff_id())";
  const std::string written_now = "xmin = (SELECT pg_current_xact_id_if_assigned()::xid)";
  row_policies(
      sql, "cases",
      {{"clerk_every_row", roles_seeing(CaseScope::all), "true", ""},
       {"clerk_assigned_rows", roles_seeing(CaseScope::assigned),
        "assignee_id = " + me + " OR " + written_now, "true"},
       {"clerk_visible_rows", roles_seeing(CaseScope::sensitive_limited),
        "marking <> 'OFFICIAL-SENSITIVE' OR assignee_id = " + me + " OR stage1_handler_id = " + me +
            " OR id IN (SELECT clerk_cases_shared_with_me()) OR " + written_now,
        "true"}});
  // Rows of a case: seen with the case (the policies above apply inside the subquery).
  std::vector<people::Role> limited = roles_seeing(CaseScope::assigned);
  for (people::Role r : roles_seeing(CaseScope::sensitive_limited)) limited.push_back(r);
  auto with_case = [&](const std::string& visible) {
    return std::vector<RowRule>{{"clerk_every_row", roles_seeing(CaseScope::all), "true", ""},
                                {"clerk_visible_rows", limited, visible, ""}};
  };
  for (const char* table : {"case_event", "case_pause", "case_share"})
    row_policies(sql, table,
                 with_case("EXISTS (SELECT 1 FROM cases c WHERE c.id = " + std::string(table) +
                           ".case_id)"));
  // The search index: a case's own text (rowid its id) or a timeline entry's (minus its id).
  row_policies(sql, "case_fts",
               with_case("CASE WHEN rowid > 0 THEN EXISTS (SELECT 1 FROM cases c WHERE c.id = "
                         "case_fts.rowid) ELSE EXISTS (SELECT 1 FROM case_event e WHERE e.id = "
                         "-case_fts.rowid) END"));
  // Contacts: a volunteer sees those of their cases, the diary's attendees and the owners of
  // the actions they see; everyone else every contact.
  std::vector<people::Role> everyone_else, volunteers;
  for (people::Role r : kRoles)
    (people::case_scope(r) == CaseScope::assigned ? volunteers : everyone_else).push_back(r);
  row_policies(
      sql, "contact",
      {{"clerk_every_row", everyone_else, "true", ""},
       {"clerk_visible_rows", volunteers,
        "EXISTS (SELECT 1 FROM cases c WHERE c.contact_id = contact.id) OR EXISTS (SELECT 1 "
        "FROM diary_event_attendee a WHERE a.contact_id = contact.id) OR EXISTS (SELECT 1 FROM "
        "diary_action a WHERE a.owner_contact_id = contact.id)",
        ""}});
}

// Tables in the database's schema that tables() does not name.
std::vector<std::string> unlisted_tables(db::Connection& db) {
  std::set<std::string> known;
  for (const auto& t : tables()) known.insert(t.table);
  std::vector<std::string> out;
  db::Statement q(db,
                  "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                  " ORDER BY tablename");
  while (q.step())
    if (!known.count(q.column(0).text())) out.push_back(q.column(0).text());
  return out;
}

}  // namespace

std::string grants_sql(Context& ctx) {
  const bool team = ctx.db().backend() == db::Backend::postgres;
  if (team) {
    auto unlisted = unlisted_tables(ctx.db());
    if (!unlisted.empty())
      throw Error(ErrorKind::internal, "this binary has no privileges for table(s) " +
                                           joined(unlisted) +
                                           " (admin/team_grants.cpp): upgrade clerk");
  }
  const std::string all = joined(people::group_roles());
  // clerk's tables are in the connection's first schema (public unless the URL says otherwise).
  const std::string schema =
      team ? people::sql_identifier(ctx.db().query_text("SELECT current_schema()")) : "public";
  std::string sql =
      "-- clerk db grants: who may do what, enforced by PostgreSQL as clerk enforces it.\n"
      "-- Run as the owner of clerk's tables (clerk db grants --apply does); safe to run "
      "again.\n";
  sql += "DO $$\nBEGIN\n";
  // Group roles belong to the server, not the database: another database's grants may be
  // making them at the same moment.
  for (const auto& g : people::group_roles())
    sql += "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + g +
           "') THEN\n    BEGIN\n      CREATE ROLE " + g +
           " NOLOGIN;\n    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;\n"
           "    END;\n  END IF;\n";
  sql += "END $$;\n";
  sql += "GRANT USAGE ON SCHEMA " + schema + " TO " + all + ";\n";
  // Who the session is, as clerk decides it (people::require_acting_staff), for the policies.
  sql +=
      "CREATE OR REPLACE FUNCTION clerk_acting_staff_id() RETURNS BIGINT\n"
      "LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$\n"
      "  SELECT id FROM staff WHERE active <> 0 AND (db_role = session_user OR (db_role IS NULL "
      "AND login = session_user))\n"
      "  ORDER BY db_role IS NULL LIMIT 1\n$$;\n";
  sql += "GRANT EXECUTE ON FUNCTION clerk_acting_staff_id() TO " + all + ";\n";
  for (const auto& t : tables()) {
    const std::string table = t.table;
    sql += "REVOKE ALL ON " + table + " FROM PUBLIC, " + all + ";\n";
    if (t.kind == Kind::internal) continue;
    sql += "GRANT SELECT ON " + table + " TO " + groups_with(t.read) + ";\n";
    if (t.columns_for_everyone)
      sql += "GRANT SELECT (" + std::string(t.columns_for_everyone) + ") ON " + table + " TO " +
             all + ";\n";
    if (t.kind == Kind::trail)
      sql += "GRANT INSERT ON " + table + " TO " + all + ";\n";
    else if (t.kind != Kind::read_only)
      sql += "GRANT INSERT, UPDATE, DELETE ON " + table + " TO " + groups_with(t.write) + ";\n";
  }
  sql += "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + all + ";\n";
  // The trail loses anything only through retention's two functions (0016_baseline.sql).
  sql +=
      "REVOKE ALL ON FUNCTION clerk_redact_entry(BIGINT), clerk_prune_access_log(TEXT) FROM "
      "PUBLIC, " +
      all + ";\n";
  sql +=
      "GRANT EXECUTE ON FUNCTION clerk_redact_entry(BIGINT), clerk_prune_access_log(TEXT) "
      "TO " +
      groups_with(Permission::oversight) + ";\n";
  // Cases shared with the acting member of staff, read with the owner's rights (case_share's
  // own policy looks at cases, whose policy this function serves).
  sql +=
      "CREATE OR REPLACE FUNCTION clerk_cases_shared_with_me() RETURNS SETOF BIGINT\n"
      "LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$\n"
      "  SELECT case_id FROM case_share WHERE staff_id = clerk_acting_staff_id()\n$$;\n";
  sql +=
      "REVOKE ALL ON FUNCTION clerk_cases_shared_with_me(), clerk_case_search_hits(TEXT) FROM "
      "PUBLIC;\n";
  sql +=
      "GRANT EXECUTE ON FUNCTION clerk_cases_shared_with_me(), clerk_case_search_hits(TEXT) TO " +
      all + ";\n";
  case_policies(sql);
  own_rows_policy(sql, "expense", Permission::finance, "claimant_id");
  own_rows_policy(sql, "diary_action", Permission::casework, "owner_id");
  // Each member of staff's login role in their group, where the role exists.
  for (const auto& s : people::list_staff(ctx.db(), true)) {
    if (team && !people::role_exists(ctx.db(), people::login_role(s))) continue;
    for (const auto& statement : people::membership_sql(s)) sql += statement + ";\n";
  }
  return sql;
}

void apply_grants(Context& ctx) {
  if (ctx.db().backend() != db::Backend::postgres)
    throw Error(ErrorKind::usage,
                "a single-user database has no server roles to grant: --apply is for a team "
                "(PostgreSQL) database")
        .field("apply");
  require_schema_owner(ctx, "`clerk db grants --apply`",
                       ", or have it run the SQL `clerk db grants` prints");
  // Making the group roles and granting their membership is a server-wide power.
  if (ctx.db().query_int("SELECT (rolcreaterole OR rolsuper)::integer FROM pg_roles WHERE "
                         "rolname = session_user") == 0)
    throw Error(ErrorKind::not_permitted,
                "the owner of clerk's tables needs CREATEROLE to make the group roles and grant "
                "their membership; a PostgreSQL superuser gives it with `ALTER ROLE " +
                    ctx.db().query_text("SELECT session_user") + " CREATEROLE`");
  trail::write(ctx.write_context(), [&](trail::Writer& w) {
    std::string sql = grants_sql(ctx);
    w.db().exec(sql);
    Sha256 digest;
    digest.update(sql);
    w.event("grants", "database", "{\"sql_sha256\":" + json::quoted(digest.hex_digest()) + "}");
  });
}

}  // namespace clerk::admin
