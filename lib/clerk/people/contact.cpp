#include "clerk/people/contact.hpp"

#include <algorithm>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::people {

const EnumWords& enum_words(ContactKind) {
  static const EnumWords w{"kind", {"person", "organisation"}, {{"organization", 1}, {"org", 1}}};
  return w;
}

std::vector<std::string> address_lines(std::string_view address) {
  std::string text(address);
  for (size_t at = text.find("\\n"); at != std::string::npos; at = text.find("\\n", at))
    text.replace(at, 2, "\n");
  std::vector<std::string> lines;
  for (const auto& line : text::split(text, '\n')) {
    std::string_view l = text::trim(line);
    if (!l.empty()) lines.emplace_back(l);
  }
  return lines;
}

std::string default_salutation(ContactKind kind, std::string_view name) {
  if (kind == ContactKind::organisation) return "Sir or Madam";
  std::vector<std::string> words;
  for (const auto& w : text::split(text::trim(name), ' '))
    if (!w.empty()) words.push_back(w);
  // British forms of address that go with the surname alone ("Dear Mrs Jones").
  static const std::vector<std::string> titles = {
      "mr",  "mrs",  "ms",   "miss",       "mx",  "dr",   "prof", "professor",
      "rev", "revd", "cllr", "councillor", "sir", "dame", "lord", "lady"};
  if (words.size() >= 3) {
    std::string first = text::lower(words.front());
    if (!first.empty() && first.back() == '.') first.pop_back();
    if (std::find(titles.begin(), titles.end(), first) != titles.end())
      return words.front() + " " + words.back();
  }
  return text::join(words, " ");
}

std::string salutation_of(const Contact& c) {
  return c.salutation.empty() ? default_salutation(c.kind, c.name) : c.salutation;
}

void apply_fields(Contact& c, const ContactFields& f) {
  auto clean = [](const std::string& s) { return std::string(text::trim(s)); };
  if (f.kind) c.kind = parse_word<ContactKind>(*f.kind);
  if (f.name) {
    c.name = clean(*f.name);
    if (c.name.empty()) throw Error(ErrorKind::bad_data, "a name is required").field("name");
  }
  if (f.salutation) c.salutation = clean(*f.salutation);
  if (f.organisation) c.organisation = clean(*f.organisation);
  // Issue 14 item 15: `--address "3 Church Lane\nMelksham"` typed in a shell is stored with
  // real line breaks, one per address line.
  if (f.address) c.address = text::join(address_lines(*f.address), "\n");
  if (f.email) {
    c.email = clean(*f.email);
    if (!c.email.empty() &&
        (c.email.find('@') == std::string::npos || c.email.find(' ') != std::string::npos))
      throw Error(ErrorKind::bad_data, "'" + c.email + "' is not an email address").field("email");
  }
  if (f.phone) c.phone = clean(*f.phone);
  if (f.notes) c.notes = *f.notes;
  for (const std::string* s :
       {&c.name, &c.salutation, &c.organisation, &c.address, &c.email, &c.phone, &c.notes})
    if (!text::valid_utf8(*s))
      throw Error(ErrorKind::bad_data, "text is not valid UTF-8").field("contact");
}

}  // namespace clerk::people
