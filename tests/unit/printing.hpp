// How doctest prints clerk's value types in failure messages.
#pragma once

#include <doctest/doctest.h>

#include "clerk/core/date.hpp"
#include "clerk/core/money.hpp"

namespace doctest {
template <>
struct StringMaker<clerk::Date> {
  static String convert(const clerk::Date& d) { return d.iso().c_str(); }
};
template <>
struct StringMaker<clerk::Money> {
  static String convert(const clerk::Money& m) { return m.display().c_str(); }
};
}  // namespace doctest
