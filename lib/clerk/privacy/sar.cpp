#include "clerk/privacy/sar.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

#include "clerk/core/json_text.hpp"
#include "clerk/core/text.hpp"

namespace clerk::privacy {
namespace {

std::string digits(const std::string& s) {
  std::string out;
  for (char c : s)
    if (std::isdigit(static_cast<unsigned char>(c))) out.push_back(c);
  return out;
}

bool capitalised(const std::string& word) {
  return word.size() >= 2 && std::isupper(static_cast<unsigned char>(word[0])) &&
         std::all_of(word.begin() + 1, word.end(), [](char c) {
           return std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || c == '-';
         });
}

}  // namespace

void scan_text(const SarSubject& subject, const std::string& section, int64_t record_id,
               const std::string& field, const std::string& text, std::vector<SarReview>& out) {
  static const std::regex email(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
  for (std::sregex_iterator it(text.begin(), text.end(), email), end; it != end; ++it)
    if (text::lower(it->str()) != subject.email)
      out.push_back({section, record_id, field, it->str(), "an email address not the subject's"});
  // UK numbers: 0 or +44 then 9 or 10 more digits, spaces allowed between groups.
  static const std::regex phone(R"((\+44\s?|0)\d{2,4}\s?\d{3,4}\s?\d{3,4})");
  auto joined = [&](ptrdiff_t at) {  // a letter or digit right beside a match
    return at >= 0 && at < ptrdiff_t(text.size()) &&
           std::isalnum(static_cast<unsigned char>(text[size_t(at)]));
  };
  for (std::sregex_iterator it(text.begin(), text.end(), phone), end; it != end; ++it) {
    // Digits inside a longer run (a hash, a reference, a timestamp) are not a phone number.
    if (joined(it->position() - 1) || joined(it->position() + it->length())) continue;
    std::string d = digits(it->str());
    if (d.size() >= 10 && d.size() <= 12 && d != subject.phone)
      out.push_back({section, record_id, field, it->str(), "a phone number not the subject's"});
  }
}

std::vector<std::string> name_candidates(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  std::vector<std::string> out;
  auto flush_run = [&] {
    for (size_t i = 0; i < words.size(); ++i)
      for (size_t n = 2; n <= 4 && i + n <= words.size(); ++n) {
        std::string name = words[i];
        for (size_t k = 1; k < n; ++k) name += " " + words[i + k];
        out.push_back(name);
      }
    words.clear();
  };
  auto end_word = [&] {
    if (word.empty()) return;
    if (capitalised(word))
      words.push_back(word);
    else
      flush_run();
    word.clear();
  };
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || c == '-') {
      word.push_back(c);
    } else {
      end_word();
      if (c != ' ') flush_run();  // a name runs across spaces only
    }
  }
  end_word();
  flush_run();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string sar_json(const SarExport& sar) {
  std::string out = "{\"format\":\"clerk-sar-v1\",\"contact_id\":" + std::to_string(sar.contact_id);
  out += ",\"generated_utc\":" + json::quoted(sar.generated_utc);
  out += ",\"generated_by\":" + json::quoted(sar.generated_by) + ",\"sections\":{";
  for (size_t s = 0; s < sar.sections.size(); ++s) {
    const auto& section = sar.sections[s];
    if (s) out += ",";
    out += "\n" + json::quoted(section.key) + ":[";
    for (size_t r = 0; r < section.records.size(); ++r) {
      if (r) out += ",";
      out += "\n{";
      const auto& fields = section.records[r].fields;
      for (size_t f = 0; f < fields.size(); ++f) {
        if (f) out += ",";
        out += json::quoted(fields[f].name) + ":" + fields[f].json;
      }
      out += "}";
    }
    out += "]";
  }
  out += "},\n\"redaction_review\":[";
  for (size_t i = 0; i < sar.review.size(); ++i) {
    const auto& v = sar.review[i];
    if (i) out += ",";
    out += "\n{\"section\":" + json::quoted(v.section) +
           ",\"record_id\":" + std::to_string(v.record_id) + ",\"field\":" + json::quoted(v.field) +
           ",\"found\":" + json::quoted(v.found) + ",\"why\":" + json::quoted(v.why) + "}";
  }
  out += "]}\n";
  return out;
}

std::string sar_text(const SarExport& sar) {
  std::string out = "Subject access export: " + sar.contact_name + " (contact " +
                    std::to_string(sar.contact_id) + ")\nGenerated " + sar.generated_utc + " by " +
                    sar.generated_by + "\n";
  for (const auto& section : sar.sections) {
    std::string heading = section.title + " (" + std::to_string(section.records.size()) + ")";
    out += "\n" + heading + "\n" + std::string(heading.size(), '=') + "\n";
    for (const auto& record : section.records) {
      out += "\n";
      for (const auto& f : record.fields) {
        if (f.text.empty()) continue;
        out += "  " + f.name + ": ";
        // Continuation lines of multi-line text stay indented under their field.
        for (char c : f.text) {
          out.push_back(c);
          if (c == '\n') out += "    ";
        }
        out += "\n";
      }
    }
  }
  std::string heading =
      "For redaction review before release (" + std::to_string(sar.review.size()) + ")";
  out += "\n" + heading + "\n" + std::string(heading.size(), '=') + "\n";
  if (sar.review.empty()) out += "\n  nothing found\n";
  for (const auto& v : sar.review)
    out += "\n  " + v.section + " " + std::to_string(v.record_id) + ", " + v.field + ": " +
           v.found + " (" + v.why + ")\n";
  return out;
}

}  // namespace clerk::privacy
