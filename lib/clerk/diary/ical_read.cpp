// Reading iCalendar: see ical.hpp. Section numbers are RFC 5545's.
#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/diary/ical.hpp"

namespace clerk::diary::ical {
namespace {

// A content line (section 3.1) after unfolding: NAME;PARAM=VALUE:value, names upper-cased (names,
// parameters and component names are case-insensitive, section 2.1).
struct ContentLine {
  int line = 0;
  std::string name;
  std::map<std::string, std::string> params;
  std::string value;

  std::string param(const std::string& key) const {
    auto it = params.find(key);
    return it == params.end() ? std::string() : it->second;
  }
};

struct Reader {
  std::string_view source;

  Error error(int line, const std::string& what) const {
    return Error(ErrorKind::bad_data, what).source(std::string(source)).line(line);
  }

  ContentLine parse_line(std::string_view text, int line) const {
    ContentLine cl;
    cl.line = line;
    size_t i = 0;
    while (i < text.size() && text[i] != ';' && text[i] != ':') ++i;
    if (i == text.size()) throw error(line, "expected NAME:value, found no colon");
    cl.name = text::upper(text.substr(0, i));
    if (cl.name.empty()) throw error(line, "a content line has no property name");
    while (text[i] == ';') {
      size_t eq = text.find('=', i);
      if (eq == std::string_view::npos) throw error(line, "a parameter has no '='");
      std::string key = text::upper(text.substr(i + 1, eq - i - 1));
      size_t j = eq + 1;
      std::string value;
      // Parameter values may be quoted to hold ':', ';' and ',' (section 3.2).
      if (j < text.size() && text[j] == '"') {
        size_t close = text.find('"', j + 1);
        if (close == std::string_view::npos) throw error(line, "an unterminated quoted parameter");
        value = text.substr(j + 1, close - j - 1);
        j = close + 1;
      } else {
        while (j < text.size() && text[j] != ';' && text[j] != ':') value += text[j++];
      }
      cl.params[key] = value;
      i = j;
      if (i >= text.size()) throw error(line, "expected ':' and a value after the parameters");
    }
    cl.value = text.substr(i + 1);
    return cl;
  }
};

// The content lines of a file, one at a time (a whole file's would take ten times its size):
// unfolded (section 3.1: CRLF or LF then a space or tab continues the line), checked as UTF-8
// and parsed, each numbered by the physical line it starts on.
class ContentLines {
 public:
  ContentLines(const Reader& reader, std::string_view text) : reader_(reader), text_(text) {
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;  // a byte-order mark from Windows tools
  }

  bool next(ContentLine& out) {
    std::string_view raw;
    do {
      if (pos_ >= text_.size()) return false;
      raw = physical();
      if (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t'))
        throw reader_.error(number_, "a continuation line with nothing to continue");
    } while (raw.empty());
    const int first = number_;
    std::string content(raw);
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t'))
      content.append(physical().substr(1));
    if (!text::valid_utf8(content)) throw reader_.error(first, "text is not valid UTF-8");
    out = reader_.parse_line(content, first);
    return true;
  }

 private:
  // The next physical line, without its line end.
  std::string_view physical() {
    size_t end = text_.find('\n', pos_);
    std::string_view raw = text_.substr(pos_, end == std::string_view::npos ? end : end - pos_);
    pos_ = end == std::string_view::npos ? text_.size() : end + 1;
    ++number_;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    return raw;
  }

  const Reader& reader_;
  std::string_view text_;
  size_t pos_ = 0;
  int number_ = 0;
};

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::optional<Date> basic_date(std::string_view v) {
  if (v.size() != 8 || !all_digits(v)) return std::nullopt;
  return Date::from_ymd(std::stoi(std::string(v.substr(0, 4))),
                        unsigned(std::stoi(std::string(v.substr(4, 2)))),
                        unsigned(std::stoi(std::string(v.substr(6, 2)))));
}

// A time zone clerk can read: Europe/London under the names Outlook and others give it, or UTC.
enum class Zone { london, utc, unknown };
Zone zone_of(std::string tzid) {
  if (tzid.empty()) return Zone::london;  // floating time (section 3.3.5 form 1): the office's own
  std::string t = text::lower(tzid);
  if (t.find("london") != std::string::npos || t == "gmt standard time" || t == "gmt summer time" ||
      t == "greenwich mean time")
    return Zone::london;
  if (t == "utc" || t == "etc/utc" || t == "gmt" || t == "etc/gmt" || t == "z") return Zone::utc;
  return Zone::unknown;
}

// A DATE or DATE-TIME value in one of section 3.3.5's three forms. Seconds are dropped: the
// diary keeps minutes.
struct When {
  LocalTime at;
  bool is_date = false;
};

// Throws on a value that does not parse; nullopt when its zone is one clerk cannot convert.
std::optional<When> parse_when(const Reader& r, const ContentLine& cl, std::string_view value) {
  bool date_only = cl.param("VALUE") == "DATE" || value.size() == 8;
  if (date_only) {
    auto d = basic_date(value);
    if (!d) throw r.error(cl.line, cl.name + ": '" + std::string(value) + "' is not a DATE");
    return When{LocalTime::midnight(*d), true};
  }
  bool utc = value.ends_with("Z");
  std::string_view v = utc ? value.substr(0, value.size() - 1) : value;
  auto d = v.size() == 15 && v[8] == 'T' ? basic_date(v.substr(0, 8)) : std::nullopt;
  std::string_view hms = v.size() == 15 ? v.substr(9) : std::string_view();
  if (!d || !all_digits(hms) || std::stoi(std::string(hms.substr(0, 2))) > 23 ||
      std::stoi(std::string(hms.substr(2, 2))) > 59 ||
      std::stoi(std::string(hms.substr(4, 2))) > 60)
    throw r.error(cl.line, cl.name + ": '" + std::string(value) + "' is not a DATE-TIME");
  LocalTime wall(
      *d, std::stoi(std::string(hms.substr(0, 2))) * 60 + std::stoi(std::string(hms.substr(2, 2))));
  Zone zone = utc ? Zone::utc : zone_of(cl.param("TZID"));
  if (zone == Zone::unknown) return std::nullopt;
  if (zone == Zone::utc) return When{to_local(wall.wall_minutes()), false};
  return When{wall, false};
}

// A DURATION (section 3.3.6) in minutes: P1W, P1D, PT1H30M, P1DT2H; seconds dropped.
int parse_ical_duration(const Reader& r, const ContentLine& cl, std::string_view v) {
  auto bad = [&] {
    return r.error(cl.line, cl.name + ": '" + std::string(v) + "' is not a DURATION");
  };
  std::string_view s = v;
  if (s.starts_with("+")) s.remove_prefix(1);
  if (s.starts_with("-")) throw r.error(cl.line, cl.name + ": a negative duration");
  if (!s.starts_with("P") || s.size() < 3) throw bad();
  s.remove_prefix(1);
  int64_t minutes = 0, n = 0;
  bool in_time = false, digits = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (n > 100000000) throw bad();
      n = n * 10 + (c - '0');
      digits = true;
      continue;
    }
    if (c == 'T' && !in_time && !digits) {
      in_time = true;
      continue;
    }
    if (!digits) throw bad();
    if (c == 'W' && !in_time)
      minutes += n * 7 * 1440;
    else if (c == 'D' && !in_time)
      minutes += n * 1440;
    else if (c == 'H' && in_time)
      minutes += n * 60;
    else if (c == 'M' && in_time)
      minutes += n;
    else if (c == 'S' && in_time)
      minutes += n / 60;
    else
      throw bad();
    n = 0;
    digits = false;
  }
  if (digits || minutes > 366 * 1440) throw bad();
  return int(minutes);
}

std::optional<std::chrono::weekday> weekday_code(std::string_view code) {
  static const char* codes[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
  for (unsigned i = 0; i < 7; ++i)
    if (code == codes[i]) return std::chrono::weekday{i};
  return std::nullopt;
}

// An RRULE (section 3.3.10) as a Recurrence, or why it cannot be one. Outlook's last-weekday
// rules come as BYDAY=-1SU or as BYDAY=SU;BYSETPOS=-1; both are read.
struct RuleRead {
  std::optional<Recurrence> rule;
  std::string not_kept;  // the part that cannot be represented
};

RuleRead parse_rrule(const Reader& r, const ContentLine& cl, const When& start) {
  std::map<std::string, std::string> parts;
  for (const auto& part : text::split(cl.value, ';')) {
    if (part.empty()) continue;
    size_t eq = part.find('=');
    if (eq == std::string::npos) throw r.error(cl.line, "RRULE: '" + part + "' has no '='");
    parts[part.substr(0, eq)] = part.substr(eq + 1);
  }
  if (!parts.count("FREQ")) throw r.error(cl.line, "RRULE without FREQ");
  Recurrence rule;
  const std::string& freq = parts["FREQ"];
  if (freq == "WEEKLY") {
    rule.frequency = Frequency::weekly;
  } else if (freq == "MONTHLY") {
    rule.frequency = Frequency::monthly;
  } else {
    return {std::nullopt, "RRULE FREQ=" + freq + " (kept as its first occurrence only)"};
  }
  auto number = [&](const std::string& key, int lo, int hi) {
    const std::string& v = parts[key];
    bool neg = v.starts_with("-");
    std::string_view digits = std::string_view(v).substr(neg ? 1 : 0);
    if (!all_digits(digits)) throw r.error(cl.line, "RRULE: " + key + "=" + v + " is not a number");
    // More digits than any limit has is out of range, not "not a number" (and cannot overflow).
    auto out_of_range = [&] {
      return r.error(cl.line, "RRULE: " + key + "=" + v + " is out of range (" +
                                  std::to_string(lo) + " to " + std::to_string(hi) + ")");
    };
    if (digits.size() > 6) throw out_of_range();
    int n = std::stoi(std::string(digits)) * (neg ? -1 : 1);
    if (n < lo || n > hi) throw out_of_range();
    return n;
  };
  for (const auto& [key, value] : parts) {
    if (key == "FREQ") continue;
    if (key == "INTERVAL") {
      rule.interval = number(key, 1, 1000);
    } else if (key == "COUNT") {
      rule.count = number(key, 1, 100000);
    } else if (key == "UNTIL") {
      ContentLine until = cl;
      until.name = "RRULE UNTIL";
      until.params.clear();
      auto w = parse_when(r, until, value);
      rule.until = w->at.date();
    } else if (key == "WKST") {
      // The week start changes nothing unless a rule repeats every few weeks on several days.
      if (value != "MO" && rule.frequency == Frequency::weekly && parts.count("BYDAY") &&
          parts["BYDAY"].find(',') != std::string::npos && parts.count("INTERVAL") &&
          parts["INTERVAL"] != "1")
        return {std::nullopt, "RRULE WKST=" + value + " (kept as its first occurrence only)"};
    } else if (key == "BYDAY" || key == "BYMONTHDAY" || key == "BYSETPOS") {
      continue;  // read below, together
    } else {
      return {std::nullopt, "RRULE " + key + "=" + value + " (kept as its first occurrence only)"};
    }
  }
  const Date first = start.at.date();
  const std::string whole = "RRULE " + cl.value + " (kept as its first occurrence only)";
  if (rule.frequency == Frequency::weekly) {
    if (parts.count("BYMONTHDAY") || parts.count("BYSETPOS")) return {std::nullopt, whole};
    if (parts.count("BYDAY"))
      for (const auto& code : text::split(parts["BYDAY"], ',')) {
        auto d = weekday_code(code);
        if (!d) return {std::nullopt, whole};
        rule.weekdays.push_back(*d);
      }
    return {rule, ""};
  }
  if (parts.count("BYMONTHDAY")) {
    if (parts.count("BYDAY") || parts.count("BYSETPOS") ||
        number("BYMONTHDAY", -31, 31) != int(first.day()))
      return {std::nullopt, whole};
    return {rule, ""};
  }
  if (!parts.count("BYDAY")) return {rule, ""};  // monthly on the start's day of the month
  std::string byday = parts["BYDAY"];
  if (byday.find(',') != std::string::npos || byday.size() < 2) return {std::nullopt, whole};
  auto day = weekday_code(byday.substr(byday.size() - 2));
  std::string ordinal = byday.substr(0, byday.size() - 2);
  if (!day) return {std::nullopt, whole};
  int nth = 0;
  if (!ordinal.empty()) {
    if (parts.count("BYSETPOS")) return {std::nullopt, whole};
    parts["BYDAY#"] = ordinal.starts_with("+") ? ordinal.substr(1) : ordinal;
    nth = number("BYDAY#", -5, 5);
  } else if (parts.count("BYSETPOS")) {
    nth = number("BYSETPOS", -5, 5);
  }
  if (nth == 0 || nth < -1) return {std::nullopt, whole};
  rule.nth = nth;
  rule.weekday = *day;
  return {rule, ""};
}

// Properties that describe the file's bookkeeping rather than the event; clerk keeps its own.
bool is_bookkeeping(const std::string& name) {
  return name == "DTSTAMP" || name == "CREATED" || name == "LAST-MODIFIED" || name == "SEQUENCE";
}

// A VEVENT with RECURRENCE-ID: one occurrence of a series, changed.
struct Override {
  std::string uid;
  int line = 0;
  Date original;
  std::optional<When> start;
  std::optional<When> end;
  bool cancelled = false;
  std::string title, place;
};

struct Built {
  std::optional<ImportedEvent> event;
  std::optional<Override> change;
};

Built build(const Reader& r, const std::vector<ContentLine>& props, int line,
            std::vector<std::string> not_kept) {
  ImportedEvent out;
  out.line = line;
  Event& e = out.event;
  const ContentLine* dtstart = nullptr;
  const ContentLine* dtend = nullptr;
  const ContentLine* duration = nullptr;
  const ContentLine* rrule = nullptr;
  const ContentLine* recurrence_id = nullptr;
  std::vector<const ContentLine*> exdates;
  std::string transp, status, not_listed;
  for (const auto& p : props) {
    const std::string& n = p.name;
    if (n == "UID")
      e.uid = unescape_text(p.value);
    else if (n == "DTSTART")
      dtstart = &p;
    else if (n == "DTEND")
      dtend = &p;
    else if (n == "DURATION")
      duration = &p;
    else if (n == "RRULE")
      rrule = &p;
    else if (n == "EXDATE")
      exdates.push_back(&p);
    else if (n == "RECURRENCE-ID")
      recurrence_id = &p;
    else if (n == "SUMMARY")
      e.title = unescape_text(p.value);
    else if (n == "LOCATION")
      e.place = unescape_text(p.value);
    else if (n == "DESCRIPTION")
      e.description = unescape_text(p.value);
    else if (n == "STATUS")
      status = p.value;
    else if (n == "TRANSP")
      transp = p.value;
    else if (n == "ATTENDEE") {
      Attendee a;
      a.name = p.param("CN");
      std::string address = p.value;
      if (text::lower(address).starts_with("mailto:")) address = address.substr(7);
      if (a.name.empty()) a.name = address;
      if (address.find('@') != std::string::npos) a.email = address;
      if (!a.name.empty()) e.attendees.push_back(a);
    } else if (n == "X-CLERK-WITH") {
      e.attendees.push_back(Attendee{0, {}, {}, unescape_text(p.value), ""});
    } else if (n == "X-CLERK-KIND") {
      try {
        e.kind = parse_word<EventKind>(p.value);
        out.has_kind = true;
      } catch (const Error&) {
        not_kept.push_back("X-CLERK-KIND:" + p.value);
      }
    } else if (n == "X-CLERK-DIARY") {
      e.diary = unescape_text(p.value);
      out.has_diary = true;
    } else if (n == "X-CLERK-TRAVEL") {
      e.travel_minutes = parse_ical_duration(r, p, p.value);
      out.has_travel = true;
    } else if (n == "X-CLERK-CASE") {
      e.case_refs.push_back(unescape_text(p.value));
    } else if (n == "X-CLERK-NOT-LISTED") {
      not_listed = p.value;
    } else if (!is_bookkeeping(n))
      not_kept.push_back(n);
  }
  // clerk's own note of attendees left out of an export is not part of the description.
  if (!not_listed.empty() && not_listed.size() <= 6 && all_digits(not_listed)) {
    std::string note = not_listed_note(std::stoi(not_listed));
    if (e.description.ends_with(note)) {
      e.description.resize(e.description.size() - note.size());
      if (e.description.ends_with("\n\n")) e.description.resize(e.description.size() - 2);
    }
  }
  if (e.uid.empty()) throw r.error(line, "a VEVENT without a UID");
  if (!dtstart) throw r.error(line, "a VEVENT without a DTSTART");
  auto start = parse_when(r, *dtstart, dtstart->value);
  std::optional<When> end;
  if (dtend) end = parse_when(r, *dtend, dtend->value);
  if (!start || (dtend && !end)) {
    out.skipped = "its time zone '" + (dtend && !end ? dtend : dtstart)->param("TZID") +
                  "' is not Europe/London or UTC";
    return {out, std::nullopt};
  }
  e.all_day = start->is_date;
  e.start = start->at;
  if (end) {
    if (end->is_date != start->is_date)
      throw r.error(dtend->line, "DTEND is not of DTSTART's type");
    e.end = end->at;
  } else if (duration) {
    int minutes = parse_ical_duration(r, *duration, duration->value);
    e.end = e.all_day ? e.start.plus_days((minutes + 1439) / 1440)
                      : to_local(to_utc(e.start) + minutes);
  } else {
    // Section 3.6.1: with neither, a DATE event lasts the day, a DATE-TIME one ends as it starts.
    e.end = e.all_day ? e.start.plus_days(1) : e.start;
  }
  if (e.end < e.start) throw r.error(line, "the event ends before it starts");
  if (e.title.empty()) e.title = "(no title)";
  if (status == "TENTATIVE")
    e.tentative = true;
  else if (status == "CANCELLED")
    e.cancelled = true;
  else if (!status.empty() && status != "CONFIRMED")
    not_kept.push_back("STATUS:" + status);
  // An all-day entry marks the day and a timed one blocks time (see busy()); TRANSP saying the
  // same is kept as that, saying otherwise is reported.
  if (!transp.empty() && transp != (e.all_day ? "TRANSPARENT" : "OPAQUE"))
    not_kept.push_back("TRANSP:" + transp);

  if (recurrence_id) {
    auto original = parse_when(r, *recurrence_id, recurrence_id->value);
    if (!original) {
      out.skipped = "its RECURRENCE-ID time zone is not Europe/London or UTC";
      return {out, std::nullopt};
    }
    if (!recurrence_id->param("RANGE").empty())
      throw r.error(recurrence_id->line,
                    "RECURRENCE-ID with RANGE (this and future) is not supported");
    Override o;
    o.uid = e.uid;
    o.line = line;
    o.original = original->at.date();
    o.start = When{e.start, e.all_day};
    o.end = When{e.end, e.all_day};
    o.cancelled = e.cancelled;
    o.title = e.title;
    o.place = e.place;
    return {std::nullopt, o};
  }
  if (rrule) {
    RuleRead rule = parse_rrule(r, *rrule, *start);
    if (rule.rule) {
      e.repeat = canonical(*rule.rule, e.start.date());
      if (e.repeat->until && *e.repeat->until < e.start.date())
        throw r.error(rrule->line, "RRULE UNTIL is before DTSTART");
    } else {
      not_kept.push_back(rule.not_kept);
    }
  }
  for (const ContentLine* x : exdates) {
    for (const auto& v : text::split(x->value, ',')) {
      auto w = parse_when(r, *x, v);
      if (!w) {
        not_kept.push_back("EXDATE in time zone " + x->param("TZID"));
        continue;
      }
      if (!e.repeat) {
        not_kept.push_back("EXDATE of an event that does not repeat");
        break;
      }
      OccurrenceChange c;
      c.original = w->at.date();
      c.cancelled = true;
      e.changes.push_back(c);
    }
  }
  out.not_kept = std::move(not_kept);
  return {out, std::nullopt};
}

}  // namespace

std::string unescape_text(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    char c = text[++i];
    out += (c == 'n' || c == 'N') ? '\n' : c;
  }
  return out;
}

ReadResult read(std::string_view text, std::string_view source) {
  Reader r{source};
  ContentLines lines(r, text);
  ContentLine cl;
  if (!lines.next(cl)) throw r.error(1, "expected BEGIN:VCALENDAR first");
  if (cl.name != "BEGIN" || cl.value != "VCALENDAR")
    throw r.error(cl.line, "expected BEGIN:VCALENDAR first");
  ReadResult result;
  std::vector<Override> overrides;
  std::vector<std::pair<std::string, int>> open;  // component name, line
  std::vector<ContentLine> props;
  std::vector<std::string> nested;  // components inside the current VEVENT
  std::map<std::string, int> skipped_components;
  bool calendar_done = false;
  do {
    if (calendar_done) throw r.error(cl.line, "content after END:VCALENDAR");
    if (cl.name == "BEGIN") {
      std::string component = text::upper(cl.value);
      if (open.empty() && component != "VCALENDAR")
        throw r.error(cl.line, "expected BEGIN:VCALENDAR first");
      if (open.size() == 1 && component == "VEVENT") {
        props.clear();
        nested.clear();
      } else if (open.size() == 2 && open[1].first == "VEVENT") {
        nested.push_back(component);
      } else if (open.size() == 1 && component != "VTIMEZONE") {
        ++skipped_components[component];
      }
      open.emplace_back(component, cl.line);
      continue;
    }
    if (cl.name == "END") {
      std::string component = text::upper(cl.value);
      if (open.empty() || open.back().first != component)
        throw r.error(cl.line, "END:" + cl.value + " does not close " +
                                   (open.empty() ? std::string("anything")
                                                 : "BEGIN:" + open.back().first + " (line " +
                                                       std::to_string(open.back().second) + ")"));
      int begun = open.back().second;
      open.pop_back();
      if (component == "VEVENT" && open.size() == 1) {
        std::vector<std::string> not_kept;
        for (const auto& c : nested) not_kept.push_back(c == "VALARM" ? "VALARM (reminder)" : c);
        Built b = build(r, props, begun, std::move(not_kept));
        if (b.event) result.events.push_back(std::move(*b.event));
        if (b.change) overrides.push_back(std::move(*b.change));
      }
      if (open.empty()) calendar_done = true;
      continue;
    }
    if (open.size() == 2 && open[1].first == "VEVENT") props.push_back(cl);
  } while (lines.next(cl));
  if (!open.empty())
    throw r.error(open.back().second, "BEGIN:" + open.back().first + " is never ended");
  for (const auto& [component, n] : skipped_components)
    result.notes.push_back(std::to_string(n) + " " + component + " component" +
                           (n == 1 ? "" : "s") + " not imported (the diary holds events only)");
  // Fold each changed occurrence into its series (section 3.8.4.4): the first event kept with
  // its UID (a repeated UID is the import's to refuse).
  std::unordered_map<std::string_view, size_t> by_uid;
  if (!overrides.empty())
    for (size_t i = 0; i < result.events.size(); ++i)
      if (result.events[i].skipped.empty()) by_uid.emplace(result.events[i].event.uid, i);
  for (const auto& o : overrides) {
    auto found = by_uid.find(o.uid);
    ImportedEvent* series = found == by_uid.end() ? nullptr : &result.events[found->second];
    if (!series || !series->event.repeat) {
      result.notes.push_back("line " + std::to_string(o.line) + ": a changed occurrence of '" +
                             o.uid + "', whose series is not in the file, was not imported");
      continue;
    }
    OccurrenceChange c;
    c.original = o.original;
    c.cancelled = o.cancelled;
    c.start = o.start->at;
    c.end = o.end->at;
    auto& changes = series->event.changes;
    std::erase_if(changes, [&](const auto& x) { return x.original == c.original; });
    changes.push_back(c);
    if (o.title != series->event.title || o.place != series->event.place)
      series->not_kept.push_back("the occurrence on " + o.original.iso() +
                                 " has its own title or place (kept: the series')");
  }
  return result;
}

}  // namespace clerk::diary::ical
