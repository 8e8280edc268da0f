#include "clerk/directpay/surplus_letter.hpp"

#include "clerk/letters/letter.hpp"

namespace clerk::directpay {
namespace {

// One line per paragraph: the letter keeps line breaks inside a paragraph and wraps long lines.
constexpr const char* kBuiltin = R"({{office.name}}
{{office.address}}

{{today}}

{{contact.name}}
{{contact.address}}

Dear {{contact.name}},

Re: your Direct Payments account — return of surplus funds

Thank you for sending us your bank statements for {{statement.from}} to {{statement.to}}. We have checked them against your agreed payments of {{schedule.amount}} {{schedule.every}}.

The balance of the account on {{statement.to}} was {{statement.closing}}. You told us of {{statement.owed}} still to pay for your care and support. You may keep a contingency of {{statement.contingency}} ({{statement.weeks}} weeks of your payments) for unexpected costs.

This leaves {{statement.surplus}} more than your care and support needs, which we must ask you to return. Please pay it back within 28 days, quoting your name, or contact us if you think we have got anything wrong or if paying it back would cause you difficulty.

Yours sincerely,

{{signer.name}}
{{office.name}}
)";

}  // namespace

std::string surplus_letter_template(const std::filesystem::path& letters_dir) {
  // An office's own wording wins, as for case letters.
  for (const char* ext : {".txt", ".md"})
    if (std::filesystem::exists(letters_dir / (std::string(kSurplusLetter) + ext)))
      return letters::letter_template(kSurplusLetter, letters_dir);
  return kBuiltin;
}

std::string fill_surplus_letter(const std::filesystem::path& letters_dir,
                                const std::map<std::string, std::string>& values) {
  return letters::fill_placeholders(surplus_letter_template(letters_dir), values, kSurplusLetter);
}

render::Document surplus_letter_document(const std::string& filled) {
  return letters::letter_document(filled, "", "OFFICIAL-SENSITIVE");
}

}  // namespace clerk::directpay
