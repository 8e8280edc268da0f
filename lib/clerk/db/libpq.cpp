#include "clerk/db/libpq.hpp"

#include "clerk/core/shared_library.hpp"

namespace clerk::db {
namespace {

Libpq load() {
  const SharedLibrary library("libpq.so.5",
                              "libpq, PostgreSQL's client library, which team mode needs "
                              "(Debian package libpq5)",
                              ErrorKind::config);
  Libpq pq{};
  library.bind("PQconnectdb", pq.connectdb);
  library.bind("PQstatus", pq.status);
  library.bind("PQerrorMessage", pq.error_message);
  library.bind("PQfinish", pq.finish);
  library.bind("PQhost", pq.host);
  library.bind("PQport", pq.port);
  library.bind("PQdb", pq.db);
  library.bind("PQserverVersion", pq.server_version);
  library.bind("PQexec", pq.exec);
  library.bind("PQexecParams", pq.exec_params);
  library.bind("PQresultStatus", pq.result_status);
  library.bind("PQresultErrorMessage", pq.result_error_message);
  library.bind("PQresultErrorField", pq.result_error_field);
  library.bind("PQclear", pq.clear);
  library.bind("PQcmdTuples", pq.cmd_tuples);
  library.bind("PQntuples", pq.ntuples);
  library.bind("PQnfields", pq.nfields);
  library.bind("PQfname", pq.fname);
  library.bind("PQftype", pq.ftype);
  library.bind("PQgetisnull", pq.getisnull);
  library.bind("PQgetvalue", pq.getvalue);
  library.bind("PQgetlength", pq.getlength);
  library.bind("PQsetNoticeProcessor", pq.set_notice_processor);
  library.bind("PQputCopyData", pq.put_copy_data);
  library.bind("PQputCopyEnd", pq.put_copy_end);
  library.bind("PQgetResult", pq.get_result);
  return pq;
}

}  // namespace

const Libpq& libpq() {
  static const Libpq pq = load();
  return pq;
}

}  // namespace clerk::db
