#include "clerk/people/contact_ops.hpp"

#include <charconv>

#include "clerk/access/access.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/people/contact_merge_store.hpp"
#include "clerk/trail/row_image.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::people {
namespace {}  // namespace

Contact add_contact(Context& ctx, const ContactFields& fields) {
  Contact c;
  c.created_on = ctx.today();
  if (!fields.name) throw Error(ErrorKind::usage, "a name is required").field("name");
  apply_fields(c, fields);
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    c.id = insert_contact(w.db(), c);
    w.inserted("contact", c.id);
    return c;
  });
}

Contact resolve_contact(Context& ctx, std::string_view ref, std::string_view field) {
  std::string_view key = text::trim(ref);
  if (auto id = text::parse_id(key)) {
    if (auto c = find_contact(ctx.db(), *id)) return *c;
    throw Error(ErrorKind::missing, "no contact with id " + std::to_string(*id))
        .field(std::string(field));
  }
  auto named = find_contacts_named(ctx.db(), key);
  if (named.size() == 1) return named.front();
  if (named.size() > 1) {
    std::vector<std::string> ids;
    for (const auto& c : named)
      ids.push_back(std::to_string(c.id) +
                    (c.organisation.empty() ? "" : " (" + c.organisation + ")"));
    throw Error(ErrorKind::bad_data, "several contacts are called '" + std::string(key) +
                                         "'; give the id: " + text::join(ids, ", "))
        .field(std::string(field));
  }
  // Suggest names that contain what was typed ("ann jones" → "Mrs Ann Jones"), else near misses.
  std::vector<std::string> suggestions;
  ContactFilter filter;
  filter.query = std::string(key);
  filter.limit = 3;
  for_each_contact(ctx.db(), filter, [&](const Contact& c) { suggestions.push_back(c.name); });
  if (suggestions.empty()) suggestions = text::near_misses(key, contact_names(ctx.db(), 5000));
  throw Error(ErrorKind::missing, "no contact called '" + std::string(key) + "'")
      .field(std::string(field))
      .suggest(suggestions);
}

Contact show_contact(Context& ctx, std::string_view id_or_name) {
  Contact c = resolve_contact(ctx, id_or_name);
  access::record_access(ctx, "contact show", "contact " + std::to_string(c.id), {c.id});
  return c;
}

Contact edit_contact(Context& ctx, std::string_view ref, const ContactFields& fields) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    Contact c = resolve_contact(ctx, ref);
    auto before = w.before("contact", c.id);
    apply_fields(c, fields);
    update_contact(w.db(), c);
    w.updated(before, "set");
    return c;
  });
}

MergeResult merge_contacts(Context& ctx, std::string_view duplicate, std::string_view keep) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    Contact dup = resolve_contact(ctx, duplicate, "duplicate");
    Contact kept = resolve_contact(ctx, keep, "into");
    if (dup.id == kept.id)
      throw Error(ErrorKind::bad_data, "cannot merge a contact into itself").field("into");
    MergeResult result;
    auto kept_before = w.before("contact", kept.id);
    for (auto [mine, theirs] :
         {std::pair{&kept.salutation, &dup.salutation},
          std::pair{&kept.organisation, &dup.organisation}, std::pair{&kept.address, &dup.address},
          std::pair{&kept.email, &dup.email}, std::pair{&kept.phone, &dup.phone}})
      if (mine->empty()) *mine = *theirs;
    if (!dup.notes.empty())
      kept.notes = kept.notes.empty() ? dup.notes : kept.notes + "\n" + dup.notes;
    update_contact(w.db(), kept);
    w.updated(kept_before, "merge");
    // Repoint every reference before the delete, each change audited on its own row.
    for (const auto& [entity, column] : contact_references()) {
      const std::string& table = trail::table_of(entity);
      db::Statement refs(w.db(), "SELECT id FROM " + table + " WHERE " + column + " = ?");
      refs.bind(1, dup.id);
      std::vector<int64_t> ids;
      while (refs.step()) ids.push_back(refs.column(0).int64());
      for (int64_t id : ids) {
        auto before = w.before(entity, id);
        db::Statement upd(w.db(), "UPDATE " + table + " SET " + column + " = ? WHERE id = ?");
        upd.bind(1, kept.id);
        upd.bind(2, id);
        upd.exec();
        w.updated(before, "repoint");
        ++result.repointed;
      }
    }
    // The trail and the access log keep the duplicate's id: this row is how subject access and
    // the access log find them from the kept contact afterwards.
    w.inserted("contact_merge", insert_contact_merge(w.db(), dup.id, kept.id, ctx.today()),
               "merge");
    auto dup_before = w.before("contact", dup.id);
    delete_contact(w.db(), dup.id);
    w.deleted(dup_before, "merged");
    result.kept = kept;
    result.removed_id = dup.id;
    return result;
  });
}

std::vector<int64_t> contact_and_merged_ids(Context& ctx, std::string_view ref,
                                            std::string_view field) {
  return contact_and_merged_ids(ctx.db(), resolve_contact(ctx, ref, field).id);
}

void for_each_contact(Context& ctx, const ContactFilter& filter,
                      const std::function<void(const Contact&)>& each) {
  for_each_contact(ctx.db(), filter, each);
}

}  // namespace clerk::people
