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

mod translit;

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

use hearsay_engine::resolve::name_key;
use hearsay_engine::{CharOffsets, Engine};

pub use translit::skeleton;

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

/// The schema, one migration per version; `PRAGMA user_version` records how far a file is.
const MIGRATIONS: &[&str] = &[
    // 1: articles, statements, quantities, people and their aliases, full-text search.
    "CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,
        title TEXT,
        url TEXT,
        published TEXT,
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE
    );
    CREATE TABLE aliases (
        person_id INTEGER NOT NULL REFERENCES people(id),
        alias TEXT NOT NULL,
        key TEXT NOT NULL,
        UNIQUE (person_id, key)
    );
    CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        quote_start INTEGER NOT NULL,
        quote_end INTEGER NOT NULL,
        quote TEXT NOT NULL,
        direct INTEGER NOT NULL,
        speaker TEXT,
        speaker_ref TEXT,
        person_id INTEGER REFERENCES people(id),
        verb TEXT,
        role TEXT
    );
    CREATE INDEX statements_article ON statements(article_id);
    CREATE INDEX statements_person ON statements(person_id);
    CREATE TABLE quantities (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        statement_idx INTEGER,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL,
        low REAL,
        high REAL,
        bound TEXT NOT NULL,
        unit TEXT,
        counted TEXT,
        counted_head TEXT,
        source_ref TEXT,
        modality TEXT NOT NULL
    );
    CREATE INDEX quantities_article ON quantities(article_id);
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        quote, speaker_ref, content='statements', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );",
    // 2: author and outlet of articles; transliteration skeletons of names, so that
    // Loukachenko and Lukashenko are one person (filled for old rows by `backfill_skeletons`).
    "ALTER TABLE articles ADD COLUMN author TEXT;
    ALTER TABLE articles ADD COLUMN outlet TEXT;
    ALTER TABLE people ADD COLUMN skeleton TEXT;
    ALTER TABLE people ADD COLUMN surname TEXT;
    CREATE INDEX people_surname ON people(surname);
    ALTER TABLE aliases ADD COLUMN skeleton TEXT;
    CREATE INDEX people_skeleton ON people(skeleton);
    CREATE INDEX aliases_skeleton ON aliases(skeleton);
    CREATE INDEX articles_published ON articles(published);",
    // 3: name lookups by spelling, once per statement at ingest, must not scan all aliases.
    "CREATE INDEX aliases_key ON aliases(key);",
    // 4: the full-text index keyed by recency (`recency_key`), so that "newest first" is the
    // index's own order and a search stops after the hits it returns instead of sorting
    // every match (filled from the statements by `fill_recency_index`).
    "DROP TABLE statements_fts;
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        quote, speaker_ref, content='', tokenize='unicode61 remove_diacritics 2'
    );",
    // 5: listings that stay fast on millions of rows: articles and quantities carry their
    // recency key (indexed), people their statement count (indexed), and claims have a
    // full-text index of their words, keyed by recency (filled by `fill_listing_keys`).
    "ALTER TABLE articles ADD COLUMN recency INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE quantities ADD COLUMN recency INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE people ADD COLUMN statements INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX articles_recency ON articles(recency);
    CREATE INDEX quantities_recency ON quantities(recency);
    CREATE INDEX people_statements ON people(statements);
    CREATE VIRTUAL TABLE quantities_fts USING fts5(
        text, counted, content='', tokenize='unicode61 remove_diacritics 2'
    );",
];

/// Bits of a recency key that hold the row id; the bits above hold the day.
const ID_BITS: u32 = 32;
/// The row-id part of a recency key.
const ID_MASK: i64 = (1 << ID_BITS) - 1;

/// The recency key of a row (statement, quantity, article): its article's publication day
/// (days since 1970-01-01 plus one; 0 when unknown, so undated articles come last), then
/// its own id. Full-text row ids and listing order both use it.
fn recency_key(published: Option<&str>, id: i64) -> i64 {
    day_key(published.and_then(day_number).unwrap_or(0), id)
}

/// The recency key of row `id` of an article published on `day` (see `recency_key`).
fn day_key(day: i64, id: i64) -> i64 {
    (day << ID_BITS) | (id & ID_MASK)
}

/// 1 + days since 1970-01-01 of a date that starts "YYYY-MM-DD" (ISO 8601, RFC 3339).
fn day_number(date: &str) -> Option<i64> {
    let ymd = date.get(..10)?;
    let mut parts = ymd.split('-');
    let (y, m, d): (i64, i64, i64) = (
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    );
    if !(1970..=9999).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from the civil calendar (H. Hinnant's algorithm): no date crate needed for this.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468 + 1)
}

/// Fills the recency keys, statement counts and claims index of rows stored before schema 5.
fn fill_listing_keys(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    let articles: Vec<(i64, Option<String>)> = tx
        .prepare("SELECT id, published FROM articles")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut article_key = tx.prepare("UPDATE articles SET recency = ?2 WHERE id = ?1")?;
    // A quantity's key is its article's day key with the quantity's own id in the low bits.
    let mut quantity_keys =
        tx.prepare("UPDATE quantities SET recency = ?2 | (id & ?3) WHERE article_id = ?1")?;
    for (id, published) in &articles {
        let key = recency_key(published.as_deref(), *id);
        article_key.execute(params![id, key])?;
        quantity_keys.execute(params![id, day_key(key >> ID_BITS, 0), ID_MASK])?;
    }
    tx.execute_batch(
        "UPDATE people SET statements = (SELECT COUNT(*) FROM statements s WHERE s.person_id = people.id);
         INSERT INTO quantities_fts (rowid, text, counted) SELECT recency, text, counted FROM quantities;",
    )
}

/// Fills the recency-keyed full-text index from the stored statements (schema 4).
fn fill_recency_index(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    let mut rows = tx.prepare(
        "SELECT s.id, a.published, s.quote, s.speaker_ref FROM statements s JOIN articles a ON a.id = s.article_id",
    )?;
    let mut insert =
        tx.prepare("INSERT INTO statements_fts (rowid, quote, speaker_ref) VALUES (?1, ?2, ?3)")?;
    let mut it = rows.query([])?;
    while let Some(r) = it.next()? {
        let published: Option<String> = r.get(1)?;
        let quote: String = r.get(2)?;
        let speaker: Option<String> = r.get(3)?;
        insert.execute(params![
            recency_key(published.as_deref(), r.get(0)?),
            quote,
            speaker
        ])?;
    }
    Ok(())
}

/// An article to ingest.
#[derive(Debug, Clone, Copy, Default)]
pub struct NewArticle<'a> {
    /// The document id (file stem or JSONL id).
    pub doc_id: &'a str,
    /// The full text.
    pub text: &'a str,
    /// A language code, when known.
    pub lang: Option<&'a str>,
    /// The headline, when separate from the text.
    pub title: Option<&'a str>,
    /// The canonical URL.
    pub url: Option<&'a str>,
    /// Publication date (ISO 8601).
    pub published: Option<&'a str>,
    /// The author(s), as the page gives them.
    pub author: Option<&'a str>,
    /// The outlet (site name, else the URL's host).
    pub outlet: Option<&'a str>,
}

/// What ingesting one article did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ingested {
    /// Stored, with so many statements and quantities.
    New {
        /// The article's row id.
        article: i64,
        /// Statements stored.
        statements: usize,
        /// Quantities stored.
        quantities: usize,
    },
    /// Already in the store (same content or same URL): nothing written.
    Duplicate {
        /// The existing article's row id.
        article: i64,
    },
}

/// A statement found by a search.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Hit {
    /// The statement's row id.
    pub statement: i64,
    /// The article's row id.
    pub article: i64,
    /// The article's document id.
    pub doc_id: String,
    /// The article's title, when known.
    pub title: Option<String>,
    /// Publication date, when known.
    pub published: Option<String>,
    /// What was said.
    pub quote: String,
    /// The speaker mention.
    pub speaker: Option<String>,
    /// The speaker's full name.
    pub speaker_ref: Option<String>,
    /// The cue.
    pub verb: Option<String>,
    /// The person the speaker was merged into.
    pub person: Option<i64>,
    /// The outlet that published the article.
    pub outlet: Option<String>,
}

/// One stored statement, positioned in its article.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatementView {
    /// The statement's row id.
    pub id: i64,
    /// Its index among the article's statements.
    pub index: i64,
    /// Start of what was said, in code points of the article text.
    pub start: i64,
    /// End (exclusive), in code points.
    pub end: i64,
    /// What was said.
    pub quote: String,
    /// Verbatim quotation or reported speech.
    pub direct: bool,
    /// The speaker mention.
    pub speaker: Option<String>,
    /// The speaker's full name.
    pub speaker_ref: Option<String>,
    /// The person the speaker was merged into.
    pub person: Option<i64>,
    /// The cue.
    pub verb: Option<String>,
    /// The speaker's role or title.
    pub role: Option<String>,
}

/// An article with everything found in it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArticleView {
    /// The article's row id.
    pub id: i64,
    /// The document id.
    pub doc_id: String,
    /// The headline, when separate from the text.
    pub title: Option<String>,
    /// The canonical URL.
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// The author(s).
    pub author: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The language code.
    pub lang: String,
    /// The full text.
    pub text: String,
    /// Its statements, in text order.
    pub statements: Vec<StatementView>,
    /// Its numeric claims, in text order.
    pub claims: Vec<Claim>,
}

/// An article in a listing.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArticleSummary {
    /// The article's row id.
    pub id: i64,
    /// The document id.
    pub doc_id: String,
    /// The headline, when separate from the text.
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The first line of the text (the headline of a .txt article).
    pub first_line: String,
    /// How many statements it holds.
    pub statements: i64,
}

/// A person with every statement attributed to them, oldest first.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonView {
    /// Who.
    pub person: Person,
    /// What they said.
    pub statements: Vec<Hit>,
}

/// A person and how often they are quoted.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Person {
    /// The person's row id.
    pub id: i64,
    /// The fullest name seen.
    pub name: String,
    /// Statements attributed to them.
    pub statements: i64,
    /// Other spellings seen.
    pub aliases: Vec<String>,
}

/// A numeric claim with its source.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Claim {
    /// The article's row id.
    pub article: i64,
    /// The article's document id.
    pub doc_id: String,
    /// The article's title, when it has one.
    pub title: Option<String>,
    /// Start of the quantity, in code points of the article text.
    pub start: i64,
    /// End (exclusive), in code points.
    pub end: i64,
    /// Index of the statement it sits in, if any.
    pub statement: Option<i64>,
    /// Publication date, when known.
    pub published: Option<String>,
    /// The quantity as written.
    pub text: String,
    /// Single value.
    pub value: Option<f64>,
    /// Lower bound.
    pub low: Option<f64>,
    /// Upper bound.
    pub high: Option<f64>,
    /// How the value is bounded.
    pub bound: String,
    /// Unit or currency.
    pub unit: Option<String>,
    /// What it counts.
    pub counted: Option<String>,
    /// Who claims it (null: the article itself).
    pub source_ref: Option<String>,
    /// asserted, reported, hedged or conditional.
    pub modality: String,
}

/// The store: one SQLite connection.
pub struct Store {
    conn: Connection,
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
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        for (k, sql) in MIGRATIONS
            .iter()
            .enumerate()
            .skip(usize::try_from(version).unwrap_or(0))
        {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            // Rows stored before a migration get what it added, computed in Rust.
            match k + 1 {
                2 => backfill_skeletons(&tx)?,
                4 => fill_recency_index(&tx)?,
                5 => fill_listing_keys(&tx)?,
                _ => {}
            }
            tx.pragma_update(None, "user_version", (k + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
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

    /// Statements matching a full-text query, newest article first (undated articles last).
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        // The index is in recency order: it yields the newest `limit` matches and stops.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {HIT_COLUMNS}
             FROM (SELECT rowid AS k FROM statements_fts WHERE statements_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2) f
             JOIN statements s ON s.id = (f.k & ?3) JOIN articles a ON a.id = s.article_id
             ORDER BY f.k DESC"
        ))?;
        let rows = stmt.query_map(params![query, limit as i64, ID_MASK], hit_from_row);
        let collect = rows.and_then(|rows| rows.collect::<rusqlite::Result<Vec<Hit>>>());
        collect.map_err(|e| match e {
            // The query is the only input here: a plain SQL error is the query's fault.
            rusqlite::Error::SqliteFailure(e, Some(message))
                if e.code == rusqlite::ErrorCode::Unknown =>
            {
                StoreError::Query {
                    query: query.to_string(),
                    message,
                }
            }
            other => StoreError::Sql(other),
        })
    }

    /// People quoted most, with their statement counts and other spellings.
    pub fn people(&self, limit: usize) -> Result<Vec<Person>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, statements FROM people ORDER BY statements DESC, id LIMIT ?1",
        )?;
        let people = stmt
            .query_map(params![limit as i64], |r| {
                Ok(Person {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    statements: r.get(2)?,
                    aliases: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<Person>>>()?;
        people
            .into_iter()
            .map(|mut p| {
                p.aliases = self.aliases(&p)?;
                Ok(p)
            })
            .collect()
    }

    /// Every statement of the person whose name (or alias) matches `name`, oldest first.
    pub fn person(&self, name: &str) -> Result<Vec<Hit>> {
        let key = name_key(name);
        let person: Option<i64> = self
            .conn
            .query_row(
                "SELECT person_id FROM aliases WHERE key = ?1 UNION SELECT id FROM people WHERE key LIKE ?2 LIMIT 1",
                params![key, format!("% {key}")],
                |r| r.get(0),
            )
            .optional()?;
        match person {
            Some(person) => self.statements_of(person),
            None => Ok(Vec::new()),
        }
    }

    /// Numeric claims, optionally only those whose counted words or text contain `about`.
    pub fn claims(&self, about: Option<&str>, limit: usize) -> Result<Vec<Claim>> {
        // The words as literal terms, all required: "about" is plain words, not query syntax.
        let pattern = about
            .map(|a| {
                a.split_whitespace()
                    .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|p| !p.is_empty());
        let rows = match pattern {
            None => {
                let mut stmt = self.conn.prepare_cached(&format!(
                    "SELECT {CLAIM_COLUMNS} FROM quantities q JOIN articles a ON a.id = q.article_id
                     ORDER BY q.recency DESC LIMIT ?1"
                ))?;
                let rows = stmt.query_map(params![limit as i64], claim_from_row)?;
                rows.collect::<rusqlite::Result<Vec<Claim>>>()?
            }
            Some(words) => {
                let mut stmt = self.conn.prepare_cached(&format!(
                    "SELECT {CLAIM_COLUMNS}
                     FROM (SELECT rowid AS k FROM quantities_fts WHERE quantities_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2) f
                     JOIN quantities q ON q.recency = f.k JOIN articles a ON a.id = q.article_id
                     ORDER BY f.k DESC"
                ))?;
                let rows = stmt.query_map(params![words, limit as i64], claim_from_row)?;
                rows.collect::<rusqlite::Result<Vec<Claim>>>()?
            }
        };
        Ok(rows)
    }

    /// The most recently published (else ingested) articles.
    pub fn articles(&self, limit: usize) -> Result<Vec<ArticleSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.doc_id, a.title, a.published, a.outlet, substr(a.text, 1, 300),
                    (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id)
             FROM articles a ORDER BY a.recency DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map(params![limit as i64], |r| {
            let head: String = r.get(5)?;
            Ok(ArticleSummary {
                id: r.get(0)?,
                doc_id: r.get(1)?,
                title: r.get(2)?,
                published: r.get(3)?,
                outlet: r.get(4)?,
                first_line: head.lines().next().unwrap_or_default().trim().to_string(),
                statements: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One article with its statements and claims, or None when no article has that id.
    pub fn article(&self, id: i64) -> Result<Option<ArticleView>> {
        let article = self
            .conn
            .query_row(
                "SELECT id, doc_id, title, url, published, author, outlet, lang, text FROM articles WHERE id = ?1",
                params![id],
                |r| {
                    Ok(ArticleView {
                        id: r.get(0)?,
                        doc_id: r.get(1)?,
                        title: r.get(2)?,
                        url: r.get(3)?,
                        published: r.get(4)?,
                        author: r.get(5)?,
                        outlet: r.get(6)?,
                        lang: r.get(7)?,
                        text: r.get(8)?,
                        statements: Vec::new(),
                        claims: Vec::new(),
                    })
                },
            )
            .optional()?;
        let Some(mut article) = article else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare(
            "SELECT id, idx, quote_start, quote_end, quote, direct, speaker, speaker_ref, person_id, verb, role
             FROM statements WHERE article_id = ?1 ORDER BY quote_start, idx",
        )?;
        article.statements = stmt
            .query_map(params![id], |r| {
                Ok(StatementView {
                    id: r.get(0)?,
                    index: r.get(1)?,
                    start: r.get(2)?,
                    end: r.get(3)?,
                    quote: r.get(4)?,
                    direct: r.get(5)?,
                    speaker: r.get(6)?,
                    speaker_ref: r.get(7)?,
                    person: r.get(8)?,
                    verb: r.get(9)?,
                    role: r.get(10)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {CLAIM_COLUMNS} FROM quantities q JOIN articles a ON a.id = q.article_id
             WHERE q.article_id = ?1 ORDER BY q.span_start"
        ))?;
        article.claims = stmt
            .query_map(params![id], claim_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(article))
    }

    /// One person by row id with every statement attributed to them, oldest first.
    pub fn person_by_id(&self, id: i64) -> Result<Option<PersonView>> {
        let person = self
            .conn
            .query_row(
                "SELECT id, name, (SELECT COUNT(*) FROM statements WHERE person_id = ?1) FROM people WHERE id = ?1",
                params![id],
                |r| {
                    Ok(Person {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        statements: r.get(2)?,
                        aliases: Vec::new(),
                    })
                },
            )
            .optional()?;
        let Some(mut person) = person else {
            return Ok(None);
        };
        person.aliases = self.aliases(&person)?;
        let statements = self.statements_of(id)?;
        Ok(Some(PersonView { person, statements }))
    }

    /// Other spellings of a person's name.
    fn aliases(&self, person: &Person) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT alias FROM aliases WHERE person_id = ?1 ORDER BY alias")?;
        let all = stmt
            .query_map(params![person.id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(all.into_iter().filter(|a| *a != person.name).collect())
    }

    /// Every statement attributed to a person, oldest article first.
    fn statements_of(&self, person: i64) -> Result<Vec<Hit>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {HIT_COLUMNS}
             FROM statements s JOIN articles a ON a.id = s.article_id
             WHERE s.person_id = ?1
             ORDER BY a.published IS NULL, a.published, a.id, s.idx"
        ))?;
        let rows = stmt.query_map(params![person], hit_from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<Hit>>>()?)
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

/// The columns `hit_from_row` reads, over statements `s` joined to their articles `a`.
const HIT_COLUMNS: &str = "s.id, a.id, a.doc_id, a.title, a.published, s.quote, s.speaker, s.speaker_ref, s.verb, s.person_id, a.outlet";

/// The columns `claim_from_row` reads, over quantities `q` joined to their articles `a`.
const CLAIM_COLUMNS: &str = "a.id, a.doc_id, q.span_start, q.span_end, q.statement_idx, a.published, q.text, q.value, q.low, q.high, q.bound, q.unit, q.counted, q.source_ref, q.modality, a.title";

/// A claim row, as selected by `CLAIM_COLUMNS`.
fn claim_from_row(r: &rusqlite::Row) -> rusqlite::Result<Claim> {
    Ok(Claim {
        article: r.get(0)?,
        doc_id: r.get(1)?,
        start: r.get(2)?,
        end: r.get(3)?,
        statement: r.get(4)?,
        published: r.get(5)?,
        text: r.get(6)?,
        value: r.get(7)?,
        low: r.get(8)?,
        high: r.get(9)?,
        bound: r.get(10)?,
        unit: r.get(11)?,
        counted: r.get(12)?,
        source_ref: r.get(13)?,
        modality: r.get(14)?,
        title: r.get(15)?,
    })
}

/// A search or person row, as selected by `HIT_COLUMNS`.
fn hit_from_row(r: &rusqlite::Row) -> rusqlite::Result<Hit> {
    Ok(Hit {
        statement: r.get(0)?,
        article: r.get(1)?,
        doc_id: r.get(2)?,
        title: r.get(3)?,
        published: r.get(4)?,
        quote: r.get(5)?,
        speaker: r.get(6)?,
        speaker_ref: r.get(7)?,
        verb: r.get(8)?,
        person: r.get(9)?,
        outlet: r.get(10)?,
    })
}

/// The first line of a text, when it reads as a headline: short and followed by more text.
fn headline(text: &str) -> Option<&str> {
    let (first, rest) = text.split_once('\n')?;
    let first = first.trim();
    (!first.is_empty() && first.chars().count() <= 300 && !rest.trim().is_empty()).then_some(first)
}

/// The plain string an enum serialises to ("at_most", "hedged").
fn serde_plain<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Analyses one article and writes it with its statements and quantities inside the
/// caller's transaction; a duplicate (same content hash or same URL) writes nothing.
fn write_article(conn: &Connection, engine: &Engine, article: &NewArticle) -> Result<Ingested> {
    let hash = format!("{:x}", Sha256::digest(article.text.as_bytes()));
    let existing: Option<i64> = conn
        .prepare_cached(
            "SELECT id FROM articles WHERE content_hash = ?1 UNION ALL SELECT id FROM articles WHERE url = ?2 LIMIT 1",
        )?
        .query_row(params![hash, article.url], |r| r.get(0))
        .optional()?;
    if let Some(id) = existing {
        return Ok(Ingested::Duplicate { article: id });
    }
    let analysis = engine
        .analyze(article.text, article.lang)
        .map_err(|source| StoreError::Analysis {
            doc_id: article.doc_id.to_string(),
            source,
        })?;
    let map = CharOffsets::new(article.text);
    let title = article.title.or_else(|| headline(article.text));
    // Row ids are chosen here (the transaction holds the only write lock) so that recency
    // keys, which contain them, go in with the rows.
    let next_id = |table: &str| -> rusqlite::Result<i64> {
        conn.prepare_cached(&format!("SELECT COALESCE(MAX(id), 0) + 1 FROM {table}"))?
            .query_row([], |r| r.get(0))
    };
    let article_id = next_id("articles")?;
    let article_key = recency_key(article.published, article_id);
    conn.prepare_cached(
        "INSERT INTO articles (id, doc_id, title, url, published, lang, text, content_hash, author, outlet, recency)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![article_id, article.doc_id, title, article.url, article.published, analysis.lang, article.text, hash, article.author, article.outlet, article_key])?;
    let day = article_key >> ID_BITS;
    let mut quantity_id = next_id("quantities")?;
    let slice = |s: Option<hearsay_engine::Span>| s.map(|s| s.slice(article.text).to_string());
    for (idx, s) in analysis.statements.iter().enumerate() {
        let person = match &s.speaker_ref {
            Some(name) if name.chars().next().is_some_and(char::is_uppercase) => {
                let id = person_id(conn, name)?;
                conn.prepare_cached("UPDATE people SET statements = statements + 1 WHERE id = ?1")?
                    .execute(params![id])?;
                Some(id)
            }
            _ => None,
        };
        let (qs, qe) = map.chars(s.quote);
        let (idx, qs, qe) = (idx as i64, qs as i64, qe as i64);
        conn.prepare_cached(
            "INSERT INTO statements (article_id, idx, quote_start, quote_end, quote, direct, speaker, speaker_ref, person_id, verb, role)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?
        .execute(params![article_id, idx, qs, qe, s.quote.slice(article.text), s.direct, slice(s.speaker), s.speaker_ref, person, slice(s.verb), slice(s.role)],
        )?;
        let id = conn.last_insert_rowid();
        conn.prepare_cached(
            "INSERT INTO statements_fts (rowid, quote, speaker_ref) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![
            recency_key(article.published, id),
            s.quote.slice(article.text),
            s.speaker_ref
        ])?;
    }
    for q in &analysis.quantities {
        let (a, b) = map.chars(q.span);
        let (a, b, statement) = (a as i64, b as i64, q.statement.map(|k| k as i64));
        let bound = serde_plain(&q.bound);
        let modality = serde_plain(&q.modality);
        let key = day_key(day, quantity_id);
        conn.prepare_cached(
            "INSERT INTO quantities (article_id, statement_idx, span_start, span_end, text, value, low, high, bound, unit, counted, counted_head, source_ref, modality, id, recency)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        )?
        .execute(params![
                article_id,
                statement,
                a,
                b,
                q.span.slice(article.text),
                q.value,
                q.low,
                q.high,
                bound,
                q.unit,
                q.counted.as_ref().map(|c| c.span.slice(article.text)),
                q.counted.as_ref().map(|c| c.head.as_str()),
                q.source_ref,
                modality,
                quantity_id,
                key
            ],
        )?;
        quantity_id += 1;
        conn.prepare_cached(
            "INSERT INTO quantities_fts (rowid, text, counted) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![
            key,
            q.span.slice(article.text),
            q.counted.as_ref().map(|c| c.span.slice(article.text))
        ])?;
    }
    Ok(Ingested::New {
        article: article_id,
        statements: analysis.statements.len(),
        quantities: analysis.quantities.len(),
    })
}

/// Fills the transliteration skeletons of people and aliases stored before schema 2.
fn backfill_skeletons(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    for table in ["people", "aliases"] {
        let keys: Vec<String> = tx
            .prepare(&format!(
                "SELECT DISTINCT key FROM {table} WHERE skeleton IS NULL"
            ))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut update = tx.prepare(&format!(
            "UPDATE {table} SET skeleton = ?2 WHERE key = ?1 AND skeleton IS NULL"
        ))?;
        for key in keys {
            update.execute(params![key, skeleton(&key)])?;
        }
    }
    let people: Vec<(i64, String)> = tx
        .prepare("SELECT id, skeleton FROM people WHERE surname IS NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, skel) in people {
        let surname = skel.rsplit(' ').next().unwrap_or(&skel).to_string();
        tx.execute(
            "UPDATE people SET surname = ?2 WHERE id = ?1",
            params![id, surname],
        )?;
    }
    Ok(())
}

/// The one person a query names, or None when none or several do.
fn only_person(tx: &Connection, sql: &str, arg: &str) -> rusqlite::Result<Option<i64>> {
    let mut stmt = tx.prepare_cached(sql)?;
    let ids: Vec<i64> = stmt
        .query_map(params![arg], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(match ids.as_slice() {
        [one] => Some(*one),
        _ => None,
    })
}

/// The person a speaker reference names, created on first sight. Spellings that differ in
/// case, accents or romanisation (Loukachenko / Lukashenko) are one person; a lone surname
/// and a full name ending with it are one person when exactly one person bears that surname.
/// Nothing else merges: two people who merely share a surname stay apart.
fn person_id(tx: &Connection, name: &str) -> Result<i64> {
    let key = name_key(name);
    let skel = skeleton(&key);
    let surname = skel.rsplit(' ').next().unwrap_or(&skel).to_string();
    let lone = !skel.contains(' ');
    // A spelling seen before: its alias and the person's fullest name are already stored.
    if let Some(id) = only_person(
        tx,
        "SELECT DISTINCT person_id FROM aliases WHERE key = ?1",
        &key,
    )? {
        return Ok(id);
    }
    let found = only_person(
        tx,
        "SELECT DISTINCT person_id FROM aliases WHERE skeleton = ?1",
        &skel,
    )?;
    let found = match found {
        Some(id) => Some(id),
        // "Poutine" → "Vladimir Poutine".
        None if lone => only_person(tx, "SELECT id FROM people WHERE surname = ?1", &surname)?,
        // "Alexandre Loukachenko" → the "Lukashenko" seen alone before.
        None => only_person(tx, "SELECT id FROM people WHERE skeleton = ?1", &surname)?,
    };
    let id = match found {
        Some(id) => id,
        None => {
            tx.prepare_cached(
                "INSERT INTO people (name, key, skeleton, surname) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![name, key, skel, surname])?;
            tx.last_insert_rowid()
        }
    };
    tx.prepare_cached(
        "INSERT OR IGNORE INTO aliases (person_id, alias, key, skeleton) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, name, key, skel])?;
    // The fullest spelling names the person.
    tx.prepare_cached(
        "UPDATE people SET name = ?2, skeleton = ?3, surname = ?4 WHERE id = ?1 AND length(name) < length(?2)",
    )?
    .execute(params![id, name, skel, surname])?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article<'a>(id: &'a str, text: &'a str) -> NewArticle<'a> {
        NewArticle {
            doc_id: id,
            text,
            ..Default::default()
        }
    }

    #[test]
    fn ingest_is_idempotent_and_searchable() {
        let engine = Engine::new().unwrap();
        let mut store = Store::open_in_memory().unwrap();
        let text = "Titre\n\n« Nous voyons ces éléments », a déclaré Vadym Skibitsky.";
        assert!(matches!(
            store.ingest(&engine, &article("a", text)).unwrap(),
            Ingested::New { statements: 1, .. }
        ));
        assert!(matches!(
            store.ingest(&engine, &article("a-again", text)).unwrap(),
            Ingested::Duplicate { .. }
        ));
        assert_eq!(store.counts().unwrap().0, 1);
        // Accents do not matter in search.
        let hits = store.search("elements", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].speaker_ref.as_deref(), Some("Vadym Skibitsky"));
    }

    #[test]
    fn bad_search_syntax_is_an_error_naming_the_query() {
        let engine = Engine::new().unwrap();
        let mut store = Store::open_in_memory().unwrap();
        store
            .ingest(
                &engine,
                &article("a", "Title\n\n\"We will win,\" said Jane Doe."),
            )
            .unwrap();
        let err = store.search("\"unbalanced", 10).unwrap_err();
        assert!(matches!(err, StoreError::Query { .. }), "{err}");
        assert!(err.to_string().contains("unbalanced"));
    }

    #[test]
    fn people_merge_across_articles_by_surname_and_accents() {
        let engine = Engine::new().unwrap();
        let mut store = Store::open_in_memory().unwrap();
        store
            .ingest(
                &engine,
                &article(
                    "a",
                    "Titre\n\nAlexandre Loukachenko a déclaré que tout allait bien.",
                ),
            )
            .unwrap();
        store
            .ingest(
                &engine,
                &article(
                    "b",
                    "Titre\n\nLoukachenko a déclaré que rien ne changerait.",
                ),
            )
            .unwrap();
        store
            .ingest(
                &engine,
                &article(
                    "c",
                    "Titre\n\nAlexandre LOUKACHENKO a déclaré que la paix viendrait.",
                ),
            )
            .unwrap();
        let people = store.people(10).unwrap();
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].statements, 3);
    }

    #[test]
    fn person_and_claims() {
        let engine = Engine::new().unwrap();
        let mut store = Store::open_in_memory().unwrap();
        store
            .ingest(
                &engine,
                &article(
                    "a",
                    "Titre\n\nMike Lyons a déclaré que 40 000 soldats pourraient venir.",
                ),
            )
            .unwrap();
        let said = store.person("lyons").unwrap();
        assert_eq!(said.len(), 1);
        let claims = store.claims(Some("soldats"), 10).unwrap();
        assert_eq!(claims.len(), 1);
        assert_eq!(
            (
                claims[0].value,
                claims[0].source_ref.as_deref(),
                claims[0].modality.as_str()
            ),
            (Some(40000.0), Some("Mike Lyons"), "hedged")
        );
    }

    #[test]
    fn reopening_a_file_keeps_its_data_and_schema() {
        let dir = std::env::temp_dir().join(format!("hearsay-store-test-{}", std::process::id()));
        let path = dir.join("h.db");
        let engine = Engine::new().unwrap();
        {
            let mut store = Store::open(&path).unwrap();
            store
                .ingest(
                    &engine,
                    &article("a", "Title\n\n\"We will win,\" said Jane Doe."),
                )
                .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len());
        assert_eq!(store.counts().unwrap().1, 1);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn day_numbers_and_recency_keys() {
        assert_eq!(day_number("1970-01-01"), Some(1));
        assert_eq!(day_number("2000-03-01T10:00:00Z"), Some(11_018));
        assert_eq!(day_number("2022-10-14"), Some(19_280));
        for bad in [
            "",
            "2022",
            "Tue, 04 Oct 2022",
            "2022-13-01",
            "1969-12-31",
            "２０２２-10-01",
        ] {
            assert_eq!(day_number(bad), None, "{bad:?}");
        }
        assert!(recency_key(Some("2022-10-14"), 5) > recency_key(Some("2022-10-13"), 9));
        assert!(recency_key(Some("2022-10-14"), 9) > recency_key(Some("2022-10-14"), 5));
        assert!(recency_key(None, 1 << 40) < recency_key(Some("1970-01-01"), 0));
    }

    #[test]
    fn search_gives_the_newest_first_and_undated_last() {
        let engine = Engine::new().unwrap();
        let mut store = Store::open_in_memory().unwrap();
        for (id, published) in [
            ("mid", Some("2021-05-01")),
            ("undated", None),
            ("new", Some("2023-01-09T08:00:00Z")),
            ("old", Some("2019-02-03")),
        ] {
            let text =
                format!("Title {id}\n\n\"The bridge will be built,\" said Jane Doe of {id}.");
            store
                .ingest(
                    &engine,
                    &NewArticle {
                        doc_id: id,
                        text: &text,
                        published,
                        ..Default::default()
                    },
                )
                .unwrap();
        }
        let order: Vec<String> = store
            .search("bridge", 10)
            .unwrap()
            .into_iter()
            .map(|h| h.doc_id)
            .collect();
        assert_eq!(order, ["new", "mid", "old", "undated"]);
        assert_eq!(store.search("bridge", 2).unwrap().len(), 2);
    }

    #[test]
    fn romanisations_merge_but_namesakes_do_not() {
        let engine = Engine::new().unwrap();
        let mut store = Store::open_in_memory().unwrap();
        let texts = [
            "Titre\n\nAlexandre Loukachenko a déclaré que tout allait bien.",
            "Title\n\nAlexander Lukashenko said the talks had failed.",
            "Title\n\nLukaschenko said nothing would change.",
            "Title\n\nVolodymyr Zelenskyy said the army would hold.",
            "Titre\n\nVolodymyr Zelensky a affirmé que l'armée tiendrait.",
            "Title\n\nJohn Smith said the plant would close.",
            "Title\n\nJane Smith said the plant would stay open.",
        ];
        for (k, text) in texts.iter().enumerate() {
            store
                .ingest(&engine, &article(&format!("a{k}"), text))
                .unwrap();
        }
        let people = store.people(10).unwrap();
        let count = |surname: &str| {
            people
                .iter()
                .filter(|p| {
                    p.name.contains(surname) || p.aliases.iter().any(|a| a.contains(surname))
                })
                .map(|p| p.statements)
                .collect::<Vec<_>>()
        };
        assert_eq!(count("ukas"), vec![3], "{people:?}");
        assert_eq!(count("Zelensk"), vec![2], "{people:?}");
        assert_eq!(count("Smith"), vec![1, 1], "{people:?}");
        // A lone "Smith" now names two people: it joins neither.
        store
            .ingest(&engine, &article("s", "Title\n\nSmith said it was over."))
            .unwrap();
        let people = store.people(10).unwrap();
        let smiths: Vec<i64> = people
            .iter()
            .filter(|p| p.name.contains("Smith"))
            .map(|p| p.statements)
            .collect();
        assert_eq!(smiths, vec![1, 1, 1], "{people:?}");
    }

    #[test]
    fn article_view_positions_statements_in_code_points() {
        let engine = Engine::new().unwrap();
        let mut store = Store::open_in_memory().unwrap();
        let text = "Titre\n\n« Nous voyons ces éléments », a déclaré Vadym Skibitsky.";
        let Ingested::New { article: id, .. } = store.ingest(&engine, &article("a", text)).unwrap()
        else {
            panic!("not new")
        };
        let view = store.article(id).unwrap().unwrap();
        let s = &view.statements[0];
        let chars: Vec<char> = view.text.chars().collect();
        let quoted: String = chars[s.start as usize..s.end as usize].iter().collect();
        assert_eq!(quoted, s.quote);
        assert!(s.quote.contains("éléments"));
        let person = store.person_by_id(s.person.unwrap()).unwrap().unwrap();
        assert_eq!(person.person.name, "Vadym Skibitsky");
        assert_eq!(person.statements.len(), 1);
        assert!(store.article(id + 1).unwrap().is_none());
        assert!(store.person_by_id(999).unwrap().is_none());
    }

    #[test]
    fn a_version_1_file_is_migrated_forward() {
        let dir = std::env::temp_dir().join(format!("hearsay-store-v1-{}", std::process::id()));
        let path = dir.join("old.db");
        std::fs::create_dir_all(&dir).unwrap();
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[0]).unwrap();
            conn.pragma_update(None, "user_version", 1).unwrap();
            conn.execute(
                "INSERT INTO people (name, key) VALUES ('Alexandre Loukachenko', 'alexandre loukachenko')",
                [],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO aliases (person_id, alias, key) VALUES (1, 'Alexandre Loukachenko', 'alexandre loukachenko')",
                [],
            )
            .unwrap();
            conn.execute_batch(
                "INSERT INTO articles (doc_id, lang, text, content_hash, published) VALUES ('old', 'fr', 'T\n\nIl a dit que la frontière restait fermée.', 'h', '2022-10-01');
                 INSERT INTO statements (article_id, idx, quote_start, quote_end, quote, direct, speaker_ref, person_id)
                   VALUES (1, 0, 14, 40, 'la frontière restait fermée', 0, 'Alexandre Loukachenko', 1);
                 INSERT INTO statements_fts (rowid, quote, speaker_ref) VALUES (1, 'la frontière restait fermée', 'Alexandre Loukachenko');",
            )
            .unwrap();
        }
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len());
        let engine = Engine::new().unwrap();
        store
            .ingest(
                &engine,
                &article("b", "Title\n\nLukashenko said the talks had failed."),
            )
            .unwrap();
        let people = store.people(10).unwrap();
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].statements, 2);
        // Statements stored before the recency index are found through it.
        let hits = store.search("frontiere", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].doc_id, "old");
        let _ = std::fs::remove_dir_all(dir);
    }
}
