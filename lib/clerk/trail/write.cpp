#include "clerk/trail/write.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/json_text.hpp"
#include "clerk/trail/trail.hpp"

namespace clerk::trail {

Writer::Writer(const WriteContext& context)
    : ctx_(context), tx_(context.db, db::TransactionKind::write) {}

trail::RowImage Writer::before(std::string_view entity, int64_t id) {
  return trail::capture_row(ctx_.db, entity, id);
}

trail::NewEntry Writer::entry(std::string_view action, std::string_view entity) const {
  trail::NewEntry e;
  e.ts_utc = ctx_.clock.now_utc();
  e.actor = ctx_.actor;
  e.command = ctx_.command;
  e.action = std::string(action);
  e.entity = std::string(entity);
  return e;
}

void Writer::record(std::string_view action, std::string_view entity, int64_t id,
                    const std::string& before_json, const trail::RowImage& after) {
  trail::NewEntry e = entry(action, entity);
  e.entity_id = id;
  e.body = "{\"before\":" + before_json + ",\"after\":" + after.json + "}";
  e.row_hash_after = after.hash;
  trail::append(ctx_.db, e);
  ++entries_;
}

void Writer::inserted(std::string_view entity, int64_t id, std::string_view action) {
  record(action, entity, id, "null", trail::capture_row(ctx_.db, entity, id));
}

void Writer::updated(const trail::RowImage& before, std::string_view action) {
  record(action, before.entity, before.id, before.json,
         trail::capture_row(ctx_.db, before.entity, before.id));
}

void Writer::deleted(const trail::RowImage& before, std::string_view action) {
  trail::RowImage gone = trail::capture_row(ctx_.db, before.entity, before.id);
  if (gone.exists) throw Error(ErrorKind::internal, "row still present after delete");
  record(action, before.entity, before.id, before.json, gone);
}

void Writer::anonymised(std::string_view entity, int64_t id, std::string_view action) {
  record(action, entity, id, "\"redacted\"", trail::capture_row(ctx_.db, entity, id));
}

void Writer::batch(std::string_view entity, int64_t first_id, int64_t last_id,
                   std::string_view action, std::string summary_json) {
  trail::NewEntry e = entry(action, entity);
  e.entity_id = first_id;
  e.entity_id_to = last_id;
  e.body = std::move(summary_json);
  trail::append_batch(ctx_.db, std::move(e));
  ++entries_;
}

void Writer::batch(trail::BatchRows& rows, int64_t first_id, int64_t last_id,
                   std::string_view action, std::string summary_json) {
  trail::NewEntry e = entry(action, rows.entity());
  e.entity_id = first_id;
  e.entity_id_to = last_id;
  e.body = std::move(summary_json);
  trail::append_batch(ctx_.db, std::move(e), rows);
  ++entries_;
}

void Writer::event(std::string_view action, std::string_view entity, std::string body_json) {
  trail::NewEntry e = entry(action, entity);
  e.body = std::move(body_json);
  e.row_hash_after = std::string(trail::kTombstone);
  trail::append(ctx_.db, e);
  ++entries_;
}

void Writer::commit() {
  if (entries_ == 0)
    throw Error(ErrorKind::internal, "a change without an audit entry was refused");
  tx_.commit();
}

}  // namespace clerk::trail
