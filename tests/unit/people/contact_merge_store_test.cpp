#include "clerk/people/contact_merge_store.hpp"

#include <doctest/doctest.h>

#include "../temp_database.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/people/contact_store.hpp"

using namespace clerk;
using namespace clerk::people;

namespace {

struct Migrated : MemoryDatabase {
  int64_t add(const std::string& name) {
    Contact c;
    c.name = name;
    c.created_on = Date::parse_iso("2026-11-24", "on");
    return insert_contact(db, c);
  }
  // What `contact merge` does to the tables, without the trail: repoint, record, delete.
  void merge(int64_t duplicate, int64_t into, bool repoint = true) {
    if (repoint) {
      db::Statement q(db, "UPDATE contact_merge SET into_id = ? WHERE into_id = ?");
      q.bind(1, into);
      q.bind(2, duplicate);
      q.exec();
    }
    insert_contact_merge(db, duplicate, into, Date::parse_iso("2026-11-24", "on"));
    delete_contact(db, duplicate);
  }
};

using Ids = std::vector<int64_t>;

}  // namespace

TEST_SUITE("people/contact_merge_store") {
  TEST_CASE("a contact nothing was merged into is its own only id") {
    Migrated m;
    int64_t ann = m.add("Ann Jones");
    CHECK(contact_and_merged_ids(m.db, ann) == Ids{ann});
    CHECK(merges_into(m.db, ann).empty());
  }

  TEST_CASE("a chain of merges is followed from the contact kept, repointed or not") {
    for (bool repoint : {true, false}) {
      CAPTURE(repoint);
      Migrated m;
      // Without the repoint, the foreign key would keep the middle contact: as a database
      // edited by hand might hold it.
      if (!repoint) m.db.exec("PRAGMA foreign_keys = OFF");
      int64_t one = m.add("Ann Jones"), two = m.add("A. Jones"), three = m.add("Mrs A Jones");
      int64_t other = m.add("Bob Smith"), bobs = m.add("B. Smith");
      m.merge(three, two, repoint);
      m.merge(two, one, repoint);
      m.merge(bobs, other, repoint);
      CHECK(contact_and_merged_ids(m.db, one) == Ids{one, two, three});
      CHECK(merges_into(m.db, one) == Ids{1, 2});
      CHECK(contact_and_merged_ids(m.db, other) == Ids{other, bobs});
    }
  }

  TEST_CASE("a new contact never takes the id of a merged one") {
    Migrated m;
    int64_t ann = m.add("Ann Jones"), dup = m.add("A. Jones");
    m.merge(dup, ann);
    CHECK(highest_merged_contact_id(m.db) == dup);
    CHECK(next_contact_id(m.db) == dup + 1);
    CHECK(m.add("Carol White") == dup + 1);
    CHECK(contact_and_merged_ids(m.db, dup + 1) == Ids{dup + 1});
  }

  TEST_CASE("a merge into a contact that does not exist is refused by the database") {
    Migrated m;
    int64_t ann = m.add("Ann Jones");
    CHECK_THROWS_AS(insert_contact_merge(m.db, ann, ann + 10, Date::parse_iso("2026-11-24", "on")),
                    SQLite::Exception);
  }
}
