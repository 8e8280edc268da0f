// A subject access export: everything held about one person as sections of records, with the
// other people's data found inside them listed for redaction review; rendered as JSON and text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace clerk::privacy {

struct SarField {
  std::string name;
  std::string json;  // the value as a JSON literal (null, a number, a string)
  std::string text;  // as people read it ("" for null)
};

struct SarRecord {
  int64_t id = 0;
  std::vector<SarField> fields;
};

struct SarSection {
  std::string key;    // stable JSON key: contact, cases, case_timeline, ...
  std::string title;  // for people
  std::vector<SarRecord> records;
};

// Something in the export that may be another person's personal data.
struct SarReview {
  std::string section;
  int64_t record_id = 0;
  std::string field;
  std::string found;
  std::string why;
};

struct SarExport {
  int64_t contact_id = 0;
  std::string contact_name;
  std::string generated_utc;
  std::string generated_by;
  std::vector<SarSection> sections;
  std::vector<SarReview> review;
};

// What the subject's own details are, so the scan does not flag them.
struct SarSubject {
  std::vector<std::string> names;  // their name, lower case
  std::string email, phone;        // lower case; digits only for the phone
};

// Scans text for what may be someone else's data: email addresses and phone numbers other
// than the subject's. Names of other contacts are found by the store (they need the table).
void scan_text(const SarSubject& subject, const std::string& section, int64_t record_id,
               const std::string& field, const std::string& text, std::vector<SarReview>& out);
// Runs of 2 to 4 capitalised words in `text` ("Bob Smith", "Mrs Ann Jones"): candidate names.
std::vector<std::string> name_candidates(const std::string& text);

std::string sar_json(const SarExport& sar);
std::string sar_text(const SarExport& sar);

}  // namespace clerk::privacy
