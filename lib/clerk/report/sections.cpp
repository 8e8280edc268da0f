#include "clerk/report/sections.hpp"

namespace clerk::report {

render::Cell optional_cell(const std::optional<int64_t>& value) {
  if (!value) return std::monostate{};
  return *value;
}

render::Cell percent_cell(const std::optional<int64_t>& value) {
  if (!value) return std::monostate{};
  return render::Percent{*value};
}

void heading(render::Document& doc, int level, std::string text) {
  doc.blocks.emplace_back(render::Heading{level, std::move(text)});
}

void paragraph(render::Document& doc, std::string text) {
  doc.blocks.emplace_back(render::Paragraph{std::move(text)});
}

void section(render::Document& doc, std::string key, std::string heading, render::Table table) {
  doc.blocks.emplace_back(
      render::Section{std::move(key), std::move(heading), std::move(table), false});
}

render::Section period_section(const std::string& label, Date from, Date to, Date as_of) {
  using render::Kind;
  return RecordBuilder{}
      .add("label", "Period", Kind::text, label)
      .add("from", "From", Kind::date, from)
      .add("to", "To", Kind::date, to)
      .add("as_of", "Figures as at", Kind::date, as_of)
      .section("period", "");
}

std::string period_subtitle(const std::string& label, Date from, Date to) {
  return "Period: " + label + " (" + from.uk_long() + " to " + to.uk_long() + ")";
}

}  // namespace clerk::report
