#include "clerk/core/money.hpp"

#include <limits>

#include "clerk/core/error.hpp"

namespace clerk {
namespace {

// Pence beyond this are refused at input: far above any public-office sum, and it leaves
// headroom so that totals of many items cannot overflow int64.
constexpr int64_t kMaxInputPence = 100'000'000'000'000;  // £1 trillion

Error bad_money(std::string_view field, std::string_view text, std::string_view why) {
  return Error(ErrorKind::bad_data,
               "'" + std::string(text) + "' is not an amount of money: " + std::string(why))
      .field(std::string(field));
}

std::string group_thousands(int64_t pounds) {
  std::string digits = std::to_string(pounds);
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0) out.insert(out.begin(), ',');
    out.insert(out.begin(), *it);
    ++count;
  }
  return out;
}

std::string two_digits(int64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

Money Money::parse(std::string_view text, std::string_view field, bool allow_negative) {
  std::string_view s = text;
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  if (s.starts_with("\xC2\xA3")) s.remove_prefix(2);  // the pound sign in UTF-8
  if (s.empty()) throw bad_money(field, text, "no digits");

  int64_t pounds = 0;
  int digits_in_group = 0;
  bool seen_comma = false;
  size_t i = 0;
  for (; i < s.size() && s[i] != '.'; ++i) {
    char c = s[i];
    if (c == ',') {
      // Thousands separators must sit between groups of three digits.
      if (i == 0 || (seen_comma && digits_in_group != 3) || (!seen_comma && digits_in_group > 3))
        throw bad_money(field, text, "misplaced comma");
      seen_comma = true;
      digits_in_group = 0;
      continue;
    }
    if (c < '0' || c > '9') throw bad_money(field, text, "unexpected character");
    if (pounds > (kMaxInputPence / 100)) throw bad_money(field, text, "too large");
    pounds = pounds * 10 + (c - '0');
    ++digits_in_group;
  }
  if (i == 0 || digits_in_group == 0) throw bad_money(field, text, "no digits before the point");
  if (seen_comma && digits_in_group != 3) throw bad_money(field, text, "misplaced comma");
  int64_t pence = 0;
  if (i < s.size()) {
    std::string_view frac = s.substr(i + 1);
    if (frac.empty()) throw bad_money(field, text, "no digits after the point");
    if (frac.size() > 2) throw bad_money(field, text, "more than two decimal places");
    for (char c : frac)
      if (c < '0' || c > '9') throw bad_money(field, text, "unexpected character");
    pence = (frac[0] - '0') * 10 + (frac.size() == 2 ? frac[1] - '0' : 0);
  }
  int64_t total = pounds * 100 + pence;
  if (total > kMaxInputPence) throw bad_money(field, text, "too large");
  if (negative && total != 0 && !allow_negative)
    throw bad_money(field, text, "negative amounts are not allowed here");
  return Money(negative ? -total : total);
}

std::string Money::display() const {
  // Use unsigned magnitude so INT64_MIN cannot overflow on negation.
  uint64_t mag = pence_ < 0 ? uint64_t(0) - uint64_t(pence_) : uint64_t(pence_);
  std::string out = pence_ < 0 ? "-\xC2\xA3" : "\xC2\xA3";
  return out + group_thousands(int64_t(mag / 100)) + "." + two_digits(int64_t(mag % 100));
}

std::string Money::plain() const {
  uint64_t mag = pence_ < 0 ? uint64_t(0) - uint64_t(pence_) : uint64_t(pence_);
  return (pence_ < 0 ? "-" : "") + std::to_string(mag / 100) + "." + two_digits(int64_t(mag % 100));
}

Money Money::operator+(Money other) const {
  int64_t out;
  if (__builtin_add_overflow(pence_, other.pence_, &out))
    throw Error(ErrorKind::bad_data, "money total overflows");
  return Money(out);
}

Money Money::operator-(Money other) const {
  int64_t out;
  if (__builtin_sub_overflow(pence_, other.pence_, &out))
    throw Error(ErrorKind::bad_data, "money total overflows");
  return Money(out);
}

Money Money::operator*(int64_t factor) const {
  int64_t out;
  if (__builtin_mul_overflow(pence_, factor, &out))
    throw Error(ErrorKind::bad_data, "money total overflows");
  return Money(out);
}

}  // namespace clerk
