//! The write side of the store: analyses an article and stores it with its statements,
//! quantities and people inside the caller's transaction; duplicates write nothing.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

use hearsay_engine::resolve::name_key;
use hearsay_engine::{Analysis, CharOffsets, Engine};

use crate::schema::{day_key, recency_key, speaker_skeleton, ID_BITS};
use crate::translit::skeleton;
use crate::{Result, StoreError};

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

/// The first line of a text, when it reads as a headline: short and followed by more text.
pub(crate) fn headline(text: &str) -> Option<&str> {
    let (first, rest) = text.split_once('\n')?;
    let first = first.trim();
    (!first.is_empty() && first.chars().count() <= 300 && !rest.trim().is_empty()).then_some(first)
}

/// The plain string an enum serialises to ("at_most", "hedged").
pub(crate) fn serde_plain<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The SHA-256 of an article's text, which makes re-ingesting the same text a no-op.
pub(crate) fn content_hash(text: &str) -> String {
    format!("{:x}", Sha256::digest(text.as_bytes()))
}

/// The stored article with this content hash or this URL, if any.
pub(crate) fn existing(conn: &Connection, hash: &str, url: Option<&str>) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM articles WHERE content_hash = ?1 UNION ALL SELECT id FROM articles WHERE url = ?2 LIMIT 1",
        )?
        .query_row(params![hash, url], |r| r.get(0))
        .optional()?)
}

/// An article ready to write: already stored, or analysed.
pub(crate) enum Prepared {
    /// Already in the store (checked again when written).
    Duplicate(i64),
    /// Analysed, with its content hash.
    New(String, Analysis),
}

/// Checks for a duplicate and analyses the article, outside any transaction: the write
/// lock, which concurrent writers share, is held only while rows are written.
pub(crate) fn prepare(
    conn: &Connection,
    engine: &Engine,
    article: &NewArticle,
) -> Result<Prepared> {
    match check(conn, article)? {
        Err(id) => Ok(Prepared::Duplicate(id)),
        Ok(hash) => analyse(engine, article, hash),
    }
}

/// The article's content hash when it is new, else the stored duplicate's row id.
pub(crate) fn check(
    conn: &Connection,
    article: &NewArticle,
) -> Result<std::result::Result<String, i64>> {
    let hash = content_hash(article.text);
    Ok(match existing(conn, &hash, article.url)? {
        Some(id) => Err(id),
        None => Ok(hash),
    })
}

/// Analyses a new article (no database needed: this runs on any thread).
pub(crate) fn analyse(engine: &Engine, article: &NewArticle, hash: String) -> Result<Prepared> {
    let analysis = engine
        .analyze(article.text, article.lang)
        .map_err(|source| StoreError::Analysis {
            doc_id: article.doc_id.to_string(),
            source,
        })?;
    Ok(Prepared::New(hash, analysis))
}

/// Writes a prepared article with its statements and quantities inside the caller's
/// transaction; a duplicate (same content hash or same URL, perhaps stored by another writer
/// since it was prepared) writes nothing.
pub(crate) fn write_prepared(
    conn: &Connection,
    article: &NewArticle,
    prepared: &Prepared,
) -> Result<Ingested> {
    let (hash, analysis) = match prepared {
        Prepared::Duplicate(id) => return Ok(Ingested::Duplicate { article: *id }),
        Prepared::New(hash, analysis) => (hash, analysis),
    };
    if let Some(id) = existing(conn, hash, article.url)? {
        return Ok(Ingested::Duplicate { article: id });
    }
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
        // Only a named speaker is someone other articles may quote: a description ("the
        // company"), a group or an anonymous source is only itself and is never merged.
        let kind = s.speaker_kind.map(|k| k.as_str());
        let person = match (&s.speaker_ref, s.speaker_kind) {
            (Some(name), Some(k)) if k.is_named() => {
                let id = person_id(conn, name, k.as_str())?;
                conn.prepare_cached("UPDATE people SET statements = statements + 1 WHERE id = ?1")?
                    .execute(params![id])?;
                Some(id)
            }
            _ => None,
        };
        let (qs, qe) = map.chars(s.quote);
        let (idx, qs, qe) = (idx as i64, qs as i64, qe as i64);
        conn.prepare_cached(
            "INSERT INTO statements (article_id, idx, quote_start, quote_end, quote, direct, speaker, speaker_ref, person_id, verb, role, speaker_kind)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?
        .execute(params![article_id, idx, qs, qe, s.quote.slice(article.text), s.direct, slice(s.speaker), s.speaker_ref, person, slice(s.verb), slice(s.role), kind],
        )?;
        let id = conn.last_insert_rowid();
        conn.prepare_cached(
            "INSERT INTO statements_fts (rowid, quote, speaker_ref, speaker_skeleton) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![
            recency_key(article.published, id),
            s.quote.slice(article.text),
            s.speaker_ref,
            person.and(s.speaker_ref.as_deref()).map(speaker_skeleton)
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

/// The one person a query names, or None when none or several do.
pub(crate) fn only_person(tx: &Connection, sql: &str, arg: &str) -> rusqlite::Result<Option<i64>> {
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
pub(crate) fn person_id(tx: &Connection, name: &str, kind: &str) -> Result<i64> {
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
                "INSERT INTO people (name, key, skeleton, surname, kind) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![name, key, skel, surname, kind])?;
            tx.last_insert_rowid()
        }
    };
    tx.prepare_cached(
        "INSERT OR IGNORE INTO aliases (person_id, alias, key, skeleton) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, name, key, skel])?;
    // A surer kind replaces an unknown one ("named" → "person").
    tx.prepare_cached(
        "UPDATE people SET kind = ?2 WHERE id = ?1 AND (kind IS NULL OR kind = 'named') AND ?2 <> 'named'",
    )?
    .execute(params![id, kind])?;
    // The fullest spelling names the person.
    tx.prepare_cached(
        "UPDATE people SET name = ?2, skeleton = ?3, surname = ?4 WHERE id = ?1 AND length(name) < length(?2)",
    )?
    .execute(params![id, name, skel, surname])?;
    Ok(id)
}
