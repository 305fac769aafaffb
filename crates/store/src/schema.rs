//! The store's schema: one migration per version, the recency keys that order listings, and
//! the fills that give rows stored before a migration what it added.

use rusqlite::{params, Connection};

use crate::translit::skeleton;

/// The schema, one migration per version; `PRAGMA user_version` records how far a file is.
pub(crate) const MIGRATIONS: &[&str] = &[
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
    // every match (filled from the statements by `fill_statements_index`).
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
    // 6: the kind of each speaker (person, organisation, named, group, description,
    // anonymous) and of each person; rows stored before stay unknown (NULL), as only a new
    // analysis can tell.
    "ALTER TABLE statements ADD COLUMN speaker_kind TEXT;
    ALTER TABLE people ADD COLUMN kind TEXT;",
    // 7: the full-text index also holds each speaker's transliteration skeleton, so that a
    // search for "Lukashenko" finds what "Loukachenko" said (filled by
    // `fill_statements_index`).
    "DROP TABLE statements_fts;
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        quote, speaker_ref, speaker_skeleton, content='', tokenize='unicode61 remove_diacritics 2'
    );",
];

/// Bits of a recency key that hold the row id; the bits above hold the day.
pub(crate) const ID_BITS: u32 = 32;
/// The row-id part of a recency key.
pub(crate) const ID_MASK: i64 = (1 << ID_BITS) - 1;

/// The recency key of a row (statement, quantity, article): its article's publication day
/// (days since 1970-01-01 plus one; 0 when unknown, so undated articles come last), then
/// its own id. Full-text row ids and listing order both use it.
pub(crate) fn recency_key(published: Option<&str>, id: i64) -> i64 {
    day_key(published.and_then(day_number).unwrap_or(0), id)
}

/// The recency key of row `id` of an article published on `day` (see `recency_key`).
pub(crate) fn day_key(day: i64, id: i64) -> i64 {
    (day << ID_BITS) | (id & ID_MASK)
}

/// 1 + days since 1970-01-01 of a date that starts "YYYY-MM-DD" (ISO 8601, RFC 3339).
pub(crate) fn day_number(date: &str) -> Option<i64> {
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
pub(crate) fn fill_listing_keys(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
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

/// Fills the full-text index of statements, keyed by recency, from the stored statements
/// (schema 4); with the speakers' skeletons from schema 7 on.
pub(crate) fn fill_statements_index(
    tx: &rusqlite::Transaction,
    with_skeletons: bool,
) -> rusqlite::Result<()> {
    let mut rows = tx.prepare(
        "SELECT s.id, a.published, s.quote, s.speaker_ref, s.person_id FROM statements s JOIN articles a ON a.id = s.article_id",
    )?;
    let mut insert = tx.prepare(if with_skeletons {
        "INSERT INTO statements_fts (rowid, quote, speaker_ref, speaker_skeleton) VALUES (?1, ?2, ?3, ?4)"
    } else {
        "INSERT INTO statements_fts (rowid, quote, speaker_ref) VALUES (?1, ?2, ?3)"
    })?;
    let mut it = rows.query([])?;
    while let Some(r) = it.next()? {
        let published: Option<String> = r.get(1)?;
        let quote: String = r.get(2)?;
        let speaker: Option<String> = r.get(3)?;
        let key = recency_key(published.as_deref(), r.get(0)?);
        if with_skeletons {
            // Only speakers merged into a person are names to spell other ways.
            let person: Option<i64> = r.get(4)?;
            let skeleton = person.and(speaker.as_deref()).map(speaker_skeleton);
            insert.execute(params![key, quote, speaker, skeleton])?;
        } else {
            insert.execute(params![key, quote, speaker])?;
        }
    }
    Ok(())
}

/// The words a speaker's name is indexed under besides its spelling: their transliteration
/// skeletons ("Loukachenko" → "lukasenko").
pub(crate) fn speaker_skeleton(name: &str) -> String {
    skeleton(&hearsay_engine::resolve::name_key(name))
}

/// Fills the transliteration skeletons of people and aliases stored before schema 2.
pub(crate) fn backfill_skeletons(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
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

/// Migrates the open file to the current schema, one transaction per version. Each takes
/// the write lock first and reads the version inside it, so that two processes opening a new
/// or old file at once migrate it once, the second finding the work done.
pub(crate) fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    loop {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let Some(sql) = usize::try_from(version)
            .ok()
            .and_then(|v| MIGRATIONS.get(v))
        else {
            return Ok(());
        };
        tx.execute_batch(sql)?;
        // Rows stored before a migration get what it added, computed in Rust.
        match version + 1 {
            2 => backfill_skeletons(&tx)?,
            4 => fill_statements_index(&tx, false)?,
            5 => fill_listing_keys(&tx)?,
            7 => fill_statements_index(&tx, true)?,
            _ => {}
        }
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
}
