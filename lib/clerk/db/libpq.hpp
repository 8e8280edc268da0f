// libpq, PostgreSQL's client library, loaded when team mode first connects rather than linked:
// linked, it and the two dozen libraries it needs (Kerberos, LDAP, TLS) doubled every command's
// start-up (13 ms to 27 ms for `clerk --version`), and one person's SQLite file never needs it.
#pragma once

#include <libpq-fe.h>

namespace clerk::db {

// The functions the PostgreSQL backend calls, with libpq-fe.h's types.
struct Libpq {
  decltype(&PQconnectdb) connectdb;
  decltype(&PQstatus) status;
  decltype(&PQerrorMessage) error_message;
  decltype(&PQfinish) finish;
  decltype(&PQhost) host;
  decltype(&PQport) port;
  decltype(&PQdb) db;
  decltype(&PQserverVersion) server_version;
  decltype(&PQexec) exec;
  decltype(&PQexecParams) exec_params;
  decltype(&PQresultStatus) result_status;
  decltype(&PQresultErrorMessage) result_error_message;
  decltype(&PQresultErrorField) result_error_field;
  decltype(&PQclear) clear;
  decltype(&PQcmdTuples) cmd_tuples;
  decltype(&PQntuples) ntuples;
  decltype(&PQnfields) nfields;
  decltype(&PQfname) fname;
  decltype(&PQftype) ftype;
  decltype(&PQgetisnull) getisnull;
  decltype(&PQgetvalue) getvalue;
  decltype(&PQgetlength) getlength;
  decltype(&PQsetNoticeProcessor) set_notice_processor;
  decltype(&PQputCopyData) put_copy_data;
  decltype(&PQputCopyEnd) put_copy_end;
  decltype(&PQgetResult) get_result;
};

// Loaded on first call: Error{config} naming the Debian package when it is not installed.
const Libpq& libpq();

}  // namespace clerk::db
