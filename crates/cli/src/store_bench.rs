//! `hearsay bench-store`: ingest throughput into a fresh store, then search latency on that
//! store grown to a target number of statements. Ingest analyses on every core and writes on
//! one thread (engine included); searches run on one thread.
//!
//! Articles are the inputs repeated, each copy made unique (a numbered last line, its own
//! date and URL) so that deduplication stores every one, as it would new articles.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use hearsay_engine::Engine;
use hearsay_store::{NewArticle, Store};

use crate::input;

/// What to measure.
pub struct Options<'a> {
    /// Articles for the ingest measure.
    pub articles: usize,
    /// Statements the store must hold before searches are timed.
    pub statements: i64,
    /// Searches to time.
    pub queries: usize,
    /// Keep the store here instead of a temporary file.
    pub db: Option<&'a Path>,
    /// Inputs (.txt, .jsonl, directories).
    pub paths: &'a [PathBuf],
}

/// One copy of one input, unique by its number.
struct Copy {
    id: String,
    text: String,
    url: String,
    published: String,
}

fn copy(doc: &input::Document, n: usize) -> Copy {
    Copy {
        id: format!("{}-{n}", doc.id),
        text: format!("{}\n\nCopy {n}.", doc.text),
        url: format!("https://bench.example/{n}"),
        // Dates spread over eight years so that "newest first" has work to do.
        published: format!(
            "{:04}-{:02}-{:02}",
            2018 + (n / 336) % 8,
            1 + (n / 28) % 12,
            1 + n % 28
        ),
    }
}

/// Ingests `count` copies starting at number `from`, in the CLI's batches; returns bytes.
fn ingest_copies(
    store: &mut Store,
    engine: &Engine,
    docs: &[input::Document],
    from: usize,
    count: usize,
) -> Result<usize> {
    let mut bytes = 0;
    let mut n = from;
    while n < from + count {
        let end = (n + crate::INGEST_BATCH).min(from + count);
        let copies: Vec<Copy> = (n..end).map(|k| copy(&docs[k % docs.len()], k)).collect();
        let articles: Vec<NewArticle> = copies
            .iter()
            .zip(n..end)
            .map(|(c, k)| NewArticle {
                doc_id: &c.id,
                text: &c.text,
                lang: docs[k % docs.len()].lang.as_deref(),
                url: Some(&c.url),
                published: Some(&c.published),
                ..Default::default()
            })
            .collect();
        for outcome in store.ingest_batch(engine, &articles)? {
            outcome?;
        }
        bytes += copies.iter().map(|c| c.text.len()).sum::<usize>();
        n = end;
    }
    Ok(bytes)
}

/// Words of the stored statements, sampled evenly: the queries a user might type.
fn sample_queries(store: &Store, count: usize) -> Result<Vec<String>> {
    let mut queries = Vec::with_capacity(count);
    let quotes = store.sample_quotes(count.max(1) * 2)?;
    for (k, quote) in quotes.iter().enumerate() {
        let words: Vec<String> = quote
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            continue;
        }
        let w = &words[k % words.len()];
        // Mostly single words; every fifth a two-word phrase, every seventh a prefix.
        let query = if k % 5 == 0 && k % words.len() + 1 < words.len() {
            format!("\"{} {}\"", w, words[k % words.len() + 1])
        } else if k % 7 == 0 {
            format!("{}*", w.chars().take(4).collect::<String>())
        } else {
            w.clone()
        };
        queries.push(query);
        if queries.len() == count {
            break;
        }
    }
    Ok(queries)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let k = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[k.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

pub fn run(engine: &Engine, options: &Options) -> Result<bool> {
    let mut docs = Vec::new();
    input::for_each_document(
        options.paths,
        &mut |_, doc| {
            docs.push(doc);
            true
        },
        &mut |e| eprintln!("hearsay: {e}"),
    );
    anyhow::ensure!(!docs.is_empty(), "no articles to benchmark with");
    let temp = tempfile::tempdir().context("temporary directory")?;
    let db = options
        .db
        .map_or_else(|| temp.path().join("bench.db"), Path::to_path_buf);
    let mut store = Store::open(&db)?;

    let started = Instant::now();
    let bytes = ingest_copies(&mut store, engine, &docs, 0, options.articles)?;
    let took = started.elapsed().as_secs_f64();
    out!(
        "ingest: {} articles in {took:.2} s: {:.0} articles/s, {:.1} MB/s (analysis on every core, writes on one thread)",
        options.articles,
        options.articles as f64 / took,
        bytes as f64 / 1e6 / took
    );

    let mut next = options.articles;
    let grow = Instant::now();
    loop {
        let (_, statements, _) = store.counts()?;
        if statements >= options.statements {
            break;
        }
        let per_article = (statements as f64 / next.max(1) as f64).max(1.0);
        let missing = ((options.statements - statements) as f64 / per_article).ceil() as usize;
        let step = missing.clamp(1, 20_000);
        ingest_copies(&mut store, engine, &docs, next, step)?;
        next += step;
    }
    let (articles, statements, quantities) = store.counts()?;
    out!(
        "store: {articles} articles, {statements} statements, {quantities} quantities (grown in {:.0} s)",
        grow.elapsed().as_secs_f64()
    );

    let queries = sample_queries(&store, options.queries)?;
    let mut times = Vec::with_capacity(queries.len());
    let mut hits = 0usize;
    for q in &queries {
        let t = Instant::now();
        hits += store
            .search(q, hearsay_store::Window::first(50))?
            .items
            .len();
        times.push(t.elapsed());
    }
    times.sort();
    out!(
        "search: {} queries (words, phrases, prefixes; 50 hits each at most, newest first): p50 {}, p95 {}, p99 {}, max {}; {hits} hits",
        times.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(percentile(&times, 0.99)),
        ms(times.last().copied().unwrap_or_default()),
    );
    Ok(true)
}
