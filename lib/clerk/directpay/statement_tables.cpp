#include "clerk/directpay/statement_tables.hpp"

#include <string>

#include "clerk/core/text.hpp"

namespace clerk::directpay {

render::Table schedule_table(const std::vector<Schedule>& list) {
  using render::Kind;
  render::Table t;
  t.columns = {{"id", "Id", Kind::integer},       {"recipient", "Recipient", Kind::text},
               {"amount", "Amount", Kind::money}, {"every", "Every", Kind::text},
               {"from", "From", Kind::date},      {"to", "To", Kind::date}};
  for (const auto& s : list) {
    render::Cell to;
    if (s.ends_on) to = s.ends_on->plus_days(-1);
    t.rows.push_back({s.id, s.recipient, s.amount, word(s.every), s.starts_on, to});
  }
  return t;
}

render::Document statement_document(const StatementReport& r) {
  using render::Kind;
  const auto& f = r.findings;
  render::Document doc;
  doc.title = "Direct Payments statement audit: " + r.recipient.name;
  doc.marking = "OFFICIAL-SENSITIVE";
  std::vector<std::string> in_force;
  for (const auto& s : r.schedules)
    if (s.starts_on <= f.period.last_day() && (!s.ends_on || *s.ends_on > f.period.from))
      in_force.push_back(schedule_text(s));
  render::Section summary{"summary", "Summary", {}, true};
  summary.table.columns = {{"run", "Run", Kind::integer},
                           {"recipient", "Recipient", Kind::text},
                           {"from", "From", Kind::date},
                           {"to", "To", Kind::date},
                           {"lines", "Lines", Kind::integer},
                           {"schedule", "Schedule", Kind::text},
                           {"opening", "Opening balance", Kind::money},
                           {"closing", "Closing balance", Kind::money},
                           {"owed", "Owed", Kind::money},
                           {"contingency", "Contingency", Kind::money},
                           {"surplus", "Surplus to recover", Kind::money},
                           {"unexplained", "Unexplained spending", Kind::money},
                           {"missing", "Missing payments in", Kind::money}};
  summary.table.rows.push_back({r.run_id, r.recipient.name, f.period.from, f.period.last_day(),
                                f.lines, text::join(in_force, "; "), f.opening, f.closing, f.owed,
                                f.contingency, f.surplus, f.unexplained_total(),
                                f.missing_total()});
  doc.blocks.push_back(summary);

  render::Section classes{"classes", "By class", {}, false};
  classes.table.columns = {{"class", "Class", Kind::text},
                           {"lines", "Lines", Kind::integer},
                           {"in", "In", Kind::money},
                           {"out", "Out", Kind::money}};
  for (const auto& t : f.totals) classes.table.rows.push_back({word(t.cls), t.lines, t.in, t.out});
  doc.blocks.push_back(classes);

  render::Section unexplained{"unexplained", "Unexplained spending", {}, false};
  unexplained.table.columns = {{"line", "Line", Kind::integer},
                               {"date", "Date", Kind::date},
                               {"description", "Description", Kind::text},
                               {"amount", "Amount", Kind::money}};
  for (const auto& l : f.unexplained)
    unexplained.table.rows.push_back({int64_t(l.line), l.date, l.description, Money() - l.amount});
  doc.blocks.push_back(unexplained);

  render::Section missing{"missing", "Scheduled payments not received", {}, false};
  missing.table.columns = {{"due", "Due", Kind::date}, {"amount", "Amount", Kind::money}};
  for (const auto& m : f.missing) missing.table.rows.push_back({m.due, m.amount});
  doc.blocks.push_back(missing);

  if (!f.balance_breaks.empty()) {
    render::Section breaks{"balance_breaks", "Balances that do not follow", {}, false};
    breaks.table.columns = {{"line", "Line", Kind::integer},
                            {"date", "Date", Kind::date},
                            {"expected", "Expected balance", Kind::money},
                            {"actual", "Balance on statement", Kind::money},
                            {"difference", "Difference", Kind::money}};
    for (const auto& b : f.balance_breaks)
      breaks.table.rows.push_back(
          {int64_t(b.line), b.date, b.expected, b.actual, b.actual - b.expected});
    doc.blocks.push_back(breaks);
  }
  return doc;
}

}  // namespace clerk::directpay
