// Letters: templates with {{placeholders}} filled from the office, the case and the contact.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "clerk/render/document.hpp"

namespace clerk::letters {

// The built-in templates: acknowledgement, holding (a holding reply), closing.
const std::vector<std::string>& builtin_letter_names();

// A template's text: `letters_dir`/NAME.txt or NAME.md when present (an office's own wording
// wins), else the built-in one for `case_type` (the FOI, SAR and complaint acknowledgements
// name the request and its deadline), else the built-in one. Error{missing} naming the
// template and the ones available.
std::string letter_template(const std::string& name, const std::filesystem::path& letters_dir,
                            const std::string& case_type = "");
std::vector<std::string> letter_names(const std::filesystem::path& letters_dir);

// Replaces every {{name}} with its value. Error{bad_data} naming the first unknown placeholder,
// its line in the template and the known ones.
std::string fill_placeholders(const std::string& text,
                              const std::map<std::string, std::string>& values,
                              const std::string& template_name);

// The filled text as a document: paragraphs split at blank lines, line breaks kept.
render::Document letter_document(const std::string& filled, const std::string& title,
                                 const std::string& marking);

}  // namespace clerk::letters
