//! The hearsay store: articles with their statements, quantities and people in one SQLite
//! file, with full-text search over what was said. Schema versioned, migrated on open.
//!
//! ```
//! let engine = hearsay_engine::Engine::new().unwrap();
//! let mut store = hearsay_store::Store::open_in_memory().unwrap();
//! let article = hearsay_store::NewArticle { doc_id: "a1", text: "Title\n\n\"We will win,\" said Jane Doe.", ..Default::default() };
//! let outcome = store.ingest(&engine, &article).unwrap();
//! assert!(matches!(outcome, hearsay_store::Ingested::New { statements: 1, .. }));
//! let hits = store.search("win", hearsay_store::Window::first(10)).unwrap();
//! assert_eq!((hits.total, hits.items[0].speaker_ref.as_deref()), (1, Some("Jane Doe")));
//! ```
#![warn(missing_docs)]

mod ingest;
mod query;
mod schema;
#[cfg(test)]
mod tests;
mod translit;

use std::path::Path;
use std::time::Duration;

use rusqlite::{params, Connection};

use hearsay_engine::Engine;

pub use ingest::{Ingested, NewArticle};
pub use query::{
    ArticleSummary, ArticleView, Claim, Hit, Page, Person, PersonView, StatementView, Window,
};
pub use translit::skeleton;

use ingest::{analyse, check, prepare, write_prepared, Prepared};

/// What went wrong in the store, with the item it concerns.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database file could not be opened or migrated.
    #[error("store {path}: {source}")]
    Open {
        /// The database path.
        path: String,
        /// The SQLite error.
        source: rusqlite::Error,
    },
    /// A query is not valid full-text search syntax.
    #[error("invalid search query {query:?}: {message}")]
    Query {
        /// The query as given.
        query: String,
        /// SQLite's explanation.
        message: String,
    },
    /// The engine could not analyse an article.
    #[error("article {doc_id}: {source}")]
    Analysis {
        /// The article's id.
        doc_id: String,
        /// Why.
        source: hearsay_engine::Error,
    },
    /// A command that only reads was pointed at a store that does not exist.
    #[error("no store at {path}: `hearsay ingest --db {path} FILES` creates one; reading commands never do")]
    Missing {
        /// The path given.
        path: String,
    },
    /// Any other database error.
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
}

/// The store's result type.
pub type Result<T> = std::result::Result<T, StoreError>;

/// The store: one SQLite connection.
pub struct Store {
    pub(crate) conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and migrates it to the current schema.
    pub fn open(path: &Path) -> Result<Store> {
        let wrap = |source| StoreError::Open {
            path: path.display().to_string(),
            source,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(dir);
        }
        let conn = Connection::open(path).map_err(wrap)?;
        // Another process may be writing (two ingests, or one creating the file): wait for it.
        conn.busy_timeout(BUSY_TIMEOUT).map_err(wrap)?;
        let mut store = Store { conn };
        // Switching a new file to WAL takes an exclusive lock for which SQLite does not always
        // wait (its busy handler is skipped where waiting could deadlock): retry instead.
        with_retry(|| store.prepare_file().map_err(StoreError::Sql)).map_err(|e| match e {
            StoreError::Sql(source) => wrap(source),
            other => other,
        })?;
        Ok(store)
    }

    /// Sets the connection's journal and sync modes and migrates the file.
    fn prepare_file(&mut self) -> rusqlite::Result<()> {
        // WAL keeps readers going during ingest; a kill loses only the open transaction.
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        // In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process still
        // loses nothing committed (only a power cut can lose the last transactions).
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.migrate()
    }

    /// Opens the store at `path` for a command that reads: a path with no file is an error
    /// (a mistyped `--db` must not silently create an empty store).
    pub fn open_existing(path: &Path) -> Result<Store> {
        if !path.is_file() {
            return Err(StoreError::Missing {
                path: path.display().to_string(),
            });
        }
        Store::open(path)
    }

    /// A store in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> rusqlite::Result<()> {
        schema::migrate(&mut self.conn)
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<usize> {
        let v: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        Ok(usize::try_from(v).unwrap_or(0))
    }

    /// Analyses and stores one article in one transaction; a duplicate (same content hash or
    /// same URL) is skipped.
    pub fn ingest(&mut self, engine: &Engine, article: &NewArticle) -> Result<Ingested> {
        let prepared = prepare(&self.conn, engine, article)?;
        self.write_one(article, &prepared)
    }

    /// Ingests many articles: all are analysed first, in parallel, then written in their
    /// order in one transaction (a commit per batch instead of per article spares the disk
    /// writes and full-text index flushes that bound ingest speed, and the write lock that
    /// concurrent writers share is held only while rows are written). An article the engine cannot analyse fails alone;
    /// on a database error the batch is rolled back and its articles written one by one. A
    /// kill loses only the open batch, which the next run ingests again.
    pub fn ingest_batch(
        &mut self,
        engine: &Engine,
        articles: &[NewArticle],
    ) -> Result<Vec<Result<Ingested>>> {
        // Duplicates are checked in order on the connection; the new articles are analysed
        // on every core (the caller's rayon pool, else the global one).
        let checked: Vec<Result<std::result::Result<String, i64>>> =
            articles.iter().map(|a| check(&self.conn, a)).collect();
        let prepared: Vec<Result<Prepared>> = {
            use rayon::prelude::*;
            articles
                .par_iter()
                .zip(checked)
                .map(|(article, checked)| match checked? {
                    Err(id) => Ok(Prepared::Duplicate(id)),
                    Ok(hash) => analyse(engine, article, hash),
                })
                .collect()
        };
        let written = with_retry(|| {
            let tx = self.write_transaction()?;
            let mut done = Vec::with_capacity(articles.len());
            for (article, prepared) in articles.iter().zip(&prepared) {
                done.push(match prepared {
                    Ok(p) => Some(write_prepared(&tx, article, p)?),
                    Err(_) => None,
                });
            }
            tx.commit()?;
            Ok(done)
        })
        // On a database error, each article alone: one bad row loses only its article.
        .unwrap_or_else(|_| vec![None; articles.len()]);
        Ok(articles
            .iter()
            .zip(prepared)
            .zip(written)
            .map(|((article, prepared), done)| match (prepared, done) {
                (Err(e), _) => Err(e),
                (Ok(_), Some(done)) => Ok(done),
                (Ok(p), None) => self.write_one(article, &p),
            })
            .collect())
    }

    /// Writes one prepared article in its own transaction, retrying while another writer
    /// holds the lock.
    fn write_one(&mut self, article: &NewArticle, prepared: &Prepared) -> Result<Ingested> {
        with_retry(|| {
            let tx = self.write_transaction()?;
            let outcome = write_prepared(&tx, article, prepared)?;
            tx.commit()?;
            Ok(outcome)
        })
    }

    /// A transaction that takes the write lock at once: a deferred one that reads first and
    /// writes later can fail outright when another writer commits in between.
    fn write_transaction(&mut self) -> rusqlite::Result<rusqlite::Transaction<'_>> {
        self.conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
    }

    /// Up to `count` quotes spread evenly over the store, for benchmarks and examples.
    pub fn sample_quotes(&self, count: usize) -> Result<Vec<String>> {
        let total: i64 =
            self.conn
                .query_row("SELECT COALESCE(MAX(id), 0) FROM statements", [], |r| {
                    r.get(0)
                })?;
        let step = (total / count.max(1) as i64).max(1);
        let mut stmt = self
            .conn
            .prepare("SELECT quote FROM statements WHERE id % ?1 = 0 LIMIT ?2")?;
        let rows = stmt.query_map(params![step, count as i64], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many articles, statements and quantities the store holds.
    pub fn counts(&self) -> Result<(i64, i64, i64)> {
        Ok((
            self.count("SELECT COUNT(*) FROM articles", [])?,
            self.count("SELECT COUNT(*) FROM statements", [])?,
            self.count("SELECT COUNT(*) FROM quantities", [])?,
        ))
    }
}

/// How long a writer waits for another writer's lock before SQLite reports the store busy.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);
/// Attempts of a write that found the store busy even after waiting `BUSY_TIMEOUT`.
const WRITE_ATTEMPTS: u32 = 5;

/// Runs a write, and again after a growing pause while the store stays busy (another
/// process writing a long batch); any other error returns at once.
fn with_retry<T>(mut write: impl FnMut() -> Result<T>) -> Result<T> {
    let mut attempt = 1;
    loop {
        match write() {
            Err(StoreError::Sql(rusqlite::Error::SqliteFailure(e, _)))
                if e.code == rusqlite::ErrorCode::DatabaseBusy && attempt < WRITE_ATTEMPTS =>
            {
                std::thread::sleep(Duration::from_millis(100 << attempt));
                attempt += 1;
            }
            other => return other,
        }
    }
}
