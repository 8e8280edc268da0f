#include "clerk/db/postgres_connection.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "clerk/core/error.hpp"
#include "clerk/db/bulk_load.hpp"
#include "clerk/db/libpq.hpp"
#include "clerk/db/placeholders.hpp"
#include "clerk/db/postgres_dialect.hpp"

namespace clerk::db {

std::string bytea_input(std::string_view bytes) {
  std::string hex = "\\x";
  hex.reserve(2 + 2 * bytes.size());
  for (unsigned char b : bytes) {
    hex += "0123456789abcdef"[b >> 4];
    hex += "0123456789abcdef"[b & 15];
  }
  return hex;
}

namespace {

// Type OIDs from PostgreSQL's catalog (pg_type.dat): fixed since the types were made.
constexpr Oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700,
              kFloat8 = 701, kNumeric = 1700;

struct ResultDeleter {
  void operator()(PGresult* r) const { libpq().clear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

struct ConnDeleter {
  void operator()(PGconn* c) const { libpq().finish(c); }
};

std::string server_of(PGconn* c) {
  const char* host = libpq().host(c);
  const char* port = libpq().port(c);
  return fmt::format("{}:{}", host && *host ? host : "localhost", port && *port ? port : "5432");
}

std::string first_line(const char* message) {
  std::string m = message ? message : "";
  // libpq's hints follow on further lines ("Is the server running locally...?").
  if (auto newline = m.find('\n'); newline != std::string::npos) m.erase(newline);
  while (!m.empty() && m.back() == ' ') m.pop_back();
  if (m.rfind("FATAL:  ", 0) == 0) m.erase(0, 8);
  if (m.rfind("ERROR:  ", 0) == 0) m.erase(0, 8);
  return m;
}

// A failed command as clerk::Error, by its SQLSTATE (PostgreSQL's appendix A).
Error query_error(PGconn* c, const PGresult* r) {
  std::string message = first_line(r ? libpq().result_error_message(r) : libpq().error_message(c));
  const char* state = r ? libpq().result_error_field(r, PG_DIAG_SQLSTATE) : nullptr;
  std::string code = state ? state : "";
  if (libpq().status(c) == CONNECTION_BAD || code.rfind("08", 0) == 0 || code.rfind("57P", 0) == 0)
    return Error(ErrorKind::io,
                 "the connection to the team database (" + server_of(c) + ") was lost: " + message);
  if (code == "40001" || code == "40P01" || code == "55P03")
    return Error(ErrorKind::busy, "the team database is busy: " + message);
  if (code.rfind("23", 0) == 0) return Error(ErrorKind::bad_data, message);
  if (code == "42501") return Error(ErrorKind::not_permitted, message);
  if (code.rfind("53", 0) == 0) return Error(ErrorKind::io, message);
  return Error(ErrorKind::internal, message + (code.empty() ? "" : " (SQLSTATE " + code + ")"));
}

class PostgresConnection;

// A query's rows come back whole with one round trip, except a read of many rows in a read
// transaction (Statement::read_in_batches: what `audit verify` walks): that one is read through a
// cursor, a batch of rows at a time, so a million trail entries never sit in memory at once and
// several such reads can be stepped side by side, as verify merges them. A batch is sized to
// about kBytesPerFetch: thousands of short trail rows, a few dozen of verify's 64 KiB runs of
// hashes.
class PostgresStatement final : public StatementImpl {
 public:
  PostgresStatement(PostgresConnection& connection, std::string_view sql);
  ~PostgresStatement() override { close_cursor(); }
  PostgresStatement(const PostgresStatement&) = delete;
  PostgresStatement& operator=(const PostgresStatement&) = delete;

  void bind_null(int index) override { at(index).reset(); }
  void bind(int index, int64_t value) override { at(index) = std::to_string(value); }
  void bind(int index, double value) override { at(index) = fmt::format("{:.17g}", value); }
  void bind(int index, std::string_view text) override { at(index) = std::string(text); }
  // bytea's hex input form: \x and two hex digits a byte.
  void bind_blob(int index, std::string_view bytes) override { at(index) = bytea_input(bytes); }
  int index_of(std::string_view name) const override {
    for (size_t i = 0; i < sql_.names.size(); ++i)
      if (sql_.names[i] == name) return int(i) + 1;
    return 0;
  }
  int parameter_count() const override { return sql_.count; }
  bool step() override;
  void read_in_batches() override { in_batches_ = true; }
  void reset() override {
    close_cursor();
    result_.reset();
    row_ = -1;
    bytes_.clear();
  }
  int column_count() const override { return result_ ? libpq().nfields(result_.get()) : 0; }
  std::string_view column_name(int column) const override {
    return libpq().fname(result_.get(), column);
  }
  ValueType type(int column) const override;
  int64_t integer(int column) const override;
  double real(int column) const override;
  std::string_view text(int column) const override {
    if (libpq().getisnull(result_.get(), row_, column)) return {};
    std::string_view value(libpq().getvalue(result_.get(), row_, column),
                           size_t(libpq().getlength(result_.get(), row_, column)));
    return libpq().ftype(result_.get(), column) == kBytea ? bytes(column, value) : value;
  }

 private:
  std::optional<std::string>& at(int index) {
    if (index < 1 || index > sql_.count)
      throw Error(ErrorKind::internal,
                  "no parameter " + std::to_string(index) + " in the statement");
    return params_[size_t(index - 1)];
  }

  // A bytea column's bytes, decoded from its hex text once per row.
  std::string_view bytes(int column, std::string_view hex) const;

  static constexpr int kFirstFetch = 100, kMinFetch = 16, kMaxFetch = 5000;
  static constexpr int64_t kBytesPerFetch = 2 << 20;
  // True for a query read through a cursor: one read in batches, a SELECT (or WITH), in a read
  // transaction.
  bool by_cursor() const;
  // The cursor's next rows into result_; true when it gave any.
  bool fetch();
  // Closes the cursor if one is open (no throw: also run from the destructor).
  void close_cursor() noexcept;

  PostgresConnection& connection_;
  RewrittenSql sql_;
  std::vector<std::optional<std::string>> params_;
  Result result_;
  int row_ = -1;
  mutable std::vector<std::pair<int, std::string>> bytes_;  // (row, bytes) by column
  std::string cursor_;              // the open cursor's name; empty when none is open
  int64_t cursor_transaction_ = 0;  // the transaction it was declared in
  bool cursor_done_ = false;        // its last fetch gave fewer rows than asked for
  int rows_per_fetch_ = kFirstFetch;
  bool in_batches_ = false;
};

// clerk's writer lock (any fixed number: "clerkw").
constexpr int64_t kWriterLock = 0x636c65726b77;

// Rows kept as COPY's text format (tab between columns, \\N for NULL, backslash escapes) and
// sent in one COPY at flush().
class PostgresCopy final : public BulkWriter {
 public:
  PostgresCopy(PGconn* conn, const std::string& table, const std::vector<std::string>& columns)
      : conn_(conn) {
    sql_ = "COPY " + table + " (";
    for (size_t i = 0; i < columns.size(); ++i) sql_ += (i ? ", " : "") + columns[i];
    sql_ += ") FROM STDIN";
  }
  void add(const std::vector<StoredValue>& values) override {
    for (size_t i = 0; i < values.size(); ++i) {
      if (i) rows_ += '\t';
      append(values[i]);
    }
    rows_ += '\n';
    ++pending_;
  }
  void flush() override;
  size_t pending() const override { return pending_; }

 private:
  void append(const StoredValue& v) {
    if (const auto* n = std::get_if<int64_t>(&v)) {
      rows_ += std::to_string(*n);
    } else if (const auto* r = std::get_if<double>(&v)) {
      rows_ += fmt::format("{:.17g}", *r);
    } else if (const auto* t = std::get_if<std::string>(&v)) {
      for (char c : *t) {
        switch (c) {
          case '\\':
            rows_ += "\\\\";
            break;
          case '\t':
            rows_ += "\\t";
            break;
          case '\n':
            rows_ += "\\n";
            break;
          case '\r':
            rows_ += "\\r";
            break;
          default:
            rows_ += c;
        }
      }
    } else {
      rows_ += "\\N";
    }
  }

  PGconn* conn_;
  std::string sql_, rows_;
  size_t pending_ = 0;
};

void PostgresCopy::flush() {
  if (pending_ == 0) return;
  {
    Result start(libpq().exec(conn_, sql_.c_str()));
    if (libpq().result_status(start.get()) != PGRES_COPY_IN) throw query_error(conn_, start.get());
  }
  // In pieces, so libpq's own buffer stays small.
  constexpr size_t kPiece = size_t(1) << 20;
  bool sent = true;
  for (size_t at = 0; sent && at < rows_.size(); at += kPiece)
    sent = libpq().put_copy_data(conn_, rows_.data() + at,
                                 int(std::min(kPiece, rows_.size() - at))) == 1;
  if (libpq().put_copy_end(conn_, sent ? nullptr : "clerk stopped sending") != 1) sent = false;
  // The COPY's own result, then none: every result must be read before the next command.
  std::optional<Error> failed;
  while (Result r{libpq().get_result(conn_)}) {
    if (!failed && libpq().result_status(r.get()) != PGRES_COMMAND_OK)
      failed = query_error(conn_, r.get());
  }
  if (failed) throw *failed;
  if (!sent) throw query_error(conn_, nullptr);
  rows_.clear();
  pending_ = 0;
}

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(PGconn* c) : conn_(c) {}
  Backend backend() const override { return Backend::postgres; }
  void exec(std::string_view sql) override {
    Result r(libpq().exec(conn_.get(), to_postgres_dialect(sql).c_str()));
    check(r.get());
  }
  std::unique_ptr<StatementImpl> prepare(std::string_view sql) override {
    return std::make_unique<PostgresStatement>(*this, sql);
  }
  int64_t changes() const override { return changes_; }
  int64_t last_insert_id() override { return query_int("SELECT lastval()"); }
  std::unique_ptr<BulkWriter> bulk_writer(const std::string& table,
                                          const std::vector<std::string>& columns) override {
    return std::make_unique<PostgresCopy>(conn_.get(), table, columns);
  }
  std::string where() const override {
    return server_of(conn_.get()) + "/" + libpq().db(conn_.get());
  }
  // A read transaction is one snapshot (REPEATABLE READ), as SQLite's deferred transaction is.
  // Writers take one lock first, as SQLite's BEGIN IMMEDIATE does: one writes at a time, so
  // each appends to the trail's head as it stands (the chain never forks) and a command that
  // reads then writes sees what it read. Waiting past lock_timeout is busy (75).
  void begin(TransactionKind kind) override {
    exec(kind == TransactionKind::write
             ? "BEGIN; SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")"
             : std::string("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    in_transaction_ = true;
    reading_ = kind == TransactionKind::read;
    ++transactions_;
  }
  void commit() override {
    in_transaction_ = reading_ = false;
    exec("COMMIT");
  }
  void rollback() override {
    in_transaction_ = reading_ = false;
    exec("ROLLBACK");
  }
  bool in_transaction() const override { return in_transaction_; }
  // In a read transaction: its queries go through cursors (PostgresStatement).
  bool reading() const { return reading_; }
  // Which transaction this is, counted from the connection's first.
  int64_t transaction_number() const { return transactions_; }
  // A name no other cursor of this connection has.
  std::string next_cursor_name() { return "clerk_cursor_" + std::to_string(++cursors_); }
  // Runs `sql` and ignores how it went: closing a cursor on the way out.
  void exec_quietly(const std::string& sql) noexcept {
    Result r(libpq().exec(conn_.get(), sql.c_str()));
  }

  // Runs `sql` with text parameters; the result, whose status has been checked.
  Result run(const std::string& sql, const std::vector<std::optional<std::string>>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    Result r(libpq().exec_params(conn_.get(), sql.c_str(), int(values.size()), nullptr,
                                 values.data(), nullptr, nullptr, 0));
    check(r.get());
    const char* tuples = libpq().cmd_tuples(r.get());
    if (tuples && *tuples) changes_ = std::stoll(tuples);
    return r;
  }

 private:
  void check(const PGresult* r) {
    ExecStatusType s = r ? libpq().result_status(r) : PGRES_FATAL_ERROR;
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) throw query_error(conn_.get(), r);
  }

  std::unique_ptr<PGconn, ConnDeleter> conn_;
  int64_t changes_ = 0;
  bool in_transaction_ = false;
  bool reading_ = false;
  int64_t transactions_ = 0, cursors_ = 0;
};

PostgresStatement::PostgresStatement(PostgresConnection& connection, std::string_view sql)
    : connection_(connection), sql_(rewrite_placeholders(sql)), params_(size_t(sql_.count)) {
  sql_.sql = to_postgres_dialect(sql_.sql);
}

bool PostgresStatement::by_cursor() const {
  if (!in_batches_ || !connection_.reading()) return false;
  size_t at = sql_.sql.find_first_not_of(" \t\r\n(");
  if (at == std::string::npos) return false;
  auto starts = [&](std::string_view word) {
    if (sql_.sql.size() < at + word.size()) return false;
    for (size_t i = 0; i < word.size(); ++i)
      if ((sql_.sql[at + i] | 0x20) != word[i]) return false;
    return true;
  };
  return starts("select") || starts("with");
}

bool PostgresStatement::fetch() {
  bytes_.clear();  // rows are numbered from 0 again
  const int asked = rows_per_fetch_;
  result_ = connection_.run("FETCH FORWARD " + std::to_string(asked) + " FROM " + cursor_, {});
  row_ = -1;
  int n = libpq().ntuples(result_.get());
  if (n < asked) {
    cursor_done_ = true;
    close_cursor();
    return n > 0;
  }
  // Size the next batch from this one's bytes: growing at most fourfold a step, so a run of
  // short rows followed by long ones never asks for thousands of the long ones.
  int64_t bytes = 0;
  const int columns = libpq().nfields(result_.get());
  for (int r = 0; r < n; ++r)
    for (int c = 0; c < columns; ++c) bytes += libpq().getlength(result_.get(), r, c);
  int64_t fits = int64_t(n) * kBytesPerFetch / std::max<int64_t>(bytes, 1);
  rows_per_fetch_ = int(std::clamp<int64_t>(fits, kMinFetch, std::min(kMaxFetch, 4 * asked)));
  return true;
}

void PostgresStatement::close_cursor() noexcept {
  if (cursor_.empty()) return;
  // A cursor ends with its transaction: closed in a later one, the error would end that one.
  if (connection_.in_transaction() && connection_.transaction_number() == cursor_transaction_)
    connection_.exec_quietly("CLOSE " + cursor_);
  cursor_.clear();
}

bool PostgresStatement::step() {
  if (!result_) {
    if (by_cursor()) {
      std::string name = connection_.next_cursor_name();
      connection_.run("DECLARE " + name + " NO SCROLL CURSOR FOR " + sql_.sql, params_);
      cursor_ = std::move(name);
      cursor_transaction_ = connection_.transaction_number();
      cursor_done_ = false;
      rows_per_fetch_ = kFirstFetch;
      fetch();
    } else {
      result_ = connection_.run(sql_.sql, params_);
      cursor_done_ = true;
    }
    row_ = -1;
  }
  if (row_ + 1 >= libpq().ntuples(result_.get())) {
    if (!cursor_done_ && fetch()) {
      ++row_;
      return true;
    }
    row_ = libpq().ntuples(result_.get());
    return false;
  }
  ++row_;
  return true;
}

ValueType PostgresStatement::type(int column) const {
  if (libpq().getisnull(result_.get(), row_, column)) return ValueType::null;
  switch (libpq().ftype(result_.get(), column)) {
    case kBool:
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
      return ValueType::integer;
    case kFloat4:
    case kFloat8:
      return ValueType::real;
    case kBytea:
      return ValueType::blob;
    case kNumeric:
      // A whole number reads as an integer, as SQLite keeps 7 in an INTEGER column and 7.5 as a
      // REAL: rows then hash the same on both backends.
      return text(column).find('.') == std::string_view::npos ? ValueType::integer
                                                              : ValueType::real;
    default:
      return ValueType::text;
  }
}

std::string_view PostgresStatement::bytes(int column, std::string_view hex) const {
  if (bytes_.size() <= size_t(column)) bytes_.resize(size_t(column) + 1, {-1, std::string()});
  auto& [row, decoded] = bytes_[size_t(column)];
  if (row == row_) return decoded;
  auto digit = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
  decoded.clear();
  // bytea_output is hex unless a server was set otherwise: "\x" and two digits a byte.
  if (hex.size() < 2 || hex[0] != '\\' || hex[1] != 'x')
    throw Error(ErrorKind::internal, "a bytea value not in hex form (set bytea_output = hex)");
  for (size_t i = 2; i + 1 < hex.size(); i += 2)
    decoded += char(digit(hex[i]) << 4 | digit(hex[i + 1]));
  row = row_;
  return decoded;
}

int64_t PostgresStatement::integer(int column) const {
  std::string_view t = text(column);
  if (t.empty()) return 0;
  if (libpq().ftype(result_.get(), column) == kBool) return t == "t" ? 1 : 0;
  int64_t n = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
  if (ec != std::errc() || end != t.data() + t.size()) return int64_t(real(column));
  return n;
}

double PostgresStatement::real(int column) const {
  std::string_view t = text(column);
  if (t.empty()) return 0;
  return std::stod(std::string(t));
}

}  // namespace

bool is_postgres_url(std::string_view target) {
  return target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
}

std::unique_ptr<Connection> connect_postgres(const std::string& url) {
  std::unique_ptr<PGconn, ConnDeleter> c(libpq().connectdb(url.c_str()));
  if (!c) throw Error(ErrorKind::internal, "libpq could not allocate a connection");
  if (libpq().status(c.get()) != CONNECTION_OK) {
    std::string message = first_line(libpq().error_message(c.get()));
    // No such database is what a missing file is (66): the server is there and the login good.
    if (message.find("database \"") != std::string::npos &&
        message.find("does not exist") != std::string::npos)
      throw Error(ErrorKind::missing, "no such database on the team server at " +
                                          server_of(c.get()) + " (" + message +
                                          "): create it (README \"Team mode\"), then `clerk init`");
    // libpq reports no SQLSTATE for a refused login: its message says which it was.
    for (const char* refused :
         {"password authentication failed", "does not exist", "no password supplied",
          "authentication failed", "permission denied", "certificate"})
      if (message.find(refused) != std::string::npos)
        throw Error(ErrorKind::not_permitted, "the team database at " + server_of(c.get()) +
                                                  " refused the login: " + message);
    throw Error(ErrorKind::busy,
                "cannot reach the team database at " + server_of(c.get()) + ": " + message);
  }
  int version = libpq().server_version(c.get());
  if (version < kOldestServer)
    throw Error(ErrorKind::config, fmt::format("the team database at {} runs PostgreSQL {}.{}; "
                                               "clerk needs {} or later",
                                               server_of(c.get()), version / 10000, version % 10000,
                                               kOldestServer / 10000));
  // The server's notices ("query contains only stop words", "relation already exists,
  // skipping") are for a person at psql: libpq's default prints them on stderr, which is
  // clerk's, for its own messages.
  libpq().set_notice_processor(
      c.get(), [](void*, const char*) {}, nullptr);
  auto connection = std::make_unique<PostgresConnection>(c.release());
  // Dates and text compare as clerk's SQL expects on both backends.
  connection->exec("SET client_encoding = 'UTF8'; SET DateStyle = 'ISO'; SET bytea_output = 'hex'");
  return connection;
}

}  // namespace clerk::db
