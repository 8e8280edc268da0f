#include "clerk/diary/event_record.hpp"

#include "clerk/core/text.hpp"

namespace clerk::diary {
namespace {

using db::Field, db::StoredValue, db::ValueKind;

constexpr const char* kByDay[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
constexpr const char* kNoEnd = "9999-12-31";  // the last day of a series without one

std::chrono::weekday weekday_of(std::string_view code) {
  for (unsigned i = 0; i < 7; ++i)
    if (code == kByDay[i]) return std::chrono::weekday{i};
  return std::chrono::weekday{0};
}

// repeat_days is RFC 5545 BYDAY text: "MO,WE" for a weekly rule, "4FR" or "-1SU" for a
// monthly rule by weekday.
std::string repeat_days(const Recurrence& r) {
  if (r.frequency == Frequency::weekly) {
    std::vector<std::string> days;
    for (auto d : r.weekdays) days.emplace_back(kByDay[d.c_encoding()]);
    return text::join(days, ",");
  }
  if (r.nth == 0) return "";
  return std::to_string(r.nth) + kByDay[r.weekday.c_encoding()];
}

void read_repeat_days(Recurrence& r, const std::string& days) {
  if (r.frequency == Frequency::weekly) {
    for (const auto& code : text::split(days, ','))
      if (!code.empty()) r.weekdays.push_back(weekday_of(code));
  } else if (days.size() >= 3) {
    r.nth = std::stoi(days.substr(0, days.size() - 2));
    r.weekday = weekday_of(days.substr(days.size() - 2));
  }
}

// Derived for an index, not read back.
void not_read(Event&, const db::Value&) {}

}  // namespace

const db::RecordSpec<Event>& event_record() {
  using db::field, db::EmptyText;
  // Calendars travel as iCalendar (ical_read, ical_write), not through the spec.
  constexpr auto local = db::Transfer::not_carried;
  constexpr auto null = EmptyText::null;
  static const db::RecordSpec<Event> spec(
      "diary_event", "",
      {field<&Event::id>("id", local),
       field<&Event::uid>("uid", local),
       field<&Event::diary>("diary", local),
       field<&Event::title>("title", local),
       field<&Event::kind>("kind", local),
       field<&Event::start>("starts_at", local),
       field<&Event::end>("ends_at", local),
       field<&Event::all_day>("all_day", local),
       field<&Event::place>("place", local, null),
       field<&Event::travel_minutes>("travel_minutes", local),
       field<&Event::tentative>("tentative", local),
       field<&Event::cancelled>("cancelled", local),
       field<&Event::description>("description", local, null),
       field<&Event::agenda>("agenda", local, null),
       field<&Event::minutes>("minutes", local, null),
       {"repeat_freq", ValueKind::word, local,
        [](const Event& e) {
          if (!e.repeat) return StoredValue();
          return StoredValue(e.repeat->frequency == Frequency::weekly ? "weekly" : "monthly");
        },
        [](Event& e, const db::Value& c) {
          if (c.is_null()) return;
          e.repeat.emplace();
          e.repeat->frequency = c.text() == "monthly" ? Frequency::monthly : Frequency::weekly;
        },
        nullptr},
       {"repeat_interval", ValueKind::integer, local,
        [](const Event& e) {
          return e.repeat ? StoredValue(int64_t(e.repeat->interval)) : StoredValue();
        },
        [](Event& e, const db::Value& c) {
          if (e.repeat) e.repeat->interval = c.as_int();
        },
        nullptr},
       {"repeat_days", ValueKind::text, local,
        [](const Event& e) {
          return e.repeat ? db::stored_text_or_null(repeat_days(*e.repeat)) : StoredValue();
        },
        [](Event& e, const db::Value& c) {
          if (e.repeat) read_repeat_days(*e.repeat, c.text());
        },
        nullptr},
       {"repeat_until", ValueKind::date, local,
        [](const Event& e) {
          return e.repeat ? db::stored_optional(e.repeat->until) : StoredValue();
        },
        [](Event& e, const db::Value& c) {
          if (e.repeat) e.repeat->until = db::optional_date(c);
        },
        nullptr},
       {"repeat_count", ValueKind::integer, local,
        [](const Event& e) {
          return e.repeat && e.repeat->count > 0 ? StoredValue(int64_t(e.repeat->count))
                                                 : StoredValue();
        },
        [](Event& e, const db::Value& c) {
          if (e.repeat) e.repeat->count = c.is_null() ? 0 : c.as_int();
        },
        nullptr},
       {"span_days", ValueKind::integer, local,
        [](const Event& e) {
          return StoredValue(int64_t(e.start.date().days_until(e.end.date())));
        },
        not_read, nullptr},
       {"last_day", ValueKind::date, local,
        [](const Event& e) {
          auto last = last_day(e);
          return StoredValue(last ? last->iso() : std::string(kNoEnd));
        },
        not_read, nullptr},
       field<&Event::revised_utc>("revised_utc", local)});
  return spec;
}

}  // namespace clerk::diary
