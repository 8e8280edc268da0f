#include "clerk/privacy/sar_ops.hpp"

#include "clerk/access/access.hpp"
#include "clerk/core/atomic_file.hpp"
#include "clerk/core/error.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/privacy/sar_store.hpp"

namespace clerk::privacy {

namespace fs = std::filesystem;

SarExport subject_access(Context& ctx, std::string_view contact) {
  int64_t id = people::resolve_contact(ctx, contact).id;
  SarExport sar = collect_sar(ctx.db(), id);
  sar.generated_utc = ctx.clock().now_utc();
  sar.generated_by = ctx.user();
  int64_t records = 0;
  for (const auto& s : sar.sections) records += int64_t(s.records.size());
  access::record_access(ctx, "audit sar", "subject access export of contact " + std::to_string(id),
                        {id}, records);
  return sar;
}

std::vector<fs::path> write_sar_files(const SarExport& sar, const fs::path& dir, bool json,
                                      bool text) {
  make_output_directory(dir, {});
  std::vector<fs::path> files;
  std::string stem = "sar-" + std::to_string(sar.contact_id);
  // Private files whatever [output] mode says: they hold a person's whole record.
  if (json) {
    files.push_back(dir / (stem + ".json"));
    write_file_atomically(files.back(), sar_json(sar));
  }
  if (text) {
    files.push_back(dir / (stem + ".txt"));
    write_file_atomically(files.back(), sar_text(sar));
  }
  return files;
}

}  // namespace clerk::privacy
