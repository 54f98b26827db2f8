//! The two backends behind one small interface: SQL text with `?`
//! placeholders (rewritten to `$1…` for PostgreSQL), [`Value`] parameters and
//! rows, explicit transactions.
//!
//! * SQLite (rusqlite, bundled library): WAL journal, `synchronous=NORMAL`
//!   (a committed batch survives a killed process), 30 s busy timeout,
//!   64 KiB pages in new files, a checkpoint every 32 MiB of log.
//!   The file header is checked before SQLite touches the file, so random
//!   bytes give "not a SQLite database" rather than a late SQLite error.
//! * PostgreSQL (postgres, the synchronous client): statements are prepared
//!   once per connection and cached; a 10 s connect timeout unless the URL
//!   sets one. No TLS: the server is expected on loopback or a trusted network.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{private::BytesMut, IsNull, ToSql, Type};
use rusqlite::types::{ToSqlOutput, ValueRef};

use crate::error::{Error, Result};
use crate::schema::{self, Col, Ty};

/// A parameter or column value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Real(f) if f.fract() == 0.0 => Some(*f as i64),
            Value::Text(s) => s.trim().parse().ok(),
            _ => None,
        }
    }
    /// The value as text for dumps and TSV (`NULL` → empty).
    pub fn render(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Int(i) => i.to_string(),
            Value::Real(f) => f.to_string(),
            Value::Text(s) => s.clone(),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}
impl From<Option<String>> for Value {
    fn from(s: Option<String>) -> Self {
        s.map(Value::Text).unwrap_or(Value::Null)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<usize> for Value {
    fn from(i: usize) -> Self {
        Value::Int(i64::try_from(i).unwrap_or(i64::MAX))
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Real(f)
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Null => ToSqlOutput::Owned(rusqlite::types::Value::Null),
            Value::Int(i) => ToSqlOutput::from(*i),
            Value::Real(f) => ToSqlOutput::from(*f),
            Value::Text(s) if has_nul(s) => {
                ToSqlOutput::Owned(rusqlite::types::Value::Text(no_nul(s)))
            }
            Value::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

/// PostgreSQL text cannot hold NUL characters; both backends store U+FFFD
/// instead (one character for one, so character offsets stay valid), so
/// that they keep holding the same data.
pub(crate) fn no_nul(s: &str) -> String {
    s.replace('\0', "\u{FFFD}")
}

/// Whether `s` holds a NUL character. Every text bound is checked (stories
/// are megabytes): 64 bytes a step (a fixed-size fold with no early exit,
/// which compiles to vector compares) where `str::contains` goes a word at
/// a time.
pub(crate) fn has_nul(s: &str) -> bool {
    let mut chunks = s.as_bytes().chunks_exact(64);
    for c in &mut chunks {
        if c.iter().fold(false, |acc, &b| acc | (b == 0)) {
            return true;
        }
    }
    chunks.remainder().contains(&0)
}

/// `s` as the store holds it (NUL → U+FFFD, see [`Param`]).
pub(crate) fn stored_text<S: AsRef<str> + Into<String>>(s: S) -> String {
    if has_nul(s.as_ref()) {
        no_nul(s.as_ref())
    } else {
        s.into()
    }
}

/// A borrowed parameter: what [`Db::insert_params`] binds without first
/// copying every text into a [`Value`]. Stored exactly as the equal
/// [`Value`] would be (NUL characters as U+FFFD).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Param<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    /// Text known to hold no NUL character (bound without checking).
    Clean(&'a str),
}

impl<'a> Param<'a> {
    /// The owned value (for messages and tests).
    pub fn to_value(self) -> Value {
        match self {
            Param::Null => Value::Null,
            Param::Int(i) => Value::Int(i),
            Param::Real(f) => Value::Real(f),
            Param::Text(s) | Param::Clean(s) => Value::Text(s.to_string()),
        }
    }
    /// `s`, checked for NUL characters once: [`Param::Clean`] without any.
    pub fn checked(s: &'a str) -> Self {
        if has_nul(s) {
            Param::Text(s)
        } else {
            Param::Clean(s)
        }
    }
    /// The value as text for messages (`NULL` → empty).
    pub fn render(self) -> String {
        self.to_value().render()
    }
}

impl<'a> From<&'a str> for Param<'a> {
    fn from(s: &'a str) -> Self {
        Param::Text(s)
    }
}
impl<'a> From<&'a String> for Param<'a> {
    fn from(s: &'a String) -> Self {
        Param::Text(s)
    }
}
impl<'a> From<Option<&'a str>> for Param<'a> {
    fn from(s: Option<&'a str>) -> Self {
        s.map(Param::Text).unwrap_or(Param::Null)
    }
}
impl<'a> From<&'a Option<String>> for Param<'a> {
    fn from(s: &'a Option<String>) -> Self {
        s.as_deref().into()
    }
}
impl From<i64> for Param<'_> {
    fn from(i: i64) -> Self {
        Param::Int(i)
    }
}
impl From<usize> for Param<'_> {
    fn from(i: usize) -> Self {
        Param::Int(i64::try_from(i).unwrap_or(i64::MAX))
    }
}
impl From<f64> for Param<'_> {
    fn from(f: f64) -> Self {
        Param::Real(f)
    }
}
impl From<Option<f64>> for Param<'_> {
    fn from(f: Option<f64>) -> Self {
        f.map(Param::Real).unwrap_or(Param::Null)
    }
}
impl From<Option<i64>> for Param<'_> {
    fn from(i: Option<i64>) -> Self {
        i.map(Param::Int).unwrap_or(Param::Null)
    }
}

impl rusqlite::ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match *self {
            Param::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Param::Int(i) => ToSqlOutput::from(i),
            Param::Real(f) => ToSqlOutput::from(f),
            Param::Text(s) if has_nul(s) => {
                ToSqlOutput::Owned(rusqlite::types::Value::Text(no_nul(s)))
            }
            Param::Text(s) | Param::Clean(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

impl ToSql for Param<'_> {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> std::result::Result<IsNull, BoxError> {
        match *self {
            Param::Null => Ok(IsNull::Yes),
            Param::Int(i) => Value::Int(i).to_sql(ty, out),
            Param::Real(f) => Value::Real(f).to_sql(ty, out),
            Param::Text(s) if has_nul(s) => no_nul(s).to_sql(ty, out),
            Param::Text(s) | Param::Clean(s) => s.to_sql(ty, out),
        }
    }
    fn accepts(_: &Type) -> bool {
        true
    }
    postgres::types::to_sql_checked!();
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

impl ToSql for Value {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> std::result::Result<IsNull, BoxError> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                _ => i.to_string().to_sql(ty, out),
            },
            Value::Real(f) => match *ty {
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                Type::FLOAT8 => f.to_sql(ty, out),
                _ => f.to_string().to_sql(ty, out),
            },
            Value::Text(s) if has_nul(s) => no_nul(s).to_sql(ty, out),
            Value::Text(s) => s.to_sql(ty, out),
        }
    }
    fn accepts(_: &Type) -> bool {
        true
    }
    postgres::types::to_sql_checked!();
}

/// Which database a store lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// How a store is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the file/schema if missing (ingest).
    Create,
    /// The store must exist; nothing is written (agg, export, query, validate).
    ReadOnly,
}

enum Conn {
    Sqlite(rusqlite::Connection),
    Postgres {
        client: Box<postgres::Client>,
        stmts: HashMap<String, postgres::Statement>,
    },
}

/// A connection to a SQLite file or a PostgreSQL database.
pub struct Db {
    conn: Conn,
    location: String,
    in_tx: bool,
    /// SQLite `INSERT` statements by (table, columns), built once.
    insert_sql: HashMap<(String, usize), String>,
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Page size of new SQLite stores.
const SQLITE_PAGE_SIZE: usize = 65_536;

/// Bytes of write-ahead log after which a writing connection checkpoints.
const WAL_CHECKPOINT_BYTES: i64 = 32 << 20;

/// True when `url` names a PostgreSQL database.
pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// The URL with any password replaced by `***`, for messages.
pub fn redact(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let rest = &url[scheme_end + 3..];
    let host_start = rest.find('@');
    let path_start = rest.find('/').unwrap_or(rest.len());
    match host_start {
        Some(at) if at < path_start => {
            let userinfo = &rest[..at];
            match userinfo.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..scheme_end + 3],
                    &userinfo[..colon],
                    &rest[at..]
                ),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

impl Db {
    /// Opens `url`: `postgres://…`/`postgresql://…`, or a SQLite path
    /// (optionally written `sqlite://PATH` or `sqlite:PATH`; `:memory:` for a
    /// throwaway in-memory store).
    pub fn open(url: &str, mode: OpenMode) -> Result<Db> {
        if is_postgres_url(url) {
            return Db::open_postgres(url);
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        if path.is_empty() {
            return Err(Error::BadUrl {
                url: url.into(),
                reason: "empty path".into(),
            });
        }
        Db::open_sqlite(Path::new(path), mode)
    }

    fn open_sqlite(path: &Path, mode: OpenMode) -> Result<Db> {
        let location = path.display().to_string();
        let memory = path.as_os_str() == ":memory:";
        if !memory {
            check_sqlite_file(path, mode)?;
        }
        use rusqlite::OpenFlags;
        let flags = match mode {
            OpenMode::Create => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
            OpenMode::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY,
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let sq = |context: &str, source: rusqlite::Error| sqlite_error(path, context, source);
        let conn = if memory {
            rusqlite::Connection::open_in_memory()
        } else {
            rusqlite::Connection::open_with_flags(path, flags)
        }
        .map_err(|e| sq("opening", e))?;
        conn.busy_timeout(Duration::from_secs(30))
            .map_err(|e| sq("setting the busy timeout", e))?;
        // Room for every statement of an ingest batch (inserts, deletes,
        // hash look-ups, the generation), so none is prepared twice.
        conn.set_prepared_statement_cache_capacity(64);
        if mode == OpenMode::Create && !memory {
            // A new file gets 64 KiB pages (SQLite's default is 4 KiB): a
            // story's row fits in a page, and ingest writes, checksums and
            // checkpoints a sixteenth of the pages (about a fifth less
            // writing time on VOA x40). No effect on an existing store.
            conn.execute_batch(&format!("PRAGMA page_size={SQLITE_PAGE_SIZE}"))
                .map_err(|e| sq("setting the page size", e))?;
            conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))
                .map_err(|e| sq("switching to WAL mode", e))?;
            conn.execute_batch("PRAGMA synchronous=NORMAL")
                .map_err(|e| sq("setting synchronous=NORMAL", e))?;
            // Checkpoint every 32 MiB of log whatever the page size (SQLite
            // counts pages: 1000 by default).
            let page: i64 = conn
                .query_row("PRAGMA page_size", [], |r| r.get(0))
                .map_err(|e| sq("reading the page size", e))?;
            let pages = (WAL_CHECKPOINT_BYTES / page.max(512)).max(100);
            conn.execute_batch(&format!("PRAGMA wal_autocheckpoint={pages}"))
                .map_err(|e| sq("setting the checkpoint interval", e))?;
        }
        if !memory {
            // 64 MiB page cache: ingest batches and full-table reads stay in memory.
            conn.execute_batch("PRAGMA cache_size=-65536")
                .map_err(|e| sq("setting the cache size", e))?;
        }
        if mode == OpenMode::ReadOnly {
            conn.execute_batch("PRAGMA query_only=ON")
                .map_err(|e| sq("setting query_only", e))?;
        }
        Ok(Db {
            conn: Conn::Sqlite(conn),
            location,
            in_tx: false,
            insert_sql: HashMap::new(),
        })
    }

    fn open_postgres(url: &str) -> Result<Db> {
        let location = redact(url);
        let mut cfg: postgres::Config =
            url.parse().map_err(|e: postgres::Error| Error::BadUrl {
                url: location.clone(),
                reason: e.to_string(),
            })?;
        if cfg.get_connect_timeout().is_none() {
            cfg.connect_timeout(Duration::from_secs(10));
        }
        let mut client = cfg
            .connect(postgres::NoTls)
            .map_err(|source| Error::Connect {
                location: location.clone(),
                err: source,
            })?;
        // Keep server notices ("relation already exists, skipping") quiet.
        let _ = client.batch_execute("SET client_min_messages = WARNING");
        Ok(Db {
            conn: Conn::Postgres {
                client: Box::new(client),
                stmts: HashMap::new(),
            },
            location,
            in_tx: false,
            insert_sql: HashMap::new(),
        })
    }

    /// The path or the password-free URL.
    pub fn location(&self) -> &str {
        &self.location
    }

    pub fn backend(&self) -> Backend {
        match self.conn {
            Conn::Sqlite(_) => Backend::Sqlite,
            Conn::Postgres { .. } => Backend::Postgres,
        }
    }

    pub fn is_sqlite(&self) -> bool {
        self.backend() == Backend::Sqlite
    }

    fn err_sqlite(&self, sql: &str, e: rusqlite::Error) -> Error {
        Error::Sqlite {
            location: self.location.clone(),
            context: describe(sql),
            err: e,
        }
    }

    fn err_pg(location: &str, sql: &str, e: postgres::Error) -> Error {
        Error::Postgres {
            location: location.to_string(),
            context: describe(sql),
            err: e,
        }
    }

    /// Runs one statement; returns the number of rows changed.
    pub fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64> {
        match &mut self.conn {
            Conn::Sqlite(c) => {
                let r = c
                    .prepare_cached(sql)
                    .and_then(|mut st| st.execute(rusqlite::params_from_iter(params.iter())));
                match r {
                    Ok(n) => Ok(n as u64),
                    Err(e) => Err(Error::Sqlite {
                        location: self.location.clone(),
                        context: describe(sql),
                        err: e,
                    }),
                }
            }
            Conn::Postgres { client, stmts } => {
                let st = pg_prepare(client, stmts, sql)
                    .map_err(|e| Db::err_pg(&self.location, sql, e))?;
                let refs: Vec<&(dyn ToSql + Sync)> =
                    params.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
                client
                    .execute(&st, &refs)
                    .map_err(|e| Db::err_pg(&self.location, sql, e))
            }
        }
    }

    /// Inserts `rows` (values in the order of `cols`) into `table`: SQLite
    /// runs one cached prepared `INSERT` per row (one statement for several
    /// rows measured slower); PostgreSQL sends all rows in one binary
    /// `COPY … FROM STDIN` (one round trip instead of one per row). Inside a
    /// transaction, as every write is. `label` names a row in error messages
    /// (e.g. its story).
    pub fn insert_rows(
        &mut self,
        table: &str,
        cols: &[Col],
        rows: &[Vec<Value>],
        label: &dyn Fn(&[Value]) -> String,
    ) -> Result<()> {
        let rows: Vec<&[Value]> = rows.iter().map(Vec::as_slice).collect();
        self.insert_slices(table, cols, &rows, label)
    }

    /// [`Db::insert_rows`] with borrowed values, the rows one after the other
    /// in one slice (`values.len()` a multiple of `cols.len()`): no copy of
    /// any text before the database's own.
    pub fn insert_params(
        &mut self,
        table: &str,
        cols: &[Col],
        values: &[Param<'_>],
        label: &dyn Fn(&[Param<'_>]) -> String,
    ) -> Result<()> {
        if cols.is_empty() || !values.len().is_multiple_of(cols.len()) {
            return Err(Error::Data {
                location: self.location.clone(),
                record: format!("rows of {table}"),
                reason: format!(
                    "{} values are not whole rows of {} columns",
                    values.len(),
                    cols.len()
                ),
            });
        }
        let rows: Vec<&[Param<'_>]> = values.chunks_exact(cols.len()).collect();
        self.insert_slices(table, cols, &rows, label)
    }

    fn insert_slices<V: rusqlite::ToSql + ToSql + Sync>(
        &mut self,
        table: &str,
        cols: &[Col],
        rows: &[&[V]],
        label: &dyn Fn(&[V]) -> String,
    ) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let location = &self.location;
        if let Some(r) = rows.iter().find(|r| r.len() != cols.len()) {
            return Err(Error::Data {
                location: location.clone(),
                record: label(r),
                reason: format!(
                    "{} values for the {} columns of {table}",
                    r.len(),
                    cols.len()
                ),
            });
        }
        match &mut self.conn {
            Conn::Sqlite(c) => {
                // Keyed by the column list's address: callers pass the
                // schema's constant lists.
                let key = (table.to_string(), cols.as_ptr() as usize);
                let sql = self
                    .insert_sql
                    .entry(key)
                    .or_insert_with(|| schema::insert_sql(table, cols));
                let wrap = |e, row: Option<&[V]>| Error::Sqlite {
                    location: location.clone(),
                    context: match row {
                        Some(r) => format!("{}: {}", label(r), describe(sql)),
                        None => describe(sql),
                    },
                    err: e,
                };
                let mut st = c.prepare_cached(sql).map_err(|e| wrap(e, None))?;
                for r in rows {
                    st.execute(rusqlite::params_from_iter(r.iter()))
                        .map_err(|e| wrap(e, Some(r)))?;
                }
                Ok(())
            }
            Conn::Postgres { client, .. } => {
                let names: Vec<&str> = cols.iter().map(|c| c.name).collect();
                let sql = format!(
                    "COPY {table} ({}) FROM STDIN (FORMAT binary)",
                    names.join(", ")
                );
                let types: Vec<Type> = cols
                    .iter()
                    .map(|c| match c.ty {
                        Ty::Text => Type::TEXT,
                        Ty::Int => Type::INT8,
                        Ty::Real => Type::FLOAT8,
                    })
                    .collect();
                let wrap = |e, row: Option<&[V]>| Error::Postgres {
                    location: location.clone(),
                    context: match row {
                        Some(r) => format!("{}: copying rows into {table}", label(r)),
                        None => format!("copying {} rows into {table}", rows.len()),
                    },
                    err: e,
                };
                let writer = client.copy_in(&sql).map_err(|e| wrap(e, None))?;
                let mut w = BinaryCopyInWriter::new(writer, &types);
                let mut refs: Vec<&(dyn ToSql + Sync)> = Vec::with_capacity(cols.len());
                for r in rows {
                    refs.clear();
                    refs.extend(r.iter().map(|v| v as &(dyn ToSql + Sync)));
                    w.write(&refs).map_err(|e| wrap(e, Some(r)))?;
                }
                // Key conflicts and other constraint errors surface here.
                w.finish().map_err(|e| wrap(e, None))?;
                Ok(())
            }
        }
    }

    /// Runs a query and calls `f` on every row, streaming.
    pub fn for_each(
        &mut self,
        sql: &str,
        params: &[Value],
        f: &mut dyn FnMut(&[Value]) -> Result<()>,
    ) -> Result<()> {
        match &mut self.conn {
            Conn::Sqlite(c) => {
                let mut st = match c.prepare_cached(sql) {
                    Ok(st) => st,
                    Err(e) => {
                        return Err(Error::Sqlite {
                            location: self.location.clone(),
                            context: describe(sql),
                            err: e,
                        })
                    }
                };
                let n = st.column_count();
                let location = self.location.clone();
                let wrap = |e| Error::Sqlite {
                    location: location.clone(),
                    context: describe(sql),
                    err: e,
                };
                let mut rows = st
                    .query(rusqlite::params_from_iter(params.iter()))
                    .map_err(wrap)?;
                let mut buf = Vec::with_capacity(n);
                while let Some(row) = rows.next().map_err(wrap)? {
                    buf.clear();
                    for i in 0..n {
                        buf.push(sqlite_value(row.get_ref(i).map_err(wrap)?));
                    }
                    f(&buf)?;
                }
                Ok(())
            }
            Conn::Postgres { client, stmts } => {
                let location = self.location.clone();
                let st =
                    pg_prepare(client, stmts, sql).map_err(|e| Db::err_pg(&location, sql, e))?;
                let refs: Vec<&(dyn ToSql + Sync)> =
                    params.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
                let mut it = client
                    .query_raw(&st, refs.iter().copied())
                    .map_err(|e| Db::err_pg(&location, sql, e))?;
                let mut buf = Vec::new();
                use postgres::fallible_iterator::FallibleIterator;
                while let Some(row) = it.next().map_err(|e| Db::err_pg(&location, sql, e))? {
                    buf.clear();
                    for i in 0..row.len() {
                        buf.push(pg_value(&row, i).map_err(|reason| Error::Data {
                            location: location.clone(),
                            record: describe(sql),
                            reason,
                        })?);
                    }
                    f(&buf)?;
                }
                Ok(())
            }
        }
    }

    /// Runs a query and collects its rows.
    pub fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Vec<Value>>> {
        let mut out = Vec::new();
        self.for_each(sql, params, &mut |r| {
            out.push(r.to_vec());
            Ok(())
        })?;
        Ok(out)
    }

    /// Starts a write transaction (SQLite: `BEGIN IMMEDIATE`, taking the write lock now).
    pub fn begin(&mut self) -> Result<()> {
        let sql = if self.is_sqlite() {
            "BEGIN IMMEDIATE"
        } else {
            "BEGIN"
        };
        self.raw(sql)?;
        self.in_tx = true;
        Ok(())
    }

    pub fn commit(&mut self) -> Result<()> {
        self.in_tx = false;
        self.raw("COMMIT")
    }

    pub fn rollback(&mut self) -> Result<()> {
        if !self.in_tx {
            return Ok(());
        }
        self.in_tx = false;
        self.raw("ROLLBACK")
    }

    fn raw(&mut self, sql: &str) -> Result<()> {
        match &mut self.conn {
            Conn::Sqlite(c) => c.execute_batch(sql).map_err(|e| self.err_sqlite(sql, e)),
            Conn::Postgres { client, .. } => client
                .batch_execute(sql)
                .map_err(|e| Db::err_pg(&self.location, sql, e)),
        }
    }

    /// User tables (and views) of the store's database / current schema.
    pub fn tables(&mut self) -> Result<Vec<String>> {
        let sql = if self.is_sqlite() {
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') \
             AND name NOT LIKE 'sqlite_%' ORDER BY name"
        } else {
            "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
             WHERE table_schema = current_schema() ORDER BY 1"
        };
        let rows = self.query(sql, &[]).map_err(|e| match e {
            Error::Sqlite { err, .. } if is_not_a_database(&err) => Error::NotSqlite {
                path: PathBuf::from(&self.location),
                detail: err.to_string(),
            },
            other => other,
        })?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                r.into_iter()
                    .next()
                    .and_then(|v| v.as_str().map(String::from))
            })
            .collect())
    }

    /// Runs one user statement read-only and hands back the column names, then
    /// every row as text (`None` = NULL). SQLite: the connection is opened
    /// read-only; PostgreSQL: the statement must prepare as a single statement
    /// and runs inside `BEGIN READ ONLY … ROLLBACK`.
    pub fn passthrough(
        &mut self,
        sql: &str,
        header: &mut dyn FnMut(&[String]) -> Result<()>,
        row: &mut dyn FnMut(&[Option<String>]) -> Result<()>,
    ) -> Result<()> {
        let location = self.location.clone();
        match &mut self.conn {
            Conn::Sqlite(c) => {
                let wrap = |e| Error::Sqlite {
                    location: location.clone(),
                    context: "running the query".into(),
                    err: e,
                };
                let mut st = c.prepare(sql).map_err(wrap)?;
                if !st.readonly() {
                    return Err(Error::Usage(
                        "dyad query is read-only: the statement would write".into(),
                    ));
                }
                let names: Vec<String> = st.column_names().iter().map(|s| s.to_string()).collect();
                header(&names)?;
                let n = names.len();
                let mut rows = st.query([]).map_err(wrap)?;
                let mut buf = Vec::with_capacity(n);
                while let Some(r) = rows.next().map_err(wrap)? {
                    buf.clear();
                    for i in 0..n {
                        buf.push(match r.get_ref(i).map_err(wrap)? {
                            ValueRef::Null => None,
                            ValueRef::Integer(i) => Some(i.to_string()),
                            ValueRef::Real(f) => Some(f.to_string()),
                            ValueRef::Text(t) => Some(String::from_utf8_lossy(t).into_owned()),
                            ValueRef::Blob(b) => Some(format!("x'{}'", hex(b))),
                        });
                    }
                    row(&buf)?;
                }
                Ok(())
            }
            Conn::Postgres { client, .. } => {
                let wrap = |e| Error::Postgres {
                    location: location.clone(),
                    context: "running the query".into(),
                    err: e,
                };
                // Preparing rejects multi-statement strings ("; DROP ...").
                let st = client.prepare(sql).map_err(wrap)?;
                let names: Vec<String> =
                    st.columns().iter().map(|c| c.name().to_string()).collect();
                header(&names)?;
                client.batch_execute("BEGIN READ ONLY").map_err(wrap)?;
                let result = client.simple_query(sql);
                let _ = client.batch_execute("ROLLBACK");
                for m in result.map_err(wrap)? {
                    if let postgres::SimpleQueryMessage::Row(r) = m {
                        let vals: Vec<Option<String>> =
                            (0..r.len()).map(|i| r.get(i).map(str::to_string)).collect();
                        row(&vals)?;
                    }
                }
                Ok(())
            }
        }
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        let _ = self.rollback();
    }
}

/// "running `INSERT INTO mentions …`": the first words of a statement.
fn describe(sql: &str) -> String {
    let flat: String = sql.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = flat.chars().take(60).collect();
    if short.len() < flat.len() {
        format!("running `{short}…`")
    } else {
        format!("running `{short}`")
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn is_not_a_database(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase) | Some(rusqlite::ErrorCode::DatabaseCorrupt)
    )
}

fn sqlite_error(path: &Path, context: &str, source: rusqlite::Error) -> Error {
    if is_not_a_database(&source) {
        return Error::NotSqlite {
            path: path.to_path_buf(),
            detail: source.to_string(),
        };
    }
    Error::Sqlite {
        location: path.display().to_string(),
        context: context.to_string(),
        err: source,
    }
}

/// Checks that an existing file starts like a SQLite database (empty files
/// are fine: SQLite treats them as empty databases).
fn check_sqlite_file(path: &Path, mode: OpenMode) -> Result<()> {
    let location = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return match mode {
                OpenMode::ReadOnly => Err(Error::NoStore { location }),
                OpenMode::Create => Ok(()),
            }
        }
        Err(e) => return Err(Error::io(format!("{location}: reading"), e)),
    };
    if meta.is_dir() {
        return Err(Error::NotSqlite {
            path: path.to_path_buf(),
            detail: "it is a directory".into(),
        });
    }
    if meta.len() == 0 {
        return match mode {
            OpenMode::ReadOnly => Err(Error::NoStore { location }),
            OpenMode::Create => Ok(()),
        };
    }
    let mut head = Vec::with_capacity(16);
    std::fs::File::open(path)
        .and_then(|f| f.take(16).read_to_end(&mut head))
        .map_err(|e| Error::io(format!("{location}: reading"), e))?;
    if head.as_slice() != SQLITE_MAGIC {
        let shown: String = head
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect::<Vec<_>>()
            .join(" ");
        return Err(Error::NotSqlite {
            path: path.to_path_buf(),
            detail: format!(
                "{} bytes, starting {shown} instead of \"SQLite format 3\"",
                meta.len()
            ),
        });
    }
    Ok(())
}

fn sqlite_value(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Int(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Text(hex(b)),
    }
}

fn pg_prepare(
    client: &mut postgres::Client,
    stmts: &mut HashMap<String, postgres::Statement>,
    sql: &str,
) -> std::result::Result<postgres::Statement, postgres::Error> {
    if let Some(st) = stmts.get(sql) {
        return Ok(st.clone());
    }
    let st = client.prepare(&pg_placeholders(sql))?;
    stmts.insert(sql.to_string(), st.clone());
    Ok(st)
}

/// `?` → `$1`, `$2`… outside single-quoted literals.
pub(crate) fn pg_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut n = 0;
    let mut quoted = false;
    for ch in sql.chars() {
        match ch {
            '\'' => {
                quoted = !quoted;
                out.push(ch);
            }
            '?' if !quoted => {
                n += 1;
                out.push('$');
                out.push_str(&n.to_string());
            }
            _ => out.push(ch),
        }
    }
    out
}

fn pg_value(row: &postgres::Row, i: usize) -> std::result::Result<Value, String> {
    let col = &row.columns()[i];
    let ty = col.type_();
    let bad = |e: postgres::Error| format!("column {}: {e}", col.name());
    Ok(match *ty {
        Type::INT8 => row.try_get::<_, Option<i64>>(i).map_err(bad)?.map(Value::Int),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(i)
            .map_err(bad)?
            .map(|v| Value::Int(v.into())),
        Type::INT2 => row
            .try_get::<_, Option<i16>>(i)
            .map_err(bad)?
            .map(|v| Value::Int(v.into())),
        Type::FLOAT8 => row.try_get::<_, Option<f64>>(i).map_err(bad)?.map(Value::Real),
        Type::FLOAT4 => row
            .try_get::<_, Option<f32>>(i)
            .map_err(bad)?
            .map(|v| Value::Real(v.into())),
        Type::BOOL => row
            .try_get::<_, Option<bool>>(i)
            .map_err(bad)?
            .map(|v| Value::Int(v.into())),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => row
            .try_get::<_, Option<String>>(i)
            .map_err(bad)?
            .map(Value::Text),
        _ => {
            return Err(format!(
                "column {} has type {ty}, which dyad does not read (cast it to TEXT, BIGINT or DOUBLE PRECISION)",
                col.name()
            ))
        }
    }
    .unwrap_or(Value::Null))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_skip_literals() {
        assert_eq!(
            pg_placeholders("SELECT a FROM t WHERE b = ? AND c = '?' AND d IN (?, ?)"),
            "SELECT a FROM t WHERE b = $1 AND c = '?' AND d IN ($2, $3)"
        );
    }

    #[test]
    fn nul_is_found_anywhere() {
        for len in [0, 1, 15, 16, 63, 64, 65, 130, 200] {
            let clean = "a".repeat(len);
            assert!(!has_nul(&clean), "{len}");
            assert_eq!(stored_text(clean.as_str()), clean);
            for at in 0..len {
                let mut t = clean.clone().into_bytes();
                t[at] = 0;
                let t = String::from_utf8(t).unwrap();
                assert!(has_nul(&t), "{len} {at}");
                assert_eq!(stored_text(t.as_str()).chars().nth(at), Some('\u{FFFD}'));
            }
        }
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://u:secret@127.0.0.1:5432/db"),
            "postgres://u:***@127.0.0.1:5432/db"
        );
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(redact("dyad.sqlite"), "dyad.sqlite");
    }
}
