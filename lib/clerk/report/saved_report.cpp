#include "clerk/report/saved_report.hpp"

#include <cctype>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/output/document_file.hpp"
#include "clerk/render/writer.hpp"
#include "clerk/report/report.hpp"

namespace clerk::report {
namespace {

const config::SavedReport& find(const config::Config& config, const std::string& name) {
  for (const auto& r : config.reports)
    if (r.name == name) return r;
  std::vector<std::string> names;
  for (const auto& r : config.reports) names.push_back(r.name);
  throw Error(ErrorKind::missing,
              "no saved report '" + name + "'" +
                  (names.empty() ? " (the config defines none: add a [reports." + name + "] table)"
                                 : " (saved: " + text::join(names, ", ") + ")"))
      .field("NAME")
      .suggest(text::near_misses(name, names));
}

// A saved report's text in a file name: '/' and other awkward characters become '-'.
std::string file_safe(std::string text) {
  for (char& ch : text)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == '.'))
      ch = '-';
  return text;
}

Request request_for(const config::SavedReport& saved) {
  const std::string key = "reports." + saved.name + ".";
  Request request;
  try {
    request.kind = parse_kind(saved.report, key + "report");
    if (!saved.by.empty()) request.by = parse_grouping(saved.by, key + "by");
  } catch (const Error& e) {
    throw Error(ErrorKind::config, e.what()).field(e.field());
  }
  request.period.period = saved.period;
  request.limit = static_cast<size_t>(saved.limit);
  return request;
}

render::Format format_for(const config::SavedReport& saved) {
  if (auto f = render::parse_format(saved.format)) return *f;
  throw Error(ErrorKind::config, "'" + saved.format + "' is not an output format; use one of " +
                                     text::join(render::format_names(), ", "))
      .field("reports." + saved.name + ".format");
}

}  // namespace

std::vector<std::string> saved_report_problems(const config::Config& config) {
  std::vector<std::string> problems;
  auto check = [&](const auto& step) {
    try {
      step();
    } catch (const Error& e) {
      problems.push_back(e.field() + ": " + e.what());
    }
  };
  // Any day resolves a named period: only the form is checked here.
  const Date any_day = Date::parse_iso("2026-01-01", "today");
  for (const auto& saved : config.reports) {
    check([&] { request_for(saved); });
    check([&] { format_for(saved); });
    check([&] { parse_period(saved.period, "reports." + saved.name + ".period", any_day); });
  }
  return problems;
}

std::string expand_output(const std::string& pattern, Date today, const std::string& period) {
  std::string out;
  for (size_t i = 0; i < pattern.size();) {
    if (pattern.compare(i, 6, "{date}") == 0) {
      out += today.iso();
      i += 6;
    } else if (pattern.compare(i, 8, "{period}") == 0) {
      out += file_safe(period);
      i += 8;
    } else {
      out += pattern[i++];
    }
  }
  return out;
}

SavedRun run_saved(Context& ctx, const std::string& name, std::ostream& fallback) {
  const auto& saved = find(ctx.config(), name);
  Request request = request_for(saved);
  const render::Format format = format_for(saved);
  const Period period = request_period(ctx, request);
  render::Document doc = build(ctx, request);

  const auto options = output::file_render_options(ctx.config().output, format);

  SavedRun run{saved.name, {}};
  if (saved.output.empty()) {
    render::write(doc, format, fallback, options);
    return run;
  }
  // A relative path is taken from the config file's directory, not from wherever cron starts.
  std::filesystem::path path = expand_output(saved.output, ctx.today(), period.label);
  if (path.is_relative() && !ctx.config().path.empty())
    path = ctx.config().path.parent_path() / path;
  // The config names this path, so its directories may be made (a new month's folder).
  run.written =
      output::write_document(doc, format, path, options, {ctx.config().output.file_mode, true});
  return run;
}

std::vector<SavedRun> run_all_saved(Context& ctx, std::ostream& fallback) {
  std::vector<SavedRun> runs;
  for (const auto& r : ctx.config().reports) runs.push_back(run_saved(ctx, r.name, fallback));
  return runs;
}

render::Table saved_table(const config::Config& config) {
  using render::Kind;
  render::Table t{{{"name", "Name", Kind::text},
                   {"report", "Report", Kind::text},
                   {"period", "Period", Kind::text},
                   {"format", "Format", Kind::text},
                   {"output", "Output", Kind::text}},
                  {}};
  for (const auto& r : config.reports)
    t.rows.push_back({r.name, r.report, r.period, r.format,
                      r.output.empty() ? std::string("(standard output)") : r.output});
  return t;
}

}  // namespace clerk::report
