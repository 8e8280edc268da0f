// Money: a whole number of pence with checked arithmetic; never a floating-point value.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace clerk {

class Money {
 public:
  constexpr Money() = default;
  static constexpr Money from_pence(int64_t pence) { return Money(pence); }

  // Accepts 12, 12.5, 12.50, £1,234.50 (and a leading minus when allow_negative).
  // Throws Error{bad_data} naming `field` for anything else: three decimals, junk, overflow.
  static Money parse(std::string_view text, std::string_view field, bool allow_negative = false);

  constexpr int64_t pence() const { return pence_; }
  std::string display() const;  // £1,234.50, -£3.20: for people
  std::string plain() const;    // 1234.50, -3.20: for CSV/TSV

  Money operator+(Money other) const;
  Money operator-(Money other) const;
  Money operator*(int64_t factor) const;
  Money& operator+=(Money other) { return *this = *this + other; }
  auto operator<=>(const Money&) const = default;

 private:
  constexpr explicit Money(int64_t pence) : pence_(pence) {}
  int64_t pence_ = 0;
};

}  // namespace clerk
