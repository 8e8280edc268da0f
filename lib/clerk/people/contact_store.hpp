// The contact table's SQL, and the registry of columns elsewhere that refer to a contact.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "clerk/people/contact.hpp"

namespace clerk::people {

std::optional<Contact> find_contact(SQLite::Database& db, int64_t id);
// Contacts whose name is `name`, ignoring case.
std::vector<Contact> find_contacts_named(SQLite::Database& db, std::string_view name);

struct ContactFilter {
  std::optional<ContactKind> kind;
  std::string
      query;  // words that must all appear in name, organisation, email, phone, address or notes
  int limit = 0;  // 0: no limit
};
// Calls `each` for every matching contact in name order, streaming.
void for_each_contact(SQLite::Database& db, const ContactFilter& filter,
                      const std::function<void(const Contact&)>& each);
std::vector<std::string> contact_names(SQLite::Database& db, int limit);

int64_t insert_contact(SQLite::Database& db, const Contact& contact);

// For bulk work: statements prepared once. find() matches a name (ignoring case) and email
// (both blank counts as equal); insert() adds a contact.
class ContactBulk {
 public:
  explicit ContactBulk(SQLite::Database& db);
  ~ContactBulk();
  std::optional<int64_t> find(const std::string& name, const std::string& email);
  int64_t insert(const Contact& contact);

 private:
  SQLite::Database& db_;
  std::unique_ptr<SQLite::Statement> find_by_email_, find_, insert_;
};
void update_contact(SQLite::Database& db, const Contact& contact);
void delete_contact(SQLite::Database& db, int64_t id);

// (audited entity, column) pairs whose column holds a contact id; `contact merge` repoints
// each. Schema that refers to contacts adds itself here.
const std::vector<std::pair<std::string, std::string>>& contact_references();

}  // namespace clerk::people
