// `audit sar`: answering a subject access request (UK GDPR Art. 15).
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "clerk/privacy/sar.hpp"
#include "clerk/session/context.hpp"

namespace clerk::privacy {

// Everything held about the contact (id or exact name); the access is logged.
SarExport subject_access(Context& ctx, std::string_view contact);

// Writes sar-<id>.json and/or sar-<id>.txt into `dir` (made 0700 when missing), each 0600 and
// atomically; returns the files written.
std::vector<std::filesystem::path> write_sar_files(const SarExport& sar,
                                                   const std::filesystem::path& dir, bool json,
                                                   bool text);

}  // namespace clerk::privacy
