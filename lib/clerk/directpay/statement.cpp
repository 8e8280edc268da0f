#include "clerk/directpay/statement.hpp"

#include <algorithm>

#include "clerk/core/csv_reader.hpp"
#include "clerk/core/date_text.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/row_errors.hpp"
#include "clerk/core/text.hpp"

namespace clerk::directpay {
namespace {

using config::StatementClass;

// UK banks export 06/07/2026, 06-Jul-2026 or 06 Jul 2026; some (and clerk's own files) ISO
// dates. "yyyy-mm-dd" in the config insists on ISO.
Date parse_statement_date(std::string_view text, const std::string& format,
                          const std::string& column) {
  std::string_view t = text::trim(text);
  std::optional<Date> date =
      format == "yyyy-mm-dd" ? Date::try_parse_iso(t) : parse_calendar_date(t);
  if (!date)
    throw Error(ErrorKind::bad_data, "'" + std::string(t) + "' is not a date (" + format + ")")
        .field(column);
  return *date;
}

// Finds each mapped header (ignoring case and surrounding blanks); -1 for an unmapped column.
int column_index(const std::vector<std::string>& header, const std::string& name,
                 const std::string& source, bool required) {
  if (name.empty()) return -1;
  for (size_t i = 0; i < header.size(); ++i)
    if (text::lower(text::trim(header[i])) == text::lower(name)) return int(i);
  if (!required) return -1;
  std::vector<std::string> headers;
  for (const auto& h : header) headers.emplace_back(text::trim(h));
  throw Error(ErrorKind::bad_data, "no column '" + name + "' (the header has " +
                                       text::join(headers, ", ") +
                                       "; [statement.columns] maps them)")
      .source(source)
      .line(1)
      .suggest(text::near_misses(name, headers, 3));
}

}  // namespace

namespace {

bool word_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) >= 0x80);  // a letter outside ASCII is part of a word
}

// `words` appears in `text` with no letter or digit either side: the rule CARE names a care
// agency ("BRIGHT CARE LTD"), not "CAREFREE HOLIDAYS LTD" or "BOOTS SKINCARE".
bool contains_words(std::string_view text, std::string_view words) {
  if (words.empty()) return false;
  for (size_t at = text.find(words); at != std::string_view::npos; at = text.find(words, at + 1)) {
    size_t end = at + words.size();
    bool starts = at == 0 || !word_char(text[at - 1]) || !word_char(words.front());
    bool ends = end == text.size() || !word_char(text[end]) || !word_char(words.back());
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

StatementClass classify(const std::string& description, Money amount,
                        const std::vector<config::StatementRule>& rules) {
  std::string upper = text::upper(description);
  bool in = amount > Money();
  for (const auto& rule : rules) {
    if (rule.direction == config::Direction::in && !in) continue;
    if (rule.direction == config::Direction::out && in) continue;
    for (const auto& word : rule.match)
      if (contains_words(upper, word)) return rule.cls;
  }
  return StatementClass::unexplained;
}

std::vector<StatementLine> read_statement(std::istream& in, const std::string& source,
                                          const config::Statement& s) {
  CsvReader csv(in, source);
  std::vector<std::string> fields;
  if (!csv.next(fields)) throw Error(ErrorKind::bad_data, "the statement is empty").source(source);
  const auto header = fields;
  int date = column_index(header, s.date_column, source, true);
  int description = column_index(header, s.description_column, source, true);
  int amount = column_index(header, s.amount_column, source, s.paid_in_column.empty());
  int paid_in = column_index(header, s.paid_in_column, source, !s.paid_in_column.empty());
  int paid_out = column_index(header, s.paid_out_column, source, !s.paid_out_column.empty());
  int balance = column_index(header, s.balance_column, source, true);
  auto cell = [&](int index) -> std::string_view {
    return index >= 0 && size_t(index) < fields.size() ? text::trim(fields[size_t(index)])
                                                       : std::string_view();
  };
  RowErrors errors(source);
  std::vector<StatementLine> lines;
  while (csv.next(fields)) {
    StatementLine l;
    l.line = csv.line();
    errors.check(l.line, [&] {
      l.date = parse_statement_date(cell(date), s.date_format, s.date_column);
      l.description = std::string(cell(description));
      // "BALANCE BROUGHT FORWARD": a balance with no amount states the opening balance.
      bool no_amount =
          amount >= 0 ? cell(amount).empty() : cell(paid_in).empty() && cell(paid_out).empty();
      if (no_amount && !cell(balance).empty()) {
        l.balance = Money::parse(cell(balance), s.balance_column, true);
        l.balance_only = true;
        lines.push_back(std::move(l));
        return;
      }
      if (amount >= 0) {
        l.amount = Money::parse(cell(amount), s.amount_column, true);
      } else {
        // Separate columns: one of them holds the line's amount, the other is blank.
        std::string_view i = cell(paid_in), o = cell(paid_out);
        if (i.empty() == o.empty())
          throw Error(ErrorKind::bad_data, "give an amount in one of the two columns")
              .field(s.paid_in_column + "/" + s.paid_out_column);
        l.amount = i.empty() ? Money() - Money::parse(o, s.paid_out_column)
                             : Money::parse(i, s.paid_in_column);
      }
      if (!cell(balance).empty()) l.balance = Money::parse(cell(balance), s.balance_column, true);
      l.cls = classify(l.description, l.amount, s.rules);
      lines.push_back(std::move(l));
    });
  }
  errors.throw_if_any();
  if (lines.size() > 1 && lines.front().date > lines.back().date)
    std::reverse(lines.begin(), lines.end());
  return lines;
}

Money StatementFindings::unexplained_total() const {
  Money total;
  for (const auto& l : unexplained)
    if (l.amount < Money()) total += Money() - l.amount;
  return total;
}

Money StatementFindings::missing_total() const {
  Money total;
  for (const auto& m : missing) total += m.amount;
  return total;
}

StatementFindings judge_statement(const std::vector<StatementLine>& lines, const Period& period,
                                  const std::vector<Schedule>& schedules, Money owed,
                                  int contingency_weeks, int window_days) {
  StatementFindings f;
  f.period = period;
  f.owed = owed;
  const size_t classes = words<config::StatementClass>().size();
  std::vector<ClassTotal> totals(classes);
  for (size_t c = 0; c < classes; ++c) totals[c].cls = StatementClass(c);

  std::optional<Money> running;             // the balance the bank's figures lead to
  std::optional<Money> first_balance_less;  // opening = first balance − amounts up to it
  Money since_balance;                      // amounts after the last balance seen
  Money before_first;
  std::vector<const StatementLine*> payments_in;
  for (const auto& l : lines) {
    bool inside = period.contains(l.date);
    if (l.balance) {
      if (running && *running + l.amount != *l.balance && inside)
        f.balance_breaks.push_back({l.line, l.date, *running + l.amount, *l.balance});
      running = l.balance;
    } else if (running) {
      running = *running + l.amount;
    }
    if (!inside) continue;
    if (l.balance_only) {
      // The opening balance, when no transaction in the period comes before it.
      if (!first_balance_less) first_balance_less = *l.balance - before_first;
      f.closing = *l.balance;
      since_balance = Money();
      continue;
    }
    ++f.lines;
    auto& t = totals[size_t(l.cls)];
    ++t.lines;
    if (l.amount > Money())
      t.in += l.amount;
    else
      t.out += Money() - l.amount;
    if (l.cls == StatementClass::unexplained && l.amount < Money()) f.unexplained.push_back(l);
    if (l.cls == StatementClass::payment_in) payments_in.push_back(&l);
    before_first += l.amount;
    since_balance += l.amount;
    if (l.balance) {
      if (!first_balance_less) first_balance_less = *l.balance - before_first;
      f.closing = *l.balance;
      since_balance = Money();
    }
  }
  if (!first_balance_less)
    throw Error(ErrorKind::bad_data, "no line from " + period.from.iso() + " to " +
                                         period.last_day().iso() +
                                         " shows a balance, so the closing balance is unknown")
        .field("balance");
  f.opening = *first_balance_less;
  f.closing += since_balance;
  for (const auto& t : totals)
    if (t.lines) f.totals.push_back(t);

  // Each due payment takes the first unused payment in of its amount near its date.
  std::vector<bool> used(payments_in.size(), false);
  for (const auto& s : schedules)
    for (Date due : due_dates(s, period)) {
      bool found = false;
      for (size_t i = 0; i < payments_in.size() && !found; ++i) {
        const auto* p = payments_in[i];
        if (!used[i] && p->amount == s.amount && std::abs(due.days_until(p->date)) <= window_days)
          used[i] = found = true;
      }
      if (!found) f.missing.push_back({due, s.amount});
    }
  std::sort(f.missing.begin(), f.missing.end(),
            [](const MissingPayment& a, const MissingPayment& b) { return a.due < b.due; });

  // The contingency follows the schedule in force on the period's last day.
  const Schedule* current = nullptr;
  for (const auto& s : schedules)
    if (s.starts_on <= period.last_day() && (!s.ends_on || *s.ends_on > period.last_day()))
      current = &s;
  if (current) f.contingency = weeks_of_payments(*current, contingency_weeks);
  Money surplus = f.closing - f.owed - f.contingency;
  f.surplus = surplus > Money() ? surplus : Money();
  return f;
}

}  // namespace clerk::directpay
