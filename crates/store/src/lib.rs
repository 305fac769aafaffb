//! The hearsay store: articles with their statements, quantities and people in one SQLite
//! file, with full-text search over what was said. Schema versioned, migrated on open.
//!
//! ```
//! let engine = hearsay_engine::Engine::new().unwrap();
//! let mut store = hearsay_store::Store::open_in_memory().unwrap();
//! let article = hearsay_store::NewArticle { doc_id: "a1", text: "Title\n\n\"We will win,\" said Jane Doe.", lang: None, title: None, url: None, published: None };
//! let outcome = store.ingest(&engine, &article).unwrap();
//! assert!(matches!(outcome, hearsay_store::Ingested::New { statements: 1, .. }));
//! assert_eq!(store.search("win", 10).unwrap()[0].speaker_ref.as_deref(), Some("Jane Doe"));
//! ```
#![warn(missing_docs)]

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

use hearsay_engine::resolve::name_key;
use hearsay_engine::{CharOffsets, Engine};

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
];

/// An article to ingest.
#[derive(Debug, Clone, Copy)]
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
}

/// A person and how often they are quoted.
#[derive(Debug, Clone, Serialize)]
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
pub struct Claim {
    /// The article's document id.
    pub doc_id: String,
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
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(wrap)?;
        let mut store = Store { conn };
        store.migrate().map_err(wrap)?;
        Ok(store)
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
        let hash = format!("{:x}", Sha256::digest(article.text.as_bytes()));
        let existing: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM articles WHERE content_hash = ?1 OR (url IS NOT NULL AND url = ?2)",
                params![hash, article.url],
                |r| r.get(0),
            )
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
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO articles (doc_id, title, url, published, lang, text, content_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![article.doc_id, article.title, article.url, article.published, analysis.lang, article.text, hash],
        )?;
        let article_id = tx.last_insert_rowid();
        let slice = |s: Option<hearsay_engine::Span>| s.map(|s| s.slice(article.text).to_string());
        for (idx, s) in analysis.statements.iter().enumerate() {
            let person = match &s.speaker_ref {
                Some(name) if name.chars().next().is_some_and(char::is_uppercase) => {
                    Some(person_id(&tx, name)?)
                }
                _ => None,
            };
            let (qs, qe) = map.chars(s.quote);
            let (idx, qs, qe) = (idx as i64, qs as i64, qe as i64);
            tx.execute(
                "INSERT INTO statements (article_id, idx, quote_start, quote_end, quote, direct, speaker, speaker_ref, person_id, verb, role)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![article_id, idx, qs, qe, s.quote.slice(article.text), s.direct, slice(s.speaker), s.speaker_ref, person, slice(s.verb), slice(s.role)],
            )?;
            let id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO statements_fts (rowid, quote, speaker_ref) VALUES (?1, ?2, ?3)",
                params![id, s.quote.slice(article.text), s.speaker_ref],
            )?;
        }
        for q in &analysis.quantities {
            let (a, b) = map.chars(q.span);
            let (a, b, statement) = (a as i64, b as i64, q.statement.map(|k| k as i64));
            let bound = serde_plain(&q.bound);
            let modality = serde_plain(&q.modality);
            tx.execute(
                "INSERT INTO quantities (article_id, statement_idx, span_start, span_end, text, value, low, high, bound, unit, counted, counted_head, source_ref, modality)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                params![
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
                    modality
                ],
            )?;
        }
        tx.commit()?;
        Ok(Ingested::New {
            article: article_id,
            statements: analysis.statements.len(),
            quantities: analysis.quantities.len(),
        })
    }

    /// Statements matching a full-text query, newest article first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {HIT_COLUMNS}
             FROM statements_fts f JOIN statements s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id
             WHERE statements_fts MATCH ?1
             ORDER BY a.published IS NULL, a.published DESC, a.id DESC, s.idx
             LIMIT ?2"
        ))?;
        let rows = stmt.query_map(params![query, limit as i64], hit_from_row);
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
            "SELECT p.id, p.name, COUNT(s.id) AS n FROM people p LEFT JOIN statements s ON s.person_id = p.id
             GROUP BY p.id ORDER BY n DESC, p.name LIMIT ?1",
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
        let mut aliases = self
            .conn
            .prepare("SELECT alias FROM aliases WHERE person_id = ?1 ORDER BY alias")?;
        people
            .into_iter()
            .map(|mut p| {
                p.aliases = aliases
                    .query_map(params![p.id], |r| r.get::<_, String>(0))?
                    .collect::<rusqlite::Result<Vec<String>>>()?
                    .into_iter()
                    .filter(|a| *a != p.name)
                    .collect();
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
        let Some(person) = person else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {HIT_COLUMNS}
             FROM statements s JOIN articles a ON a.id = s.article_id
             WHERE s.person_id = ?1
             ORDER BY a.published IS NULL, a.published, a.id, s.idx"
        ))?;
        let rows = stmt.query_map(params![person], hit_from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<Hit>>>()?)
    }

    /// Numeric claims, optionally only those whose counted words or text contain `about`.
    pub fn claims(&self, about: Option<&str>, limit: usize) -> Result<Vec<Claim>> {
        let pattern = about.map(|a| format!("%{}%", a.to_lowercase()));
        let mut stmt = self.conn.prepare(
            "SELECT a.doc_id, a.published, q.text, q.value, q.low, q.high, q.bound, q.unit, q.counted, q.source_ref, q.modality
             FROM quantities q JOIN articles a ON a.id = q.article_id
             WHERE ?1 IS NULL OR lower(coalesce(q.counted, '')) LIKE ?1 OR lower(q.text) LIKE ?1
             ORDER BY a.published IS NULL, a.published DESC, a.id DESC, q.span_start
             LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![pattern, limit as i64], |r| {
            Ok(Claim {
                doc_id: r.get(0)?,
                published: r.get(1)?,
                text: r.get(2)?,
                value: r.get(3)?,
                low: r.get(4)?,
                high: r.get(5)?,
                bound: r.get(6)?,
                unit: r.get(7)?,
                counted: r.get(8)?,
                source_ref: r.get(9)?,
                modality: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<Claim>>>()?)
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
const HIT_COLUMNS: &str =
    "s.id, a.id, a.doc_id, a.title, a.published, s.quote, s.speaker, s.speaker_ref, s.verb";

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
    })
}

/// The plain string an enum serialises to ("at_most", "hedged").
fn serde_plain<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The person a speaker reference names, created on first sight. Spellings that differ only
/// in case and accents are one person; a lone surname joins the one person who bears it.
fn person_id(tx: &rusqlite::Transaction, name: &str) -> Result<i64> {
    let key = name_key(name);
    let found: Option<i64> = tx
        .query_row(
            "SELECT person_id FROM aliases WHERE key = ?1 LIMIT 1",
            params![key],
            |r| r.get(0),
        )
        .optional()?;
    let id = match found {
        Some(id) => id,
        None => {
            // "Poutine" → "Vladimir Poutine", only when exactly one person ends with that word.
            let single = !key.contains(' ');
            let surname_match: Vec<i64> = if single {
                let mut stmt = tx.prepare("SELECT id FROM people WHERE key LIKE ?1")?;
                let rows = stmt.query_map(params![format!("% {key}")], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<Vec<i64>>>()?
            } else {
                Vec::new()
            };
            match surname_match.as_slice() {
                [one] => *one,
                _ => {
                    tx.execute(
                        "INSERT INTO people (name, key) VALUES (?1, ?2)",
                        params![name, key],
                    )?;
                    tx.last_insert_rowid()
                }
            }
        }
    };
    tx.execute(
        "INSERT OR IGNORE INTO aliases (person_id, alias, key) VALUES (?1, ?2, ?3)",
        params![id, name, key],
    )?;
    // The fullest spelling names the person.
    tx.execute(
        "UPDATE people SET name = ?2 WHERE id = ?1 AND length(name) < length(?2)",
        params![id, name],
    )?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article<'a>(id: &'a str, text: &'a str) -> NewArticle<'a> {
        NewArticle {
            doc_id: id,
            text,
            lang: None,
            title: None,
            url: None,
            published: None,
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
}
