#include "clerk/casework/case_import.hpp"

#include <atomic>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "clerk/casework/case_deadlines.hpp"
#include "clerk/casework/case_ops.hpp"
#include "clerk/casework/case_record.hpp"
#include "clerk/casework/case_store.hpp"
#include "clerk/casework/case_transfer.hpp"
#include "clerk/casework/deadline.hpp"
#include "clerk/core/block_queue.hpp"
#include "clerk/core/date_text.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/record_reader.hpp"
#include "clerk/core/row_errors.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/core/text.hpp"
#include "clerk/db/database.hpp"
#include "clerk/db/read_snapshot.hpp"
#include "clerk/db/sqlite_connection.hpp"
#include "clerk/db/suspended_schema.hpp"
#include "clerk/people/contact_store.hpp"
#include "clerk/people/staff_store.hpp"
#include "clerk/trail/batch_inserter.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::casework {
namespace {

struct ParsedRow {
  Case c;
  std::optional<std::pair<int, int>> ref;  // given reference
  people::Contact contact;
};

// Whether an import must give a column a value: the record's required fields and the contact.
bool required_column(const TransferColumn& column) {
  return column.source == TransferSource::contact_name ||
         (column.field && column.field->transfer == db::Transfer::required);
}

// Checks one record and builds the case it describes. Throws Error{bad_data} naming the field.
// Fields are read in the columns' order, each as the record spec parses its type, except those
// with rules of their own.
ParsedRow parse_row(Context& ctx, const RecordReader& r,
                    const std::unordered_map<std::string, int64_t>& staff) {
  ParsedRow p;
  Case& c = p.c;
  const auto& layout = transfer_layout();
  for (size_t col = 0; col < layout.size(); ++col) {
    const TransferColumn& column = layout[col];
    // The field's trimmed text, copied only where it is kept.
    std::string_view v = text::trim(r.get(col));
    if (required_column(column)) {
      if (v.empty()) throw Error(ErrorKind::bad_data, "is required").field(column.key);
      if (!text::valid_utf8(v))
        throw Error(ErrorKind::bad_data, "is not valid UTF-8").field(column.key);
    }
    switch (column.source) {
      case TransferSource::contact_name:
        p.contact.name = v;
        continue;
      case TransferSource::contact_email:
        p.contact.email = v;
        continue;
      case TransferSource::contact_phone:
        p.contact.phone = v;
        continue;
      case TransferSource::contact_address:
        p.contact.address = v;
        continue;
      case TransferSource::contact_salutation:
        p.contact.salutation = v;
        continue;
      case TransferSource::assignee:
        if (std::string login(v); !login.empty()) {
          auto it = staff.find(login);
          if (it == staff.end())
            throw Error(ErrorKind::bad_data, "no staff member '" + login + "'").field("assignee");
          c.assignee_id = it->second;
        }
        continue;
      case TransferSource::field:
        break;
    }
    if (column.key == "ref") {
      if (!v.empty()) {
        p.ref = parse_ref(v);
        if (!p.ref)
          throw Error(ErrorKind::bad_data, "'" + std::string(v) + "' is not a case reference")
              .field("ref");
      }
    } else if (column.key == "category") {
      c.category = v.empty() ? "other" : v;
      require_category(ctx, c.category);
    } else if (column.key == "extension_months") {
      if (v.empty()) continue;
      if (v.size() != 1 || v[0] < '0' || v[0] > '2')
        throw Error(ErrorKind::bad_data, "'" + std::string(v) + "' must be 0, 1 or 2")
            .field("extension_months");
      c.extension_months = v[0] - '0';
    } else if (!v.empty()) {
      column.field->parse(c, v, column.key);
    }
  }
  if (c.received_on > ctx.today())
    throw Error(ErrorKind::bad_data, c.received_on.iso() + " is in the future")
        .field("received_on");
  if (c.extension_months > 0 && c.type != CaseType::sar)
    throw Error(ErrorKind::bad_data, "only a SAR can be extended").field("extension_months");
  // The record must be one the status machine could have produced.
  bool closed = c.status == Status::closed;
  if (closed && (!c.outcome || !c.closed_on))
    throw Error(ErrorKind::bad_data, "a closed case needs an outcome and closed_on")
        .field(c.outcome ? "closed_on" : "outcome");
  if (!closed && (c.outcome || c.closed_on))
    throw Error(ErrorKind::bad_data, "only a closed case has an outcome or closed_on")
        .field("status");
  if (c.status == Status::awaiting && (c.awaiting_on.empty() || !c.follow_up_on))
    throw Error(ErrorKind::bad_data, "an awaiting case needs awaiting_on and follow_up_on")
        .field("status");
  if (c.status == Status::escalated && !c.escalated_on)
    throw Error(ErrorKind::bad_data, "an escalated case needs escalated_on").field("escalated_on");
  if (c.closed_on && *c.closed_on < c.received_on)
    throw Error(ErrorKind::bad_data, "closed before it was received").field("closed_on");
  if (c.status == Status::reopened) c.reopened_on = c.received_on;
  return p;
}

// The references a file has given so far: a bit per sequence number in each year, as they run
// densely from 1 (a million cost 125 KB, not the 40 MB of a hash set), and a set for any beyond.
class GivenReferences {
 public:
  // False when the file gave this one before.
  bool add(int year, int seq) {
    if (seq < 0 || seq >= kDense) return sparse_.emplace(year, seq).second;
    std::vector<bool>& seen = dense_[year];
    if (size_t(seq) >= seen.size()) seen.resize(size_t(seq) + 1);
    if (seen[size_t(seq)]) return false;
    seen[size_t(seq)] = true;
    return true;
  }

 private:
  static constexpr int kDense = 1 << 22;
  std::map<int, std::vector<bool>> dense_;
  std::set<std::pair<int, int>> sparse_;
};

// A reference sequence number for each year of receipt.
using SeqByYear = std::map<int, int>;

// A blank reference is numbered after the largest the file gives for its year. One pass learns
// those as it goes, so a row that gives a larger one after numbering has begun in its year
// means reading the file's references first and loading again (a file that mixes the two).
struct ReferencesFirst {};

// A case ready to write: its row and hash, its new contact's when it needs one, its deadlines.
struct PreparedCase {
  int64_t id = 0;
  std::vector<trail::StoredValue> values;
  Digest hash{};
  int64_t new_contact_id = 0;  // 0: an existing contact
  std::vector<trail::StoredValue> contact;
  Digest contact_hash{};
  std::optional<Deadlines> due;
};
using Block = std::vector<PreparedCase>;
// Cases handed from the checking thread to the inserting one at a time.
constexpr size_t kCasesPerBlock = 512;

// The checking side of a load: checks each record against the database as it was before the
// load (read through `lookups`) and the file's earlier rows, then numbers it, matches its
// contact and hashes what will be written. Ids are handed out in file order.
class CasePreparer {
 public:
  CasePreparer(Context& ctx, db::Connection& lookups, SeqByYear given)
      : ctx_(ctx),
        calendar_(ctx.calendar()),
        refs_(lookups),
        contacts_(lookups),
        given_(std::move(given)) {
    for (const auto& s : people::list_staff(ctx.db(), true)) staff_[s.login] = s.id;
  }

  // Error{bad_data} naming the field when the record is bad.
  ParsedRow check(const RecordReader& r, bool numbering) {
    ParsedRow p = parse_row(ctx_, r, staff_);
    if (!p.ref) return p;
    auto [year, seq] = *p.ref;
    if (!in_file_.add(year, seq))
      throw Error(ErrorKind::bad_data, "reference " + format_ref(year, seq) + " appears twice")
          .field("ref");
    if (refs_.ref_exists(year, seq))
      throw Error(ErrorKind::bad_data, format_ref(year, seq) + " already exists").field("ref");
    auto numbered = numbered_after_.find(year);
    if (numbering && numbered != numbered_after_.end() && seq > numbered->second)
      throw ReferencesFirst{};
    int& largest = given_[year];
    largest = std::max(largest, seq);
    return p;
  }

  PreparedCase prepare(ParsedRow p, trail::BatchInserter& cases, int64_t case_id,
                       trail::BatchInserter& contacts, int64_t& next_contact_id) {
    Case& c = p.c;
    if (p.ref) {
      std::tie(c.ref_year, c.ref_seq) = *p.ref;
    } else {
      c.ref_year = c.received_on.year();
      auto next = next_seq_.find(c.ref_year);
      if (next == next_seq_.end()) {
        int after = std::max(refs_.max_seq(c.ref_year), given_[c.ref_year]);
        numbered_after_[c.ref_year] = after;
        next = next_seq_.emplace(c.ref_year, after + 1).first;
      }
      c.ref_seq = next->second++;
    }
    c.ref = format_ref(c.ref_year, c.ref_seq);
    PreparedCase out;
    if (auto existing = contacts_.find(p.contact.name, p.contact.email)) {
      c.contact_id = *existing;
    } else {
      p.contact.id = c.contact_id = out.new_contact_id = next_contact_id++;
      p.contact.created_on = ctx_.today();
      contacts_.created(p.contact.name, p.contact.email, p.contact.id);
      out.contact = people::contact_record().values(p.contact);
      out.contact_hash = contacts.hash(out.contact);
    }
    c.id = out.id = case_id;
    if (c.status != Status::closed)
      out.due = compute_deadlines(c, {}, ctx_.config().targets, calendar_,
                                  ctx_.config().holidays.nation, ctx_.today());
    out.values = case_record().values(c);
    out.hash = cases.hash(out.values);
    return out;
  }

 private:
  Context& ctx_;
  const HolidayCalendar& calendar_;
  CaseRefs refs_;
  people::ContactMatcher contacts_;
  std::unordered_map<std::string, int64_t> staff_;
  GivenReferences in_file_;
  SeqByYear given_;           // the largest given per year
  SeqByYear numbered_after_;  // where numbering began per year (below its first)
  SeqByYear next_seq_;        // the next number per year
};

// The largest reference the file gives in each year (malformed ones are left to the load).
SeqByYear references_in(const std::function<std::unique_ptr<std::istream>()>& open_input,
                        const std::string& source) {
  SeqByYear given;
  auto in = open_input();
  auto reader = RecordReader::open(*in, source, transfer_keys(), {});
  while (reader->next())
    if (auto ref = parse_ref(text::trim(reader->get(transfer_index("ref"))))) {
      int& largest = given[ref->first];
      largest = std::max(largest, ref->second);
    }
  return given;
}

// The columns an import's header must name.
const std::vector<std::string>& required_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const auto& column : transfer_layout())
      if (required_column(column)) out.push_back(column.key);
    return out;
  }();
  return keys;
}

// Checks every row of the file; nothing is written.
ImportSummary check_only(Context& ctx, RecordReader& reader, const std::string& source) {
  ImportSummary summary;
  summary.dry_run = true;
  RowErrors errors(source);
  {
    db::ReadSnapshot snapshot(ctx.db());
    CasePreparer preparer(ctx, ctx.db(), {});
    while (reader.next()) {
      ++summary.cases;
      errors.check(reader.line(), [&] { preparer.check(reader, false); });
    }
  }
  errors.throw_if_any();
  if (summary.cases == 0) throw Error(ErrorKind::bad_data, "no cases to import").source(source);
  return summary;
}

// One pass over the file in one transaction: a second thread (on a second connection, which
// sees the database as it was before the load) reads, checks and prepares the rows a block at
// a time while this one inserts them. The first bad row stops the inserting; the rest are still
// checked, so every bad one is listed, and the transaction rolls back.
ImportSummary load(Context& ctx, trail::Writer& w, RecordReader& reader, const std::string& source,
                   const std::string& input_sha, SeqByYear given) {
  ImportSummary summary;
  // The case entry comes first, then (when the load made any) the contact entry.
  CaseBulk cases(w.db());
  trail::BatchInserter contacts(w.db(), "contact", people::contact_record().column_names(), 1);
  int64_t next_contact_id = people::next_contact_id(w.db());
  const int64_t stored_contacts = w.db().query_int("SELECT count(*) FROM contact");
  // A second connection reads alongside this one's writes only in WAL mode (otherwise its read
  // lock would stop them); without one, both sides take turns on this thread.
  std::unique_ptr<SQLite::Database> other;
  std::unique_ptr<db::Connection> other_connection;
  const bool sqlite = w.db().backend() == db::Backend::sqlite;
  if (sqlite && w.db().query_text("PRAGMA journal_mode") == "wal") {
    other = db::another_connection(db::sqlite(w.db()));
    if (other) other_connection = db::sqlite_connection(*other);
  }
  db::Connection& lookups = other ? *other_connection : w.db();
  std::optional<db::SuspendedSchema> contact_indexes;
  int64_t contacts_inserted = 0;

  RowErrors errors(source);
  std::atomic<bool> bad{false};
  int64_t next_case_id = cases.next_id();
  // Fills `block` with up to kCasesPerBlock prepared cases; false at the end of the file.
  auto fill = [&](CasePreparer& preparer, Block& block) {
    block.clear();
    while (block.size() < kCasesPerBlock) {
      if (!reader.next()) return false;
      ++summary.cases;
      std::optional<ParsedRow> row;
      errors.check(reader.line(), [&] { row = preparer.check(reader, !bad); });
      if (!row) bad = true;
      if (bad) continue;
      block.push_back(preparer.prepare(std::move(*row), cases.rows(), next_case_id++, contacts,
                                       next_contact_id));
    }
    return true;
  };
  auto insert = [&](const Block& block) {
    if (bad) return;
    for (const PreparedCase& p : block) {
      if (p.new_contact_id) {
        // Lookups on the other connection do not need this one's contact indexes.
        if (other && !contact_indexes && ++contacts_inserted > stored_contacts &&
            contacts_inserted >= CaseBulk::kRebuildFrom)
          contact_indexes.emplace(db::sqlite(w.db()), "index", "contact");
        contacts.insert(p.new_contact_id, p.contact, p.contact_hash);
        ++summary.contacts_created;
      }
      cases.insert(p.id, p.values, p.hash, p.due);
    }
    // The block's cases follow the contacts they name.
    contacts.flush();
    cases.flush();
  };
  if (other) {
    db::ReadSnapshot snapshot(*other_connection);
    CasePreparer preparer(ctx, lookups, std::move(given));
    BlockQueue<Block> queue;
    produce_and_consume(
        queue,
        [&](BlockQueue<Block>& q) {
          for (bool more = true; more;) {
            auto block = q.take_empty();
            if (!block) return;  // the inserting side failed
            more = fill(preparer, *block);
            q.put_full(std::move(block));
          }
        },
        [&](BlockQueue<Block>& q) {
          while (auto block = q.take_full()) {
            insert(*block);
            q.put_empty(std::move(block));
          }
        });
  } else {
    CasePreparer preparer(ctx, lookups, std::move(given));
    Block block;
    for (bool more = true; more;) {
      more = fill(preparer, block);
      insert(block);
    }
  }
  errors.throw_if_any();
  if (summary.cases == 0) throw Error(ErrorKind::bad_data, "no cases to import").source(source);
  cases.finish();
  if (contact_indexes) contact_indexes->restore();
  // The references the summary quotes: the lowest and highest imported (a file that gives some
  // references has the others numbered after them, so file order would read backwards).
  int64_t first = *cases.rows().first_id(), last = cases.rows().last_id();
  auto ref_at = [&](const char* direction) {
    return w.db().query_text("SELECT ref FROM cases WHERE id BETWEEN " + std::to_string(first) +
                             " AND " + std::to_string(last) + " ORDER BY ref_year " + direction +
                             ", ref_seq " + direction + " LIMIT 1");
  };
  summary.first_ref = ref_at("ASC");
  summary.last_ref = ref_at("DESC");
  w.batch(cases.rows().checked_rows(), first, last, "import",
          fmt::format(R"({{"rows":{},"first_ref":"{}","last_ref":"{}","input_sha256":"{}"}})",
                      summary.cases, summary.first_ref, summary.last_ref, input_sha));
  if (contacts.first_id())
    w.batch(contacts.checked_rows(), *contacts.first_id(), contacts.last_id(), "import",
            fmt::format(R"({{"rows":{},"source":"case import","input_sha256":"{}"}})",
                        summary.contacts_created, input_sha));
  return summary;
}

}  // namespace

ImportSummary import_cases(Context& ctx,
                           const std::function<std::unique_ptr<std::istream>()>& open_input,
                           const std::string& source, bool dry_run) {
  refresh_deadlines_if_stale(ctx);
  if (dry_run) {
    auto in = open_input();
    auto reader = RecordReader::open(*in, source, transfer_keys(), required_keys());
    return check_only(ctx, *reader, source);
  }
  std::string input_sha;
  {
    // The batch entries record a digest of exactly what was imported.
    auto in = open_input();
    input_sha = sha256_hex(*in);
  }
  SeqByYear given;
  for (bool first_attempt = true;; first_attempt = false) {
    auto in = open_input();
    // A bad header is refused before anything begins.
    auto reader = RecordReader::open(*in, source, transfer_keys(), required_keys());
    try {
      return trail::write(ctx.write_context(), [&](trail::Writer& w) {
        return load(ctx, w, *reader, source, input_sha, given);
      });
    } catch (const ReferencesFirst&) {
      // Rolled back; with every year's largest given reference known, it cannot happen again.
      if (!first_attempt) throw Error(ErrorKind::internal, "references changed during an import");
      given = references_in(open_input, source);
    }
  }
}

}  // namespace clerk::casework
