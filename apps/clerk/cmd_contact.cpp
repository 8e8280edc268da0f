// clerk contact add|show|list|edit|merge|search
#include "clerk/access/access.hpp"
#include "clerk/people/contact_ops.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {
namespace {

struct ContactOptions {
  std::string ref, into, query;
  std::string kind, name, salutation, organisation, address, email, phone, notes;
  int limit = 0;
};

void add_field_options(Cli& cli, CLI::App* cmd, ContactOptions& o) {
  auto* kind = cmd->add_option("--kind", o.kind, "person|organisation (default person)");
  cli.complete(kind, {words<people::ContactKind>(), ""});
  cmd->add_option("--organisation", o.organisation,
                  "Organisation they belong to (or its full name)");
  cmd->add_option("--salutation", o.salutation,
                  "How letters greet them after \"Dear\" (\"Mrs Jones\", \"Ann\"); default: the "
                  "name without a first name after a title, or \"Sir or Madam\" for an "
                  "organisation; \"\" for the default");
  cmd->add_option("--address", o.address,
                  "Postal address: type \\n between its lines (commas are kept as typed)");
  cmd->add_option("--email", o.email, "Email address");
  cmd->add_option("--phone", o.phone, "Phone number");
  cmd->add_option("--notes", o.notes, "Notes (- reads stdin)");
}

people::ContactFields fields_from(CLI::App* cmd, const ContactOptions& o) {
  people::ContactFields f;
  if (given(cmd, "--kind")) f.kind = o.kind;
  if (given(cmd, "--name")) f.name = o.name;
  if (given(cmd, "--salutation")) f.salutation = o.salutation;
  if (given(cmd, "--organisation")) f.organisation = o.organisation;
  if (given(cmd, "--address")) f.address = o.address;
  if (given(cmd, "--email")) f.email = o.email;
  if (given(cmd, "--phone")) f.phone = o.phone;
  if (given(cmd, "--notes")) f.notes = text_or_stdin(o.notes);
  return f;
}

void add_list_options(Cli& cli, CLI::App* cmd, ContactOptions& o) {
  auto* kind = cmd->add_option("--kind", o.kind, "Only people or only organisations");
  cli.complete(kind, {words<people::ContactKind>(), ""});
  cmd->add_option("--limit", o.limit, "At most N contacts")->check(CLI::NonNegativeNumber);
}

void emit_contacts(Cli& cli, const ContactOptions& o, const std::string& query,
                   const std::string& command) {
  people::ContactFilter filter;
  if (!o.kind.empty()) filter.kind = parse_word<people::ContactKind>(o.kind);
  filter.query = query;
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

}  // namespace

void add_contact_commands(Cli& cli) {
  auto* group = cli.command(cli.root(), "contact",
                            "People and organisations: constituents, public bodies, agencies");
  group->require_subcommand(1);

  auto add = std::make_shared<ContactOptions>();
  auto* add_cmd = cli.command(*group, "add", "Add a contact; prints its id");
  add_cmd->add_option("NAME", add->name, "Full name (of the person or organisation)")->required();
  add_field_options(cli, add_cmd, *add);
  add_cmd->callback([&cli, add, add_cmd] {
    auto fields = fields_from(add_cmd, *add);
    fields.name = add->name;
    auto c = people::add_contact(cli.open(), fields);
    cli.emit_value(std::to_string(c.id));
  });

  auto show = std::make_shared<ContactOptions>();
  auto* show_cmd = cli.command(*group, "show", "Show one contact");
  auto* show_ref = show_cmd->add_option("CONTACT", show->ref, "Id or exact name")->required();
  cli.complete(show_ref, {{}, "contacts"});
  show_cmd->callback([&cli, show] {
    auto c = people::show_contact(cli.open(), show->ref);
    cli.emit_record(people::contact_detail_columns(), people::contact_detail_cells(c));
  });

  auto list = std::make_shared<ContactOptions>();
  auto* list_cmd = cli.command(*group, "list", "List contacts in name order");
  add_list_options(cli, list_cmd, *list);
  list_cmd->callback([&cli, list] { emit_contacts(cli, *list, "", "contact list"); });

  auto edit = std::make_shared<ContactOptions>();
  auto* edit_cmd = cli.command(*group, "edit", "Change a contact's details");
  auto* edit_ref = edit_cmd->add_option("CONTACT", edit->ref, "Id or exact name")->required();
  cli.complete(edit_ref, {{}, "contacts"});
  edit_cmd->add_option("--name", edit->name, "New name");
  add_field_options(cli, edit_cmd, *edit);
  edit_cmd->callback([&cli, edit, edit_cmd] {
    auto fields = fields_from(edit_cmd, *edit);
    auto c = people::edit_contact(cli.open(), edit->ref, fields);
    cli.note("updated contact " + std::to_string(c.id));
  });

  auto merge = std::make_shared<ContactOptions>();
  auto* merge_cmd = cli.command(
      *group, "merge", "Fold a duplicate contact into another; everything pointing at it moves");
  auto* merge_dup =
      merge_cmd->add_option("DUPLICATE", merge->ref, "The duplicate (id or name); it is removed")
          ->required();
  auto* merge_into =
      merge_cmd->add_option("--into", merge->into, "The contact to keep (id or name)")->required();
  cli.complete(merge_dup, {{}, "contacts"});
  cli.complete(merge_into, {{}, "contacts"});
  merge_cmd->callback([&cli, merge] {
    auto r = people::merge_contacts(cli.open(), merge->ref, merge->into);
    cli.note("merged contact " + std::to_string(r.removed_id) + " into " +
             std::to_string(r.kept.id) + " (" + std::to_string(r.repointed) + " references moved)");
  });

  auto search = std::make_shared<ContactOptions>();
  auto* search_cmd =
      cli.command(*group, "search", "Find contacts whose details contain every word of QUERY");
  search_cmd
      ->add_option("QUERY", search->query,
                   "Words to look for (name, organisation, email, phone, address, notes)")
      ->required();
  add_list_options(cli, search_cmd, *search);
  search_cmd->callback(
      [&cli, search] { emit_contacts(cli, *search, search->query, "contact search"); });
}

}  // namespace clerk::app
