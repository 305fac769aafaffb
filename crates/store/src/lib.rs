//! The hearsay store: articles with their statements, quantities and people in one SQLite
//! file, with full-text search over what was said. Schema versioned, migrated on open.
//!
//! ```
//! let engine = hearsay_engine::Engine::new().unwrap();
//! let mut store = hearsay_store::Store::open_in_memory().unwrap();
//! let article = hearsay_store::NewArticle { doc_id: "a1", text: "Title\n\n\"We will win,\" said Jane Doe.", ..Default::default() };
//! let outcome = store.ingest(&engine, &article).unwrap();
//! assert!(matches!(outcome, hearsay_store::Ingested::New { statements: 1, .. }));
//! assert_eq!(store.search("win", 10).unwrap()[0].speaker_ref.as_deref(), Some("Jane Doe"));
//! ```
#![warn(missing_docs)]

mod ingest;
mod query;
mod schema;
#[cfg(test)]
mod tests;
mod translit;

use std::path::Path;

use rusqlite::{params, Connection};

use hearsay_engine::Engine;

pub use ingest::{Ingested, NewArticle};
pub use query::{ArticleSummary, ArticleView, Claim, Hit, Person, PersonView, StatementView};
pub use translit::skeleton;

use ingest::write_article;

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
        // WAL keeps readers going during ingest; a kill loses only the open transaction.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(wrap)?;
        // In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process still
        // loses nothing committed (only a power cut can lose the last transactions).
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(wrap)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(wrap)?;
        let mut store = Store { conn };
        store.migrate().map_err(wrap)?;
        Ok(store)
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
        let tx = self.conn.transaction()?;
        let outcome = write_article(&tx, engine, article)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Ingests many articles in one transaction: a commit per batch instead of per article
    /// spares the disk writes and full-text index flushes that bound ingest speed. An article
    /// the engine cannot analyse fails alone (nothing of it was written); on a database
    /// error the batch is rolled back and its articles ingested one by one. A kill loses
    /// only the open batch, which the next run ingests again.
    pub fn ingest_batch(
        &mut self,
        engine: &Engine,
        articles: &[NewArticle],
    ) -> Result<Vec<Result<Ingested>>> {
        let tx = self.conn.transaction()?;
        let mut outcomes = Vec::with_capacity(articles.len());
        for article in articles {
            match write_article(&tx, engine, article) {
                Err(StoreError::Analysis { doc_id, source }) => {
                    outcomes.push(Err(StoreError::Analysis { doc_id, source }))
                }
                Err(_) => {
                    drop(tx);
                    return Ok(articles.iter().map(|a| self.ingest(engine, a)).collect());
                }
                ok => outcomes.push(ok),
            }
        }
        tx.commit()?;
        Ok(outcomes)
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
        let count = |table: &str| {
            self.conn
                .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        };
        Ok((
            count("articles")?,
            count("statements")?,
            count("quantities")?,
        ))
    }
}
