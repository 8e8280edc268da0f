#include "clerk/report/saved_report.hpp"

#include <cctype>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/render/document_file.hpp"
#include "clerk/render/section_files.hpp"
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
    request.kind = parse_word<ReportKind>(saved.report, key + "report");
    if (!saved.by.empty()) request.by = parse_word<ExpenseGrouping>(saved.by, key + "by");
  } catch (const Error& e) {
    throw Error(ErrorKind::config, e.what()).field(e.field()).suggest(e.suggestions());
  }
  request.period.period = saved.period;
  request.limit = static_cast<size_t>(saved.limit);
  return request;
}

render::Format format_for(const config::SavedReport& saved) {
  if (auto f = find_word<render::Format>(saved.format)) return *f;
  throw not_one_of(saved.format, "reports." + saved.name + ".format", words<render::Format>(),
                   ErrorKind::config);
}

// What a saved report writes: its `section` alone when it names one, and never several tables
// run together in one CSV or TSV stream, which no reader loads (issue 14): that needs a
// section, or an output directory for one file per table. Errors name the config key.
render::Document one_stream_content(const config::SavedReport& saved, render::Document doc,
                                    render::Format format, bool to_directory) {
  const std::string key = "reports." + saved.name + ".section";
  if (!saved.section.empty()) {
    try {
      return render::only_section(doc, saved.section);
    } catch (const Error& e) {
      throw Error(ErrorKind::config, e.what()).field(key);
    }
  }
  const auto keys = render::section_keys(doc);
  if (render::holds_one_table(format) && !to_directory && keys.size() > 1)
    throw Error(ErrorKind::config,
                "this report has " + std::to_string(keys.size()) + " tables and " + word(format) +
                    " holds one: set section to one of " + text::join(keys, ", ") +
                    ", or end output with / for one file per table, or use format = \"json\"")
        .field(key);
  return doc;
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
    // Every report has several tables (its period record at least), so CSV or TSV into one
    // stream needs a section; which sections exist is checked when it runs.
    check([&] {
      auto format = find_word<render::Format>(saved.format);  // a bad one is reported above
      if (format && render::holds_one_table(*format) && saved.section.empty() &&
          !render::names_directory(saved.output))
        throw Error(ErrorKind::config,
                    word(*format) +
                        " holds one table and a report has several: set section (`clerk "
                        "report " +
                        saved.report + " --format json` shows them), or end output with /")
            .field("reports." + saved.name + ".section");
    });
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

SavedRun run_saved(Context& ctx, const std::string& name, std::ostream& fallback,
                   const RenderOptionsFor& options_for) {
  const auto& saved = find(ctx.config(), name);
  Request request = request_for(saved);
  const render::Format format = format_for(saved);
  const Period period = request_period(ctx, request);

  // A relative path is taken from the config file's directory, not from wherever cron starts.
  std::filesystem::path path;
  if (!saved.output.empty()) {
    path = expand_output(saved.output, ctx.today(), period.label);
    if (path.is_relative() && !ctx.config().path.empty())
      path = ctx.config().path.parent_path() / path;
  }
  const bool to_directory = !path.empty() && render::names_directory(path.string());
  render::Document doc = one_stream_content(saved, build(ctx, request), format, to_directory);

  const auto options = options_for(format);

  SavedRun run{saved.name, {}};
  if (saved.output.empty()) {
    render::write(doc, format, fallback, options);
    return run;
  }
  // The config names this path, so its directories may be made (a new month's folder).
  run.written =
      render::write_document(doc, format, path, options, {ctx.config().output.file_mode, true});
  return run;
}

std::vector<SavedRun> run_all_saved(Context& ctx, std::ostream& fallback,
                                    const RenderOptionsFor& options_for) {
  std::vector<SavedRun> runs;
  for (const auto& r : ctx.config().reports)
    runs.push_back(run_saved(ctx, r.name, fallback, options_for));
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
