// The one write path: BEGIN IMMEDIATE, the change, its audit entries, COMMIT — or nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/clock.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/trail/row_image.hpp"
#include "clerk/trail/trail.hpp"

namespace clerk::trail {

// Who is writing and why, stamped on every audit entry.
struct WriteContext {
  db::Connection& db;
  std::string actor;
  std::string command;
  const Clock& clock;
};

class Writer {
 public:
  // Opens the transaction with BEGIN IMMEDIATE so a command that reads then writes waits for
  // other writers (busy_timeout) instead of failing at its first write.
  explicit Writer(const WriteContext& context);

  db::Connection& db() { return ctx_.db; }

  // Audit helpers: capture a row before changing it, then record what became of it.
  trail::RowImage before(std::string_view entity, int64_t id);
  void inserted(std::string_view entity, int64_t id, std::string_view action = "add");
  void updated(const trail::RowImage& before, std::string_view action = "set");
  void deleted(const trail::RowImage& before, std::string_view action = "delete");
  // Records a change made to erase personal data (retention): the entry's before image says
  // "redacted" instead of keeping what is being erased; the after image is the row now.
  void anonymised(std::string_view entity, int64_t id, std::string_view action);
  // One entry for a bulk write of the rows of `entity` with ids in [first_id, last_id], with a
  // summary body (row count, input digest) instead of per-row images; each row's hash is still
  // recorded so `audit verify` checks it. Rows are read back in one ordered scan, streaming.
  void batch(std::string_view entity, int64_t first_id, int64_t last_id, std::string_view action,
             std::string summary_json);
  // The same for rows whose hashes were added to `rows` as they were written, so nothing is
  // read back.
  void batch(trail::BatchRows& rows, int64_t first_id, int64_t last_id, std::string_view action,
             std::string summary_json);

  // An entry about no one row (a restore, a retention run): `body` says what was done.
  void event(std::string_view action, std::string_view entity, std::string body_json);

  // Commits; refuses (Error{internal}) a transaction that wrote no audit entry.
  void commit();

 private:
  // An entry stamped with who, when and which command.
  trail::NewEntry entry(std::string_view action, std::string_view entity) const;
  void record(std::string_view action, std::string_view entity, int64_t id,
              const std::string& before_json, const trail::RowImage& after);

  WriteContext ctx_;
  db::Transaction tx_;
  int entries_ = 0;
};

// Runs `body(writer)` in one audited transaction and commits; any throw rolls everything back.
template <class Body>
auto write(const WriteContext& context, Body&& body) {
  Writer writer(context);
  if constexpr (std::is_void_v<decltype(body(writer))>) {
    body(writer);
    writer.commit();
  } else {
    auto result = body(writer);
    writer.commit();
    return result;
  }
}

}  // namespace clerk::trail
