#include "clerk/expense/expense_import.hpp"

#include <atomic>
#include <charconv>
#include <exception>
#include <sstream>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "clerk/core/block_queue.hpp"
#include "clerk/core/csv_reader.hpp"
#include "clerk/core/date_text.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/json.hpp"
#include "clerk/core/json_text.hpp"
#include "clerk/core/row_errors.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/core/text.hpp"
#include "clerk/people/staff_store.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::expense {
namespace {

// Positions in config::expense_import_fields().
enum Field {
  kClaimant,
  kDate,
  kCategory,
  kDescription,
  kAmount,
  kVat,
  kReceipt,
  kBudget,
  kStatus,
  kVehicle,
  kMiles,
  kPassengers,
  kFrom,
  kTo,
  kMilesBefore,
  kPaidBy,
  kSubmittedOn,
  kDecidedBy,
  kDecidedOn,
  kOverride,
  kReason,
  kPaidOn,
  kCreatedOn,
  kFieldCount
};

// One input row seen through the file's layout: the text of each field, empty when absent.
class RowView {
 public:
  RowView(const std::vector<std::string>& values, const std::vector<int>& layout)
      : values_(values), layout_(layout) {}
  const std::string& operator[](Field f) const {
    static const std::string empty;
    int i = layout_[f];
    return i < 0 || size_t(i) >= values_.size() ? empty : values_[size_t(i)];
  }

 private:
  const std::vector<std::string>& values_;
  const std::vector<int>& layout_;
};

// Turns rows into items with the same rules as `expense add`, against lookups made once.
class RowChecker {
 public:
  RowChecker(Context& ctx, bool refund) : ctx_(ctx), refund_(refund) {
    for (const auto& s : people::list_staff(ctx.db(), true)) {
      staff_[s.login] = s.id;
      logins_.push_back(s.login);
    }
  }

  Claim check(const RowView& row) const {
    Claim c;
    c.claimant = required_text(row[kClaimant], "claimant");
    c.claimant_id = staff_id(c.claimant, "claimant");
    c.date = parse_calendar_date(row[kDate], "date");
    check_not_future(c.date, ctx_.today());
    const auto& category = find_category(ctx_.config().expenses, text::trim(row[kCategory]));
    c.category = category.name;
    c.budget = row[kBudget].empty() ? category.budget : budget_code(text::trim(row[kBudget]));
    c.description = required_text(row[kDescription], "description");
    c.amount = Money::parse(row[kAmount], "amount", refund_);
    if (!row[kVat].empty()) c.vat = Money::parse(row[kVat], "vat");
    c.receipt = std::string(text::trim(row[kReceipt]));
    if (!row[kStatus].empty()) c.status = parse_word<Status>(text::trim(row[kStatus]));
    if (!row[kVehicle].empty()) {
      c.vehicle = parse_word<Vehicle>(text::trim(row[kVehicle]));
      c.miles_tenths = parse_miles(row[kMiles]);
      if (!row[kPassengers].empty()) c.passengers = parse_passengers(row[kPassengers]);
      if (!row[kMilesBefore].empty())
        c.miles_before_tenths = parse_miles(row[kMilesBefore], "miles_before", true);
      c.from = std::string(text::trim(row[kFrom]));
      c.to = std::string(text::trim(row[kTo]));
    }
    c.paid_by = std::string(text::trim(row[kPaidBy]));
    // Miles paid for elsewhere cost nothing here; anything else is a real sum.
    if (c.paid_by.empty())
      check_amounts(c.amount, c.vat, ctx_.config().expenses.sanity_limit);
    else if (c.amount != Money())
      throw Error(ErrorKind::bad_data, "miles paid by another organisation cost nothing here")
          .field("amount");
    c.submitted_on = optional_date(row[kSubmittedOn], "submitted_on");
    if (!row[kDecidedBy].empty()) {
      c.decided_by = std::string(text::trim(row[kDecidedBy]));
      c.decided_by_id = staff_id(c.decided_by, "decided_by");
    }
    c.decided_on = optional_date(row[kDecidedOn], "decided_on");
    c.override = flag(row[kOverride], "override");
    c.reason = std::string(text::trim(row[kReason]));
    c.paid_on = optional_date(row[kPaidOn], "paid_on");
    auto created = optional_date(row[kCreatedOn], "created_on");
    c.created_on = created ? *created : ctx_.today();
    return c;
  }

 private:
  int64_t staff_id(const std::string& login, const char* field) const {
    auto it = staff_.find(login);
    if (it != staff_.end()) return it->second;
    throw Error(ErrorKind::bad_data, "no staff member with login '" + login + "'")
        .field(field)
        .suggest(text::near_misses(login, logins_));
  }

  static std::optional<Date> optional_date(const std::string& text, const char* field) {
    if (text::trim(text).empty()) return std::nullopt;
    return parse_calendar_date(text, field);
  }

  static bool flag(const std::string& text, const char* field) {
    std::string t = text::lower(text::trim(text));
    if (t.empty() || t == "false" || t == "no" || t == "0") return false;
    if (t == "true" || t == "yes" || t == "1") return true;
    throw Error(ErrorKind::bad_data, "'" + text + "' is not true or false").field(field);
  }

  Context& ctx_;
  bool refund_;
  std::unordered_map<std::string, int64_t> staff_;
  std::vector<std::string> logins_;
};

// The header name each field is read from: its own name unless the config maps it.
std::vector<std::string> header_names(const config::Expenses& config) {
  std::vector<std::string> names = config::expense_import_fields();
  for (const auto& [field, header] : config.import_columns)
    for (size_t i = 0; i < names.size(); ++i)
      if (config::expense_import_fields()[i] == field) names[i] = header;
  return names;
}

// Where each field sits among `header`'s columns (-1: absent). Error{bad_data} on line 1 when
// a required column is missing.
std::vector<int> layout_of(const std::vector<std::string>& header,
                           const std::vector<std::string>& names, const std::string& source) {
  std::vector<int> layout(kFieldCount, -1);
  for (size_t col = 0; col < header.size(); ++col) {
    std::string h = text::lower(text::trim(header[col]));
    for (size_t f = 0; f < names.size(); ++f)
      if (layout[f] < 0 && text::lower(names[f]) == h) layout[f] = int(col);
  }
  for (Field f : {kClaimant, kDate, kCategory, kDescription, kAmount})
    if (layout[f] < 0)
      throw Error(ErrorKind::bad_data,
                  "no '" + names[f] + "' column (name it, or map it in [expenses.import_columns])")
          .source(source)
          .line(1);
  return layout;
}

bool looks_like_json(std::istream& in) {
  while (in.peek() == ' ' || in.peek() == '\n' || in.peek() == '\r' || in.peek() == '\t') in.get();
  return in.peek() == '[';
}

// A JSON number of pence as money text ("1250" → "12.50"), so it is checked like CSV's.
std::string pence_text(const std::string& number, const std::string& key, int line,
                       const std::string& source) {
  int64_t pence = 0;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), pence);
  if (ec != std::errc() || end != number.data() + number.size())
    throw Error(ErrorKind::bad_data, "'" + number + "' is not a whole number of pence")
        .source(source)
        .line(line)
        .field(key);
  return Money::from_pence(pence).plain();
}

// A JSON document's objects as rows of text in field order (layout is the identity).
std::vector<std::pair<int, std::vector<std::string>>> json_rows(
    const std::string& text, const std::vector<std::string>& names, const std::string& source) {
  json::Value doc = json::parse(text, source);
  std::vector<std::pair<int, std::vector<std::string>>> rows;
  for (const json::Value& item : doc.array()) {
    std::vector<std::string> values(kFieldCount);
    for (const auto& [key, value] : item.object()) {
      for (size_t f = 0; f < names.size(); ++f) {
        bool pence = (f == kAmount || f == kVat) && key == names[f] + "_pence";
        if (key != names[f] && !pence) continue;
        if (auto* n = std::get_if<json::Value::Number>(&value.data))
          values[f] = pence ? pence_text(n->text, key, value.line, source) : n->text;
        else if (auto* b = std::get_if<bool>(&value.data))
          values[f] = *b ? "true" : "false";
        else if (value.is_string())
          values[f] = value.string();
        else if (!value.is_null())
          throw Error(ErrorKind::bad_data, "must be text, a number or true/false")
              .source(source)
              .line(value.line)
              .field(key);
      }
    }
    rows.emplace_back(item.line, std::move(values));
  }
  return rows;
}

std::vector<int> identity_layout() {
  std::vector<int> layout(kFieldCount);
  for (int i = 0; i < kFieldCount; ++i) layout[size_t(i)] = i;
  return layout;
}

// Rows handed from the checking thread to the inserting one at a time.
constexpr size_t kClaimsPerBlock = 1024;

std::string batch_summary(int64_t rows, const std::string& source, const std::string& sha256) {
  return fmt::format(R"({{"rows":{},"source":{},"input_sha256":"{}"}})", rows, json::quoted(source),
                     sha256);
}

}  // namespace

ImportSummary import_claims(Context& ctx, const InputOpener& open, const std::string& source,
                            bool dry_run, bool refund) {
  require_finance(ctx, "importing expenses");
  const auto names = header_names(ctx.config().expenses);
  RowChecker checker(ctx, refund);
  ImportSummary summary;
  std::string input_sha256;
  {
    auto in = open();
    input_sha256 = sha256_hex(*in);
  }
  auto first = open();
  if (looks_like_json(*first)) {
    // JSON is parsed whole: it is for moderate files (an export of another clerk).
    std::ostringstream text;
    text << first->rdbuf();
    auto rows = json_rows(text.str(), names, source);
    auto layout = identity_layout();
    RowErrors errors(source);
    // A named row, not a structured binding: clang before 16 cannot capture one in a lambda.
    for (const auto& row : rows)
      errors.check(row.first, [&] { checker.check(RowView(row.second, layout)); });
    errors.throw_if_any();
    summary.rows = int64_t(rows.size());
    if (dry_run || rows.empty()) return summary;
    return trail::write(ctx.write_context(), [&](trail::Writer& w) {
      ClaimInserter inserter(w.db());
      for (const auto& [line, values] : rows)
        inserter.insert(checker.check(RowView(values, layout)));
      summary.first_id = *inserter.first_id();
      summary.last_id = inserter.last_id();
      inserter.finish(w, batch_summary(summary.rows, source, input_sha256));
      return summary;
    });
  }

  // CSV, in one pass: a second thread reads and checks the rows, handing good ones over a block
  // at a time, while this one inserts them. The first bad row stops the inserting (the rest are
  // still checked, so all are listed) and the transaction rolls back, so nothing is written.
  std::vector<std::string> fields;
  CsvReader reader(*first, source);
  if (!reader.next(fields)) throw Error(ErrorKind::bad_data, "the file is empty").source(source);
  const std::vector<int> layout = layout_of(fields, names, source);
  const size_t width = fields.size();
  RowErrors errors(source);
  std::atomic<bool> bad{false};
  using Rows = std::vector<ClaimInserter::Row>;
  // Reads and checks the rest of the file; while no row is bad, good rows are prepared for
  // `inserter` and go to `queue` (when given). Stops early only if the inserting side fails.
  auto check_rows = [&](ClaimInserter* inserter, BlockQueue<Rows>* queue) {
    std::unique_ptr<Rows> block;
    while (reader.next(fields)) {
      ++summary.rows;
      std::optional<Claim> claim;
      if (fields.size() != width)
        errors.add(reader.line(), "",
                   fmt::format("{} fields where the header has {}", fields.size(), width));
      else
        errors.check(reader.line(), [&] { claim = checker.check(RowView(fields, layout)); });
      if (!claim) bad = true;
      if (!claim || bad || !queue) continue;
      if (!block) {
        if (!(block = queue->take_empty())) return;
        block->clear();
      }
      block->push_back(inserter->prepare(std::move(*claim)));
      if (block->size() == kClaimsPerBlock) queue->put_full(std::move(block));
    }
    if (block && !block->empty()) queue->put_full(std::move(block));
  };
  if (dry_run) {
    check_rows(nullptr, nullptr);
    errors.throw_if_any();
    return summary;
  }
  // A file of headers only is found out inside the transaction, which then has nothing to
  // record: it is rolled back rather than committed without an audit entry.
  struct NothingWritten {};
  auto load = [&](trail::Writer& w) {
    ClaimInserter inserter(w.db());
    BlockQueue<Rows> queue;
    produce_and_consume(
        queue, [&](BlockQueue<Rows>& q) { check_rows(&inserter, &q); },
        [&](BlockQueue<Rows>& q) {
          while (auto block = q.take_full()) {
            if (!bad)
              for (const auto& row : *block) inserter.insert(row);
            q.put_empty(std::move(block));
          }
        });
    errors.throw_if_any();
    if (!inserter.first_id()) throw NothingWritten{};
    summary.first_id = *inserter.first_id();
    summary.last_id = inserter.last_id();
    inserter.finish(w, batch_summary(summary.rows, source, input_sha256));
    return summary;
  };
  try {
    return trail::write(ctx.write_context(), load);
  } catch (const NothingWritten&) {
    return summary;  // headers only: the transaction, with nothing in it, was rolled back
  }
}

}  // namespace clerk::expense
