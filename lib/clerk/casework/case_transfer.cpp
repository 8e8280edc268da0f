#include "clerk/casework/case_transfer.hpp"

#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "clerk/audit/sha256.hpp"
#include "clerk/casework/case_ops.hpp"
#include "clerk/casework/deadline.hpp"
#include "clerk/core/block_queue.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/record_reader.hpp"
#include "clerk/core/row_errors.hpp"
#include "clerk/core/text.hpp"
#include "clerk/db/read_snapshot.hpp"
#include "clerk/db/write.hpp"
#include "clerk/people/contact_store.hpp"
#include "clerk/people/staff_store.hpp"

namespace clerk::casework {
namespace {

enum Col {
  kRef,
  kType,
  kSubject,
  kContact,
  kContactEmail,
  kContactPhone,
  kContactAddress,
  kCategory,
  kChannel,
  kPriority,
  kMarking,
  kStatus,
  kOutcome,
  kReceived,
  kAcknowledged,
  kAssignee,
  kBody,
  kAwaiting,
  kFollowUp,
  kEscalated,
  kClosed,
  kExtension,
  kColumnCount
};

const std::vector<std::string>& column_keys() {
  static const std::vector<std::string> keys = {"ref",
                                                "type",
                                                "subject",
                                                "contact",
                                                "contact_email",
                                                "contact_phone",
                                                "contact_address",
                                                "category",
                                                "channel",
                                                "priority",
                                                "marking",
                                                "status",
                                                "outcome",
                                                "received_on",
                                                "acknowledged_on",
                                                "assignee",
                                                "body",
                                                "awaiting_on",
                                                "follow_up_on",
                                                "escalated_on",
                                                "closed_on",
                                                "extension_months"};
  return keys;
}

struct ParsedRow {
  Case c;
  std::optional<std::pair<int, int>> ref;  // given reference
  people::Contact contact;
};

std::optional<Date> opt_date(std::string_view text, const char* field) {
  if (text.empty()) return std::nullopt;
  return Date::parse_iso(text, field);
}

template <class T, class Parse>
T word_or(std::string_view text, T fallback, Parse parse) {
  return text.empty() ? fallback : parse(text);
}

// Checks one record and builds the case it describes. Throws Error{bad_data} naming the field.
ParsedRow parse_row(Context& ctx, const RecordReader& r,
                    const std::unordered_map<std::string, int64_t>& staff) {
  ParsedRow p;
  Case& c = p.c;
  auto text = [&](Col col) { return std::string(text::trim(r.get(col))); };
  auto required = [&](Col col) {
    std::string v = text(col);
    if (v.empty()) throw Error(ErrorKind::bad_data, "is required").field(column_keys()[col]);
    if (!text::valid_utf8(v))
      throw Error(ErrorKind::bad_data, "is not valid UTF-8").field(column_keys()[col]);
    return v;
  };
  if (!text(kRef).empty()) {
    p.ref = parse_ref(text(kRef));
    if (!p.ref)
      throw Error(ErrorKind::bad_data, "'" + text(kRef) + "' is not a case reference").field("ref");
  }
  c.type = word_or(text(kType), CaseType::enquiry, [](auto t) { return parse_case_type(t); });
  c.subject = required(kSubject);
  p.contact.name = required(kContact);
  p.contact.email = text(kContactEmail);
  p.contact.phone = text(kContactPhone);
  p.contact.address = text(kContactAddress);
  c.category = text(kCategory).empty() ? "other" : text(kCategory);
  require_category(ctx, c.category);
  c.channel = word_or(text(kChannel), Channel::email, [](auto t) { return parse_channel(t); });
  c.priority = word_or(text(kPriority), Priority::normal, [](auto t) { return parse_priority(t); });
  c.marking = word_or(text(kMarking), Marking::official, [](auto t) { return parse_marking(t); });
  c.status = word_or(text(kStatus), Status::open, [](auto t) { return parse_status(t); });
  if (!text(kOutcome).empty()) c.outcome = parse_outcome(text(kOutcome));
  c.received_on = Date::parse_iso(required(kReceived), "received_on");
  if (c.received_on > ctx.today())
    throw Error(ErrorKind::bad_data, c.received_on.iso() + " is in the future")
        .field("received_on");
  c.acknowledged_on = opt_date(text(kAcknowledged), "acknowledged_on");
  if (!text(kAssignee).empty()) {
    auto it = staff.find(text(kAssignee));
    if (it == staff.end())
      throw Error(ErrorKind::bad_data, "no staff member '" + text(kAssignee) + "'")
          .field("assignee");
    c.assignee_id = it->second;
  }
  c.body = text(kBody);
  c.awaiting_on = text(kAwaiting);
  c.follow_up_on = opt_date(text(kFollowUp), "follow_up_on");
  c.escalated_on = opt_date(text(kEscalated), "escalated_on");
  c.closed_on = opt_date(text(kClosed), "closed_on");
  if (!text(kExtension).empty()) {
    std::string e = text(kExtension);
    if (e.size() != 1 || e[0] < '0' || e[0] > '2')
      throw Error(ErrorKind::bad_data, "'" + e + "' must be 0, 1 or 2").field("extension_months");
    c.extension_months = e[0] - '0';
    if (c.extension_months > 0 && c.type != CaseType::sar)
      throw Error(ErrorKind::bad_data, "only a SAR can be extended").field("extension_months");
  }
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

int64_t ref_key(int year, int seq) { return int64_t(year) * 1'000'000 + seq; }

// Rows handed from the reading thread to the inserting one at a time.
constexpr size_t kRowsPerBlock = 512;

}  // namespace

std::vector<render::Column> transfer_columns() {
  using render::Kind;
  std::vector<render::Column> cols;
  for (const auto& k : column_keys()) {
    Kind kind = k.ends_with("_on")        ? Kind::date
                : k == "extension_months" ? Kind::integer
                                          : Kind::text;
    cols.push_back({k, k, kind});
  }
  return cols;
}

std::vector<render::Cell> transfer_cells(const CaseRow& r) {
  auto t = [](const std::string& s) { return s.empty() ? render::Cell() : render::Cell(s); };
  auto d = [](const std::optional<Date>& v) { return v ? render::Cell(*v) : render::Cell(); };
  const Case& c = r.c;
  return {c.ref,
          std::string(name(c.type)),
          c.subject,
          r.contact_name,
          t(r.contact_email),
          t(r.contact_phone),
          t(r.contact_address),
          c.category,
          std::string(name(c.channel)),
          std::string(name(c.priority)),
          std::string(name(c.marking)),
          std::string(name(c.status)),
          c.outcome ? render::Cell(std::string(name(*c.outcome))) : render::Cell(),
          c.received_on,
          d(c.acknowledged_on),
          t(r.assignee_login),
          t(c.body),
          t(c.awaiting_on),
          d(c.follow_up_on),
          d(c.escalated_on),
          d(c.closed_on),
          int64_t(c.extension_months)};
}

ImportSummary import_cases(Context& ctx,
                           const std::function<std::unique_ptr<std::istream>()>& open_input,
                           const std::string& source, bool dry_run) {
  refresh_deadlines_if_stale(ctx);
  std::unordered_map<std::string, int64_t> staff;
  for (const auto& s : people::list_staff(ctx.db(), true)) staff[s.login] = s.id;
  const std::vector<std::string> required = {"subject", "contact", "received_on"};

  // Pass 1: check every row; nothing is written.
  RowErrors errors(source);
  std::unordered_set<int64_t> refs_in_file;
  std::map<int, int> max_given_seq;  // per year: the largest given sequence, so new ones follow it
  int64_t rows = 0;
  {
    db::ReadSnapshot snapshot(ctx.db());
    CaseRefs lookup(ctx.db());
    auto in = open_input();
    auto reader = RecordReader::open(*in, source, column_keys(), required);
    while (reader->next()) {
      ++rows;
      errors.check(reader->line(), [&] {
        ParsedRow p = parse_row(ctx, *reader, staff);
        if (p.ref) {
          auto [year, seq] = *p.ref;
          if (!refs_in_file.insert(ref_key(year, seq)).second)
            throw Error(ErrorKind::bad_data,
                        "reference " + format_ref(year, seq) + " appears twice")
                .field("ref");
          if (lookup.ref_exists(year, seq))
            throw Error(ErrorKind::bad_data, format_ref(year, seq) + " already exists")
                .field("ref");
          max_given_seq[year] = std::max(max_given_seq[year], seq);
        }
      });
    }
  }
  errors.throw_if_any();
  if (rows == 0) throw Error(ErrorKind::bad_data, "no cases to import").source(source);
  ImportSummary summary;
  summary.dry_run = dry_run;
  summary.cases = rows;
  if (dry_run) return summary;
  audit::Sha256 digest;
  {
    // The batch entry records a digest of exactly what was imported.
    auto in = open_input();
    char buf[1 << 16];
    while (in->read(buf, sizeof buf) || in->gcount() > 0)
      digest.update(std::string_view(buf, size_t(in->gcount())));
  }

  // Pass 2: insert, in one transaction with one batch entry per kind of record created. A second
  // thread reads the rows again and works out their deadlines, a block at a time, while this
  // one matches contacts and inserts.
  struct Parsed {
    ParsedRow row;
    std::optional<Deadlines> due;
  };
  using Block = std::vector<Parsed>;
  const HolidayCalendar& calendar = ctx.calendar();  // loaded here; only read from then on
  auto read_rows = [&](RecordReader& reader, BlockQueue<Block>& queue) {
    for (bool more = true; more;) {
      auto block = queue.take_empty();
      if (!block) return;  // the inserting side failed
      block->clear();
      while (block->size() < kRowsPerBlock && (more = reader.next())) {
        ParsedRow p = parse_row(ctx, reader, staff);
        std::optional<Deadlines> due;
        if (p.c.status != Status::closed)
          due = compute_deadlines(p.c, {}, ctx.config().targets, calendar,
                                  ctx.config().holidays.nation, ctx.today());
        block->push_back({std::move(p), due});
      }
      queue.put_full(std::move(block));
    }
  };
  return db::write(ctx.write_context(), [&](db::Writer& w) {
    CaseRefs refs(w.db());
    CaseBulk bulk(w.db(), rows > case_count(w.db()));
    people::ContactBulk contacts(w.db());
    std::map<int, int> next_seq;
    std::optional<int64_t> first_case, last_case, first_contact, last_contact;
    auto insert = [&](Parsed& parsed) {
      ParsedRow& p = parsed.row;
      Case& c = p.c;
      auto existing = contacts.find(p.contact.name, p.contact.email);
      if (existing) {
        c.contact_id = *existing;
      } else {
        p.contact.created_on = ctx.today();
        c.contact_id = contacts.insert(p.contact);
        if (!first_contact) first_contact = c.contact_id;
        last_contact = c.contact_id;
        ++summary.contacts_created;
      }
      if (p.ref) {
        c.ref_year = p.ref->first;
        c.ref_seq = p.ref->second;
      } else {
        int year = c.received_on.year();
        auto it = next_seq.find(year);
        if (it == next_seq.end())
          it = next_seq.emplace(year, std::max(refs.max_seq(year), max_given_seq[year]) + 1).first;
        c.ref_year = year;
        c.ref_seq = it->second++;
      }
      c.ref = format_ref(c.ref_year, c.ref_seq);
      c.id = bulk.insert(c, parsed.due);
      if (!first_case) {
        first_case = c.id;
        summary.first_ref = c.ref;
      }
      last_case = c.id;
      summary.last_ref = c.ref;
    };
    auto in = open_input();
    auto reader = RecordReader::open(*in, source, column_keys(), required);
    BlockQueue<Block> queue;
    produce_and_consume(
        queue, [&](BlockQueue<Block>& q) { read_rows(*reader, q); },
        [&](BlockQueue<Block>& q) {
          while (auto block = q.take_full()) {
            for (auto& parsed : *block) insert(parsed);
            q.put_empty(std::move(block));
          }
        });
    if (!first_case) throw Error(ErrorKind::bad_data, "the file changed while it was imported");
    bulk.finish();
    std::string input_sha = digest.hex_digest();
    if (first_contact)
      w.batch("contact", *first_contact, *last_contact, "import",
              fmt::format(R"({{"rows":{},"source":"case import","input_sha256":"{}"}})",
                          summary.contacts_created, input_sha));
    w.batch("case", *first_case, *last_case, "import",
            fmt::format(R"({{"rows":{},"first_ref":"{}","last_ref":"{}","input_sha256":"{}"}})",
                        summary.cases, summary.first_ref, summary.last_ref, input_sha));
    return summary;
  });
}

}  // namespace clerk::casework
