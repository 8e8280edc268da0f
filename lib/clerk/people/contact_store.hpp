// The contact table's SQL, and the registry of columns elsewhere that refer to a contact.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "clerk/db/connection.hpp"
#include "clerk/db/record_spec.hpp"
#include "clerk/people/contact.hpp"
#include "clerk/trail/row_image.hpp"

namespace clerk::people {

std::optional<Contact> find_contact(db::Connection& db, int64_t id);
// Contacts whose name is `name`, ignoring case.
std::vector<Contact> find_contacts_named(db::Connection& db, std::string_view name);

struct ContactFilter {
  std::optional<ContactKind> kind;
  std::string
      query;  // words that must all appear in name, organisation, email, phone, address or notes
  int limit = 0;  // 0: no limit
};
// Calls `each` for every matching contact in name order, streaming.
void for_each_contact(db::Connection& db, const ContactFilter& filter,
                      const std::function<void(const Contact&)>& each);
std::vector<std::string> contact_names(db::Connection& db, int limit);

// The id a new contact takes: above every contact's and every merged contact's, so no id ever
// names two people (the trail and the access log keep a merged contact's id).
int64_t next_contact_id(db::Connection& db);
// Inserts `contact` under next_contact_id() and gives that id.
int64_t insert_contact(db::Connection& db, Contact contact);

// The contact record's columns, listed once: its store's reads and writes and bulk loads.
const db::RecordSpec<Contact>& contact_record();

// Matches the contacts a bulk load names with those stored (read through `db`, which may be a
// second connection reading the state from before the load) and those the load has created:
// by name, ignoring case as SQLite's NOCASE does (ASCII letters), and email (both blank counts
// as equal). The earliest stored match wins.
class ContactMatcher {
 public:
  explicit ContactMatcher(db::Connection& db);
  ~ContactMatcher();
  std::optional<int64_t> find(const std::string& name, const std::string& email);
  // The load creates contact `id` with this name and email.
  void created(const std::string& name, const std::string& email, int64_t id);

 private:
  static std::string key(const std::string& name, const std::string& email);
  std::unique_ptr<db::Statement> find_by_email_, find_;
  std::unordered_map<std::string, int64_t> created_;
};
void update_contact(db::Connection& db, const Contact& contact);
void delete_contact(db::Connection& db, int64_t id);

// (audited entity, column) pairs whose column holds a contact id that `contact merge` repoints:
// the schema registry's contact references (db/schema.hpp) with OnMerge::repoint.
const std::vector<std::pair<std::string, std::string>>& contact_references();

}  // namespace clerk::people
