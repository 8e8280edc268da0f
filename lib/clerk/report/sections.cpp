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

RecordBuilder& RecordBuilder::add(std::string key, std::string label, render::Kind kind,
                                  render::Cell value) {
  table_.columns.push_back({std::move(key), std::move(label), kind});
  table_.rows.front().push_back(std::move(value));
  return *this;
}

render::Section RecordBuilder::section(std::string key, std::string heading) const {
  return render::Section{std::move(key), std::move(heading), table_, true};
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
