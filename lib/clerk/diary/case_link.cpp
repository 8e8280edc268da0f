#include "clerk/diary/case_link.hpp"

namespace clerk::diary {

LinkedCase linked_case(Context&, const std::string& ref) { return LinkedCase{ref, "", ""}; }

}  // namespace clerk::diary
