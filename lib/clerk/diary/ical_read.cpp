// Reading iCalendar: see ical.hpp. Section numbers are RFC 5545's.
#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "clerk/core/error.hpp"
#include "clerk/core/local_time.hpp"
#include "clerk/core/sha256.hpp"
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
      // A parameter may have several values, comma-separated (RFC 7256: MEMBER="a","b"), each
      // quoted to hold ':', ';' and ',' (section 3.2); they are kept joined by commas.
      for (bool first = true; first || (j < text.size() && text[j] == ','); first = false) {
        if (!first) value += text[j++];
        if (j < text.size() && text[j] == '"') {
          size_t close = text.find('"', j + 1);
          if (close == std::string_view::npos)
            throw error(line, "an unterminated quoted parameter");
          value += caret_decoded(text.substr(j + 1, close - j - 1));
          j = close + 1;
        } else {
          size_t end = j;
          while (end < text.size() && text[end] != ';' && text[end] != ':' && text[end] != ',')
            ++end;
          value += caret_decoded(text.substr(j, end - j));
          j = end;
        }
      }
      cl.params[key] = value;
      i = j;
      if (i >= text.size() || (text[i] != ';' && text[i] != ':'))
        throw error(line, "expected ':' and a value after the parameters");
    }
    cl.value = text.substr(i + 1);
    return cl;
  }

  // RFC 6868's escapes in a parameter value: ^n a newline, ^' a double quote, ^^ a caret; any
  // other caret is itself.
  static std::string caret_decoded(std::string_view v) {
    if (v.find('^') == std::string_view::npos) return std::string(v);
    std::string out;
    for (size_t k = 0; k < v.size(); ++k) {
      char next = k + 1 < v.size() ? v[k + 1] : 0;
      if (v[k] == '^' && (next == 'n' || next == '\'' || next == '^')) {
        out += next == 'n' ? '\n' : next == '\'' ? '"' : '^';
        ++k;
      } else {
        out += v[k];
      }
    }
    return out;
  }
};

// The content lines of a file, one at a time (a whole file's would take ten times its size):
// unfolded (section 3.1: CRLF or LF then a space or tab continues the line), checked as UTF-8
// and parsed, each numbered by the physical line it starts on. A line that does not parse comes
// back with no name and `fault` saying why: whether that costs an event or the file is read()'s
// to say.
class ContentLines {
 public:
  ContentLines(const Reader& reader, std::string_view text) : reader_(reader), text_(text) {
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;  // a byte-order mark from Windows tools
  }

  bool next(ContentLine& out, std::string& fault) {
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
    fault.clear();
    try {
      out = reader_.parse_line(content, first);
    } catch (const Error& e) {
      out = ContentLine{};
      out.line = first;
      fault = e.what();
    }
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
  LocalTime original_time;  // as RECURRENCE-ID gives it
  Date original;            // its day: how clerk names the occurrence
  std::optional<When> start;
  std::optional<When> end;
  bool cancelled = false;
  std::string title, place;
};

// A VEVENT's content lines as read, up to its END.
struct EventText {
  int line = 0;  // of BEGIN:VEVENT
  std::vector<ContentLine> props;
  std::vector<std::string> nested;  // components inside it (VALARM)
  int fault_line = 0;               // the first line that did not parse, and why
  std::string fault;
};

struct Built {
  std::vector<ImportedEvent> events;  // the event, then one per RDATE
  std::optional<Override> change;
};

const ContentLine* first_of(const EventText& in, std::string_view name) {
  for (const auto& p : in.props)
    if (p.name == name) return &p;
  return nullptr;
}

// The compact form of a start, for an RDATE's UID: 20261201 or 20261201T1000.
std::string compact(const When& w) {
  std::string d = w.at.date().iso();
  std::erase(d, '-');
  if (w.is_date) return d;
  std::string t = w.at.hhmm();
  std::erase(t, ':');
  return d + "T" + t;
}

// The extra occurrences an RDATE gives (section 3.8.5.2): DATE-TIMEs, DATEs or PERIODs, each an
// event of its own (see read()), less those an EXDATE strikes out.
void add_rdates(const Reader& r, const ImportedEvent& series,
                const std::vector<const ContentLine*>& rdates, const std::vector<When>& excluded,
                std::vector<bool>& exclusion_used, std::vector<ImportedEvent>& out,
                std::vector<std::string>& not_kept) {
  const Event& e = series.event;
  const int64_t minutes = to_utc(e.end) - to_utc(e.start);
  for (const ContentLine* rd : rdates) {
    const bool period = rd->param("VALUE") == "PERIOD";
    for (const auto& v : text::split(rd->value, ',')) {
      std::string_view value = v, until;
      if (period) {
        size_t slash = value.find('/');
        if (slash == std::string_view::npos)
          throw r.error(rd->line, "RDATE: '" + v + "' is not a PERIOD");
        until = value.substr(slash + 1);
        value = value.substr(0, slash);
      }
      ContentLine at = *rd;
      if (period) at.params.erase("VALUE");
      auto start = parse_when(r, at, value);
      if (!start) {
        not_kept.push_back("RDATE in time zone " + rd->param("TZID"));
        continue;
      }
      bool struck = false;
      for (size_t k = 0; k < excluded.size(); ++k) {
        const When& x = excluded[k];
        if (x.is_date ? x.at.date() == start->at.date() : x.at == start->at)
          struck = exclusion_used[k] = true;
      }
      if (struck || (start->at == e.start && start->is_date == e.all_day)) continue;
      ImportedEvent extra = series;
      extra.not_kept.clear();
      Event& x = extra.event;
      x.uid = e.uid + "/rdate/" + compact(*start);
      x.repeat.reset();
      x.changes.clear();
      x.all_day = start->is_date;
      x.start = start->at;
      if (!until.empty() && (until.starts_with("P") || until.starts_with("+P"))) {
        x.end = to_local(to_utc(x.start) + parse_ical_duration(r, *rd, until));
      } else if (!until.empty()) {
        auto end = parse_when(r, at, until);
        if (!end) throw r.error(rd->line, "RDATE: a PERIOD whose end has another time zone");
        x.end = end->at;
      } else if (x.all_day) {
        x.end = x.start.plus_days(e.all_day ? std::max(1, int(minutes / 1440)) : 1);
      } else {
        x.end = to_local(to_utc(x.start) + (e.all_day ? 0 : minutes));
      }
      if (x.end < x.start) throw r.error(rd->line, "RDATE: a PERIOD that ends before it starts");
      out.push_back(std::move(extra));
    }
  }
}

// The event a VEVENT describes; Error{bad_data} naming the line when it cannot be one.
Built build_event(const Reader& r, const EventText& in, const std::string& prodid,
                  Strictness strictness) {
  if (!in.fault.empty()) throw r.error(in.fault_line, in.fault);
  ImportedEvent out;
  out.line = in.line;
  std::vector<std::string> not_kept;
  for (const auto& c : in.nested) not_kept.push_back(c == "VALARM" ? "VALARM (reminder)" : c);
  Event& e = out.event;
  const ContentLine* dtstart = nullptr;
  const ContentLine* dtend = nullptr;
  const ContentLine* duration = nullptr;
  const ContentLine* rrule = nullptr;
  const ContentLine* recurrence_id = nullptr;
  std::vector<const ContentLine*> exdates, rdates;
  std::string transp, status, not_listed;
  for (const auto& p : in.props) {
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
    else if (n == "RDATE")
      rdates.push_back(&p);
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
  if (!dtstart) throw r.error(in.line, "no DTSTART");
  if (e.uid.empty()) {
    if (strictness == Strictness::strict) throw r.error(in.line, "no UID");
    // Made from what identifies the event to the person who wrote it, so the same file read
    // again gives the same UID and updates rather than duplicates.
    std::string basis = prodid + '\n' + dtstart->value + '\n' + dtstart->param("TZID") + '\n' +
                        e.title + '\n' + e.place + '\n' + (rrule ? rrule->value : "");
    e.uid = "derived-" + sha256_hex(basis).substr(0, 32) + "@clerk";
    out.uid_derived = true;
  }
  auto start = parse_when(r, *dtstart, dtstart->value);
  std::optional<When> end;
  if (dtend) end = parse_when(r, *dtend, dtend->value);
  if (!start || (dtend && !end))
    throw r.error(in.line, "its time zone '" + (dtend && !end ? dtend : dtstart)->param("TZID") +
                               "' is not Europe/London or UTC");
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
  if (e.end < e.start) throw r.error(in.line, "the event ends before it starts");
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
    if (!original)
      throw r.error(recurrence_id->line, "its RECURRENCE-ID time zone is not Europe/London or UTC");
    if (!recurrence_id->param("RANGE").empty())
      throw r.error(recurrence_id->line,
                    "RECURRENCE-ID with RANGE (this and future) is not supported");
    Override o;
    o.uid = e.uid;
    o.line = in.line;
    o.original_time = original->at;
    o.original = original->at.date();
    o.start = When{e.start, e.all_day};
    o.end = When{e.end, e.all_day};
    o.cancelled = e.cancelled;
    o.title = e.title;
    o.place = e.place;
    return {{}, o};
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
  std::vector<When> excluded;
  for (const ContentLine* x : exdates) {
    for (const auto& v : text::split(x->value, ',')) {
      auto w = parse_when(r, *x, v);
      if (!w) {
        not_kept.push_back("EXDATE in time zone " + x->param("TZID"));
        continue;
      }
      excluded.push_back(*w);
      if (!e.repeat) continue;
      OccurrenceChange c;
      c.original = w->at.date();
      c.cancelled = true;
      e.changes.push_back(c);
    }
  }
  try {
    validate(e);
  } catch (const Error& bad) {
    throw r.error(in.line, (bad.field().empty() ? "" : bad.field() + ": ") + bad.what());
  }
  Built built;
  std::vector<ImportedEvent> extras;
  std::vector<bool> exclusion_used(excluded.size(), e.repeat.has_value());
  add_rdates(r, out, rdates, excluded, exclusion_used, extras, not_kept);
  if (std::find(exclusion_used.begin(), exclusion_used.end(), false) != exclusion_used.end())
    not_kept.push_back("EXDATE of an event that does not repeat");
  out.not_kept = std::move(not_kept);
  built.events.push_back(std::move(out));
  for (auto& x : extras) built.events.push_back(std::move(x));
  return built;
}

// build_event, or leniently the event skipped with why.
Built build(const Reader& r, const EventText& in, const std::string& prodid,
            Strictness strictness) {
  try {
    return build_event(r, in, prodid, strictness);
  } catch (const Error& e) {
    if (strictness == Strictness::strict || e.kind() != ErrorKind::bad_data) throw;
    ImportedEvent out;
    out.line = in.line;
    if (const ContentLine* uid = first_of(in, "UID")) out.event.uid = unescape_text(uid->value);
    if (const ContentLine* summary = first_of(in, "SUMMARY"))
      out.event.title = unescape_text(summary->value);
    out.skipped = e.what();
    out.skipped_line = e.line();
    return {{out}, std::nullopt};
  }
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

ReadResult read(std::string_view text, std::string_view source, Strictness strictness) {
  const bool strict = strictness == Strictness::strict;
  Reader r{source};
  ContentLines lines(r, text);
  ContentLine cl;
  std::string fault;
  if (!lines.next(cl, fault)) throw r.error(1, "expected BEGIN:VCALENDAR first");
  if (!fault.empty()) throw r.error(cl.line, fault);
  if (cl.name != "BEGIN" || text::upper(cl.value) != "VCALENDAR")
    throw r.error(cl.line, "expected BEGIN:VCALENDAR first");
  ReadResult result;
  std::vector<Override> overrides;
  std::vector<std::pair<std::string, int>> open;  // component name, line
  EventText event;
  std::string prodid;
  std::map<std::string, int> skipped_components;
  bool calendar_done = false;
  auto in_event = [&] { return open.size() >= 2 && open[1].first == "VEVENT"; };
  do {
    if (calendar_done) throw r.error(cl.line, "content after END:VCALENDAR");
    if (!fault.empty()) {
      // A line that does not parse costs its event, or outside any event is passed over.
      if (strict) throw r.error(cl.line, fault);
      if (in_event()) {
        if (event.fault.empty()) {
          event.fault = fault;
          event.fault_line = cl.line;
        }
      } else {
        result.notes.push_back("line " + std::to_string(cl.line) + ": passed over: " + fault);
      }
      continue;
    }
    if (cl.name == "BEGIN") {
      std::string component = text::upper(cl.value);
      if (open.empty() && component != "VCALENDAR")
        throw r.error(cl.line, "expected BEGIN:VCALENDAR first");
      if (open.size() == 1 && component == "VEVENT") {
        event = EventText{};
        event.line = cl.line;
      } else if (open.size() == 2 && open[1].first == "VEVENT") {
        event.nested.push_back(component);
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
      open.pop_back();
      if (component == "VEVENT" && open.size() == 1) {
        Built b = build(r, event, prodid, strictness);
        for (auto& e : b.events) result.events.push_back(std::move(e));
        if (b.change) overrides.push_back(std::move(*b.change));
      }
      if (open.empty()) calendar_done = true;
      continue;
    }
    if (open.size() == 2 && open[1].first == "VEVENT")
      event.props.push_back(cl);
    else if (open.size() == 1 && cl.name == "PRODID")
      prodid = cl.value;
  } while (lines.next(cl, fault));
  if (!open.empty())
    throw r.error(open.back().second, "BEGIN:" + open.back().first + " is never ended");
  for (const auto& [component, n] : skipped_components)
    result.notes.push_back(std::to_string(n) + " " + component + " component" +
                           (n == 1 ? "" : "s") + " not imported (the diary holds events only)");

  // One event a UID: of two without RECURRENCE-ID, the later is kept (it is the newer copy in
  // every export seen), the earlier skipped with the reason.
  std::unordered_map<std::string_view, size_t> by_uid;
  for (size_t i = 0; i < result.events.size(); ++i) {
    ImportedEvent& ie = result.events[i];
    if (!ie.skipped.empty()) continue;
    auto [seen, fresh] = by_uid.emplace(ie.event.uid, i);
    if (fresh) continue;
    ImportedEvent& earlier = result.events[seen->second];
    if (strict)
      throw r.error(ie.line, "UID " + ie.event.uid + " appears again (first at line " +
                                 std::to_string(earlier.line) + ")");
    earlier.skipped =
        "the event at line " + std::to_string(ie.line) + " has the same UID and is kept instead";
    earlier.skipped_line = earlier.line;
    seen->second = i;
  }
  for (const auto& ie : result.events)
    if (ie.skipped.empty() && ie.uid_derived) ++result.derived_uids;

  // Fold each changed occurrence into its series (section 3.8.4.4), or into the event an RDATE
  // made for it.
  for (const auto& o : overrides) {
    auto found = by_uid.find(o.uid);
    ImportedEvent* series = found == by_uid.end() ? nullptr : &result.events[found->second];
    if (series && !series->event.repeat) {
      When at{o.original_time, o.start->is_date};
      auto extra = by_uid.find(o.uid + "/rdate/" + compact(at));
      if (extra == by_uid.end()) extra = by_uid.find(o.uid + "/rdate/" + compact({at.at, true}));
      if (extra != by_uid.end()) {
        Event& x = result.events[extra->second].event;
        x.cancelled = o.cancelled;
        x.start = o.start->at;
        x.end = o.end->at;
        x.title = o.title;
        x.place = o.place;
        continue;
      }
    }
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
