#include "clerk/db/connection.hpp"

#include "clerk/core/error.hpp"

namespace clerk::db {

int Statement::index_of(std::string_view name) const {
  int index = impl_->index_of(name);
  if (index == 0)
    throw Error(ErrorKind::internal, "no parameter " + std::string(name) + " in the statement");
  return index;
}

}  // namespace clerk::db
