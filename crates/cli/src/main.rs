//! The `hearsay` command line: extract statements from news text and evaluate the engine.
//! Glue only: reading is in `input`, formats in `output`, scoring in `eval`.

/// `println!` that hands a failed write (a closed pipe: `hearsay bench | head`) back to the
/// caller as an error instead of panicking; `main` ends quietly on a closed pipe.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)?
    }};
}

mod eval;
mod input;
mod output;
mod quantities_eval;
mod ratchet;
mod store_bench;

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};
use hearsay_engine::Engine;

// The engine allocates many small short-lived strings and vectors per article; mimalloc serves
// them in a fraction of the system allocator's time. Without transparent huge pages (`no_thp`):
// with them the kernel zeroed 2 MB pages over and over (4% of the time) and peak memory tripled.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "hearsay",
    version,
    about = "Who said what: quotes, speakers and cues in news articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One JSON record per line.
    Jsonl,
    /// One JSON array of records.
    Json,
    /// A table for people reading in a terminal.
    Table,
}

/// Where the store is.
#[derive(clap::Args)]
struct StoreArg {
    /// The store [default: $HEARSAY_DB, else $XDG_DATA_HOME/hearsay/hearsay.db, else ~/.local/share/hearsay/hearsay.db].
    #[arg(long, env = "HEARSAY_DB")]
    db: Option<PathBuf>,
}

impl StoreArg {
    /// The store path: given, else under the user's data directory.
    fn path(&self) -> PathBuf {
        if let Some(p) = &self.db {
            return p.clone();
        }
        let base = std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
            .unwrap_or_else(|| PathBuf::from("."));
        base.join("hearsay").join("hearsay.db")
    }

    /// The existing store, for commands that only read.
    fn open(&self) -> Result<hearsay_store::Store> {
        Ok(hearsay_store::Store::open_existing(&self.path())?)
    }
}

/// Which rows of a list to print.
#[derive(clap::Args)]
struct WindowArg {
    /// At most this many rows.
    #[arg(long, default_value_t = 50)]
    limit: usize,
    /// Skip this many rows first (to page through a long list).
    #[arg(long, default_value_t = 0)]
    offset: usize,
}

impl WindowArg {
    fn window(&self) -> hearsay_store::Window {
        hearsay_store::Window {
            offset: self.offset,
            limit: self.limit,
        }
    }
}

/// Tells a terminal reader which rows of how many they saw, and how to see the next ones.
fn page_note<T>(what: &str, page: &hearsay_store::Page<T>) {
    let shown = page.items.len();
    let last = page.offset + shown;
    if shown == 0 {
        eprintln!("no {what} at offset {} of {}", page.offset, page.total);
    } else if (last as i64) < page.total {
        eprintln!(
            "{what} {}–{last} of {}; --offset {last} shows the next",
            page.offset + 1,
            page.total
        );
    } else {
        eprintln!("{what} {}–{last} of {}", page.offset + 1, page.total);
    }
}

#[derive(Subcommand)]
enum Command {
    /// Extract statements from .txt files (first line is the headline), .json/.jsonl files, HTML, feeds, WARC, directories or stdin (-).
    Extract {
        /// Output format.
        #[arg(long, value_enum, default_value = "jsonl")]
        format: Format,
        /// Language of every input (en, fr); detected per document when omitted.
        #[arg(long)]
        lang: Option<String>,
        /// Threads analysing articles (default: every core); the output is the same in the
        /// same order whatever the number.
        #[arg(long)]
        threads: Option<usize>,
        /// Files, directories or - for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Measure throughput on one thread: articles/s, MB/s and peak memory, over the inputs repeated.
    Bench {
        /// Total megabytes of text to analyse (the inputs are repeated until reached).
        #[arg(long, default_value_t = 50)]
        megabytes: usize,
        /// Files or directories of .txt/.jsonl articles.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Measure the store: ingest articles/s into a fresh store (analysis on every core, writes on one thread), then search latency once it holds --statements statements.
    BenchStore {
        /// Articles for the ingest measure (the inputs repeated, each copy unique).
        #[arg(long, default_value_t = 10_000)]
        articles: usize,
        /// Statements the store must hold before searches are timed.
        #[arg(long, default_value_t = 1_000_000)]
        statements: i64,
        /// Searches to time.
        #[arg(long, default_value_t = 500)]
        queries: usize,
        /// Keep the store at this path (default: a temporary file, removed after).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Files or directories of articles.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Score quantity recognition on the suites in ../shared/quantities (one JSONL file per language and model).
    EvalQuantities {
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
        /// List misses and false alarms on stderr.
        #[arg(long)]
        errors: bool,
        /// A TOML file of `"case id" = "why it is excluded"` lines.
        #[arg(long)]
        exclusions: Option<PathBuf>,
        /// A JSON file of recorded figures (`{"en.number": {"found_pct": 80.3, ...}}`): exit 1
        /// when any figure falls more than 0.5 point below it.
        #[arg(long)]
        ratchet: Option<PathBuf>,
        /// The suites directory.
        dir: PathBuf,
    },
    /// Analyse articles (.txt, .jsonl, directories, -) and store them with their statements and quantities.
    Ingest {
        #[command(flatten)]
        store: StoreArg,
        /// Files, directories or - for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Search stored statements by full text (accents and case ignored), newest first.
    Search {
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        window: WindowArg,
        /// FTS5 query: words, "phrases", OR, NOT, prefix*.
        query: String,
    },
    /// Who is quoted most, with counts and other spellings.
    People {
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        window: WindowArg,
    },
    /// Every statement of one person, oldest first.
    Person {
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        window: WindowArg,
        /// A name in any spelling the store has seen or a romanisation of one (Lukashenko,
        /// Loukachenko), full or surname alone, accents optional.
        name: String,
    },
    /// Numeric claims and who makes them.
    Claims {
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Only claims counting or mentioning these words ("soldats").
        #[arg(long)]
        about: Option<String>,
        #[command(flatten)]
        window: WindowArg,
    },
    /// Serve the store over HTTP: a JSON API (/api/..., described at /api/openapi.json) and a web page at /.
    Serve {
        #[command(flatten)]
        store: StoreArg,
        /// Address to listen on; the default serves this machine only.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Read connections to the store shared by requests.
        #[arg(long, default_value_t = 4)]
        readers: usize,
    },
    /// Score the engine on gold directories (ID.txt + ID.json) and print a table per language.
    Eval {
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
        /// List misses, false alarms and wrong attributions on stderr.
        #[arg(long)]
        errors: bool,
        /// Fail when any figure falls more than 0.5 point below this ratchet file's.
        #[arg(long)]
        ratchet: Option<PathBuf>,
        /// Force the language instead of detecting it.
        #[arg(long)]
        lang: Option<String>,
        /// Gold directories.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            // A closed pipe (`| head`) is not a failure.
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("hearsay: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<bool> {
    let cli = Cli::parse();
    let engine = Engine::new()?;
    match cli.command {
        Command::Extract {
            format,
            lang,
            threads,
            paths,
        } => extract(&engine, format, lang.as_deref(), threads, &paths),
        Command::Bench { megabytes, paths } => bench(&engine, megabytes, &paths),
        Command::BenchStore {
            articles,
            statements,
            queries,
            db,
            paths,
        } => store_bench::run(
            &engine,
            &store_bench::Options {
                articles,
                statements,
                queries,
                db: db.as_deref(),
                paths: &paths,
            },
        ),
        Command::Ingest { store, paths } => ingest(&engine, &store.path(), &paths),
        Command::Search {
            store,
            json,
            window,
            query,
        } => {
            let store = store.open()?;
            let page = store.search(&query, window.window())?;
            if json {
                out!("{}", serde_json::to_string(&page)?);
            } else {
                for h in &page.items {
                    out!(
                        "{:<18} {:<24} {}",
                        h.doc_id,
                        h.speaker_ref
                            .as_deref()
                            .or(h.speaker.as_deref())
                            .unwrap_or("?"),
                        h.quote
                    );
                }
                page_note("statements", &page);
            }
            Ok(true)
        }
        Command::Person {
            store,
            json,
            window,
            name,
        } => {
            let store = store.open()?;
            let found = store.find_people(&name)?;
            let person = match found.as_slice() {
                [] => {
                    anyhow::bail!("no person called {name:?} in the store (try `hearsay people`)")
                }
                [one] => one.id,
                several => {
                    let list: Vec<String> = several
                        .iter()
                        .map(|p| format!("{} ({} statements)", p.name, p.statements))
                        .collect();
                    anyhow::bail!(
                        "{} people match {name:?}: {}; give the full name",
                        several.len(),
                        list.join(", ")
                    )
                }
            };
            let Some(view) = store.person_by_id(person, window.window())? else {
                anyhow::bail!("person {person} vanished from the store while reading it");
            };
            if json {
                out!("{}", serde_json::to_string(&view)?);
            } else {
                for h in &view.statements.items {
                    out!(
                        "{:<10} {:<20} {:<18} {:<12} {}",
                        h.published
                            .as_deref()
                            .map_or("—", |d| d.get(..10).unwrap_or(d)),
                        h.outlet.as_deref().unwrap_or("—"),
                        h.doc_id,
                        h.verb.as_deref().unwrap_or("—"),
                        h.quote
                    );
                }
                page_note(
                    &format!("statements of {}", view.person.name),
                    &view.statements,
                );
            }
            Ok(true)
        }
        Command::Claims {
            store,
            json,
            about,
            window,
        } => {
            let store = store.open()?;
            let page = store.claims(about.as_deref(), window.window())?;
            if json {
                out!("{}", serde_json::to_string(&page)?);
            } else {
                for c in &page.items {
                    out!(
                        "{:<18} {:<24} {:<12} {} {}",
                        c.doc_id,
                        c.source_ref.as_deref().unwrap_or("(article)"),
                        c.modality,
                        c.text,
                        c.counted.as_deref().unwrap_or("")
                    );
                }
                page_note("claims", &page);
            }
            Ok(true)
        }
        Command::People {
            store,
            json,
            window,
        } => {
            let store = store.open()?;
            let page = store.people(window.window())?;
            if json {
                out!("{}", serde_json::to_string(&page)?);
            } else {
                for p in &page.items {
                    out!(
                        "{:>5}  {}{}",
                        p.statements,
                        p.name,
                        if p.aliases.is_empty() {
                            String::new()
                        } else {
                            format!("  (also: {})", p.aliases.join(", "))
                        }
                    );
                }
                page_note("people", &page);
            }
            Ok(true)
        }
        Command::Serve {
            store,
            addr,
            readers,
        } => {
            hearsay_server::serve_blocking(store.path(), addr, readers)?;
            Ok(true)
        }
        Command::EvalQuantities {
            json,
            errors,
            exclusions,
            ratchet,
            dir,
        } => quantities_eval::run(
            &engine,
            &dir,
            json,
            errors,
            exclusions.as_deref(),
            ratchet.as_deref(),
        ),
        Command::Eval {
            json,
            errors,
            ratchet,
            lang,
            dirs,
        } => eval::run(
            &engine,
            &eval::Options {
                dirs: &dirs,
                lang: lang.as_deref(),
                json,
                errors,
                ratchet: ratchet.as_deref(),
            },
        ),
    }
}

/// Articles analysed together: enough to keep every core busy, few enough that memory stays
/// bounded whatever the input's size.
const EXTRACT_WINDOW: usize = 256;

fn extract(
    engine: &Engine,
    format: Format,
    lang: Option<&str>,
    threads: Option<usize>,
    paths: &[PathBuf],
) -> Result<bool> {
    if let Some(code) = lang {
        engine.language(code)?;
    }
    let threads = threads
        .or_else(|| std::thread::available_parallelism().ok().map(usize::from))
        .unwrap_or(1)
        .max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| anyhow::anyhow!("starting {threads} analysis threads: {e}"))?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut first = true;
    let mut write_error: Option<io::Error> = None;
    match format {
        Format::Json => writeln!(out, "[")?,
        Format::Table => writeln!(out, "{}", output::table_header())?,
        Format::Jsonl => {}
    }
    let mut unreadable = 0usize;
    let mut window: Vec<(PathBuf, input::Document)> = Vec::with_capacity(EXTRACT_WINDOW);
    // Analyses a window of articles on the pool, then writes their records in input order:
    // the output does not depend on the number of threads.
    let flush = |window: &mut Vec<(PathBuf, input::Document)>,
                 out: &mut BufWriter<io::StdoutLock>,
                 first: &mut bool,
                 failed: &mut usize|
     -> io::Result<()> {
        use rayon::prelude::*;
        let rendered: Vec<Result<Vec<Vec<u8>>, String>> = pool.install(|| {
            window
                .par_iter()
                .map(|(path, doc)| render(engine, format, lang, path, doc))
                .collect()
        });
        window.clear();
        for records in rendered {
            match records {
                Ok(records) => {
                    for record in records {
                        write_rendered(out, format, first, &record)?;
                    }
                }
                Err(message) => {
                    eprintln!("hearsay: {message}");
                    *failed += 1;
                }
            }
        }
        Ok(())
    };
    input::for_each_document(
        paths,
        &mut |path, doc| {
            window.push((path.to_path_buf(), doc));
            if window.len() >= EXTRACT_WINDOW {
                if let Err(e) = flush(&mut window, &mut out, &mut first, &mut failed) {
                    write_error = Some(e);
                    return false;
                }
            }
            true
        },
        &mut |e| {
            eprintln!("hearsay: {e}");
            unreadable += 1;
        },
    );
    if write_error.is_none() {
        if let Err(e) = flush(&mut window, &mut out, &mut first, &mut failed) {
            write_error = Some(e);
        }
    }
    if let Some(e) = write_error.take() {
        return Err(e.into());
    }
    failed += unreadable;
    if let Format::Json = format {
        writeln!(out, "\n]")?;
    }
    out.flush()?;
    Ok(failed == 0)
}

/// One article's records in the output format, each as the bytes of one JSON object or one
/// table row, in the order they are written; or why the article could not be analysed.
fn render(
    engine: &Engine,
    format: Format,
    lang: Option<&str>,
    path: &std::path::Path,
    doc: &input::Document,
) -> Result<Vec<Vec<u8>>, String> {
    let analysis = engine
        .analyze(&doc.text, lang.or(doc.lang.as_deref()))
        .map_err(|e| format!("{} (document {:?}): {e}", path.display(), doc.id))?;
    // One offset table serves both kinds of record.
    let map = hearsay_engine::CharOffsets::new(&doc.text);
    let statements = output::records(&doc.id, &doc.text, &map, &analysis);
    let quantities = output::quantity_records(&doc.id, &doc.text, &map, &analysis);
    let json = |r: Result<Vec<u8>, serde_json::Error>| {
        r.map_err(|e| format!("{} (document {:?}): {e}", path.display(), doc.id))
    };
    let mut records: Vec<Vec<u8>> = Vec::with_capacity(statements.len() + quantities.len());
    for r in &statements {
        records.push(match format {
            Format::Table => output::table_row(r).into_bytes(),
            _ => json(serde_json::to_vec(r))?,
        });
    }
    for r in &quantities {
        records.push(match format {
            Format::Table => output::quantity_row(r).into_bytes(),
            _ => json(serde_json::to_vec(r))?,
        });
    }
    Ok(records)
}

/// Writes one rendered record: a JSON line, an element of the JSON array (`first` tells
/// whether a separator goes before it), or a table row.
fn write_rendered(
    out: &mut impl Write,
    format: Format,
    first: &mut bool,
    record: &[u8],
) -> io::Result<()> {
    match format {
        Format::Jsonl | Format::Table => {
            out.write_all(record)?;
            out.write_all(b"\n")
        }
        Format::Json => {
            if !std::mem::take(first) {
                out.write_all(b",\n")?;
            }
            out.write_all(record)
        }
    }
}

fn bench(engine: &Engine, megabytes: usize, paths: &[PathBuf]) -> Result<bool> {
    let mut docs: Vec<input::Document> = Vec::new();
    for path in input::expand(paths).into_iter().flatten() {
        input::read(&path, &mut |d| docs.extend(d.ok()));
    }
    let corpus_bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    anyhow::ensure!(corpus_bytes > 0, "no readable articles in {paths:?}");
    let target = megabytes * 1_000_000;
    // Two passes over the same corpus: statements only, then statements and quantities.
    // Language detection is included in both, as `extract` does it per document.
    for (label, with_quantities) in [("statements", false), ("statements+quantities", true)] {
        let (mut bytes, mut articles, mut items) = (0usize, 0usize, 0usize);
        let started = std::time::Instant::now();
        while bytes < target {
            for d in &docs {
                let lang = match d.lang.as_deref() {
                    Some(code) => engine.language(code),
                    None => engine.detect(&d.text),
                };
                if let Ok(lang) = lang {
                    items += if with_quantities {
                        let (s, q) = hearsay_engine::analyze_full(&d.text, lang);
                        s.len() + q.len()
                    } else {
                        hearsay_engine::analyze_with(&d.text, lang).len()
                    };
                }
                bytes += d.text.len();
                articles += 1;
            }
        }
        let secs = started.elapsed().as_secs_f64();
        out!(
            "{label:<22} {articles} articles ({} distinct, {:.1} MB), {items} items in {secs:.2} s on one thread: {:.0} articles/s, {:.1} MB/s",
            docs.len(),
            bytes as f64 / 1e6,
            articles as f64 / secs,
            bytes as f64 / 1e6 / secs
        );
    }
    let peak_kb = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        });
    out!(
        "peak memory {}",
        peak_kb.map_or("unknown".to_string(), |kb| format!(
            "{:.1} MB",
            kb as f64 / 1024.0
        ))
    );
    Ok(true)
}

/// Articles stored per transaction: large enough to amortise commits, small enough that a
/// kill loses (and the next run redoes) little.
pub(crate) const INGEST_BATCH: usize = 256;

fn ingest(engine: &Engine, db: &std::path::Path, paths: &[PathBuf]) -> Result<bool> {
    let mut store = hearsay_store::Store::open(db)?;
    let (mut new, mut duplicates) = (0usize, 0usize);
    // Both callbacks record failures.
    let failures: std::cell::RefCell<Vec<String>> = Default::default();
    let progress = Progress::new();
    let mut batch: Vec<(String, input::Document)> = Vec::with_capacity(INGEST_BATCH);
    let mut flush = |batch: &mut Vec<(String, input::Document)>| {
        let articles: Vec<hearsay_store::NewArticle> = batch
            .iter()
            .map(|(_, doc)| hearsay_store::NewArticle {
                doc_id: &doc.id,
                text: &doc.text,
                lang: doc.lang.as_deref(),
                title: doc.title.as_deref(),
                url: doc.url.as_deref(),
                published: doc.published.as_deref(),
                author: doc.author.as_deref(),
                outlet: doc.outlet.as_deref(),
            })
            .collect();
        let outcomes = match store.ingest_batch(engine, &articles) {
            Ok(outcomes) => outcomes,
            Err(e) => {
                let reason = format!("{} articles not stored: {e}", batch.len());
                progress.report(&reason);
                failures.borrow_mut().push(reason);
                batch.clear();
                return;
            }
        };
        for ((path, doc), outcome) in batch.iter().zip(outcomes) {
            match outcome {
                Ok(hearsay_store::Ingested::New { .. }) => new += 1,
                Ok(hearsay_store::Ingested::Duplicate { .. }) => duplicates += 1,
                Err(e) => {
                    let reason = format!("{path} (document {:?}): {e}", doc.id);
                    progress.report(&reason);
                    failures.borrow_mut().push(reason);
                }
            }
        }
        batch.clear();
        progress.tick(new, duplicates, failures.borrow().len());
    };
    input::for_each_document(
        paths,
        &mut |path, doc| {
            batch.push((path.display().to_string(), doc));
            if batch.len() >= INGEST_BATCH {
                flush(&mut batch);
            }
            true
        },
        &mut |e| {
            let reason = e.to_string();
            progress.report(&reason);
            failures.borrow_mut().push(reason);
        },
    );
    flush(&mut batch);
    progress.finish();
    let failures = failures.into_inner();
    let (articles, statements, quantities) = store.counts()?;
    out!(
        "ingested {new}, duplicates skipped {duplicates}, failed {}; the store at {} holds {articles} articles, {statements} statements, {quantities} quantities",
        failures.len(),
        db.display()
    );
    if !failures.is_empty() {
        out!("failed:");
        for reason in failures.iter().take(20) {
            out!("  {reason}");
        }
        if failures.len() > 20 {
            out!(
                "  … and {} more (all were reported above)",
                failures.len() - 20
            );
        }
    }
    Ok(failures.is_empty())
}

/// A progress line on stderr for runs longer than a second, on terminals only.
struct Progress {
    bar: indicatif::ProgressBar,
    started: std::time::Instant,
    shown: std::cell::Cell<bool>,
}

impl Progress {
    fn new() -> Progress {
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::hidden());
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        Progress {
            bar,
            started: std::time::Instant::now(),
            shown: std::cell::Cell::new(false),
        }
    }

    fn tick(&self, new: usize, duplicates: usize, failed: usize) {
        if !self.shown.get() && self.started.elapsed() > std::time::Duration::from_secs(1) {
            // indicatif draws nothing when stderr is not a terminal.
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
            self.shown.set(true);
        }
        let done = new + duplicates + failed;
        if self.shown.get() {
            let rate = done as f64 / self.started.elapsed().as_secs_f64().max(1e-9);
            self.bar.set_message(format!(
                "{new} ingested, {duplicates} duplicates, {failed} failed ({rate:.0} articles/s)"
            ));
            self.bar.tick();
        }
    }

    /// Prints a failure above the bar.
    fn report(&self, reason: &str) {
        self.bar.suspend(|| eprintln!("hearsay: {reason}"));
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
