// The surplus-recovery letter to a Direct Payments recipient, from the letter templates.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "clerk/render/document.hpp"

namespace clerk::directpay {

constexpr const char* kSurplusLetter = "surplus-recovery";

// The template: `letters_dir`/surplus-recovery.txt or .md when the office has its own wording,
// else the built-in one.
std::string surplus_letter_template(const std::filesystem::path& letters_dir);

// Fills the template with `values` (office.*, today, contact.*, statement.*, schedule.*,
// signer.name); Error{bad_data} naming an unknown placeholder and its line.
std::string fill_surplus_letter(const std::filesystem::path& letters_dir,
                                const std::map<std::string, std::string>& values);

// The filled letter as a document, marked OFFICIAL-SENSITIVE.
render::Document surplus_letter_document(const std::string& filled);

}  // namespace clerk::directpay
