// clerk contact: one add_contact_<leaf> per command, and kContactLeaves, their table in help
// order.
#include "clerk/access/access.hpp"
#include "clerk/casework/case_visibility.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/people/contact_tables.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {
namespace {

// The details add and edit bind, as typed.
struct ContactFields {
  std::string kind, name, salutation, organisation, address, email, phone, notes;
};

void add_field_options(Cli& cli, CLI::App& cmd, ContactFields& o) {
  auto* kind = cmd.add_option("--kind", o.kind, "person|organisation (default person)");
  cli.complete(kind, {words<people::ContactKind>(), ""});
  cmd.add_option("--organisation", o.organisation,
                 "Organisation they belong to (or its full name)");
  cmd.add_option("--salutation", o.salutation,
                 "How letters greet them after \"Dear\" (\"Mrs Jones\", \"Ann\"); default: the "
                 "name without a first name after a title, or \"Sir or Madam\" for an "
                 "organisation; \"\" for the default");
  cmd.add_option("--address", o.address,
                 "Postal address: type \\n between its lines (commas are kept as typed)");
  cmd.add_option("--email", o.email, "Email address");
  cmd.add_option("--phone", o.phone, "Phone number");
  cmd.add_option("--notes", o.notes, "Notes (- reads stdin)");
}

people::ContactFields fields_from(CLI::App& cmd, const ContactFields& o) {
  people::ContactFields f;
  if (given(&cmd, "--kind")) f.kind = o.kind;
  if (given(&cmd, "--name")) f.name = o.name;
  if (given(&cmd, "--salutation")) f.salutation = o.salutation;
  if (given(&cmd, "--organisation")) f.organisation = o.organisation;
  if (given(&cmd, "--address")) f.address = o.address;
  if (given(&cmd, "--email")) f.email = o.email;
  if (given(&cmd, "--phone")) f.phone = o.phone;
  if (given(&cmd, "--notes")) f.notes = text_or_stdin(o.notes);
  return f;
}

// What list and search take.
struct ContactListOptions {
  std::string query, kind;
  int limit = 0;
};

void add_list_options(Cli& cli, CLI::App& cmd, ContactListOptions& o) {
  auto* kind = cmd.add_option("--kind", o.kind, "Only people or only organisations");
  cli.complete(kind, {words<people::ContactKind>(), ""});
  cmd.add_option("--limit", o.limit, "At most N contacts")->check(CLI::NonNegativeNumber);
}

void emit_contacts(Cli& cli, const ContactListOptions& o, const std::string& command) {
  people::ContactFilter filter;
  if (!o.kind.empty()) filter.kind = parse_word<people::ContactKind>(o.kind);
  filter.query = o.query;
  filter.limit = o.limit;
  auto& ctx = cli.open();
  access::AccessTally access(ctx, command);
  cli.emit_rows(people::contact_columns(), [&](const auto& sink) {
    people::for_each_contact(ctx, filter, [&](const people::Contact& c) {
      access.saw(c.id);
      sink(people::contact_cells(c));
    });
  });
  access.record("contacts");
}

// The CONTACT show and edit take first.
void add_contact_ref(Cli& cli, CLI::App& cmd, std::string& ref) {
  cli.complete(cmd.add_option("CONTACT", ref, "Id or exact name")->required(), {{}, "contacts"});
}

Run add_contact_add(CLI::App& cmd, Cli& cli) {
  cmd.description("Add a contact; prints its id");
  auto o = std::make_shared<ContactFields>();
  cmd.add_option("NAME", o->name, "Full name (of the person or organisation)")->required();
  add_field_options(cli, cmd, *o);
  return [&cli, o, &cmd] {
    auto fields = fields_from(cmd, *o);
    fields.name = o->name;
    auto c = people::add_contact(cli.open(), fields);
    cli.emit_value(std::to_string(c.id));
  };
}

struct ContactShowOptions {
  std::string ref;
};

Run add_contact_show(CLI::App& cmd, Cli& cli) {
  cmd.description("Show one contact");
  auto o = std::make_shared<ContactShowOptions>();
  add_contact_ref(cli, cmd, o->ref);
  return [&cli, o] {
    auto c = people::show_contact(cli.open(), o->ref);
    cli.emit_record(people::contact_detail_columns(), people::contact_detail_cells(c));
  };
}

Run add_contact_list(CLI::App& cmd, Cli& cli) {
  cmd.description("List contacts in name order");
  auto o = std::make_shared<ContactListOptions>();
  add_list_options(cli, cmd, *o);
  return [&cli, o] { emit_contacts(cli, *o, "contact list"); };
}

struct ContactEditOptions {
  std::string ref;
  ContactFields fields;
};

Run add_contact_edit(CLI::App& cmd, Cli& cli) {
  cmd.description("Change a contact's details");
  auto o = std::make_shared<ContactEditOptions>();
  add_contact_ref(cli, cmd, o->ref);
  cmd.add_option("--name", o->fields.name, "New name");
  add_field_options(cli, cmd, o->fields);
  return [&cli, o, &cmd] {
    auto c = people::edit_contact(cli.open(), o->ref, fields_from(cmd, o->fields));
    cli.note("updated contact " + std::to_string(c.id));
  };
}

struct ContactMergeOptions {
  std::string duplicate, into;
};

Run add_contact_merge(CLI::App& cmd, Cli& cli) {
  cmd.description("Fold a duplicate contact into another; everything pointing at it moves");
  auto o = std::make_shared<ContactMergeOptions>();
  auto* duplicate =
      cmd.add_option("DUPLICATE", o->duplicate, "The duplicate (id or name); it is removed")
          ->required();
  auto* into = cmd.add_option("--into", o->into, "The contact to keep (id or name)")->required();
  cli.complete(duplicate, {{}, "contacts"});
  cli.complete(into, {{}, "contacts"});
  return [&cli, o] {
    Context& ctx = cli.open();
    // Merging repoints the duplicate's cases: every one of them must be the merger's to see.
    casework::require_sees_cases_of(ctx, people::resolve_contact(ctx, o->duplicate, "duplicate"));
    auto r = people::merge_contacts(ctx, o->duplicate, o->into);
    cli.note("merged contact " + std::to_string(r.removed_id) + " into " +
             std::to_string(r.kept.id) + " (" + std::to_string(r.repointed) + " references moved)");
  };
}

Run add_contact_search(CLI::App& cmd, Cli& cli) {
  cmd.description("Find contacts whose details contain every word of QUERY");
  auto o = std::make_shared<ContactListOptions>();
  cmd.add_option("QUERY", o->query,
                 "Words to look for (name, organisation, email, phone, address, notes)")
      ->required();
  add_list_options(cli, cmd, *o);
  return [&cli, o] { emit_contacts(cli, *o, "contact search"); };
}

constexpr Leaf kContactLeaves[] = {
    {"add", add_contact_add, Needs::database, people::Permission::casework},
    {"show", add_contact_show, Needs::database, people::Permission::casework},
    {"list", add_contact_list, Needs::database, people::Permission::casework},
    {"edit", add_contact_edit, Needs::database, people::Permission::casework},
    {"merge", add_contact_merge, Needs::database, people::Permission::casework},
    {"search", add_contact_search, Needs::database, people::Permission::casework},
};

}  // namespace

void add_contact_commands(Cli& cli) {
  auto* group = cli.command(cli.root(), "contact",
                            "People and organisations: constituents, public bodies, agencies");
  group->require_subcommand(1);
  add_leaves(cli, *group, kContactLeaves);
}

}  // namespace clerk::app
