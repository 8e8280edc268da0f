#include "clerk/casework/case_query.hpp"

#include "clerk/casework/case_deadlines.hpp"
#include "clerk/casework/case_ops.hpp"
#include "clerk/casework/case_visibility.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/people/staff_ops.hpp"

namespace clerk::casework {
namespace {

// A UK postcode typed without its space (CF235EF, SW1A1AA): an outward code of a letter and
// one to three letters or digits, one of them a digit, then an inward code of a digit and two
// letters. Returns it with the space ("CF23 5EF"), or empty for anything else.
std::string spaced_postcode(std::string_view w) {
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (w.size() < 5 || w.size() > 7) return "";
  std::string_view out = w.substr(0, w.size() - 3), in = w.substr(w.size() - 3);
  if (!letter(out[0]) || !digit(in[0]) || !letter(in[1]) || !letter(in[2])) return "";
  bool has_digit = false;
  for (char c : out.substr(1)) {
    if (!letter(c) && !digit(c)) return "";
    has_digit = has_digit || digit(c);
  }
  return has_digit ? std::string(out) + " " + std::string(in) : "";
}

// Words typed for a search are matched as text, so punctuation (O'Brien, C-2026-00042) is not
// read as query syntax; a trailing * keeps prefix search. The index holds addresses as written,
// so a postcode typed without its space also matches it with.
std::vector<db::SearchWord> search_words(const std::string& typed) {
  std::vector<db::SearchWord> words;
  for (const auto& w : text::split(typed, ' ')) {
    if (w.empty()) continue;
    db::SearchWord word;
    word.prefix = w.size() > 1 && w.back() == '*';
    word.text = word.prefix ? w.substr(0, w.size() - 1) : w;
    if (!word.prefix) word.alternative = spaced_postcode(word.text);
    words.push_back(word);
  }
  return words;
}

}  // namespace

CaseFilter make_filter(Context& ctx, const ListInput& in) {
  refresh_deadlines_if_stale(ctx);
  CaseFilter f;
  for (const auto& s : in.statuses) f.statuses.push_back(parse_word<Status>(s));
  for (const auto& t : in.types) f.types.push_back(parse_word<CaseType>(t));
  for (const auto& category : in.categories) {
    require_category(ctx, category);
    f.categories.push_back(category);
  }
  for (const auto& login : in.assignees) f.assignee_ids.push_back(people::get_staff(ctx, login).id);
  if (!in.contact.empty()) f.contact_id = people::resolve_contact(ctx, in.contact).id;
  if (!in.marking.empty()) f.marking = parse_word<Marking>(in.marking);
  for (const auto& p : in.priorities) f.priorities.push_back(parse_word<Priority>(p));
  if (!in.opened_from.empty()) f.opened_from = ctx.parse_date(in.opened_from, "opened-from");
  if (!in.opened_to.empty()) f.opened_to = ctx.parse_date(in.opened_to, "opened-to");
  if (!in.closed_from.empty()) f.closed_from = ctx.parse_date(in.closed_from, "closed-from");
  if (!in.closed_to.empty()) f.closed_to = ctx.parse_date(in.closed_to, "closed-to");
  if (in.overdue) f.due_by = ctx.today().plus_days(-1);
  if (!in.due_within.empty()) {
    // "+5wd" and "5wd" both mean five working days from today.
    std::string span = in.due_within[0] == '+' ? in.due_within : "+" + in.due_within;
    Date by = ctx.parse_date(span, "due-within");
    if (!f.due_by || by > *f.due_by) f.due_by = by;
  }
  f.sort = parse_word<CaseSort>(in.sort);
  limit_to_visible(ctx, f);
  if (!in.query.empty()) {
    f.search = search_words(in.query);
    if (f.search.empty())
      throw Error(ErrorKind::bad_data, "give words to search for").field("query");
  }
  f.limit = in.limit;
  return f;
}

void for_each_case(Context& ctx, const CaseFilter& filter,
                   const std::function<void(const CaseRow&)>& each) {
  const HolidayCalendar& calendar = ctx.calendar();
  const Nation nation = ctx.config().holidays.nation;
  for_each_case_row(ctx.db(), filter, [&](const CaseRow& r) {
    if (r.next_due_on && calendar.is_provisional(*r.next_due_on, nation))
      warn_if_provisional(ctx, *r.next_due_on);
    each(r);
  });
}

}  // namespace clerk::casework
