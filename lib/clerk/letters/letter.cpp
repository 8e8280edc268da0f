#include "clerk/letters/letter.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::letters {
namespace {

// The office's letterhead and the addressee, shared by every built-in template.
constexpr const char* kHead = R"({{office.name}}
{{office.address}}

{{today}}

{{contact.name}}
{{contact.address}}

Our reference: {{case.ref}}

Dear {{contact.salutation}},

)";

constexpr const char* kSignOff = R"(

Yours sincerely,

{{assignee.name}}
{{office.name}}
)";

const std::map<std::string, std::string>& builtins() {
  static const std::map<std::string, std::string> templates = {
      {"acknowledgement",
       std::string(kHead) +
           "Re: {{case.subject}}\n\n"
           "Thank you for contacting us on {{case.received}}. I am writing to confirm that we have "
           "received your enquiry and opened a case for you; please quote the reference above in "
           "any "
           "reply.\n\n"
           "We aim to respond fully by {{case.due}}. If anything changes in the meantime, please "
           "let "
           "us know." +
           kSignOff},
      {"holding",
       std::string(kHead) +
           "Re: {{case.subject}}\n\n"
           "I am writing to let you know that we are still working on your case. We have raised "
           "the "
           "matter and are waiting for a reply; I will write to you again as soon as we hear.\n\n"
           "Thank you for your patience." +
           kSignOff},
      {"closing",
       std::string(kHead) +
           "Re: {{case.subject}}\n\n"
           "I am writing to let you know that we have now closed your case. If you need further "
           "help "
           "with this or any other matter, please contact us again and quote the reference above." +
           kSignOff},
  };
  return templates;
}

// Built-in wording for one type of case, where the generic letter would say the wrong thing:
// a request under statute is acknowledged as that request, with its statutory deadline.
const std::map<std::pair<std::string, std::string>, std::string>& builtins_by_type() {
  static const std::map<std::pair<std::string, std::string>, std::string> templates = {
      {{"acknowledgement", "foi"},
       std::string(kHead) +
           "Re: {{case.subject}}\n\n"
           "Thank you for your request for information under the Freedom of Information Act "
           "2000, which we received on {{case.received}}. Please quote the reference above in "
           "any reply.\n\n"
           "The Act requires us to respond promptly and no later than the twentieth working day "
           "after we received your request: we will respond by {{case.due}}. If we need you to "
           "clarify your request, we will ask you, and the time for our response will not run "
           "until you reply." +
           kSignOff},
      {{"acknowledgement", "sar"},
       std::string(kHead) +
           "Re: {{case.subject}}\n\n"
           "Thank you for your request for a copy of the personal data we hold about you (a "
           "subject access request) under the UK General Data Protection Regulation (UK GDPR) "
           "and the Data Protection Act 2018, which we received on {{case.received}}. Please "
           "quote the reference above in any reply.\n\n"
           "The law gives us one month to respond: we will respond by {{case.due}}. If we need "
           "to confirm your identity or you to clarify your request, we will ask you, and the "
           "time for our response will not run until you reply. If your request is complex we "
           "may extend that time by up to two further months; we would tell you so, and why, "
           "within the first month." +
           kSignOff},
      {{"acknowledgement", "complaint"},
       std::string(kHead) +
           "Re: {{case.subject}}\n\n"
           "Thank you for your complaint, which we received on {{case.received}}. I am writing to "
           "acknowledge it under our complaints procedure; please quote the reference above in "
           "any reply.\n\n"
           "We will look into your complaint and send you our response by {{case.due}}. If you "
           "are not satisfied with that response, you may ask for your complaint to be reviewed "
           "at the second stage of the procedure." +
           kSignOff},
  };
  return templates;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (!in && !in.eof())
    throw Error(ErrorKind::io, "cannot read the letter template").source(path.string());
  return buf.str();
}

}  // namespace

const std::vector<std::string>& builtin_letter_names() {
  static const std::vector<std::string> names = {"acknowledgement", "holding", "closing"};
  return names;
}

std::vector<std::string> letter_names(const std::filesystem::path& letters_dir) {
  std::vector<std::string> names = builtin_letter_names();
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(letters_dir, ec)) {
    auto ext = entry.path().extension();
    std::string stem = entry.path().stem().string();
    if ((ext == ".txt" || ext == ".md") &&
        std::find(names.begin(), names.end(), stem) == names.end())
      names.push_back(stem);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string letter_template(const std::string& name, const std::filesystem::path& letters_dir,
                            const std::string& case_type) {
  bool safe =
      !name.empty() && name.find('/') == std::string::npos && name.find("..") == std::string::npos;
  if (safe) {
    for (const char* ext : {".txt", ".md"}) {
      auto path = letters_dir / (name + ext);
      if (std::filesystem::exists(path)) return read_file(path);
    }
    if (auto it = builtins_by_type().find({name, case_type}); it != builtins_by_type().end())
      return it->second;
    if (auto it = builtins().find(name); it != builtins().end()) return it->second;
  }
  auto names = letter_names(letters_dir);
  throw Error(ErrorKind::missing,
              "no letter template '" + name + "'; templates: " + text::join(names, ", "))
      .field("template")
      .suggest(text::near_misses(name, names, 1));
}

std::string fill_placeholders(const std::string& text,
                              const std::map<std::string, std::string>& values,
                              const std::string& template_name) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = text.find("{{", pos);
    if (open == std::string::npos) break;
    size_t close = text.find("}}", open + 2);
    int line = 1 + int(std::count(text.begin(), text.begin() + long(open), '\n'));
    if (close == std::string::npos)
      throw Error(ErrorKind::bad_data, "a placeholder is not closed with }}")
          .source("template " + template_name)
          .line(line);
    std::string key(text::trim(std::string_view(text).substr(open + 2, close - open - 2)));
    auto it = values.find(key);
    if (it == values.end()) {
      std::vector<std::string> known;
      for (const auto& [k, v] : values) known.push_back(k);
      throw Error(ErrorKind::bad_data,
                  "unknown placeholder {{" + key + "}}; known: " + text::join(known, ", "))
          .source("template " + template_name)
          .line(line)
          .suggest(text::near_misses(key, known, 1));
    }
    out.append(text, pos, open - pos);
    out += it->second;
    pos = close + 2;
  }
  out.append(text, pos);
  return out;
}

render::Document letter_document(const std::string& filled, const std::string& title,
                                 const std::string& marking) {
  render::Document doc;
  doc.title = title;
  doc.marking = marking;
  std::string paragraph;
  auto flush = [&] {
    std::string_view p = text::trim(paragraph);
    if (!p.empty()) doc.blocks.push_back(render::Paragraph{std::string(p)});
    paragraph.clear();
  };
  for (const auto& line : text::split(filled, '\n')) {
    if (text::trim(line).empty())
      flush();
    else
      paragraph += (paragraph.empty() ? "" : "\n") + line;
  }
  flush();
  return doc;
}

}  // namespace clerk::letters
