//! The read side of the store: search, listings, one article, one person and claims, each
//! one query returning the serialisable views the CLI and the API print.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use hearsay_engine::resolve::name_key;

use crate::schema::speaker_skeleton;
use crate::schema::ID_MASK;
use crate::translit::skeleton;
use crate::{Result, Store, StoreError};

/// Which rows of a list to return: `limit` rows from row `offset` (0 is the first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Rows skipped.
    pub offset: usize,
    /// Most rows returned.
    pub limit: usize,
}

impl Window {
    /// The first `limit` rows.
    pub fn first(limit: usize) -> Window {
        Window { offset: 0, limit }
    }

    fn sql(self) -> (i64, i64) {
        (
            i64::try_from(self.limit).unwrap_or(i64::MAX),
            i64::try_from(self.offset).unwrap_or(i64::MAX),
        )
    }
}

/// One page of a longer list: the rows of a window and how many rows the list has in all,
/// so that a reader sees "100 of 950" and can page through every row.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Page<T> {
    /// Rows in the whole list.
    pub total: i64,
    /// Rows skipped before this page.
    pub offset: usize,
    /// This page's rows.
    pub items: Vec<T>,
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
    /// What kind of speaker: person, organisation, named, group, description or anonymous
    /// (unknown for statements stored before schema 6).
    pub speaker_kind: Option<String>,
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
    /// What kind of speaker: person, organisation, named, group, description or anonymous
    /// (unknown for statements stored before schema 6).
    pub speaker_kind: Option<String>,
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
    /// What they said: a window of it, oldest first, and how many statements in all.
    pub statements: Page<Hit>,
}

/// A person and how often they are quoted.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Person {
    /// The person's row id.
    pub id: i64,
    /// Person, organisation or named (a name of no known kind); unknown for people stored
    /// before schema 6.
    pub kind: Option<String>,
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

impl Store {
    /// Statements matching a full-text query, newest article first (undated articles last).
    pub fn search(&self, query: &str, window: Window) -> Result<Page<Hit>> {
        let (limit, offset) = window.sql();
        let expanded = with_name_spellings(query);
        // The index is in recency order: it yields the newest matches of the window and stops.
        let page = self
            .conn
            .prepare_cached(&format!(
                "SELECT {HIT_COLUMNS}
             FROM (SELECT rowid AS k FROM statements_fts WHERE statements_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2 OFFSET ?4) f
             JOIN statements s ON s.id = (f.k & ?3) JOIN articles a ON a.id = s.article_id
             ORDER BY f.k DESC"
            ))
            .and_then(|mut stmt| {
                stmt.query_map(params![expanded, limit, ID_MASK, offset], hit_from_row)?
                    .collect::<rusqlite::Result<Vec<Hit>>>()
            })
            .and_then(|items| {
                let total = self
                    .conn
                    .prepare_cached("SELECT COUNT(*) FROM statements_fts WHERE statements_fts MATCH ?1")?
                    .query_row(params![expanded], |r| r.get(0))?;
                Ok(Page { total, offset: window.offset, items })
            });
        page.map_err(|e| match e {
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
    pub fn people(&self, window: Window) -> Result<Page<Person>> {
        let (limit, offset) = window.sql();
        let mut stmt = self.conn.prepare_cached(
            &format!("SELECT {PERSON_COLUMNS} FROM people WHERE statements > 0 ORDER BY statements DESC, id LIMIT ?1 OFFSET ?2"),
        )?;
        let people = stmt
            .query_map(params![limit, offset], person_from_row)?
            .collect::<rusqlite::Result<Vec<Person>>>()?;
        let items = people
            .into_iter()
            .map(|p| self.with_aliases(p))
            .collect::<Result<Vec<Person>>>()?;
        let total = self.count("SELECT COUNT(*) FROM people WHERE statements > 0", [])?;
        Ok(Page {
            total,
            offset: window.offset,
            items,
        })
    }

    /// The one number a counting query gives.
    pub(crate) fn count(&self, sql: &str, args: impl rusqlite::Params) -> rusqlite::Result<i64> {
        self.conn.prepare_cached(sql)?.query_row(args, |r| r.get(0))
    }

    /// The people a name may mean, tried from the surest match to the loosest, stopping at
    /// the first that finds anyone: a spelling seen before ("Loukachenko"), a romanisation of
    /// one (its transliteration skeleton: "Lukashenko"), then a lone surname against full
    /// names ("Lukashenko" → "Alexander Lukashenko"). Several people at that step are all
    /// returned, most quoted first, for the reader to choose: a surname is never guessed.
    pub fn find_people(&self, name: &str) -> Result<Vec<Person>> {
        let key = name_key(name);
        let skel = skeleton(&key);
        if key.is_empty() {
            return Ok(Vec::new());
        }
        let lone = !skel.contains(' ');
        let steps: [(&str, &str, bool); 3] = [
            (
                "SELECT DISTINCT person_id FROM aliases WHERE key = ?1",
                &key,
                true,
            ),
            (
                "SELECT DISTINCT person_id FROM aliases WHERE skeleton = ?1",
                &skel,
                true,
            ),
            ("SELECT id FROM people WHERE surname = ?1", &skel, lone),
        ];
        for (sql, arg, applies) in steps {
            if !applies {
                continue;
            }
            let ids: Vec<i64> = self
                .conn
                .prepare_cached(sql)?
                .query_map(params![arg], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if ids.is_empty() {
                continue;
            }
            let mut people = ids
                .into_iter()
                .filter_map(|id| self.person_row(id).transpose())
                .collect::<Result<Vec<Person>>>()?;
            people.sort_by(|a, b| b.statements.cmp(&a.statements).then(a.id.cmp(&b.id)));
            return Ok(people);
        }
        Ok(Vec::new())
    }

    /// One person's row with their other spellings, or None when no person has that id.
    fn person_row(&self, id: i64) -> Result<Option<Person>> {
        let person = self
            .conn
            .prepare_cached(&format!(
                "SELECT {PERSON_COLUMNS} FROM people WHERE id = ?1"
            ))?
            .query_row(params![id], person_from_row)
            .optional()?;
        person.map(|p| self.with_aliases(p)).transpose()
    }

    /// Numeric claims, optionally only those whose counted words or text contain `about`.
    pub fn claims(&self, about: Option<&str>, window: Window) -> Result<Page<Claim>> {
        let (limit, offset) = window.sql();
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
                     ORDER BY q.recency DESC LIMIT ?1 OFFSET ?2"
                ))?;
                let rows = stmt.query_map(params![limit, offset], claim_from_row)?;
                let items = rows.collect::<rusqlite::Result<Vec<Claim>>>()?;
                (items, self.count("SELECT COUNT(*) FROM quantities", [])?)
            }
            Some(words) => {
                let mut stmt = self.conn.prepare_cached(&format!(
                    "SELECT {CLAIM_COLUMNS}
                     FROM (SELECT rowid AS k FROM quantities_fts WHERE quantities_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2 OFFSET ?3) f
                     JOIN quantities q ON q.recency = f.k JOIN articles a ON a.id = q.article_id
                     ORDER BY f.k DESC"
                ))?;
                let rows = stmt.query_map(params![words, limit, offset], claim_from_row)?;
                let items = rows.collect::<rusqlite::Result<Vec<Claim>>>()?;
                let total = self.count(
                    "SELECT COUNT(*) FROM quantities_fts WHERE quantities_fts MATCH ?1",
                    params![words],
                )?;
                (items, total)
            }
        };
        let (items, total) = rows;
        Ok(Page {
            total,
            offset: window.offset,
            items,
        })
    }

    /// The most recently published (else ingested) articles.
    pub fn articles(&self, window: Window) -> Result<Page<ArticleSummary>> {
        let (limit, offset) = window.sql();
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.doc_id, a.title, a.published, a.outlet, substr(a.text, 1, 300),
                    (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id)
             FROM articles a ORDER BY a.recency DESC LIMIT ?1 OFFSET ?2",
        )?;
        let rows = stmt.query_map(params![limit, offset], |r| {
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
        let items = rows.collect::<rusqlite::Result<_>>()?;
        Ok(Page {
            total: self.count("SELECT COUNT(*) FROM articles", [])?,
            offset: window.offset,
            items,
        })
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
            "SELECT id, idx, quote_start, quote_end, quote, direct, speaker, speaker_ref, person_id, verb, role, speaker_kind
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
                    speaker_kind: r.get(11)?,
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
    pub fn person_by_id(&self, id: i64, window: Window) -> Result<Option<PersonView>> {
        let Some(person) = self.person_row(id)? else {
            return Ok(None);
        };
        let statements = Page {
            total: person.statements,
            offset: window.offset,
            items: self.statements_of(id, window)?,
        };
        Ok(Some(PersonView { person, statements }))
    }

    /// The person with their other spellings of the name.
    fn with_aliases(&self, mut person: Person) -> Result<Person> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT alias FROM aliases WHERE person_id = ?1 ORDER BY alias")?;
        let all = stmt
            .query_map(params![person.id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        person.aliases = all.into_iter().filter(|a| *a != person.name).collect();
        Ok(person)
    }

    /// Every statement attributed to a person, oldest article first.
    fn statements_of(&self, person: i64, window: Window) -> Result<Vec<Hit>> {
        let (limit, offset) = window.sql();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {HIT_COLUMNS}
             FROM statements s JOIN articles a ON a.id = s.article_id
             WHERE s.person_id = ?1
             ORDER BY a.published IS NULL, a.published, a.id, s.idx
             LIMIT ?2 OFFSET ?3"
        ))?;
        let rows = stmt.query_map(params![person, limit, offset], hit_from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<Hit>>>()?)
    }
}

/// The query with each bare word also sought among the speakers' transliteration skeletons
/// (`Lukashenko` → `(Lukashenko OR speaker_skeleton:"lukasenko")`), so that a name finds
/// what its other spellings said. Phrases, prefixes, column filters, operators and words of
/// fewer than three letters are left as written, and so is a query that does not parse: it
/// fails the same way.
///
/// Written by hand: FTS5 offers no query rewriting hook, and the rewrite only needs to know
/// what lies inside double quotes.
fn with_name_spellings(query: &str) -> String {
    let mut rewrite = Rewrite {
        out: String::with_capacity(query.len() * 2),
        after_term: false,
        after_group: false,
    };
    let mut word = String::new();
    let mut quoted = false;
    for c in query.chars() {
        if quoted {
            rewrite.out.push(c);
            if c == '"' {
                quoted = false;
                rewrite.close(false);
            }
        } else if c == '"' {
            rewrite.word(&std::mem::take(&mut word));
            rewrite.open(false);
            rewrite.out.push(c);
            quoted = true;
        } else if c.is_whitespace() || c == '(' || c == ')' {
            rewrite.word(&std::mem::take(&mut word));
            if c == '(' {
                rewrite.open(false);
                rewrite.after_term = false;
            }
            rewrite.out.push(c);
            if c == ')' {
                rewrite.close(true);
            }
        } else {
            word.push(c);
        }
    }
    rewrite.word(&word);
    rewrite.out
}

/// The query being rewritten by `with_name_spellings`. FTS5 reads "a (b OR c)" as an error:
/// where a group meets a neighbouring term, an explicit AND goes between them.
struct Rewrite {
    out: String,
    /// The last thing written is a term (a word, a phrase or a group) …
    after_term: bool,
    /// … and that term is a group.
    after_group: bool,
}

impl Rewrite {
    /// Before a term (`group` when it is one): the AND it needs after the term before.
    fn open(&mut self, group: bool) {
        if (group || self.after_group) && self.after_term {
            self.out.push_str("AND ");
        }
    }

    /// After a term.
    fn close(&mut self, group: bool) {
        self.after_term = true;
        self.after_group = group;
    }

    /// One bare word: an operator as it is, a plain word of three letters or more also
    /// sought in the speakers' skeletons, anything else (prefix, column filter) as it is.
    fn word(&mut self, word: &str) {
        if word.is_empty() {
            return;
        }
        if matches!(word, "AND" | "OR" | "NOT" | "NEAR") {
            self.out.push_str(word);
            self.after_term = false;
            self.after_group = false;
            return;
        }
        let plain = word.chars().count() >= 3 && word.chars().all(char::is_alphabetic);
        let skeleton = speaker_skeleton(word);
        let group = plain && !skeleton.is_empty();
        self.open(group);
        if group {
            self.out
                .push_str(&format!("({word} OR speaker_skeleton:\"{skeleton}\")"));
        } else {
            self.out.push_str(word);
        }
        self.close(group);
    }
}

/// The columns `person_from_row` reads, over `people`.
const PERSON_COLUMNS: &str = "id, name, statements, kind";

/// A person row, as selected by `PERSON_COLUMNS`, without its other spellings.
fn person_from_row(r: &rusqlite::Row) -> rusqlite::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        name: r.get(1)?,
        statements: r.get(2)?,
        kind: r.get(3)?,
        aliases: Vec::new(),
    })
}

/// The columns `hit_from_row` reads, over statements `s` joined to their articles `a`.
pub(crate) const HIT_COLUMNS: &str = "s.id, a.id, a.doc_id, a.title, a.published, s.quote, s.speaker, s.speaker_ref, s.verb, s.person_id, a.outlet, s.speaker_kind";

/// The columns `claim_from_row` reads, over quantities `q` joined to their articles `a`.
pub(crate) const CLAIM_COLUMNS: &str = "a.id, a.doc_id, q.span_start, q.span_end, q.statement_idx, a.published, q.text, q.value, q.low, q.high, q.bound, q.unit, q.counted, q.source_ref, q.modality, a.title";

/// A claim row, as selected by `CLAIM_COLUMNS`.
pub(crate) fn claim_from_row(r: &rusqlite::Row) -> rusqlite::Result<Claim> {
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
pub(crate) fn hit_from_row(r: &rusqlite::Row) -> rusqlite::Result<Hit> {
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
        speaker_kind: r.get(11)?,
    })
}
