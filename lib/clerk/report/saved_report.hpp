// Reports saved in the config ([reports.NAME]) and run by name, typically from cron.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "clerk/config/config.hpp"
#include "clerk/render/table.hpp"
#include "clerk/render/writer.hpp"
#include "clerk/session/context.hpp"

namespace clerk::report {

// The render options for a format when writing to a file (the app's reading of [output]).
using RenderOptionsFor = std::function<render::Options(render::Format)>;

struct SavedRun {
  std::string name;
  std::vector<std::filesystem::path> written;  // empty when it went to the fallback stream
};

// Runs one saved report: resolves its period against today, cuts it to its section when it
// names one, renders it in its format and
// writes it atomically to its output path ({date}: today, {period}: the period's label; a
// relative path is from the config file's directory), or to `fallback` when it has none.
// Error{missing} for an unknown name (listing the saved ones), Error{config} naming the key for
// a report, format or section that does not exist, and for CSV or TSV of several tables into
// one stream (a section or an output directory is needed).
SavedRun run_saved(Context& ctx, const std::string& name, std::ostream& fallback,
                   const RenderOptionsFor& options_for);
// Every saved report, in name order; the first failure stops the run.
std::vector<SavedRun> run_all_saved(Context& ctx, std::ostream& fallback,
                                    const RenderOptionsFor& options_for);

// What is wrong with the saved reports of a config that loaded: a report, format, grouping or
// period that does not exist, as "reports.NAME.KEY: problem" lines (none when all is well), for
// `config check`.
std::vector<std::string> saved_report_problems(const config::Config& config);

// The output path with its placeholders filled in.
std::string expand_output(const std::string& pattern, Date today, const std::string& period);

// The saved reports as a table: name, report, period, format, output.
render::Table saved_table(const config::Config& config);

}  // namespace clerk::report
