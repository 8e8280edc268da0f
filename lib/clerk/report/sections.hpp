// Small builders the reports share for their document sections.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "clerk/render/document.hpp"
#include "clerk/render/record_builder.hpp"

namespace clerk::report {

// A cell from an optional figure: blank (JSON null) when there is none.
render::Cell optional_cell(const std::optional<int64_t>& value);
// A percentage cell ("55%" for people, 55 for scripts): blank (JSON null) when there is none.
render::Cell percent_cell(const std::optional<int64_t>& value);

// One record of headline figures, built a field at a time.
using render::RecordBuilder;

void heading(render::Document& doc, int level, std::string text);
void paragraph(render::Document& doc, std::string text);
void section(render::Document& doc, std::string key, std::string heading, render::Table table);

// The period record every report starts with (key "period"): label, from, to (inclusive),
// and the as-of day figures like "open" are measured on.
render::Section period_section(const std::string& label, Date from, Date to, Date as_of);

// "Period: 2026-11 (1 November 2026 to 30 November 2026)", the page subtitle.
std::string period_subtitle(const std::string& label, Date from, Date to);

}  // namespace clerk::report
